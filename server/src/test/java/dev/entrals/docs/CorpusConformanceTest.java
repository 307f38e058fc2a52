package dev.entrals.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The 610 real Entra pages: all load, every parameter entry is read, and lint finds the real defects only. */
class CorpusConformanceTest {

    static Path docs;
    static HelpIndex index;

    @BeforeAll
    static void load() {
        docs = Corpus.entraDocs();
        index = HelpIndex.load(List.of(DocsSource.folder(docs)));
    }

    @Test
    void everyPageLoadsWithoutAReaderFailure() {
        assertEquals(610, index.fileCount());
        assertEquals(610, index.allPages().size());
        assertTrue(index.diagnostics().stream().noneMatch(d -> d.kind().equals("reader-failure")
                || d.kind().equals("unreadable") || d.kind().equals("invalid-yaml")));
        List<String> incomplete = index.allPages().stream()
                .filter(p -> p.synopsis().isEmpty() || p.parameterSets().isEmpty() || p.module().isEmpty())
                .map(CmdletHelp::name).toList();
        assertEquals(List.of(), incomplete, "pages read without a synopsis, a syntax or a module");
    }

    /** Oracle written independently of the reader: the {@code ### -Name} entries and their Type/Aliases lines. */
    record Entry(String name, String type, Set<String> aliases) {
    }

    static Map<String, Entry> entries(Path file) throws IOException {
        Map<String, Entry> out = new LinkedHashMap<>();
        boolean inParameters = false;
        String name = null;
        String type = "";
        Set<String> aliases = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String t = line.trim();
            if (t.startsWith("## ")) {
                inParameters = t.equals("## PARAMETERS");
            }
            if (!inParameters || !(t.startsWith("### ") || t.startsWith("Type:") || t.startsWith("Aliases:"))) {
                continue;
            }
            if (t.startsWith("### ")) {
                if (name != null) {
                    out.put(name, new Entry(name, type, aliases));
                }
                name = t.startsWith("### -") ? t.substring(5).trim() : null;
                type = "";
                aliases = new LinkedHashSet<>();
            } else if (name != null && t.startsWith("Type:") && type.isEmpty()) {
                type = t.substring(5).trim();
            } else if (name != null && t.startsWith("Aliases:")) {
                for (String a : t.substring(8).split(",")) {
                    if (!a.isBlank() && !a.trim().equals("None")) {
                        aliases.add(a.trim());
                    }
                }
            }
        }
        if (name != null) {
            out.put(name, new Entry(name, type, aliases));
        }
        return out;
    }

    @Test
    void everyParameterEntryBecomesAParameterWithItsTypeAndAliases() throws IOException {
        Map<String, CmdletHelp> byFile = index.allPages().stream()
                .collect(Collectors.toMap(c -> c.source().file(), c -> c));
        List<Path> files;
        try (Stream<Path> s = Files.walk(docs)) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        int checked = 0;
        List<String> mismatches = new ArrayList<>();
        for (Path file : files) {
            CmdletHelp page = byFile.get(docs + "/" + docs.relativize(file).toString().replace('\\', '/'));
            for (Entry e : entries(file).values()) {
                checked++;
                ParameterHelp p = page.parameter(e.name()).orElse(null);
                if (p == null) {
                    mismatches.add(file + ": -" + e.name() + " missing");
                } else if (!e.type().isEmpty() && !p.type().equals(e.type())
                        || !Set.copyOf(p.aliases()).equals(e.aliases())) {
                    mismatches.add(file + ": -" + e.name() + " read as " + p.type() + " " + p.aliases()
                            + ", the page says " + e.type() + " " + e.aliases());
                }
            }
        }
        assertEquals(List.of(), mismatches);
        assertEquals(2302, checked);
    }

    @Test
    void lintFindsTheCorpusDefectsByKind() {
        Map<String, Long> byKind = index.diagnostics().stream()
                .collect(Collectors.groupingBy(d -> d.severity().name().toLowerCase() + " " + d.kind(), TreeMap::new,
                        Collectors.counting()));
        Map<String, Long> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("warning unknown-parameter-set", 48L),
                Map.entry("warning common-param-undocumented", 18L),
                Map.entry("error placeholder", 16L),
                Map.entry("error syntax-param-undocumented", 11L),
                Map.entry("error param-not-in-syntax", 11L),
                Map.entry("warning missing-section", 5L),
                Map.entry("warning syntax-unparsed", 4L),
                Map.entry("warning missing-type", 4L),
                Map.entry("warning example-without-cmdlet", 4L),
                Map.entry("warning syntax-name-mismatch", 2L),
                Map.entry("warning example-without-code", 2L),
                Map.entry("warning fence-info", 1L),
                Map.entry("warning required-mismatch", 48L),
                Map.entry("warning position-mismatch", 52L)));
        assertEquals(expected, byKind);
    }

    @Test
    void lintReportsTheMisspeltAzureAdEndpointEntry() {
        List<String> found = index.diagnostics().stream()
                .filter(d -> d.file().endsWith("v1.0/Authentication/Add-EntraEnvironment.md"))
                .filter(d -> d.severity() == DocDiagnostic.Severity.ERROR)
                .map(d -> d.line() + " " + d.kind() + " " + d.message()).toList();
        assertEquals(List.of(
                "26 syntax-param-undocumented the syntax shows -AzureADEndpoint but PARAMETERS has no entry for it",
                "87 param-not-in-syntax parameter -AzueADEndpoint is documented but no syntax shows it"), found);
    }
}
