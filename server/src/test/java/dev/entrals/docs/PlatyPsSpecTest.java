package dev.entrals.docs;

import dev.entrals.testing.SpecExamples;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    static final String FENCE = SpecExamples.FENCE;
    static final String SPEC = "src/test/resources/spec/platyps.md";

    static List<SpecExamples.Example> examples() throws IOException {
        return SpecExamples.read(Path.of(SPEC));
    }

    static Stream<Arguments> cases() throws IOException {
        return examples().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readerMatchesSpec(SpecExamples.Example example) {
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
