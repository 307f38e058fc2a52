package dev.entrals.cli;

import picocli.CommandLine.Option;

/** The {@code --no-installed-modules} option shared by the commands that load help. */
public final class ModuleOptions {

    @Option(names = "--no-installed-modules",
            description = "Do not read the help of installed PowerShell modules (PSModulePath).")
    boolean noInstalledModules;

    /** Whether installed modules' help is read. */
    boolean installedModules() {
        return !noInstalledModules;
    }
}
