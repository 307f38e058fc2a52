/**
 * The LSP plumbing under the adapters: the JSON-RPC transport made strict and tolerant ({@code StrictMessageJsonHandler},
 * {@code ResyncingMessageProducer}, {@code GatedRemoteEndpoint}, {@code ImplementedRequests}), the lifecycle, the
 * declared capabilities, params checks, logging to the client, the client-process watcher, the server's threads, the
 * request-activity signal and the idle work that waits for it ({@code DocsPreParser}). Uses lsp4j, {@code docs} and
 * {@code features}; never the root package, which holds the entry points that assemble it.
 */
package dev.entrals.lsp;
