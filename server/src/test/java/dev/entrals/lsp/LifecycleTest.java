package dev.entrals.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.entrals.features.Providers;

@Timeout(60)
class LifecycleTest {

    private static final String URI = "file:///work/a.ps1";

    @Test
    void requestBeforeInitializeGetsServerNotInitialized() throws Exception {
        try (InProcessServer s = InProcessServer.withWire(Providers.none())) {
            LspWire wire = s.wire();
            int id = wire.request("textDocument/hover", Json.at(URI, 0, 0));
            assertEquals(ResponseErrorCode.ServerNotInitialized.getValue(), Json.errorCode(wire.responseTo(id)));
            int shutdown = wire.request("shutdown", null);
            assertEquals(-32002, Json.errorCode(wire.responseTo(shutdown)));
        }
    }

    @Test
    void unknownMethodBeforeInitializeAlsoGetsServerNotInitialized() throws Exception {
        try (InProcessServer s = InProcessServer.withWire(Providers.none())) {
            LspWire wire = s.wire();
            int id = wire.request("entra/noSuchThing", null);
            assertEquals(-32002, Json.errorCode(wire.responseTo(id)));
        }
    }

    @Test
    void notificationsBeforeInitializeAreDropped() throws Exception {
        try (InProcessServer s = InProcessServer.withWire(Providers.none())) {
            LspWire wire = s.wire();
            wire.notify("textDocument/didOpen", Json.didOpen(URI, "Get-EntraUser"));
            wire.responseTo(wire.request("initialize", Json.initialize(null)));
            int hover = wire.request("textDocument/hover", Json.at(URI, 0, 1));
            wire.responseTo(hover);
            assertTrue(s.connection.server().runtime().service().documents().get(URI).isEmpty(),
                    "a didOpen sent before initialize must not open the document");
        }
    }

    @Test
    void shutdownThenExitEndsWithCodeZero() throws Exception {
        try (InProcessServer s = InProcessServer.withClient(Providers.none())) {
            s.initialize();
            assertNull(s.server.shutdown().get(5, TimeUnit.SECONDS));
            s.server.exit();
            assertEquals(0, s.awaitExit());
        }
    }

    @Test
    void exitWithoutShutdownEndsWithCodeOne() throws Exception {
        try (InProcessServer s = InProcessServer.withClient(Providers.none())) {
            s.initialize();
            s.server.exit();
            assertEquals(1, s.awaitExit());
        }
    }

    @Test
    void exitBeforeInitializeEndsWithCodeOne() throws Exception {
        try (InProcessServer s = InProcessServer.withWire(Providers.none())) {
            s.wire().notify("exit", null);
            assertEquals(1, s.awaitExit());
        }
    }

    @Test
    void requestsAfterShutdownGetInvalidRequest() throws Exception {
        try (InProcessServer s = InProcessServer.withWire(Providers.none())) {
            LspWire wire = s.wire();
            wire.responseTo(wire.request("initialize", Json.initialize(null)));
            wire.responseTo(wire.request("shutdown", null));
            int hover = wire.request("textDocument/hover", Json.at(URI, 0, 0));
            assertEquals(ResponseErrorCode.InvalidRequest.getValue(), Json.errorCode(wire.responseTo(hover)));
            wire.notify("exit", null);
            assertEquals(0, s.awaitExit());
        }
    }

    @Test
    void secondInitializeIsRefused() throws Exception {
        try (InProcessServer s = InProcessServer.withWire(Providers.none())) {
            LspWire wire = s.wire();
            wire.responseTo(wire.request("initialize", Json.initialize(null)));
            int again = wire.request("initialize", Json.initialize(null));
            assertEquals(-32600, Json.errorCode(wire.responseTo(again)));
        }
    }

    @Test
    void serverExitsWhenTheClientProcessIsGone() throws Exception {
        Process child = new ProcessBuilder("sleep", "30").start();
        long pid = child.pid();
        try (InProcessServer s = InProcessServer.withWire(Providers.none())) {
            LspWire wire = s.wire();
            Set<Thread> before = watcherThreads();
            wire.responseTo(wire.request("initialize", Json.initialize(pid)));
            Set<Thread> started = watcherThreads();
            started.removeAll(before);
            assertEquals(1, started.size(), "the client process is watched");
            child.destroy();
            child.waitFor();
            assertEquals(1, s.awaitExit());
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void serverWithoutProcessIdKeepsRunning() throws Exception {
        try (InProcessServer s = InProcessServer.withWire(Providers.none())) {
            LspWire wire = s.wire();
            Set<Thread> before = watcherThreads();
            wire.responseTo(wire.request("initialize", Json.initialize(null)));
            // a watcher starts its timer thread while initialize is handled, before the answer goes out
            Set<Thread> started = watcherThreads();
            started.removeAll(before);
            assertEquals(Set.of(), started, "no processId: nothing to watch");
            wire.responseTo(wire.request("shutdown", null));
            wire.notify("exit", null);
            assertEquals(0, s.awaitExit(), "the first exit is the one asked for");
        }
    }

    /** The live threads of client-process watchers (of every server in this JVM). */
    private static Set<Thread> watcherThreads() {
        Set<Thread> found = new HashSet<>(Thread.getAllStackTraces().keySet());
        found.removeIf(t -> !t.getName().startsWith("entra-ls-parent-watch-"));
        return found;
    }
}
