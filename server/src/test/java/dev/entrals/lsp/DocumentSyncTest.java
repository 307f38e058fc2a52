package dev.entrals.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.Test;

import dev.entrals.commons.TextDocument;
import dev.entrals.features.Providers;

/** Text sync and position handling through a real client; the hover provider echoes what the server sees. */
class DocumentSyncTest {

    private static final String URI = "file:///work/sync.ps1";

    /** Hover answers "offset|text after the cursor up to the line end" for the position asked. */
    private static final Providers ECHO = Providers.builder().hover((doc, p, ctx) -> {
        int offset = doc.offsetAt(new dev.entrals.commons.TextPosition(p.getPosition().getLine(), p.getPosition().getCharacter()));
        int end = doc.lineIndex().lineEnd(doc.lineIndex().lineOf(offset));
        return new Hover(new MarkupContent("plaintext", offset + "|" + doc.text().substring(offset, end)));
    }).build();

    @Test
    void incrementalChangesAreAppliedInOrder() throws Exception {
        try (InProcessServer s = InProcessServer.withClient(ECHO)) {
            s.initialize();
            s.open(URI, "Get-EntraUser -Top 1\nGet-EntraGroup\n");
            change(s, 2, edit(0, 19, 0, 20, "5"), edit(1, 0, 1, 0, "$g = "));
            change(s, 3, edit(0, 0, 0, 0, "# list\r\n"));
            assertEquals("# list\r\nGet-EntraUser -Top 5\n$g = Get-EntraGroup\n", text(s));
            assertEquals(3, document(s).version());
        }
    }

    @Test
    void changeWithoutRangeReplacesTheWholeText() throws Exception {
        try (InProcessServer s = InProcessServer.withClient(ECHO)) {
            s.initialize();
            s.open(URI, "old");
            TextDocumentContentChangeEvent full = new TextDocumentContentChangeEvent("Connect-Entra\n");
            change(s, 2, full);
            assertEquals("Connect-Entra\n", text(s));
        }
    }

    @Test
    void positionsPastTheEndClampInsteadOfFailing() throws Exception {
        try (InProcessServer s = InProcessServer.withClient(ECHO)) {
            s.initialize();
            s.open(URI, "ab\ncd");
            assertEquals("2|", hover(s, 0, 99));
            assertEquals("5|", hover(s, 42, 0));
            assertEquals("0|ab", hover(s, -3, -7));
            change(s, 2, edit(7, 0, 9, 4, "!"));
            assertEquals("ab\ncd!", text(s));
        }
    }

    @Test
    void utf8PositionsAreHonouredWhenNegotiated() throws Exception {
        ClientCapabilities caps = new ClientCapabilities();
        caps.setGeneral(new GeneralClientCapabilities());
        caps.getGeneral().setPositionEncodings(List.of("utf-8"));
        try (InProcessServer s = InProcessServer.withClient(ECHO)) {
            s.initialize(caps, null);
            s.open(URI, "$naïve = '😀x'");
            assertEquals("12|x'", hover(s, 0, 15)); // $naïve = ' is 11 bytes, 😀 four more
            change(s, 2, edit(0, 11, 0, 15, "y"));
            assertEquals("$naïve = 'yx'", text(s));
        }
    }

    @Test
    void hoverOnAnUnknownDocumentReturnsNothing() throws Exception {
        try (InProcessServer s = InProcessServer.withClient(ECHO)) {
            s.initialize();
            Hover h = s.server.getTextDocumentService()
                    .hover(new HoverParams(new TextDocumentIdentifier("file:///never/opened.ps1"), new Position(0, 0)))
                    .get(5, TimeUnit.SECONDS);
            assertNull(h);
        }
    }

    @Test
    void changesToAClosedDocumentAreIgnored() throws Exception {
        try (InProcessServer s = InProcessServer.withClient(ECHO)) {
            s.initialize();
            s.open(URI, "Get-EntraUser");
            s.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(URI)));
            change(s, 2, edit(0, 0, 0, 0, "x"));
            change(s, 3, new TextDocumentContentChangeEvent("y"));
            assertNull(s.server.getTextDocumentService()
                    .hover(new HoverParams(new TextDocumentIdentifier(URI), new Position(0, 0))).get(5, TimeUnit.SECONDS));
            assertTrue(s.connection.server().runtime().service().documents().get(URI).isEmpty());
            assertTrue(s.client.awaitLog("ignored a change to " + URI), "the ignored change is logged to the client");
        }
    }

    @Test
    void aFiveMegabyteDocumentIsEditedAndAnswered() throws Exception {
        String line = "Get-EntraUser -UserId 'someone@contoso.com' -Property DisplayName, Mail | Select-Object Mail\n";
        StringBuilder big = new StringBuilder();
        while (big.length() < 5_000_000) {
            big.append(line);
        }
        int lines = big.length() / line.length();
        try (InProcessServer s = InProcessServer.withClient(ECHO)) {
            s.initialize();
            s.open(URI, big.toString());
            change(s, 2, edit(lines, 0, lines, 0, "Disconnect-Entra"));
            assertEquals(big.length() + "|Disconnect-Entra", hover(s, lines, 0));
            assertTrue(text(s).endsWith(line + "Disconnect-Entra"));
        }
    }

    private static String hover(InProcessServer s, int line, int character) throws Exception {
        Hover h = s.server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(URI), new Position(line, character)))
                .get(10, TimeUnit.SECONDS);
        return h.getContents().getRight().getValue();
    }

    static TextDocumentContentChangeEvent edit(int l1, int c1, int l2, int c2, String text) {
        return new TextDocumentContentChangeEvent(new Range(new Position(l1, c1), new Position(l2, c2)), text);
    }

    static void change(InProcessServer s, int version, TextDocumentContentChangeEvent... changes) {
        s.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(URI, version), List.of(changes)));
    }

    /** The document as the server holds it, once the messages sent so far have been handled. */
    private static TextDocument document(InProcessServer s) throws Exception {
        // a request is answered only after the notifications before it were handled (one reader thread, in order)
        s.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier("file:///sync/barrier"),
                new Position(0, 0))).get(10, TimeUnit.SECONDS);
        return s.connection.server().runtime().service().documents().get(URI).orElseThrow();
    }

    private static String text(InProcessServer s) throws Exception {
        return document(s).text();
    }
}
