package dev.entrals.execution;

import dev.entrals.analysis.ParameterBinder;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.modules.StandardSources;
import dev.entrals.session.CancellationSignal;
import dev.entrals.session.SessionTestKit;
import java.nio.file.Path;
import java.util.List;

/**
 * The fixture of the whole-run tests of the bundled request table: the real engine ({@link Planners#bundled()}, the
 * bundled docs' binder) with a session signed in through the real msal4j against the identity stand-in, sending to
 * the Graph stand-in (HTTPS on 127.0.0.1), which records each request. One per test; close it after.
 */
final class BundledRuns implements AutoCloseable {

    private static ParameterBinder binder;

    /** The Graph stand-in: serve replies on it before a run, read {@code requests} after. */
    final GraphStandIn graph;
    private final RunEngine engine;

    BundledRuns(Path home) throws Exception {
        SessionTestKit kit = new SessionTestKit(home);
        graph = new GraphStandIn(kit.serverTls());
        engine = new RunEngine(binder(), Planners.bundled(), GraphSessions.client(kit, GraphSessions.connect(kit,
                graph)), (command, request) -> List.of());
    }

    private static synchronized ParameterBinder binder() {
        if (binder == null) {
            binder = new ParameterBinder(HelpIndex.load(StandardSources.of(List.of(), true, false)));
        }
        return binder;
    }

    RunResult run(RunInput in) {
        return engine.run(in, PageListener.NONE, CancellationSignal.NONE);
    }

    /** The requests the stand-in received, as {@code METHOD /path?query} and the body after a space when there was one. */
    List<String> sent() {
        return graph.requests.stream().map(r -> r.line() + (r.body() == null ? "" : " " + r.body())).toList();
    }

    @Override
    public void close() {
        graph.close();
    }
}
