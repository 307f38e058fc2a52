package dev.entrals.session;

import dev.entrals.commons.UserDirs;

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
                System.getProperty("user.home"));
    }

    /**
     * Resolves the folders: the home override first; then on Windows {@code %LOCALAPPDATA%\entra-ls} and
     * {@code %APPDATA%\entra-ls}; elsewhere {@code $XDG_DATA_HOME/entra-ls} and {@code $XDG_CONFIG_HOME/entra-ls}
     * with {@link UserDirs}' rule (absolute XDG values only; default ~/.local/share and ~/.config, where ~ is
     * {@code $HOME} before {@code userHomeProperty}).
     */
    static SessionPaths resolve(String homeProperty, Map<String, String> env, String osName, String userHomeProperty) {
        String home = nonBlank(homeProperty) ? homeProperty : env.get("ENTRA_LS_HOME");
        if (nonBlank(home)) {
            Path p = Path.of(home).toAbsolutePath();
            return new SessionPaths(p, p);
        }
        UserDirs dirs = UserDirs.of(env, userHomeProperty, osName);
        Path userHome = dirs.home();
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            Path local = nonBlank(env.get("LOCALAPPDATA")) ? Path.of(env.get("LOCALAPPDATA"))
                    : userHome.resolve("AppData").resolve("Local");
            Path roaming = nonBlank(env.get("APPDATA")) ? Path.of(env.get("APPDATA"))
                    : userHome.resolve("AppData").resolve("Roaming");
            return new SessionPaths(local.resolve("entra-ls"), roaming.resolve("entra-ls"));
        }
        return new SessionPaths(dirs.dataHome().resolve("entra-ls"), dirs.configHome().resolve("entra-ls"));
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }
}
