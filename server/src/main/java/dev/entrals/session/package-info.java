/**
 * Entra session control: contexts, environments, sign-in flows, token cache. The only package that imports msal4j;
 * it also uses Jackson, {@code dev.entrals.commons} (the user's folders, the build's version) and java.*, and no LSP
 * or picocli types. {@link dev.entrals.session.SessionService} is the entry point for the language server and the CLI.
 */
package dev.entrals.session;
