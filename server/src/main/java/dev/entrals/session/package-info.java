/** Entra session control: contexts, environments, sign-in flows, token cache. The only package that imports msal4j. */
package dev.entrals.session;
