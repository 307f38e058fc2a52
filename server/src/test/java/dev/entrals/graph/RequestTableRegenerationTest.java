package dev.entrals.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.graph.derive.RequestTableGenerator;
import dev.entrals.testing.Corpus;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed request table is what the generator makes from the corpus (regenerate with {@code docs requests}). */
class RequestTableRegenerationTest {

    @Test
    void committedTableEqualsTheOneGeneratedFromTheModuleSources() throws Exception {
        Path module = Corpus.require("entra-module");
        Path aadToGraph = Corpus.require("aad-to-graph");
        Path docs = Corpus.require("entra-docs");
        List<RequestEntry> generated = RequestTableGenerator.generate(module, aadToGraph, docs);
        byte[] committed;
        try (InputStream in = RequestTable.class.getResourceAsStream(RequestTable.RESOURCE)) {
            committed = in.readAllBytes();
        }
        List<RequestEntry> bundled = RequestTable.decode(committed);
        assertEquals(generated.size(), bundled.size(), "entries; regenerate with: entra-ls docs requests "
                + "--module-source ../shared/corpus/entra-module --aad-to-graph ../shared/corpus/aad-to-graph "
                + "--reference-docs ../shared/corpus/entra-docs --out server/src/main/resources/graph/requests.jsonl.gz");
        for (int i = 0; i < generated.size(); i++) {
            assertEquals(generated.get(i), bundled.get(i), "entry " + generated.get(i).command());
        }
        assertEquals(new String(RequestTable.encode(generated)), new String(RequestTable.encode(bundled)));
        assertTrue(generated.size() > 590, "one entry per module function: " + generated.size());
    }
}
