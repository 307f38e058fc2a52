package dev.entrals.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the reader spec {@code spec/platyps.md}: each example is a platyPS page, a {@code .} line, and the expected
 * {@link SpecDump} of what the reader makes of it (model and diagnostics). It always compares; {@link PlatyPsSpecUpdate}
 * rewrites the dumps when the reader changes on purpose.
 */
class PlatyPsSpecTest {

    static final String FENCE = "````````````````````````````````";
    static final String SPEC = "src/test/resources/spec/platyps.md";

    record SpecExample(String title, int line, String input, String expected) {
        @Override
        public String toString() {
            return title + " (spec line " + line + ")";
        }
    }

    static List<SpecExample> examples() throws IOException {
        Path spec = Path.of(SPEC);
        List<String> lines = Files.readAllLines(spec, StandardCharsets.UTF_8);
        List<SpecExample> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(FENCE + " example")) {
                String title = lines.get(i).substring((FENCE + " example").length()).trim();
                int start = i;
                StringBuilder input = new StringBuilder();
                StringBuilder expected = new StringBuilder();
                StringBuilder target = input;
                for (i++; i < lines.size() && !lines.get(i).equals(FENCE); i++) {
                    if (lines.get(i).equals(".") && target == input) {
                        target = expected;
                    } else {
                        target.append(lines.get(i)).append('\n');
                    }
                }
                out.add(new SpecExample(title, start + 1, input.toString(), expected.toString()));
            }
        }
        return out;
    }

    static Stream<Arguments> cases() throws IOException {
        return examples().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readerMatchesSpec(SpecExample example) {
        PlatyPsReader.ParsedPage page = PlatyPsReader.read(example.input(), "spec.md", "spec", "Fallback-Name");
        assertEquals(example.expected(), SpecDump.of(page.help(), page.diagnostics()));
    }

    @org.junit.jupiter.api.Test
    void theUpdaterLeavesAPassingSpecAsItIs() throws IOException {
        Path spec = Path.of(SPEC);
        assertEquals(Files.readString(spec, StandardCharsets.UTF_8),
                PlatyPsSpecUpdate.rewrite(Files.readAllLines(spec, StandardCharsets.UTF_8)));
    }
}
