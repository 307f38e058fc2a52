package dev.entrals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How {@code serve} was started: the {@code --docs} folders (ahead of {@code entra.docs.paths}), the diagnostics
 * debounce and how often the client process is checked.
 */
public record ServerOptions(List<Path> docsFolders, Duration diagnosticsDebounce, Duration parentPoll) {

    /** The defaults: no extra folders, 30 ms debounce, client process checked every second. */
    public static final ServerOptions DEFAULT = new ServerOptions(List.of(), Duration.ofMillis(30), Duration.ofSeconds(1));

    public ServerOptions {
        docsFolders = List.copyOf(docsFolders);
    }

    /** The defaults with these {@code --docs} folders. */
    public static ServerOptions withDocs(List<Path> folders) {
        return new ServerOptions(folders, DEFAULT.diagnosticsDebounce(), DEFAULT.parentPoll());
    }
}
