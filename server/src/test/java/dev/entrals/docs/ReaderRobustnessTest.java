package dev.entrals.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reader never throws: every truncation and many random corruptions of a real page still give a model. */
class ReaderRobustnessTest {

    static String connectEntra() throws IOException {
        return Files.readString(dev.entrals.testing.Corpus.projectRoot().resolve("docs-source/Connect-Entra.md"));
    }

    @Test
    void everyTruncationOfAPageReadsWithoutThrowing() throws IOException {
        String page = connectEntra();
        for (int end = 0; end <= page.length(); end += 53) {
            PlatyPsReader.ParsedPage p = PlatyPsReader.read(page.substring(0, end), "t.md", "t", "Connect-Entra");
            assertFalse(p.help().name().isEmpty());
        }
    }

    @Test
    void randomCorruptionsReadWithoutThrowing() throws IOException {
        String page = connectEntra();
        String noise = "`[]<>-:{}#\n \t|*\\\"'\u00e9\uFFFD";
        Random random = new Random(42);
        for (int round = 0; round < 100; round++) {
            StringBuilder b = new StringBuilder(page);
            for (int k = 0; k < 20; k++) {
                int at = random.nextInt(b.length());
                b.setCharAt(at, noise.charAt(random.nextInt(noise.length())));
            }
            PlatyPsReader.ParsedPage p = PlatyPsReader.read(b.toString(), "t.md", "t", "Connect-Entra");
            assertFalse(p.help().name().isEmpty());
        }
    }

    @Test
    void crlfLineEndingsReadTheSameAsLf() throws IOException {
        String lf = connectEntra();
        PlatyPsReader.ParsedPage a = PlatyPsReader.read(lf, "t.md", "t", "X");
        PlatyPsReader.ParsedPage b = PlatyPsReader.read(lf.replace("\n", "\r\n"), "t.md", "t", "X");
        assertEquals(SpecDump.of(a.help(), a.diagnostics()), SpecDump.of(b.help(), b.diagnostics()));
        assertEquals(List.of(), b.diagnostics());
        String json = HelpJson.toJson(List.of(b.help()));
        assertFalse(json.contains("\\r"), "a carriage return was left in the model");
    }

    @Test
    void emptyAndWhitespacePagesGiveDiagnosticsNotExceptions() {
        for (String text : new String[] {"", "\n", "---", "---\n", "---\n---\n", "```yaml\n", "# \n## PARAMETERS\n### -\n"}) {
            PlatyPsReader.ParsedPage p = PlatyPsReader.read(text, "t.md", "t", "Get-Fallback");
            assertFalse(p.diagnostics().isEmpty(), "no diagnostic for " + text);
        }
        assertEquals("Get-Fallback", PlatyPsReader.read("", "t.md", "t", "Get-Fallback").help().name());
    }
}
