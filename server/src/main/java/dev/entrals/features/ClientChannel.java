package dev.entrals.features;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The way back to the client, as a feature gets it at {@code initialized}: the typed LSP client, the raw endpoint for
 * custom messages ({@code endpoint.notify("entra/...", params)}), the capabilities the client declared (never null)
 * and the registry that routes {@code window/workDoneProgress/cancel} to the work it cancels.
 */
public record ClientChannel(LanguageClient client, Endpoint endpoint, ClientCapabilities capabilities,
        ProgressCancels progressCancels) {
}
