package dev.entrals.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.testing.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled MSOnline table: regenerated from the corpus by {@link MsolMigrationGenerator} it must be identical;
 * then every row is read a second, independent way (the docs' own command map, the Entra module's source as text).
 * Skips outside the workplace.
 */
class MsolMigrationTableTest {

    @Test
    void bundledTableIsWhatTheGeneratorMakesFromTheCorpus() throws IOException {
        Path corpus = Corpus.require("aad-to-graph").getParent();
        Corpus.require("entra-module");
        try (InputStream in = MigrationTable.class.getResourceAsStream("msonline.tsv")) {
            String bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(MsolMigrationGenerator.generate(corpus), bundled,
                    "regenerate: java -cp server/target/test-classes:server/target/classes "
                            + "dev.entrals.analysis.MsolMigrationGenerator ../shared/corpus "
                            + "server/src/main/resources/dev/entrals/analysis/msonline.tsv");
        }
    }

    @Test
    void everyRowAgreesWithTheCommandMapAndTheEntraSource() throws IOException {
        Path aad = Corpus.require("aad-to-graph");
        Path entra = Corpus.require("entra-module").resolve("module/Entra/Microsoft.Entra");
        Map<String, String> commandMap = new HashMap<>();
        for (String line : Files.readAllLines(aad.resolve("baseline/DocCommandMap.csv"), StandardCharsets.UTF_8)) {
            String[] f = line.replace("\uFEFF", "").split(",", -1);
            commandMap.put(f[0].toLowerCase(Locale.ROOT), f.length > 1 ? f[1].trim() : "");
        }
        List<RetiredCmdlet> rows = MigrationTable.bundled().all().stream().filter(RetiredCmdlet::fromMsOnline).toList();
        assertEquals(countDocs(aad.resolve("docs/MSOnline")), rows.size(), "one row per MSOnline doc");
        int entraRows = 0;
        for (RetiredCmdlet r : rows) {
            String graph = commandMap.get(r.name().toLowerCase(Locale.ROOT));
            assertTrue(graph != null, r.name() + " is in DocCommandMap.csv");
            String doc = Files.readString(aad.resolve("docs/MSOnline/" + r.name() + ".md"), StandardCharsets.UTF_8);
            // the doc is the source; where it names no Graph command (the CSV names one for a few that have no
            // equivalent, e.g. Redo-MsolProvisionUser -> Get-MgUser) there is no replacement
            boolean docNamesOne = doc.lines().anyMatch(l -> l.startsWith("+ Graph Command: ["));
            if (!docNamesOne || graph.isEmpty()) {
                assertEquals(null, r.replacement(), r.name() + ": the doc names no Graph command");
                continue;
            }
            assertTrue(r.replacement() != null, r.name() + " has a replacement");
            if ("graph".equals(r.channel())) {
                assertEquals(graph, r.replacement(), r.name());
                continue;
            }
            entraRows++;
            assertEquals("v1.0", r.channel());
            Optional<Path> source = find(entra, r.replacement() + ".ps1");
            assertTrue(source.isPresent(), r.replacement() + " is a Microsoft.Entra function");
            String ps1 = Files.readString(source.get(), StandardCharsets.UTF_8);
            // same request: it calls the same Graph cmdlet, or its URIs name the doc's first resource
            String resource = doc.lines().filter(l -> l.startsWith("> /")).findFirst().orElseThrow()
                    .substring(3).split("[/ |{]")[0];
            assertTrue(ps1.toLowerCase(Locale.ROOT).contains(graph.toLowerCase(Locale.ROOT))
                            || ps1.contains("/v1.0/" + resource),
                    r.replacement() + " calls " + graph + " or requests /" + resource);
            for (String kept : r.kept()) {
                assertTrue(Pattern.compile("(?m)^\\|" + kept + "\\|" + kept + "\\|", Pattern.CASE_INSENSITIVE)
                        .matcher(doc).find(), r.name() + ": the doc maps -" + kept + " to itself");
                assertTrue(Pattern.compile("\\$" + kept + "\\b", Pattern.CASE_INSENSITIVE).matcher(ps1).find(),
                        r.replacement() + " declares $" + kept);
            }
        }
        assertTrue(entraRows > 20, "most MSOnline commands have a Microsoft.Entra replacement: " + entraRows);
        assertFalse(rows.stream().anyMatch(r -> r.kept() == null), "each MSOnline row lists what it keeps");
    }

    private static long countDocs(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".md")).count();
        }
    }

    private static Optional<Path> find(Path dir, String file) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().equals(file)).findFirst();
        }
    }
}
