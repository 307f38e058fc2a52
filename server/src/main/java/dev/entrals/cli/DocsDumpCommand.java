package dev.entrals.cli;

import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.HelpJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code entra-ls docs dump DIR...}: prints the whole help index as one JSON array of cmdlets. */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Print the help index (bundled pages, then each DIR; later wins) as a JSON array of cmdlets.")
public final class DocsDumpCommand implements Callable<Integer> {

    @CommandLine.Parameters(arity = "0..*", paramLabel = "DIR", description = "Folders of platyPS pages.")
    List<Path> folders = new ArrayList<>();

    @CommandLine.Mixin
    ModuleOptions modules = new ModuleOptions();

    @CommandLine.Option(names = "--no-bundled", description = "Leave out the pages bundled with entra-ls.")
    boolean noBundled;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!DocsOptions.foldersExist(folders, spec.commandLine().getErr())) {
            return Main.USAGE;
        }
        HelpIndex index = DocsOptions.load(folders, !noBundled, modules.installedModules());
        spec.commandLine().getOut().println(HelpJson.toJson(index.cmdlets()));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
