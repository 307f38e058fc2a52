package dev.entrals.cli;

import dev.entrals.docs.DocDiagnostic;
import dev.entrals.docs.DocsSource;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.SourceSummary;
import dev.entrals.docs.modules.ModulePaths;
import dev.entrals.docs.modules.StandardSources;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code entra-ls docs sources [DIR...]}: every docs source the server would read, in precedence order (later wins),
 * with the help pages and commands each holds; problems reading module help or manifests go to stderr.
 */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "List every docs source found (bundled, installed modules, downloaded docs, DIR...), "
                + "in precedence order (later wins), with counts.")
public final class DocsSourcesCommand implements Callable<Integer> {

    private static final Set<String> REPORTED = Set.of("invalid-xml", "invalid-manifest", "unreadable", "too-large",
            "reader-failure");

    @CommandLine.Parameters(paramLabel = "DIR", arity = "0..*", description = "Folders of platyPS pages.")
    List<Path> folders = new ArrayList<>();

    @CommandLine.Mixin
    ModuleOptions modules = new ModuleOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!DocsOptions.foldersExist(folders, err)) {
            return Main.USAGE;
        }
        List<DocsSource> sources = StandardSources.of(folders, true, modules.installedModules());
        HelpIndex index = HelpIndex.load(sources);
        List<SourceSummary> summaries = index.sources();
        int width = summaries.stream().mapToInt(s -> s.label().length()).max().orElse(10);
        for (int i = 0; i < summaries.size(); i++) {
            SourceSummary s = summaries.get(i);
            DocsSource src = sources.get(i);
            String where = src.bundled() ? "(inside entra-ls)" : src.folder() == null ? "" : src.folder().toString();
            out.printf("%-" + width + "s  %5d pages  %5d commands  %s%s%n", s.label(), s.pages(), s.commands(), where,
                    s.note().isEmpty() ? "" : "  (" + s.note() + ")");
        }
        out.printf("%d sources, %d commands known%n", summaries.size(), index.names().size());
        if (modules.installedModules() && sources.stream().noneMatch(s -> s.label().startsWith("module "))) {
            err.println("No installed modules with help or a manifest in: " + ModulePaths.current());
        }
        for (DocDiagnostic d : index.diagnostics()) {
            if (d.severity() != DocDiagnostic.Severity.INFO && REPORTED.contains(d.kind())) {
                err.println(d.format());
            }
        }
        out.flush();
        err.flush();
        return Main.OK;
    }
}
