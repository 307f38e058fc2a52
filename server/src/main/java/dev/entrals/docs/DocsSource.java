package dev.entrals.docs;

import java.nio.file.Path;

/**
 * A place help pages are read from: the bundled class-path folder {@code docs-source/}, a folder on disk
 * (searched recursively for {@code *.md}), or a {@link PageProvider} such as the help of installed modules.
 * {@code label} is what the CLI and the model show as the page's origin.
 */
public record DocsSource(String label, Path folder, boolean bundled, PageProvider provider) {

    /** A bundled or folder source (no provider). */
    public DocsSource(String label, Path folder, boolean bundled) {
        this(label, folder, bundled, null);
    }

    /** The pages bundled in the jar (class-path folder {@code docs-source/}). */
    public static DocsSource bundledPages() {
        return new DocsSource("bundled", null, true);
    }

    /** A folder on disk, labelled with the path as given. */
    public static DocsSource folder(Path folder) {
        return new DocsSource(folder.toString(), folder, false);
    }

    /** A folder on disk with a label of its own (for example {@code fetched v1.0}). */
    public static DocsSource folder(String label, Path folder) {
        return new DocsSource(label, folder, false);
    }

    /** Pages found by a provider (for example the help of installed modules), labelled {@code label}. */
    public static DocsSource provided(String label, PageProvider provider) {
        return new DocsSource(label, null, false, provider);
    }
}
