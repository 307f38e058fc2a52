package dev.entrals.features.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A missing argument has no fix (the value is the author's to write), and the server says so where the editor lists
 * the fixes: a disabled action with the reason, for a client that shows disabled actions; nothing for the others.
 */
class MissingArgumentActionTest {

    private static final String URI = "file:///work/missing-argument.ps1";

    /** The actions the server answers at the start of {@code text} for a client with {@code caps}. */
    private static JsonArray actions(String caps, String text) throws Exception {
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
                    + "', 'languageId': 'powershell', 'version': 1, 'text': '" + text + "'}}"));
            JsonObject params = Json.of("{'textDocument': {'uri': '" + URI + "'}, 'range': {'start': {'line': 0, "
                    + "'character': 0}, 'end': {'line': 0, 'character': " + text.length() + "}}, 'context': "
                    + "{'diagnostics': [], 'only': ['quickfix']}}");
            return w.responseTo(w.request("textDocument/codeAction", params)).getAsJsonArray("result");
        }
    }

    private static List<String> titles(JsonArray actions) {
        List<String> out = new ArrayList<>();
        for (JsonElement a : actions) {
            out.add(a.getAsJsonObject().get("title").getAsString());
        }
        return out;
    }

    @Test
    void aClientShowingDisabledActionsIsToldThereIsNoFixAndWhy() throws Exception {
        JsonArray found = actions("{'textDocument': {'codeAction': {'disabledSupport': true}}}",
                "Set-TestThing -Id 1 -Name");
        assertEquals(List.of("Write the value of -Name"), titles(found));
        JsonObject a = found.get(0).getAsJsonObject();
        assertEquals("No automatic fix: the value of -Name is the script author''s to write".replace("''", "'"),
                a.getAsJsonObject("disabled").get("reason").getAsString());
        assertFalse(a.has("edit"), a.toString());
        assertEquals("missing-argument", a.getAsJsonArray("diagnostics").get(0).getAsJsonObject().get("code")
                .getAsString());
    }

    @Test
    void otherClientsGetNoAction() throws Exception {
        assertTrue(titles(actions("{}", "Set-TestThing -Id 1 -Name")).isEmpty());
        assertTrue(titles(actions("{'textDocument': {'codeAction': {'disabledSupport': false}}}",
                "Set-TestThing -Id 1 -Name")).isEmpty());
    }
}
