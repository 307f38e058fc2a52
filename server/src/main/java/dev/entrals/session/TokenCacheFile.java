package dev.entrals.session;

import com.microsoft.aad.msal4j.ITokenCacheAccessAspect;
import com.microsoft.aad.msal4j.ITokenCacheAccessContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Keeps an msal4j token cache in one private file (0600 in a 0700 folder), read before and written after every
 * cache access so the CLI and the server share one CurrentUser session.
 */
final class TokenCacheFile implements ITokenCacheAccessAspect {

    private final Path file;

    TokenCacheFile(Path file) {
        this.file = file;
    }

    @Override
    public void beforeCacheAccess(ITokenCacheAccessContext context) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            context.tokenCache().deserialize(text);
        } catch (NoSuchFileException e) {
            // nothing saved yet
        } catch (IOException | RuntimeException e) {
            SessionLog.LOG.warning("The token cache " + file + " cannot be read and is ignored ("
                    + e.getClass().getSimpleName() + ").");
        }
    }

    @Override
    public void afterCacheAccess(ITokenCacheAccessContext context) {
        if (!context.hasCacheChanged()) {
            return;
        }
        try {
            PrivateFiles.write(file, context.tokenCache().serialize().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            SessionLog.LOG.warning("The token cache " + file + " cannot be written: " + e.getMessage());
        }
    }
}
