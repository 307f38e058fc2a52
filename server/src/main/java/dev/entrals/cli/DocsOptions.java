package dev.entrals.cli;

import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.modules.StandardSources;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Shared handling of the folders given to help and docs commands. */
final class DocsOptions {

    private DocsOptions() {
    }

    /** Prints an error for each folder that does not exist; true when all exist. */
    static boolean foldersExist(List<Path> folders, PrintWriter err) {
        boolean ok = true;
        for (Path f : folders) {
            if (!Files.isDirectory(f)) {
                err.println("Not a folder: " + f);
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Loads what the server would: bundled pages (when asked), installed modules (when asked), downloaded docs,
     * then the folders.
     */
    static HelpIndex load(List<Path> folders, boolean withBundled, boolean installedModules) {
        return HelpIndex.load(StandardSources.of(folders, withBundled, installedModules));
    }

    /** The terminal width: {@code COLUMNS} when set and sensible, else 80. */
    static int terminalWidth() {
        try {
            int c = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").trim());
            return c >= 40 ? c : 80;
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
