package dev.entrals.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/** The built jar as an editor runs it: stdio, nothing but LSP frames on stdout, the exit codes of the spec. */
@Timeout(60)
class ServerJarIT {

    private static final String URI = "file:///work/jar-test.ps1";

    @Test
    void fullSessionEndsWithCodeZeroAndStdoutHoldsOnlyFrames(@TempDir Path docs) throws Exception {
        Files.writeString(docs.resolve("Get-ContosoWidget.md"), """
                ---
                Module Name: Contoso.Tools
                schema: 2.0.0
                title: Get-ContosoWidget
                ---

                # Get-ContosoWidget

                ## SYNOPSIS

                Gets the widgets of the Contoso tenant.

                ## SYNTAX

                ```
                Get-ContosoWidget [-Top <Int32>] [<CommonParameters>]
                ```
                """);
        try (ServerProcess s = ServerProcess.start(List.of(), "--stdio", "--docs", docs.toString(),
                "--docs", "/no/such/folder")) {
            LspWire wire = s.wire;
            List<JsonObject> seen = new ArrayList<>();
            JsonObject init = wire.responseTo(wire.request("initialize", Json.initialize(ProcessHandle.current().pid())),
                    seen::add);
            assertEquals("utf-16", init.getAsJsonObject("result").getAsJsonObject("capabilities")
                    .get("positionEncoding").getAsString());
            wire.notify("initialized", Json.of("{}"));
            wire.notify("textDocument/didOpen", Json.didOpen(URI,
                    "Get-ContosoWidget -Top 1\nDisconnect-Entra\n"));
            JsonObject published = wire.read();
            while (!"textDocument/publishDiagnostics".equals(str(published, "method"))) {
                seen.add(published);
                published = wire.read();
            }
            assertEquals(1, published.getAsJsonObject("params").get("version").getAsInt(), "diagnostics published on open");
            JsonObject hover = wire.responseTo(wire.request("textDocument/hover", Json.at(URI, 0, 4)), seen::add);
            assertTrue(hover.get("result").toString().contains("Gets the widgets of the Contoso tenant."),
                    "serve --docs DIR loads its pages: " + hover);
            JsonObject bundled = wire.responseTo(wire.request("textDocument/hover", Json.at(URI, 1, 4)), seen::add);
            assertTrue(bundled.get("result").toString().contains("Ends the current Microsoft Entra session."),
                    "bundled pages still load: " + bundled);
            JsonObject shutdown = wire.responseTo(wire.request("shutdown", null), seen::add);
            assertTrue(shutdown.has("result") && shutdown.get("result").isJsonNull());
            wire.notify("exit", null);
            readToEnd(wire, seen);
            assertEquals(0, s.awaitExit(10));
            assertTrue(s.stderrText().contains("docs folder not found or not a folder: /no/such/folder"),
                    "logs go to stderr: " + s.stderrText());
        }
    }

    @Test
    void exitWithoutShutdownEndsWithCodeOne() throws Exception {
        try (ServerProcess s = ServerProcess.start(List.of())) {
            s.wire.responseTo(s.wire.request("initialize", Json.initialize(null)));
            s.wire.notify("exit", null);
            readToEnd(s.wire, new ArrayList<>());
            assertEquals(1, s.awaitExit(10));
        }
    }

    @Test
    void requestBeforeInitializeIsRefusedByTheJar() throws Exception {
        try (ServerProcess s = ServerProcess.start(List.of())) {
            int id = s.wire.request("textDocument/hover", Json.at(URI, 0, 0));
            assertEquals(-32002, Json.errorCode(s.wire.responseTo(id)));
        }
    }

    @Test
    void serverExitsWhenItsClientProcessDies() throws Exception {
        Process client = new ProcessBuilder("sleep", "1").start();
        try (ServerProcess s = ServerProcess.start(List.of())) {
            s.wire.responseTo(s.wire.request("initialize", Json.initialize(client.pid())));
            assertTrue(s.process.isAlive(), "still serving while the client lives");
            client.waitFor();
            assertEquals(1, s.awaitExit(10));
            assertTrue(s.stderrText().contains("client process " + client.pid() + " is gone"));
        }
    }

    @Test
    void closedInputEndsTheServer() throws Exception {
        try (ServerProcess s = ServerProcess.start(List.of())) {
            s.wire.responseTo(s.wire.request("initialize", Json.initialize(null)));
            s.process.getOutputStream().close();
            readToEnd(s.wire, new ArrayList<>());
            assertEquals(1, s.awaitExit(10));
        }
    }

    /** Reads frames until stdout closes; LspWire fails on any byte that is not part of a well-formed frame. */
    private static void readToEnd(LspWire wire, List<JsonObject> seen) throws Exception {
        EOFException end = assertThrows(EOFException.class, () -> {
            while (true) {
                seen.add(wire.read());
            }
        });
        assertEquals("end of stream", end.getMessage(), "stdout ended between frames");
    }

    private static String str(JsonObject m, String key) {
        return m.has(key) ? m.get(key).getAsString() : null;
    }
}
