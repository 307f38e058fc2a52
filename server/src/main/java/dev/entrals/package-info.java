/**
 * The language server's transport and LSP adapters: launcher, lifecycle gate, services (thin adapters into
 * {@code features.LanguageService}), log forwarding and client-process watch. The only package that wires lsp4j's
 * JSON-RPC pieces.
 */
package dev.entrals;
