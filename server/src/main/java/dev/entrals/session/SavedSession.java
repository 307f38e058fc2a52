package dev.entrals.session;

import com.fasterxml.jackson.core.type.TypeReference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The small record of a CurrentUser session kept beside the token cache: the context and what is needed to find the
 * account again. It never holds a token or secret.
 *
 * @param context         the context as printed
 * @param authorityTenant the tenant segment of the authority signed in to ("common" when none was given)
 * @param homeAccountId   msal4j's account id for delegated sessions, else ""
 */
record SavedSession(EntraContext context, String authorityTenant, String homeAccountId) {

    static Optional<SavedSession> load(Path file) {
        try {
            Map<String, Object> m = SessionJson.MAPPER.readValue(Files.readString(file), new TypeReference<>() { });
            Object ctx = m.get("context");
            if (!(ctx instanceof Map<?, ?> cm)) {
                throw new SessionException(file + ": no context in the saved session.");
            }
            @SuppressWarnings("unchecked")
            EntraContext context = EntraContext.fromMap((Map<String, ?>) cm);
            return Optional.of(new SavedSession(context, String.valueOf(m.getOrDefault("authorityTenant", "common")),
                    String.valueOf(m.getOrDefault("homeAccountId", ""))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SessionException("The saved session " + file + " cannot be read: " + e.getMessage()
                    .split("\n")[0]);
        }
    }

    void save(Path file) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("context", context.toOrderedMap());
        m.put("authorityTenant", authorityTenant);
        m.put("homeAccountId", homeAccountId);
        try {
            PrivateFiles.write(file, SessionJson.MAPPER.writeValueAsBytes(m));
        } catch (IOException e) {
            throw new SessionException("Cannot save the session to " + file + ": " + e.getMessage());
        }
    }
}
