package dev.entrals.session;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the session keeps its files: the data folder (token cache, context record) and the configuration folder
 * (custom environments). {@code entrals.home} (system property) or {@code ENTRA_LS_HOME} (environment) puts both in
 * one folder.
 */
public record SessionPaths(Path dataDir, Path configDir) {

    /** The file of custom environments. */
    public Path environmentsFile() {
        return configDir.resolve("environments.json");
    }

    /** The msal4j token cache of a CurrentUser session. */
    public Path tokenCacheFile() {
        return dataDir.resolve("msal-token-cache.json");
    }

    /** The context record of a CurrentUser session. */
    public Path contextFile() {
        return dataDir.resolve("context.json");
    }

    /** The folders of this process, from its system properties and environment. */
    public static SessionPaths fromSystem() {
        return resolve(System.getProperty("entrals.home"), System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    /**
     * Resolves the folders: the home override first; then on Windows {@code %LOCALAPPDATA%\entra-ls} and
     * {@code %APPDATA%\entra-ls}; elsewhere {@code $XDG_DATA_HOME/entra-ls} (default ~/.local/share) and
     * {@code $XDG_CONFIG_HOME/entra-ls} (default ~/.config).
     */
    static SessionPaths resolve(String homeProperty, Map<String, String> env, String osName, Path userHome) {
        String home = nonBlank(homeProperty) ? homeProperty : env.get("ENTRA_LS_HOME");
        if (nonBlank(home)) {
            Path p = Path.of(home).toAbsolutePath();
            return new SessionPaths(p, p);
        }
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            Path local = nonBlank(env.get("LOCALAPPDATA")) ? Path.of(env.get("LOCALAPPDATA"))
                    : userHome.resolve("AppData").resolve("Local");
            Path roaming = nonBlank(env.get("APPDATA")) ? Path.of(env.get("APPDATA"))
                    : userHome.resolve("AppData").resolve("Roaming");
            return new SessionPaths(local.resolve("entra-ls"), roaming.resolve("entra-ls"));
        }
        Path data = absolute(env.get("XDG_DATA_HOME")) != null ? absolute(env.get("XDG_DATA_HOME"))
                : userHome.resolve(".local").resolve("share");
        Path config = absolute(env.get("XDG_CONFIG_HOME")) != null ? absolute(env.get("XDG_CONFIG_HOME"))
                : userHome.resolve(".config");
        return new SessionPaths(data.resolve("entra-ls"), config.resolve("entra-ls"));
    }

    /** XDG says relative paths are invalid and must be ignored. */
    private static Path absolute(String value) {
        if (!nonBlank(value)) {
            return null;
        }
        Path p = Path.of(value);
        return p.isAbsolute() ? p : null;
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }
}
