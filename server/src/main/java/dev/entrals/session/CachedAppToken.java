package dev.entrals.session;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;

/**
 * Finds an app-only access token in a saved msal4j token cache file, so a restored app-only session can go on
 * without its secret (which is never saved) until that token expires.
 */
record CachedAppToken(String token, Instant expiry) {

    /** Tokens expiring sooner than this are treated as expired, as msal4j does. */
    private static final long MARGIN_SECONDS = 300;

    static Optional<CachedAppToken> find(Path cacheFile, String clientId, String tenant) {
        JsonNode root;
        try {
            root = SessionJson.MAPPER.readTree(Files.readString(cacheFile));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            SessionLog.LOG.warning("The token cache " + cacheFile + " cannot be read.");
            return Optional.empty();
        }
        CachedAppToken best = null;
        Iterator<JsonNode> it = root == null ? java.util.Collections.emptyIterator() : root.path("AccessToken")
                .elements();
        while (it.hasNext()) {
            JsonNode at = it.next();
            boolean appOnly = at.path("home_account_id").asText("").isEmpty();
            if (!appOnly || !at.path("client_id").asText("").equalsIgnoreCase(clientId)
                    || !tenant.isEmpty() && !at.path("realm").asText("").equalsIgnoreCase(tenant)) {
                continue;
            }
            long expires = at.path("expires_on").asLong(0);
            if (expires - MARGIN_SECONDS > Instant.now().getEpochSecond()
                    && (best == null || best.expiry.getEpochSecond() < expires)) {
                best = new CachedAppToken(at.path("secret").asText(), Instant.ofEpochSecond(expires));
            }
        }
        return Optional.ofNullable(best);
    }
}
