package dev.entrals.commons;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The user's folders as a shell and PowerShell see them, the one rule every path under the user's home follows.
 * Home: on Linux and macOS the environment's {@code HOME} when it is an absolute path, else the JVM's
 * {@code user.home} (which Java 17 takes from the password database and which does not follow {@code HOME}); on
 * Windows {@code user.home}. The XDG base folders: {@code XDG_DATA_HOME}, {@code XDG_CONFIG_HOME},
 * {@code XDG_CACHE_HOME} when absolute (the XDG spec says a relative one is invalid and ignored), else
 * {@code ~/.local/share}, {@code ~/.config}, {@code ~/.cache}. Which of them a caller uses on which OS is the
 * caller's rule.
 */
public record UserDirs(Path home, Path dataHome, Path configHome, Path cacheHome) {

    /** The folders of this process: its environment and its {@code user.home} and {@code os.name} properties. */
    public static UserDirs current() {
        return of(System.getenv(), System.getProperty("user.home"), System.getProperty("os.name", ""));
    }

    /**
     * The folders for the given environment, {@code user.home} value (null or blank: the working folder) and OS
     * name.
     */
    public static UserDirs of(Map<String, String> env, String userHome, String osName) {
        boolean windows = osName != null && osName.toLowerCase(Locale.ROOT).startsWith("windows");
        Path fromEnv = windows ? null : absolute(env.get("HOME"));
        Path home = fromEnv != null ? fromEnv
                : Path.of(userHome == null || userHome.isBlank() ? "." : userHome).toAbsolutePath().normalize();
        return new UserDirs(home, xdg(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share")),
                xdg(env, "XDG_CONFIG_HOME", home.resolve(".config")), xdg(env, "XDG_CACHE_HOME", home.resolve(".cache")));
    }

    /** {@code ~} or {@code ~/rest} (also {@code ~\rest}) against {@link #home()}; any other text as a path. */
    public Path expandTilde(String path) {
        if (path.equals("~")) {
            return home;
        }
        if (path.startsWith("~/") || path.startsWith("~\\")) {
            String rest = path.substring(2);
            return rest.isEmpty() ? home : home.resolve(rest);
        }
        return Path.of(path);
    }

    private static Path xdg(Map<String, String> env, String variable, Path fallback) {
        Path p = absolute(env.get(variable));
        return p != null ? p : fallback;
    }

    private static Path absolute(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Path p = Path.of(value);
            return p.isAbsolute() ? p.normalize() : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
