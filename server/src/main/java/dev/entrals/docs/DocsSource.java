package dev.entrals.docs;

import java.nio.file.Path;

/**
 * A place help pages are read from: the bundled class-path folder {@code docs-source/}, or a folder on disk
 * (searched recursively for {@code *.md}). {@code label} is what the CLI and the model show as the page's origin.
 */
public record DocsSource(String label, Path folder, boolean bundled) {

    /** The pages bundled in the jar (class-path folder {@code docs-source/}). */
    public static DocsSource bundledPages() {
        return new DocsSource("bundled", null, true);
    }

    /** A folder on disk, labelled with the path as given. */
    public static DocsSource folder(Path folder) {
        return new DocsSource(folder.toString(), folder, false);
    }
}
