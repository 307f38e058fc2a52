package dev.entrals.settings;

import java.nio.file.Path;
import java.util.List;

/**
 * Where help comes from: extra folders of platyPS pages ({@code entra.docs.paths}, added to the bundled pages),
 * whether help of installed PowerShell modules is read too ({@code entra.docs.installedModules}), and whether the
 * bundled signature index of the Entra modules is used ({@code entra.docs.signatures}).
 */
public record DocsSettings(List<Path> paths, boolean installedModules, boolean signatures) {

    /** No extra folders; installed modules read; the signature index used. */
    public static final DocsSettings DEFAULT = new DocsSettings(List.of(), true, true);

    public DocsSettings {
        paths = List.copyOf(paths);
    }

    /** Folders and installed modules as given, with the signature index. */
    public DocsSettings(List<Path> paths, boolean installedModules) {
        this(paths, installedModules, true);
    }

    /** These settings with {@code first} folders (e.g. the command line's {@code --docs}) ahead of the configured ones. */
    public DocsSettings withLeadingPaths(List<Path> first) {
        java.util.LinkedHashSet<Path> all = new java.util.LinkedHashSet<>(first);
        all.addAll(paths);
        return new DocsSettings(List.copyOf(all), installedModules, signatures);
    }
}
