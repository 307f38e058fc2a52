package dev.entrals.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.junit.jupiter.api.Test;

/** A request counts as implemented when its Java method is the service's own, not lsp4j's throwing default. */
class ImplementedRequestsTest {

    /** A text document service with one request of its own; the rest are lsp4j's throwing defaults. */
    static final class HoverOnly implements TextDocumentService {
        @Override
        public CompletableFuture<Hover> hover(HoverParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void didOpen(org.eclipse.lsp4j.DidOpenTextDocumentParams params) {
        }

        @Override
        public void didChange(org.eclipse.lsp4j.DidChangeTextDocumentParams params) {
        }

        @Override
        public void didClose(org.eclipse.lsp4j.DidCloseTextDocumentParams params) {
        }

        @Override
        public void didSave(org.eclipse.lsp4j.DidSaveTextDocumentParams params) {
        }
    }

    @Test
    void implementedRequestsAreTheOverriddenOnesWithTheirSegment() {
        assertEquals(java.util.Set.of("textDocument/hover"), ImplementedRequests.of(new HoverOnly()));
        WorkspaceService none = new WorkspaceService() {
            @Override
            public void didChangeConfiguration(org.eclipse.lsp4j.DidChangeConfigurationParams params) {
            }

            @Override
            public void didChangeWatchedFiles(org.eclipse.lsp4j.DidChangeWatchedFilesParams params) {
            }
        };
        assertEquals(java.util.Set.of(), ImplementedRequests.of(none));
    }
}
