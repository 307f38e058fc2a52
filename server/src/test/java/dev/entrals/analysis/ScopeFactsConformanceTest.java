package dev.entrals.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.entrals.testing.Corpus;

/**
 * The bundled permission facts against their sources: regenerated from the corpus they equal the committed file, and
 * a second, simpler reading of the same sources (lines and regular expressions, no page model or script parser)
 * agrees with them on every cmdlet.
 */
class ScopeFactsConformanceTest {

    private static final Pattern CONNECT = Pattern.compile(
            "(?i)Connect-Entra\\s+-Scopes\\s+((?:'[^']*'|\"[^\"]*\"|[\\w.]+)(?:\\s*,\\s*(?:'[^']*'|\"[^\"]*\"|[\\w.]+))*)");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+");

    private static List<Path> docs() {
        Path root = Corpus.require("entra-docs");
        return List.of(root.resolve("entra-powershell-v1.0"), root.resolve("entra-powershell-beta"));
    }

    @Test
    void regeneratingFromTheCorpusGivesTheCommittedFile() throws IOException {
        List<Path> docs = docs();
        Path aad = Corpus.require("aad-to-graph");
        Path out = Files.createTempFile("entra-scopes", ".tsv");
        try {
            ScopeGenerator.write(docs, aad, out);
            Path committed = Corpus.projectRoot().resolve("server/src/main/resources/signatures/entra-scopes.tsv");
            assertEquals(Files.readString(committed), Files.readString(out),
                    "entra-scopes.tsv is stale: run entra-ls docs scopes --docs … --aad-to-graph … --out …");
        } finally {
            Files.deleteIfExists(out);
        }
    }

    @Test
    void anIndependentReadingOfTheSourcesAgreesOnEveryCmdlet() throws IOException {
        List<Path> docs = docs();
        Path aad = Corpus.require("aad-to-graph");
        Map<String, Set<Set<String>>[]> expected = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Path dir : docs) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                    readPage(f, expected);
                }
            }
        }
        readMigrations(aad, expected);
        ScopeFacts facts = ScopeFacts.bundled();
        int compared = 0;
        for (var e : expected.entrySet()) {
            ScopeNeeds n = facts.forCommand(e.getKey()).orElseThrow(() -> new AssertionError("missing " + e.getKey()));
            if (n.local()) {
                continue;
            }
            assertEquals(minimal(e.getValue()[0]), asSets(n.delegated()), e.getKey() + " delegated");
            assertEquals(minimal(e.getValue()[1]), asSets(n.application()), e.getKey() + " application");
            compared++;
        }
        assertTrue(compared > 550, "compared " + compared + " cmdlets");
        assertEquals(expected.size(), facts.all().size(), "one row per cmdlet the sources name");
    }

    @Test
    void everyRowIsRankedNarrowestFirst() {
        for (ScopeNeeds n : ScopeFacts.bundled().all()) {
            for (List<List<String>> grants : List.of(n.delegated(), n.application())) {
                List<String> flat = grants.stream().map(g -> g.get(g.size() - 1)).toList();
                for (int i = 0; i < flat.size(); i++) {
                    for (int j = i + 1; j < flat.size(); j++) {
                        String a = flat.get(i);
                        String b = flat.get(j);
                        assertTrue(!(a.startsWith("Directory.") && !b.startsWith("Directory.")),
                                n.command() + ": " + a + " before " + b);
                        assertTrue(!(a.replace(".ReadWrite.", ".Read.").equals(b) && a.contains(".ReadWrite.")),
                                n.command() + ": " + a + " before " + b);
                    }
                }
            }
        }
    }

    /** Each ```powershell block: the last Connect-Entra -Scopes line, then a line calling the page's cmdlet. */
    @SuppressWarnings("unchecked")
    private static void readPage(Path page, Map<String, Set<Set<String>>[]> into) throws IOException {
        String name = page.getFileName().toString().replaceFirst("\\.md$", "");
        Set<Set<String>>[] sets = into.computeIfAbsent(name, k -> new Set[] {new HashSet<>(), new HashSet<>()});
        Pattern call = Pattern.compile("(?i)(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])");
        boolean inCode = false;
        Set<String> scopes = null;
        boolean application = false;
        for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
            String t = line.trim();
            if (t.startsWith("```")) {
                inCode = !inCode && t.substring(3).trim().equalsIgnoreCase("powershell");
                scopes = null;
                continue;
            }
            if (!inCode) {
                continue;
            }
            Matcher c = CONNECT.matcher(t);
            if (c.find()) {
                scopes = new HashSet<>();
                Matcher n = NAME.matcher(c.group(1));
                while (n.find()) {
                    scopes.add(n.group());
                }
                application = t.substring(c.end()).toLowerCase(Locale.ROOT).matches(".*#.*application.*");
                continue;
            }
            String code = t.contains("#") ? t.substring(0, t.indexOf('#')) : t;
            if (scopes != null && !scopes.isEmpty() && call.matcher(code).find()) {
                sets[application ? 1 : 0].add(scopes);
            }
        }
    }

    /** The migration table's rows with an Entra target, each with its AzureAD-to-MSGraph page's scope rows. */
    @SuppressWarnings("unchecked")
    private static void readMigrations(Path aad, Map<String, Set<Set<String>>[]> into) throws IOException {
        for (String resource : List.of("migration.tsv", "msonline.tsv")) {
            try (InputStream in = MigrationTable.class.getResourceAsStream(resource)) {
                for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String[] f = row.split("\t", -1);
                    if (row.startsWith("#") || f.length < 4 || f[2].isBlank()
                            || f[1].equals("MSOnline") && !f[3].equals("v1.0")) {
                        continue;
                    }
                    Set<Set<String>>[] sets = into.computeIfAbsent(f[2],
                            k -> new Set[] {new HashSet<>(), new HashSet<>()});
                    Path page = aad.resolve("docs").resolve(f[1]).resolve(f[0] + ".md");
                    if (!Files.isRegularFile(page)) {
                        continue;
                    }
                    for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
                        String[] cells = line.split("\\|");
                        if (cells.length >= 3 && (cells[1].equals("Delegate") || cells[1].equals("Application"))) {
                            for (String s : cells[2].split(",")) {
                                if (!s.isBlank()) {
                                    sets[cells[1].equals("Delegate") ? 0 : 1].add(Set.of(s.trim()));
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static Set<Set<String>> minimal(Set<Set<String>> sets) {
        Set<Set<String>> out = new HashSet<>();
        for (Set<String> s : sets) {
            if (sets.stream().noneMatch(o -> o.size() < s.size() && s.containsAll(o))) {
                out.add(s);
            }
        }
        return out;
    }

    private static Set<Set<String>> asSets(List<List<String>> grants) {
        Set<Set<String>> out = new HashSet<>();
        grants.forEach(g -> out.add(new HashSet<>(g)));
        return out;
    }
}
