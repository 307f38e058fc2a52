package dev.entrals.execution;

import dev.entrals.analysis.ParameterBinder;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.modules.StandardSources;
import dev.entrals.session.CancellationSignal;
import dev.entrals.session.SessionTestKit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base of the whole-run tests of the bundled request table: per test, the real engine ({@link Planners#bundled()},
 * the bundled docs' binder) with a session signed in through the real msal4j against the identity stand-in, sending
 * to the Graph stand-in (HTTPS on 127.0.0.1), which records each request.
 */
abstract class BundledRunCase {

    private static ParameterBinder binder;

    /** The Graph stand-in of the running test: serve replies on it before a run, read {@code requests} after. */
    protected GraphStandIn graph;
    private RunEngine engine;
    private GraphClient client;

    @BeforeEach
    final void connect(@TempDir Path home) throws Exception {
        SessionTestKit kit = new SessionTestKit(home);
        graph = new GraphStandIn(kit.serverTls());
        serve(graph);
        client = GraphSessions.client(kit, GraphSessions.connect(kit, graph));
        engine = new RunEngine(binder(), Planners.bundled(), client, (command, request) -> List.of());
    }

    /** An engine of this test's session whose runs keep the module session state in {@code state}. */
    protected final RunEngine engine(ModuleState state) {
        return new RunEngine(binder(), Planners.bundled(), client, (command, request) -> List.of(), UrlOpener.NONE,
                SessionChanges.NONE, state);
    }

    /** The replies every test of the class has (none unless overridden). */
    protected void serve(GraphStandIn standIn) {
    }

    @AfterEach
    final void stop() {
        graph.close();
    }

    private static synchronized ParameterBinder binder() {
        if (binder == null) {
            binder = new ParameterBinder(HelpIndex.load(StandardSources.of(List.of(), true, false)));
        }
        return binder;
    }

    protected final RunResult run(RunInput in) {
        return engine.run(in, PageListener.NONE, CancellationSignal.NONE);
    }

    /** The requests the stand-in received, as {@code METHOD /path?query} and the body after a space when there was one. */
    protected final List<String> sent() {
        return graph.requests.stream().map(r -> r.line() + (r.body() == null ? "" : " " + r.body())).toList();
    }
}
