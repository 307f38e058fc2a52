package dev.entrals.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.aad.msal4j.TokenCache;

import java.io.IOException;

/**
 * Empties the token material of msal4j's process-wide managed-identity cache. msal4j 1.26.1 offers no way to remove
 * its entries ({@code deserialize} only merges), so each access token is overwritten with an empty, expired one:
 * the token leaves memory and the next sign-in goes to the endpoint again.
 */
final class SharedCacheScrubber {

    private SharedCacheScrubber() {
    }

    static void scrub(TokenCache cache) {
        try {
            JsonNode root = SessionJson.MAPPER.readTree(cache.serialize());
            JsonNode tokens = root == null ? null : root.get("AccessToken");
            if (tokens == null || !tokens.isObject() || tokens.isEmpty()) {
                return;
            }
            tokens.forEach(t -> {
                if (t instanceof ObjectNode entry) {
                    entry.put("secret", "");
                    entry.put("expires_on", "0");
                    entry.put("extended_expires_on", "0");
                    entry.put("refresh_on", "0");
                }
            });
            cache.deserialize(SessionJson.MAPPER.writeValueAsString(root));
        } catch (IOException | RuntimeException e) {
            SessionLog.LOG.warning("The managed-identity token cache could not be emptied: "
                    + e.getClass().getSimpleName());
        }
    }
}
