package dev.entrals.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.entrals.features.Providers;

/**
 * Out of memory and stack overflow in a provider (last resorts: memory is bounded by the input): the request gets
 * an InternalError, the diagnostics thread survives, and the server carries on.
 */
@Timeout(60)
class LastResortErrorsTest {

    private static final String BAD = "file:///work/bad.ps1";
    private static final String GOOD = "file:///work/good.ps1";

    @Test
    void errorsInProvidersAnswerInternalErrorAndTheServerCarriesOn() throws Exception {
        Providers providers = Providers.builder()
                .hover((d, p, c) -> {
                    if (d.uri().equals(BAD)) {
                        throw new OutOfMemoryError("Java heap space");
                    }
                    return new Hover(new MarkupContent("plaintext", "fine"));
                })
                .completion((d, p, c) -> {
                    throw new StackOverflowError();
                })
                .diagnostics((d, c) -> {
                    if (d.uri().equals(BAD)) {
                        throw new OutOfMemoryError("Java heap space");
                    }
                    return List.of(new Diagnostic(new Range(new Position(0, 0), new Position(0, 1)), "seen"));
                }).build();
        try (InProcessServer s = InProcessServer.withClient(providers)) {
            s.initialize();
            s.open(BAD, "a");
            var hover = s.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(BAD),
                    new Position(0, 0)));
            assertEquals("hover failed: OutOfMemoryError: Java heap space", error(hover).getMessage());
            var completion = s.server.getTextDocumentService().completion(new CompletionParams(
                    new TextDocumentIdentifier(BAD), new Position(0, 0)));
            assertEquals("completion failed: StackOverflowError", error(completion).getMessage());

            s.open(GOOD, "b");
            PublishDiagnosticsParams p = s.client.diagnostics.poll(30, TimeUnit.SECONDS);
            while (p != null && !p.getUri().equals(GOOD)) {
                p = s.client.diagnostics.poll(30, TimeUnit.SECONDS);
            }
            assertNotNull(p, "the diagnostics thread outlived the error on the other document");
            assertEquals("seen", p.getDiagnostics().get(0).getMessage());
            assertEquals("fine", s.server.getTextDocumentService().hover(new HoverParams(
                    new TextDocumentIdentifier(GOOD), new Position(0, 0))).get(10, TimeUnit.SECONDS)
                    .getContents().getRight().getValue());
        }
    }

    private static org.eclipse.lsp4j.jsonrpc.messages.ResponseError error(java.util.concurrent.Future<?> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
        var error = ((ResponseErrorException) e.getCause()).getResponseError();
        assertEquals(ResponseErrorCode.InternalError.getValue(), error.getCode());
        return error;
    }
}
