package dev.entrals.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the param-block reader spec {@code spec/paramblock.md}: each example is a script, a {@code .} line, and the
 * expected {@link SignatureDump} of what {@link ParamBlockReader} reads from it.
 */
class ParamBlockSpecTest {

    static final String FENCE = "````````````````````````````````";
    static final Path SPEC = Path.of("src/test/resources/spec/paramblock.md");

    record SpecExample(String title, int line, String input, String expected) {
        @Override
        public String toString() {
            return title + " (spec line " + line + ")";
        }
    }

    static List<SpecExample> examples() throws IOException {
        List<String> lines = Files.readAllLines(SPEC, StandardCharsets.UTF_8);
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

    /** With {@code -Dspec.update=true}, rewrites the expected dumps from the reader (review the diff!). */
    @Test
    void updateSpecWhenAsked() throws IOException {
        if (!Boolean.getBoolean("spec.update")) {
            return;
        }
        List<String> lines = Files.readAllLines(SPEC, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(lines.get(i)).append('\n');
            if (lines.get(i).startsWith(FENCE + " example")) {
                StringBuilder input = new StringBuilder();
                for (i++; !lines.get(i).equals("."); i++) {
                    input.append(lines.get(i)).append('\n');
                }
                while (!lines.get(i).equals(FENCE)) {
                    i++;
                }
                out.append(input).append(".\n").append(SignatureDump.of(ParamBlockReader.read(input.toString())))
                        .append(FENCE).append('\n');
            }
        }
        Files.writeString(SPEC, out.toString(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readerMatchesSpec(SpecExample example) {
        assertEquals(example.expected(), SignatureDump.of(ParamBlockReader.read(example.input())));
    }
}
