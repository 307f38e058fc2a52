package dev.entrals.features;

import org.eclipse.lsp4j.jsonrpc.CancelChecker;

import dev.entrals.settings.EntraSettings;

/**
 * What a provider gets with each request besides its params: the settings in force, what the client supports, the
 * cancel checker of this request ({@code cancel.checkCanceled()} throws once the client cancelled or the document
 * changed; long loops should call it now and then), and where to report progress ({@link WorkDoneProgress#NONE}
 * unless the client sent a {@code workDoneToken}).
 */
public record RequestContext(EntraSettings settings, ClientInfo client, CancelChecker cancel,
                             WorkDoneProgress progress) {

    /** A context without progress reporting. */
    public RequestContext(EntraSettings settings, ClientInfo client, CancelChecker cancel) {
        this(settings, client, cancel, WorkDoneProgress.NONE);
    }
}
