package dev.entrals.lsp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How {@code serve} was started: the {@code --docs} folders (ahead of {@code entra.docs.paths}), the diagnostics
 * debounce, how often the client process is checked, and whether installed modules' help may be read
 * ({@code --no-installed-modules} turns it off whatever the settings say).
 */
public record ServerOptions(List<Path> docsFolders, Duration diagnosticsDebounce, Duration parentPoll,
                            boolean installedModules) {

    /** Options with installed modules allowed (the settings decide). */
    public ServerOptions(List<Path> docsFolders, Duration diagnosticsDebounce, Duration parentPoll) {
        this(docsFolders, diagnosticsDebounce, parentPoll, true);
    }

    /** The defaults: no extra folders, 30 ms debounce, client process checked every second. */
    public static final ServerOptions DEFAULT = new ServerOptions(List.of(), Duration.ofMillis(30), Duration.ofSeconds(1));

    public ServerOptions {
        docsFolders = List.copyOf(docsFolders);
    }

    /** The defaults with these {@code --docs} folders. */
    public static ServerOptions withDocs(List<Path> folders) {
        return new ServerOptions(folders, DEFAULT.diagnosticsDebounce(), DEFAULT.parentPoll());
    }

    /** These options with installed modules' help allowed or not. */
    public ServerOptions withInstalledModules(boolean allowed) {
        return new ServerOptions(docsFolders, diagnosticsDebounce, parentPoll, allowed);
    }
}
