package dev.entrals.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A small timing harness (not a test): medians of the session's hot paths against the local stand-in. Run with the
 * test class path: {@code java -cp ... dev.entrals.session.SessionTimings}.
 */
public final class SessionTimings {

    private SessionTimings() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("entra-timings");
        SessionFixture fx = new SessionFixture(home);
        SessionService service = fx.newService(Map.of(), Duration.ofSeconds(20));
        ConnectRequest secret = fx.secretRequest(SessionFixture.SECRET, ContextScope.CurrentUser);
        report("connect (client secret, CurrentUser, stand-in)", 50,
                () -> service.connect(secret, SessionFixture.NO_UI, CancellationSignal.NONE));
        report("accessToken (cached app token)", 200, () -> service.accessToken(CancellationSignal.NONE));
        report("restore (new service, saved app-only session)", 50, () -> fx.newService().restore());
        EntraContext c = service.context().orElseThrow();
        report("EntraContext.formatList", 2000, c::formatList);
        report("environments() (file with one custom)", 500, service::environments);
        System.exit(0); // the JDK's HTTP server dispatcher of the stand-in is not a daemon thread
    }

    private static void report(String what, int runs, Supplier<?> action) {
        for (int i = 0; i < Math.min(runs, 20); i++) {
            action.get();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            action.get();
            nanos.add(System.nanoTime() - t);
        }
        Collections.sort(nanos);
        System.out.printf("%-50s median %8.3f ms  p90 %8.3f ms  (%d runs)%n", what, nanos.get(runs / 2) / 1e6,
                nanos.get(runs * 9 / 10) / 1e6, runs);
    }
}
