package dev.entrals.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CompletionItem;
import org.junit.jupiter.api.Test;

/**
 * What an editor needs to offer the docs download: the hover's hint is a command link for a client that declared
 * its download command and the plain {@code entra-ls docs fetch} line for any other, and {@code entra.docsStatus}
 * tells whether any Entra command has full help. Real servers, driven through a real lsp4j client.
 */
class DocsOfferTest {

    private static final String CALL = "Get-EntraGroup -GroupId $gid";

    private static String hover(EditorSession session) throws Exception {
        String uri = session.open(CALL);
        return session.hover(uri, EditorSession.position(CALL, 3)).getContents().getRight().getValue();
    }

    @Test
    void aClientWithAFetchCommandGetsACommandLinkInTheHoverAndTheCompletionDocs() throws Exception {
        try (EditorSession session = EditorSession.zeroSetup("entra.ui.fetchDocs")) {
            String text = hover(session);
            assertTrue(text.contains("[Download the Entra docs](command:entra.ui.fetchDocs)"), text);
            assertTrue(text.contains("one step away"), text);
            assertTrue(text.contains("Get-EntraGroup "), text);
            String uri = session.open("Get-EntraGroupMem");
            CompletionItem item = session.completion(uri, EditorSession.position("Get-EntraGroupMem", 17)).getItems()
                    .stream().filter(i -> i.getLabel().equals("Get-EntraGroupMember")).findFirst().orElseThrow();
            String doc = session.resolve(item).getDocumentation().getRight().getValue();
            assertTrue(doc.contains("(command:entra.ui.fetchDocs)"), doc);
        }
    }

    @Test
    void anyOtherClientGetsThePlainCliHintAndNoLink() throws Exception {
        try (EditorSession session = EditorSession.zeroSetup()) {
            String text = hover(session);
            assertTrue(text.contains("`entra-ls docs fetch`"), text);
            assertTrue(text.contains("one step away"), text);
            assertFalse(text.contains("command:"), text);
        }
    }

    @Test
    void aCommandIdThatIsNotAPlainIdIsNotMadeALink() throws Exception {
        try (EditorSession session = EditorSession.zeroSetup("x) [y](https://example.com")) {
            String text = hover(session);
            assertFalse(text.contains("command:"), text);
            assertFalse(text.contains("example.com"), text);
            assertTrue(text.contains("`entra-ls docs fetch`"), text);
        }
    }

    @Test
    void docsStatusAtZeroSetupCountsNoEntraPagesButTheSignatures() throws Exception {
        try (EditorSession session = EditorSession.zeroSetup()) {
            JsonObject status = (JsonObject) new com.google.gson.Gson().toJsonTree(
                    session.execute(ServerCommands.DOCS_STATUS));
            assertEquals(0, status.get("entraPages").getAsInt(), status.toString());
            assertTrue(status.get("signatureOnly").getAsInt() > 500, status.toString());
        }
    }

    @Test
    void docsStatusCountsTheEntraPagesOfADocsFolder() throws Exception {
        try (EditorSession session = EditorSession.withSignatures(List.of(EditorSession.TEST_DOCS))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> status = (Map<String, Object>) session.execute(ServerCommands.DOCS_STATUS);
            assertEquals(2, ((Number) status.get("entraPages")).intValue(), status.toString());
        }
    }
}
