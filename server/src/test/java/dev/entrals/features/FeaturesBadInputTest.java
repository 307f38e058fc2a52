package dev.entrals.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;

/** The editor features on bad input: positions past the end, documents that are not open, a 5 MB document. */
class FeaturesBadInputTest {

    private static final EditorSession session = EditorSession.shared();

    @Test
    void positionsPastTheEndAnswerNothingWithoutError() throws Exception {
        String uri = session.open("Get-EntraUser -UserId $id");
        for (Position p : List.of(new Position(0, 500), new Position(40, 3), new Position(-1, -7))) {
            Hover h = session.hover(uri, p);
            assertTrue(h == null || h.getRange() != null);
            session.completion(uri, p);
            session.signatureHelp(uri, p);
            assertNotNull(session.definition(uri, p));
        }
        assertNull(session.hover(uri, new Position(40, 3)), "past the last line lands at the end: blank space");
    }

    @Test
    void documentsThatAreNotOpenAnswerNothing() throws Exception {
        String uri = "file:///never/opened.ps1";
        Position p = new Position(0, 3);
        assertNull(session.hover(uri, p));
        assertEquals(List.of(), session.completion(uri, p).getItems());
        assertNull(session.signatureHelp(uri, p));
        assertEquals(List.of(), session.definition(uri, p));
        assertEquals(List.of(), session.symbols(uri));
    }

    @Test
    void aFiveMegabyteDocumentStillGetsHoverAndCompletion() throws Exception {
        String line = "$users = Get-EntraUser -Filter \"startswith(DisplayName,'A')\" -Top 10 # a long comment\n";
        StringBuilder text = new StringBuilder();
        while (text.length() < 5_000_000) {
            text.append(line);
        }
        int lastLine = text.length() / line.length();
        text.append("Get-EntraUser -\n");
        String uri = session.open(text.toString());
        Hover h = session.hover(uri, new Position(lastLine - 1, 12));
        assertEquals("Get-EntraUser", text.substring(text.length() - 16 - line.length() + 9,
                text.length() - 16 - line.length() + 22));
        assertNotNull(h);
        assertEquals(new org.eclipse.lsp4j.Range(new Position(lastLine - 1, 9), new Position(lastLine - 1, 22)),
                h.getRange(), "the range is in document coordinates (the hover parses only a window)");
        assertTrue(h.getContents().getRight().getValue().contains("Reads users of the directory."));
        CompletionList params = session.completion(uri, new Position(lastLine, 15), "-");
        assertTrue(params.getItems().stream().anyMatch(i -> i.getLabel().equals("-UserId")));
        assertEquals(List.of(), session.symbols(uri));
    }
}
