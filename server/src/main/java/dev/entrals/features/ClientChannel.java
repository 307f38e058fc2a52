package dev.entrals.features;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The way back to the client, as a feature gets it at {@code initialized}: the typed LSP client, the raw endpoint for
 * custom messages ({@code endpoint.notify("entra/...", params)}) and the capabilities the client declared (never null).
 */
public record ClientChannel(LanguageClient client, Endpoint endpoint, ClientCapabilities capabilities) {
}
