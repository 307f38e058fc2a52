package dev.entrals.session;

import java.time.Instant;
import java.util.Optional;

/**
 * A session on an access token the user provides: nothing is refreshed, and the expiry is read from the token.
 * Also used for an app-only session restored from disk, whose secret is never saved.
 */
final class AccessTokenSignIn {

    private AccessTokenSignIn() {
    }

    static ActiveSession signIn(ConnectRequest r, EntraEnvironment env) {
        String token = r.accessToken() == null ? "" : r.accessToken().strip();
        if (token.isEmpty()) {
            throw new SessionException("Access token sign-in needs the access token.");
        }
        if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = token.substring(7).strip();
        }
        TokenClaims claims = TokenClaims.of(token);
        Optional<Instant> expiry = claims.expiry();
        if (expiry.isPresent() && !expiry.get().isAfter(Instant.now())) {
            throw new SessionException("The access token expired at " + expiry.get() + "; get a new one.");
        }
        String clientId = claims.text("appid", "azp");
        EntraContext context = new EntraContext(clientId, claims.text("tid"), claims.scopes(),
                AuthType.UserProvidedAccessToken, TokenCredentialType.UserProvidedAccessToken, "", "",
                claims.text("upn", "preferred_username", "unique_name"), ContextFacts.appName(claims, clientId),
                ContextScope.Process, "", ContextFacts.hostVersion(), "", "", env.name());
        return new FixedTokenSession(context, token, expiry.orElse(null), null);
    }

    /** A restored app-only session: serves the cached token until it expires, then asks for a new sign-in. */
    static ActiveSession restoredAppOnly(SavedSession saved, String token, Instant expiry) {
        return new FixedTokenSession(saved.context(), token, expiry, saved);
    }

    /** A session with one token and no way to refresh it. */
    private static final class FixedTokenSession implements ActiveSession {
        private final EntraContext context;
        private final Instant expiry;
        private final SavedSession saved;
        private String token;

        FixedTokenSession(EntraContext context, String token, Instant expiry, SavedSession saved) {
            this.context = context;
            this.token = token;
            this.expiry = expiry;
            this.saved = saved;
        }

        @Override
        public EntraContext context() {
            return context;
        }

        @Override
        public synchronized String accessToken(CancellationSignal cancel) {
            if (token == null) {
                throw new SessionException("Not connected.");
            }
            if (expiry != null && !expiry.isAfter(Instant.now())) {
                throw new SessionException("The access token expired at " + expiry + "; a new sign-in is needed.");
            }
            return token;
        }

        @Override
        public synchronized void signOut() {
            token = null;
        }

        @Override
        public SavedSession toSaved() {
            return saved;
        }
    }
}
