package dev.entrals.session;

/** A signed-in session: its context, its tokens and how to sign it out. Holds any secret only in memory. */
interface ActiveSession {

    EntraContext context();

    /** A valid access token from the cache, refreshed silently when needed. */
    String accessToken(CancellationSignal cancel);

    /**
     * A new access token, not the cached one (after a resource refused the cached token with 401). Sessions that
     * cannot get a new token silently answer the cached one.
     */
    default String freshAccessToken(CancellationSignal cancel) {
        return accessToken(cancel);
    }

    /** Removes what msal4j holds for this session (accounts, cached tokens) and drops the application. */
    void signOut();

    /** What a later process needs to restore the session (no secret); null when it cannot be saved. */
    SavedSession toSaved();
}
