package dev.entrals.docs.modules;

import dev.entrals.commons.UserDirs;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The folders PowerShell looks for modules in: {@code PSModulePath} when set (split on the OS path separator),
 * else the default folders of PowerShell 7 and Windows PowerShell 5.1 on the running OS. On Linux and macOS the
 * user's folder is {@code $XDG_DATA_HOME/powershell/Modules}, default {@code $HOME/.local/share/powershell/Modules},
 * as PowerShell itself resolves it (home and XDG by {@link UserDirs}' rule).
 */
public final class ModulePaths {

    private ModulePaths() {
    }

    /** The module folders for this process (its environment, OS and home folder). */
    public static List<Path> current() {
        return of(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"),
                File.pathSeparator);
    }

    /**
     * The module folders for the given environment: {@code PSModulePath} entries in order (empty entries and
     * duplicates dropped), else the defaults for {@code osName} (the user's folder from {@code HOME},
     * {@code XDG_DATA_HOME} and, without them, {@code userHome}, the {@code user.home} property).
     */
    public static List<Path> of(Map<String, String> env, String osName, String userHome, String separator) {
        String configured = env.get("PSModulePath");
        LinkedHashSet<Path> out = new LinkedHashSet<>();
        if (configured != null && !configured.isBlank()) {
            for (String part : configured.split(java.util.regex.Pattern.quote(separator))) {
                String p = part.trim();
                if (!p.isEmpty()) {
                    tryAdd(out, p);
                }
            }
            return List.copyOf(out);
        }
        UserDirs dirs = UserDirs.of(env, userHome, osName);
        return osName.toLowerCase(Locale.ROOT).startsWith("windows") ? windowsDefaults(env, dirs.home())
                : unixDefaults(dirs);
    }

    private static List<Path> unixDefaults(UserDirs dirs) {
        return List.of(dirs.dataHome().resolve("powershell").resolve("Modules"), Path.of("/usr/local/share/powershell/Modules"),
                Path.of("/opt/microsoft/powershell/7/Modules"));
    }

    private static List<Path> windowsDefaults(Map<String, String> env, Path home) {
        List<Path> out = new ArrayList<>();
        Path docs = home.resolve("Documents");
        out.add(docs.resolve("PowerShell").resolve("Modules"));
        out.add(docs.resolve("WindowsPowerShell").resolve("Modules"));
        String programFiles = env.getOrDefault("ProgramFiles", "C:\\Program Files");
        out.add(Path.of(programFiles, "PowerShell", "Modules"));
        out.add(Path.of(programFiles, "WindowsPowerShell", "Modules"));
        String psHome = env.get("PSHOME");
        if (psHome != null && !psHome.isBlank()) {
            out.add(Path.of(psHome, "Modules"));
        } else {
            out.add(Path.of(programFiles, "PowerShell", "7", "Modules"));
            String root = env.getOrDefault("SystemRoot", "C:\\Windows");
            out.add(Path.of(root, "System32", "WindowsPowerShell", "v1.0", "Modules"));
        }
        return List.copyOf(out);
    }

    private static void tryAdd(LinkedHashSet<Path> out, String p) {
        try {
            out.add(Path.of(p));
        } catch (java.nio.file.InvalidPathException e) {
            // an entry this OS cannot name (e.g. a Windows path on Linux) cannot hold modules here
        }
    }
}
