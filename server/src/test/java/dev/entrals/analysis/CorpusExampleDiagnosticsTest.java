package dev.entrals.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.Example;
import dev.entrals.docs.HelpIndex;
import dev.entrals.script.ScriptDocument;
import dev.entrals.testing.Corpus;

/**
 * Runs every rule over every EXAMPLES code block of the Entra reference docs, with those docs loaded as a docs
 * folder. Each diagnostic found must be listed, with the doc defect it points at, in
 * {@code corpus/example-diagnostics.tsv}; a diagnostic not listed (a new false alarm) or a listed one no longer
 * found (a regression, or a fixed doc) fails the test.
 */
class CorpusExampleDiagnosticsTest {

    private static final String EXPECTED = "/corpus/example-diagnostics.tsv";

    @Test
    void everyDiagnosticOnTheDocExamplesIsAKnownDocDefect() throws IOException {
        Path docs = Corpus.entraDocs();
        HelpIndex index = HelpIndex.load(List.of(docs), false);
        ScriptAnalyzer analyzer = new ScriptAnalyzer(index, MigrationTable.bundled());
        List<String> found = new ArrayList<>();
        Map<String, Integer> byCode = new TreeMap<>();
        int blocks = 0;
        for (CmdletHelp page : index.allPages()) {
            String file = docs.relativize(Path.of(page.source().file())).toString().replace('\\', '/');
            for (int i = 0; i < page.examples().size(); i++) {
                Example ex = page.examples().get(i);
                if (ex.code() == null || ex.code().isBlank()) {
                    continue;
                }
                blocks++;
                ScriptDocument doc = ScriptDocument.parse(ex.code());
                for (ScriptDiagnostic d : analyzer.analyze(doc)) {
                    found.add(file + "\t" + (i + 1) + "\t" + d.code() + "\t"
                            + ex.code().substring(d.start(), d.end()).replaceAll("\\s+", " ") + "\t" + d.message());
                    byCode.merge(d.code(), 1, Integer::sum);
                }
            }
        }
        found.sort(null);
        Path dump = Path.of("target", "corpus-example-diagnostics.tsv");
        Files.createDirectories(dump.getParent());
        Files.write(dump, found, StandardCharsets.UTF_8);
        System.err.println("corpus examples: " + blocks + " code blocks, " + found.size() + " diagnostics " + byCode
                + " (all in " + dump.toAbsolutePath() + ")");
        assertTrue(blocks > 1000, "expected the corpus examples, found " + blocks);
        assertEquals(expected(), keys(found));
    }

    /** page, example, code of each line (the subject and reason columns are documentation). */
    private static List<String> keys(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            String[] f = l.split("\t", -1);
            out.add(f[0] + "\t" + f[1] + "\t" + f[2]);
        }
        out.sort(null);
        return out;
    }

    private static List<String> expected() throws IOException {
        try (InputStream in = CorpusExampleDiagnosticsTest.class.getResourceAsStream(EXPECTED)) {
            if (in == null) {
                return List.of();
            }
            List<String> lines = new ArrayList<>();
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    lines.add(l);
                }
            }
            return keys(lines);
        }
    }
}
