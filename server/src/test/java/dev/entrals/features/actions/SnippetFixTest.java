package dev.entrals.features.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.entrals.analysis.TestDocs;
import dev.entrals.docs.HelpIndex;
import dev.entrals.features.DocsReloader;
import dev.entrals.features.Providers;
import dev.entrals.features.diagnostics.ScriptAnalysis;
import dev.entrals.features.diagnostics.ScriptDiagnosticsProvider;
import dev.entrals.lsp.InProcessServer;
import dev.entrals.lsp.Json;
import dev.entrals.lsp.LspWire;
import org.junit.jupiter.api.Test;

/**
 * The missing-mandatory fix on the wire: tab stops ({@code -Id $1}, {@code insertTextFormat: 2}) for a client that
 * declares {@code experimental.snippetTextEdit}, the plain {@code -Id } placeholder for any other client.
 */
class SnippetFixTest {

    private static final String URI = "file:///work/snippet.ps1";

    /** The "Add -Id" action the server answers for {@code Set-TestThing -Name n}, from a client with {@code caps}. */
    private static JsonObject addAction(String caps) throws Exception {
        HelpIndex index = TestDocs.index();
        ScriptAnalysis analysis = new ScriptAnalysis(new DocsReloader<>(d -> index, index, Runnable::run));
        CodeActionProvider actions = new CodeActionProvider(analysis);
        Providers providers = Providers.builder().diagnostics(new ScriptDiagnosticsProvider(analysis))
                .codeAction(actions).onInitialized(actions).build();
        try (InProcessServer s = InProcessServer.withWire(providers)) {
            LspWire w = s.wire();
            JsonObject init = Json.initialize(null);
            init.add("capabilities", Json.of(caps));
            w.responseTo(w.request("initialize", init));
            w.notify("initialized", Json.of("{}"));
            w.notify("textDocument/didOpen", Json.of("{'textDocument': {'uri': '" + URI
                    + "', 'languageId': 'powershell', 'version': 3, 'text': 'Set-TestThing -Name n'}}"));
            JsonObject params = Json.of("{'textDocument': {'uri': '" + URI + "'}, 'range': {'start': {'line': 0, "
                    + "'character': 0}, 'end': {'line': 0, 'character': 0}}, 'context': {'diagnostics': []}}");
            JsonObject answer = w.responseTo(w.request("textDocument/codeAction", params));
            for (JsonElement a : answer.getAsJsonArray("result")) {
                if (a.getAsJsonObject().get("title").getAsString().equals("Add -Id")) {
                    return a.getAsJsonObject();
                }
            }
            throw new AssertionError("no Add -Id action: " + answer);
        }
    }

    @Test
    void aClientThatAppliesSnippetEditsGetsTabStops() throws Exception {
        JsonObject edit = addAction("{'experimental': {'snippetTextEdit': true}}").getAsJsonObject("edit");
        JsonObject docEdit = edit.getAsJsonArray("documentChanges").get(0).getAsJsonObject();
        assertEquals(URI, docEdit.getAsJsonObject("textDocument").get("uri").getAsString());
        assertEquals(3, docEdit.getAsJsonObject("textDocument").get("version").getAsInt());
        JsonObject e = docEdit.getAsJsonArray("edits").get(0).getAsJsonObject();
        assertEquals(" -Id $1", e.get("newText").getAsString());
        assertEquals(2, e.get("insertTextFormat").getAsInt());
        assertEquals(21, e.getAsJsonObject("range").getAsJsonObject("start").get("character").getAsInt());
    }

    @Test
    void otherClientsGetThePlainPlaceholder() throws Exception {
        for (String caps : new String[] {"{}", "{'experimental': {'snippetTextEdit': false}}",
                "{'experimental': {'entra': {'snippetTextEdit': true}}}"}) {
            JsonObject edit = addAction(caps).getAsJsonObject("edit");
            assertFalse(edit.has("documentChanges"), caps);
            JsonArray edits = edit.getAsJsonObject("changes").getAsJsonArray(URI);
            assertEquals(" -Id ", edits.get(0).getAsJsonObject().get("newText").getAsString(), caps);
            assertFalse(edits.get(0).getAsJsonObject().has("insertTextFormat"), caps);
        }
    }
}
