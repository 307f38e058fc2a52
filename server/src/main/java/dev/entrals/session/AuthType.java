package dev.entrals.session;

/** How a session is authorised, with the names Microsoft Graph PowerShell prints in a context. */
public enum AuthType {
    Delegated, AppOnly, ManagedIdentity, UserProvidedAccessToken, EnvironmentVariable
}
