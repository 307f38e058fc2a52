/**
 * The Entra session over LSP: the {@code entra.*} command handlers, the editor's side of a sign-in (browser,
 * device code, progress), the {@code entra/sessionChanged} notification, the start-up restore, the lens
 * comparing the session's permissions with a script's, and {@code EditorSignIn}, the one sign-in and sign-out of the
 * commands and of a run of the session cmdlets. Adapters only: every session rule lives in
 * {@code dev.entrals.session}; this package imports lsp4j, Gson, {@code features}, {@code script}, {@code docs},
 * {@code analysis} (permission facts), {@code session} and {@code settings}, never msal4j.
 */
package dev.entrals.features.session;
