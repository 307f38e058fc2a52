package dev.entrals.docs.modules;

import java.nio.file.Path;
import java.util.List;

/**
 * A module found in a module folder: its name, the version chosen ({@code ""} when the module has no version
 * folder), its base folder, its manifest (null when it has none) and its help files for the chosen culture.
 */
public record InstalledModule(String name, String version, Path base, Path manifest, List<Path> helpFiles) {

    public InstalledModule {
        helpFiles = List.copyOf(helpFiles);
    }
}
