package dev.entrals.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

import dev.entrals.StandardFeatures;
import dev.entrals.commons.TextDocument;
import dev.entrals.script.ScriptDocument;
import dev.entrals.testing.HostileInputs;

/**
 * What a closed document held is released: its text, parse, analysis and fix-all memo are reachable from nothing
 * once it is closed (checked with weak references, not with the process size).
 */
class ClosedDocumentMemoryTest {

    private static final String URI = "file:///work/hostile-close.ps1";

    @Test
    void aClosedDocumentAndEverythingDerivedFromItAreReleased() throws Exception {
        try (InProcessServer s = InProcessServer.withFeatures(StandardFeatures.standard())) {
            s.initialize();
            String text = HostileInputs.unclosedParens() + "Get-AzureADUser -ObjectId x\n";
            s.open(URI, text);
            PublishDiagnosticsParams published = s.client.diagnostics.poll(120, TimeUnit.SECONDS);
            assertNotNull(published, "diagnostics of the 30,000 unclosed calls arrive");
            assertEquals(URI, published.getUri());

            CodeActionParams fixAll = new CodeActionParams(new TextDocumentIdentifier(URI),
                    new Range(new Position(0, 0), new Position(0, 0)),
                    new CodeActionContext(List.of(), List.of("source.fixAll")));
            assertNotNull(s.server.getTextDocumentService().codeAction(fixAll).get(120, TimeUnit.SECONDS));
            s.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(URI),
                    new Position(0, 3))).get(60, TimeUnit.SECONDS); // answered (no docs for Get-EntraUser here)

            var documents = s.connection.server().runtime().service().documents();
            TextDocument doc = documents.get(URI).orElseThrow();
            WeakReference<TextDocument> docRef = new WeakReference<>(doc);
            WeakReference<ScriptDocument> scriptRef =
                    new WeakReference<>(doc.derivedIfPresent(ScriptDocument.class).orElseThrow());
            doc = null;

            s.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(URI)));
            PublishDiagnosticsParams cleared = s.client.diagnostics.poll(60, TimeUnit.SECONDS);
            while (cleared != null && !cleared.getDiagnostics().isEmpty()) { // a refresh (docs loaded) queued before
                cleared = s.client.diagnostics.poll(60, TimeUnit.SECONDS);
            }
            assertNotNull(cleared, "close clears the document's diagnostics");
            assertTrue(documents.get(URI).isEmpty());

            for (int i = 0; i < 50 && (docRef.get() != null || scriptRef.get() != null); i++) {
                System.gc();
                Thread.onSpinWait();
            }
            assertNull(docRef.get(), "nothing holds the closed document");
            assertNull(scriptRef.get(), "nothing holds its parsed script");
        }
    }
}
