package dev.entrals.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureInformation;
import org.junit.jupiter.api.Test;

/** The editor features on bad input: positions past the end, documents that are not open, a 5 MB document. */
class FeaturesBadInputTest {

    private static final EditorSession session = EditorSession.shared();

    @Test
    void positionsPastTheEndAnswerAsAtTheEndOfTheDocument() throws Exception {
        String text = "Get-EntraUser -UserId $id";
        String uri = session.open(text);
        Position end = new Position(0, text.length());
        for (Position p : List.of(new Position(0, 500), new Position(40, 3))) {
            assertNull(session.hover(uri, p), "the end, just after $id: nothing to hover");
            assertNull(session.completion(uri, p), "a variable: no completion");
            SignatureHelp help = session.signatureHelp(uri, p);
            assertNotNull(help, "still in the Get-EntraUser command");
            assertEquals(List.of("Get-EntraUser [-Filter <String>] [-All] [-Top <Int32>] [-Property <String[]>] "
                    + "[<CommonParameters>]", "Get-EntraUser [-UserId] <String> [-Property <String[]>] [<CommonParameters>]"),
                    help.getSignatures().stream().map(SignatureInformation::getLabel).toList());
            assertEquals(1, help.getActiveSignature(), "-UserId is given: the GetById set");
            assertEquals(0, help.getActiveParameter(), "the cursor is in -UserId's argument");
            assertEquals(help, session.signatureHelp(uri, end), "the same answer as at the end");
            assertEquals(List.of(), session.definition(uri, p));
        }
    }

    @Test
    void negativePositionsAnswerAsAtTheStartOfTheDocument() throws Exception {
        String text = "Get-EntraUser -UserId $id";
        String uri = session.open(text);
        Position p = new Position(-1, -7);
        Hover h = session.hover(uri, p);
        assertNotNull(h);
        assertEquals("Get-EntraUser", EditorSession.text(text, h.getRange()));
        CompletionList names = session.completion(uri, p);
        assertNotNull(names, "the start of a command name: cmdlet names");
        assertTrue(names.getItems().stream().anyMatch(i -> i.getLabel().equals("Get-EntraUser")), names.getItems().toString());
        assertEquals(names.getItems(), session.completion(uri, new Position(0, 0)).getItems(), "the same as at the start");
        assertNull(session.signatureHelp(uri, p), "on the command name, before any argument: no signature help");
        List<? extends Location> definition = session.definition(uri, p);
        assertEquals(1, definition.size());
        assertTrue(definition.get(0).getUri().endsWith("/Get-EntraUser.md"), definition.get(0).getUri());
    }

    @Test
    void documentsThatAreNotOpenAnswerNothing() throws Exception {
        String uri = "file:///never/opened.ps1";
        Position p = new Position(0, 3);
        assertNull(session.hover(uri, p));
        CompletionList none = session.completion(uri, p);
        assertNotNull(none, "a well-formed empty list");
        assertEquals(List.of(), none.getItems());
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
        int name = text.lastIndexOf("Get-EntraUser");
        text.append("Get-EntraUser -\n");
        String uri = session.open(text.toString());
        Hover h = session.hover(uri, EditorSession.position(text.toString(), name + 3));
        assertNotNull(h);
        assertEquals(new org.eclipse.lsp4j.Range(EditorSession.position(text.toString(), name),
                EditorSession.position(text.toString(), name + "Get-EntraUser".length())),
                h.getRange(), "the range is in document coordinates (the hover parses only a window)");
        assertTrue(h.getContents().getRight().getValue().contains("Reads users of the directory."));
        CompletionList params = session.completion(uri, EditorSession.position(text.toString(), text.length() - 1), "-");
        assertTrue(params.getItems().stream().anyMatch(i -> i.getLabel().equals("-UserId")));
        assertEquals(List.of(), session.symbols(uri));
    }
}
