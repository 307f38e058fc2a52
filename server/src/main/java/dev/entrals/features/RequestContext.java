package dev.entrals.features;

import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import dev.entrals.settings.EntraSettings;

/**
 * What a provider gets with each request besides its params: the settings in force, what the client supports, and
 * the cancel checker of this request ({@code cancel.checkCanceled()} throws once the client cancelled or the
 * document changed; long loops should call it now and then), and the request's {@code workDoneToken} (null when the
 * client sent none).
 */
public record RequestContext(EntraSettings settings, ClientInfo client, CancelChecker cancel,
        Either<String, Integer> workDoneToken) {

    /** A context for a request without a work-done token. */
    public RequestContext(EntraSettings settings, ClientInfo client, CancelChecker cancel) {
        this(settings, client, cancel, null);
    }
}
