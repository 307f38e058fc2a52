package dev.entrals.features;

import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import dev.entrals.commons.DocumentStore;
import dev.entrals.settings.EntraSettings;

/**
 * What a provider gets with each request besides its params: the settings in force, what the client supports, the
 * cancel checker of this request ({@code cancel.checkCanceled()} throws once the client cancelled or the document
 * changed; long loops should call it now and then), the request's {@code workDoneToken} (null when the client sent
 * none), where to report progress on it ({@link WorkDoneProgress#NONE} without a token) and, for commands, the open
 * documents (null elsewhere).
 */
public record RequestContext(EntraSettings settings, ClientInfo client, CancelChecker cancel,
        Either<String, Integer> workDoneToken, WorkDoneProgress progress, DocumentStore documents) {

    /** A context without the open documents. */
    public RequestContext(EntraSettings settings, ClientInfo client, CancelChecker cancel,
            Either<String, Integer> workDoneToken, WorkDoneProgress progress) {
        this(settings, client, cancel, workDoneToken, progress, null);
    }

    /** A context without a work-done token. */
    public RequestContext(EntraSettings settings, ClientInfo client, CancelChecker cancel) {
        this(settings, client, cancel, null, WorkDoneProgress.NONE);
    }

    /** A context with the request's work-done token but no progress reporter. */
    public RequestContext(EntraSettings settings, ClientInfo client, CancelChecker cancel,
            Either<String, Integer> workDoneToken) {
        this(settings, client, cancel, workDoneToken, WorkDoneProgress.NONE);
    }

    /** A context with a progress reporter. */
    public RequestContext(EntraSettings settings, ClientInfo client, CancelChecker cancel, WorkDoneProgress progress) {
        this(settings, client, cancel, null, progress);
    }
}
