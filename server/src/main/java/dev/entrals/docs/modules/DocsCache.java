package dev.entrals.docs.modules;

import dev.entrals.commons.UserDirs;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where downloaded docs live: {@code <cache>/docs/<channel>}. The cache folder is {@code ENTRA_LS_CACHE} (or system
 * property {@code entrals.cache}) when set; else {@code <home>/cache} when {@code ENTRA_LS_HOME} (or
 * {@code entrals.home}) is set; else the OS's cache folder: {@code $XDG_CACHE_HOME/entra-ls} (default
 * {@code ~/.cache/entra-ls}; home and XDG by {@link UserDirs}' rule: {@code $HOME} first, relative XDG ignored), {@code ~/Library/Caches/entra-ls} on macOS, {@code %LOCALAPPDATA%\entra-ls\cache}
 * on Windows.
 */
public final class DocsCache {

    /** The docs channels the Entra repository publishes, oldest first. */
    public static final List<String> CHANNELS = List.of("v1.0", "beta");

    private DocsCache() {
    }

    /** The cache folder for this process. */
    public static Path folder() {
        return folder(System.getenv(), System.getProperties().entrySet().stream().collect(
                java.util.stream.Collectors.toMap(e -> e.getKey().toString(), e -> e.getValue().toString())));
    }

    /**
     * The cache folder for the given environment ({@code HOME}, {@code XDG_CACHE_HOME}, ...) and system properties
     * ({@code os.name}, {@code user.home}).
     */
    public static Path folder(Map<String, String> env, Map<String, String> props) {
        String cache = first(props.get("entrals.cache"), env.get("ENTRA_LS_CACHE"));
        if (cache != null) {
            return Path.of(cache);
        }
        String home = first(props.get("entrals.home"), env.get("ENTRA_LS_HOME"));
        if (home != null) {
            return Path.of(home, "cache");
        }
        String os = props.getOrDefault("os.name", "").toLowerCase(Locale.ROOT);
        UserDirs dirs = UserDirs.of(env, props.get("user.home"), os);
        Path userHome = dirs.home();
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return (local == null || local.isBlank() ? userHome.resolve("AppData").resolve("Local") : Path.of(local))
                    .resolve("entra-ls").resolve("cache");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Caches").resolve("entra-ls");
        }
        return dirs.cacheHome().resolve("entra-ls");
    }

    /** The folder of one channel's downloaded pages. */
    public static Path channel(Path cacheFolder, String channel) {
        return cacheFolder.resolve("docs").resolve(channel);
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }
}
