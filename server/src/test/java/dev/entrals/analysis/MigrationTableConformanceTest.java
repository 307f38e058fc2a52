package dev.entrals.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entrals.testing.Corpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Re-derives the bundled migration table from the shared corpus (the public name mappings checked against the
 * documented cmdlets) and compares it with the bundled one. Skips outside the workplace.
 */
class MigrationTableConformanceTest {

    @Test
    void bundledTableMatchesMappingsCheckedAgainstDocumentedCmdlets() throws IOException {
        Path migration = Corpus.require("migration");
        Path docs = Corpus.entraDocs();
        Set<String> v1 = documented(docs.resolve("entra-powershell-v1.0"));
        Set<String> beta = documented(docs.resolve("entra-powershell-beta"));

        List<String> expected = new ArrayList<>();
        expected.addAll(derive(migration.resolve("AzureADToEntraMapping.json"), "AzureAD", "v1.0", v1, v1));
        expected.addAll(derive(migration.resolve("AzureADPreviewToEntraBetaMapping.json"), "AzureADPreview", "beta",
                beta, v1));
        List<String> actual = MigrationTable.bundled().all().stream().filter(r -> !r.fromMsOnline())
                .map(r -> String.join("\t", r.name(), r.module(), nz(r.replacement()), nz(r.channel())))
                .collect(Collectors.toList());
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    private static List<String> derive(Path json, String module, String channel, Set<String> own, Set<String> v1)
            throws IOException {
        String text = Files.readString(json, StandardCharsets.UTF_8).replace("\uFEFF", "");
        JsonNode root = new ObjectMapper().readTree(text);
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            entries.add(it.next());
        }
        entries.sort(Comparator.comparing(e -> e.getKey().toLowerCase()));
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : entries) {
            String name = e.getKey();
            String target = e.getValue().asText("");
            if (name.equals(target)) {
                continue;
            }
            if (target.isEmpty()) {
                rows.add(String.join("\t", name, module, "", ""));
            } else if (own.contains(target)) {
                rows.add(String.join("\t", name, module, target, channel));
            } else {
                String shared = target.replace("EntraBeta", "Entra");
                rows.add(v1.contains(shared)
                        ? String.join("\t", name, module, shared, "v1.0")
                        : String.join("\t", name, module, "", ""));
            }
        }
        return rows;
    }

    private static Set<String> documented(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".md"))
                    .map(p -> p.getFileName().toString().replaceFirst("\\.md$", ""))
                    .collect(Collectors.toCollection(HashSet::new));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
