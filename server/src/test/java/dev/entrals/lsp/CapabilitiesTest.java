package dev.entrals.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.junit.jupiter.api.Test;

import dev.entrals.features.Providers;
import dev.entrals.features.ServerCommands;

class CapabilitiesTest {

    @Test
    void declaresEveryFeatureTheIssueAsksFor() throws Exception {
        try (InProcessServer s = InProcessServer.withClient(Providers.none())) {
            ServerCapabilities caps = s.initialize().getCapabilities();
            var sync = caps.getTextDocumentSync().getRight();
            assertEquals(TextDocumentSyncKind.Incremental, sync.getChange());
            assertTrue(sync.getOpenClose());
            assertTrue(sync.getSave().isRight());
            assertTrue(caps.getHoverProvider().getLeft());
            assertEquals(List.of("-", " "), caps.getCompletionProvider().getTriggerCharacters());
            assertTrue(caps.getCompletionProvider().getResolveProvider());
            assertEquals(List.of(" ", "-"), caps.getSignatureHelpProvider().getTriggerCharacters());
            assertEquals(List.of("quickfix", "source.fixAll"), caps.getCodeActionProvider().getRight().getCodeActionKinds());
            assertEquals(ServerCommands.ALL, caps.getExecuteCommandProvider().getCommands());
            assertTrue(caps.getDefinitionProvider().getLeft());
            assertTrue(caps.getDocumentSymbolProvider().getLeft());
            assertEquals(false, caps.getCodeLensProvider().getResolveProvider());
        }
    }

    @Test
    void declaredCommandsAreTheTenEntraCommands() {
        assertEquals(List.of("entra.showHelp", "entra.connect", "entra.disconnect", "entra.getContext",
                "entra.getEnvironments", "entra.addEnvironment", "entra.fetchDocs", "entra.docsStatus",
                "entra.scopesForScript", "entra.run"), ServerCommands.ALL);
    }

    @Test
    void positionsAreUtf16WhenTheClientOffersNoEncodings() throws Exception {
        assertEquals("utf-16", negotiated(null));
    }

    @Test
    void positionsAreUtf8WhenTheClientPrefersIt() throws Exception {
        assertEquals("utf-8", negotiated(List.of("utf-8", "utf-16")));
        assertEquals("utf-8", negotiated(List.of("utf-8")));
    }

    @Test
    void positionsStayUtf16WhenTheClientListsItFirst() throws Exception {
        assertEquals("utf-16", negotiated(List.of("utf-16", "utf-8")));
    }

    @Test
    void unknownEncodingsAreSkipped() throws Exception {
        assertEquals("utf-32", negotiated(List.of("ebcdic", "utf-32")));
        assertEquals("utf-16", negotiated(List.of("ebcdic")));
    }

    private static String negotiated(List<String> offered) throws Exception {
        ClientCapabilities caps = new ClientCapabilities();
        GeneralClientCapabilities general = new GeneralClientCapabilities();
        general.setPositionEncodings(offered);
        caps.setGeneral(general);
        try (InProcessServer s = InProcessServer.withClient(Providers.none())) {
            return s.initialize(caps, null).getCapabilities().getPositionEncoding();
        }
    }
}
