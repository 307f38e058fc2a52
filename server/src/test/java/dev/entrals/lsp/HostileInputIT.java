package dev.entrals.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.entrals.testing.HostileInputs;

/**
 * The built jar, in a heap of 512 MB, on each hostile document of issue 11: diagnostics (or the diagnostic saying the
 * file or command is too large to analyse) arrive, the fix-all answers with a result, and {@code shutdown}/{@code exit} end the
 * process. The waits are hang guards, not timing assertions (in a separate thread, so a server that never answers
 * fails the test instead of blocking its read). Before the fix the first input already failed: the diagnostics
 * thread ran out of memory, nothing was published, and the test hung.
 */
class HostileInputIT {

    private static final String URI = "file:///work/hostile.ps1";

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("30,000 unclosed parens", (Supplier<String>) HostileInputs::unclosedParens, false),
                Arguments.of("720 kB of U+FFFD", (Supplier<String>) HostileInputs::replacementCharacters, false),
                Arguments.of("500,000 backtick continuations", (Supplier<String>) HostileInputs::backtickContinuations,
                        true), // "This command is too large to analyse"
                Arguments.of("one 10 MB line of parameters", (Supplier<String>) HostileInputs::longLineOfParameters,
                        true),
                Arguments.of("1,000,000 CR-only lines", (Supplier<String>) HostileInputs::crOnlyLines, true),
                Arguments.of("20 MB document", (Supplier<String>) HostileInputs::twentyMegabytes, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    @Timeout(value = 240, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void diagnosesAnswersTheFixAllAndExits(String name, Supplier<String> input, boolean tooLarge) throws Exception {
        try (ServerProcess s = ServerProcess.start(List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"))) {
            LspWire wire = s.wire;
            List<JsonObject> seen = new ArrayList<>();
            wire.responseTo(wire.request("initialize", Json.initialize(null)), seen::add);
            wire.notify("initialized", Json.of("{}"));
            wire.notify("textDocument/didOpen", Json.didOpen(URI, input.get()));
            JsonObject published = publishedDiagnostics(wire);
            JsonArray diagnostics = published.getAsJsonObject("params").getAsJsonArray("diagnostics");
            boolean saysTooLarge = diagnostics.toString().contains("too large to analyse");
            assertEquals(tooLarge, saysTooLarge, name + ": " + abbreviated(diagnostics.toString()));

            JsonObject fixAll = Json.of("{'range': {'start': {'line': 0, 'character': 0}, 'end': {'line': 0,"
                    + " 'character': 0}}, 'context': {'diagnostics': [], 'only': ['source.fixAll']}}");
            JsonObject doc = new JsonObject();
            doc.addProperty("uri", URI);
            fixAll.add("textDocument", doc);
            JsonObject actions = wire.responseTo(wire.request("textDocument/codeAction", fixAll), seen::add);
            assertTrue(actions.has("result"), name + ": the fix-all answers " + abbreviated(actions.toString()));

            JsonObject hover = wire.responseTo(wire.request("textDocument/hover", Json.at(URI, 0, 3)), seen::add);
            assertTrue(hover.has("result"), name + ": hover answers " + abbreviated(hover.toString()));

            wire.responseTo(wire.request("shutdown", null), seen::add);
            wire.notify("exit", null);
            assertTrue(s.process.onExit().get(30, TimeUnit.SECONDS) != null);
            assertEquals(0, s.process.exitValue(), name + ": stderr " + abbreviated(s.stderrText()));
        }
    }

    private static JsonObject publishedDiagnostics(LspWire wire) throws Exception {
        while (true) {
            JsonObject m = wire.read();
            if (m.has("method") && "textDocument/publishDiagnostics".equals(m.get("method").getAsString())) {
                return m;
            }
        }
    }

    private static String abbreviated(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }
}
