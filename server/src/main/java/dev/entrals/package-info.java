/**
 * The language server's entry points: {@code ServerLauncher} (assembles a connection), {@code ServerRuntime} (what one
 * connection runs on), {@code Features} (the one place that plugs the feature providers in) and the LSP adapters
 * {@code EntraLanguageServer}, {@code EntraTextDocumentService}, {@code EntraWorkspaceService} (thin adapters into
 * {@code features.LanguageService}). The plumbing they assemble is in {@code dev.entrals.lsp}.
 */
package dev.entrals;
