package dev.entrals.features;

import org.eclipse.lsp4j.jsonrpc.CancelChecker;

import dev.entrals.settings.EntraSettings;

/**
 * What a provider gets with each request besides its params: the settings in force, what the client supports, and
 * the cancel checker of this request ({@code cancel.checkCanceled()} throws once the client cancelled or the
 * document changed; long loops should call it now and then).
 */
public record RequestContext(EntraSettings settings, ClientInfo client, CancelChecker cancel) {
}
