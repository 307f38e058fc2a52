package dev.entrals.docs.modules;

import dev.entrals.docs.DocsSource;
import dev.entrals.docs.signatures.SignatureSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The docs sources the CLI and the server use, in precedence order (later wins for the same name): the bundled
 * signature index (code facts: they win for binding over every later page, whose prose wins), the bundled pages, installed modules (when asked), the downloaded docs ({@code beta} then {@code v1.0}, so v1.0 wins where
 * both have a page), then the configured folders.
 */
public final class StandardSources {

    private StandardSources() {
    }

    /** The sources for this process: its module path, culture and cache folder. */
    public static List<DocsSource> of(List<Path> folders, boolean withBundled, boolean installedModules) {
        return of(folders, withBundled, installedModules, true);
    }

    /** The sources for this process, with or without the bundled signature index ({@code signatures}). */
    public static List<DocsSource> of(List<Path> folders, boolean withBundled, boolean installedModules,
                                      boolean signatures) {
        return of(folders, withBundled, installedModules ? ModulePaths.current() : List.of(), Locale.getDefault(),
                DocsCache.folder(), signatures);
    }

    /** The sources for explicit module folders, culture and cache folder (with the signature index). */
    public static List<DocsSource> of(List<Path> folders, boolean withBundled, List<Path> moduleRoots, Locale culture,
                                      Path cacheFolder) {
        return of(folders, withBundled, moduleRoots, culture, cacheFolder, true);
    }

    private static List<DocsSource> of(List<Path> folders, boolean withBundled, List<Path> moduleRoots,
                                       Locale culture, Path cacheFolder, boolean signatures) {
        List<DocsSource> out = new ArrayList<>();
        if (withBundled && signatures) {
            out.add(SignatureSource.bundled());
        }
        if (withBundled) {
            out.add(DocsSource.bundledPages());
        }
        out.addAll(InstalledModules.sources(moduleRoots, culture));
        for (String channel : List.of("beta", "v1.0")) {
            Path fetched = DocsCache.channel(cacheFolder, channel);
            if (Files.isDirectory(fetched)) {
                out.add(DocsSource.folder("fetched " + channel, fetched));
            }
        }
        folders.forEach(f -> out.add(DocsSource.folder(f)));
        return out;
    }
}
