package dev.entrals.cli;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.modules.MamlExport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code entra-ls docs export --maml DIR... --out DIR}: writes MAML help XML (what {@code Get-Help} reads) from
 * platyPS pages, one file per module as platyPS's {@code New-ExternalHelp} names them.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write MAML help XML (one <Module>-help.xml per module) from the platyPS pages of DIR...")
public final class DocsExportCommand implements Callable<Integer> {

    @CommandLine.Option(names = "--maml", description = "Write MAML help XML (the default and only format).")
    boolean maml = true;

    @CommandLine.Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The folder to write the help files into (created if needed).")
    Path out;

    @CommandLine.Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders of platyPS pages (later win).")
    List<Path> folders;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!DocsOptions.foldersExist(folders, err)) {
            return Main.USAGE;
        }
        List<CmdletHelp> pages = HelpIndex.load(folders, false).cmdlets();
        if (pages.isEmpty()) {
            err.println("No cmdlet pages found in " + folders + ".");
            err.flush();
            return Main.PROBLEMS;
        }
        List<MamlExport.HelpFileContent> files = MamlExport.plan(pages);
        try {
            List<Path> written = MamlExport.write(files, out);
            for (int i = 0; i < written.size(); i++) {
                stdout.printf("%s\t%d commands%n", written.get(i), files.get(i).commands().size());
            }
        } catch (IOException | RuntimeException e) {
            err.println("Cannot write to " + out + ": " + e.getMessage());
            err.flush();
            return Main.PROBLEMS;
        }
        stdout.printf("%d files, %d commands%n", files.size(), pages.size());
        stdout.flush();
        return Main.OK;
    }
}
