package dev.entrals.script;

import dev.entrals.testing.SpecExamples;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    static final String FENCE = SpecExamples.FENCE;
    static final Path SPEC = Path.of("src/test/resources/spec/paramblock.md");

    static List<SpecExamples.Example> examples() throws IOException {
        return SpecExamples.read(SPEC);
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
    void readerMatchesSpec(SpecExamples.Example example) {
        assertEquals(example.expected(), SignatureDump.of(ParamBlockReader.read(example.input())));
    }
}
