package dev.entrals.cli;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.DocDiagnostic;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.signatures.CodeLint;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code entra-ls docs lint DIR...}: checks platyPS pages and prints one line per problem, then a summary. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check platyPS pages: prints file:line: severity: message per problem, then a summary. "
                + "Exits 1 when there are errors.")
public final class DocsLintCommand implements Callable<Integer> {

    @CommandLine.Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders to check (recursively).")
    List<Path> folders;

    @CommandLine.Option(names = "--info", description = "Also print informational notes (skipped files).")
    boolean info;

    @CommandLine.Option(names = "--code", paramLabel = "MODULE_DIR",
            description = "Also check the pages against the module's code (an entra-powershell checkout): documented "
                    + "parameters the code lacks, parameters and aliases the page omits, wrong types and sets.")
    Path code;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!DocsOptions.foldersExist(folders, spec.commandLine().getErr())) {
            return Main.USAGE;
        }
        HelpIndex index = HelpIndex.load(folders, false);
        List<DocDiagnostic> diagnostics = new java.util.ArrayList<>(index.diagnostics());
        if (code != null) {
            if (!java.nio.file.Files.isDirectory(code.resolve("module"))) {
                spec.commandLine().getErr().println("No module sources at " + code + " (expected a folder holding module/).");
                return Main.USAGE;
            }
            try {
                diagnostics.addAll(CodeLint.check(index.allPages(), CodeLint.codeFacts(code)));
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println("Could not read the module sources: " + e.getMessage());
                return Main.USAGE;
            }
            diagnostics.sort(java.util.Comparator.comparing(DocDiagnostic::file).thenComparingInt(DocDiagnostic::line));
        }
        long errors = 0;
        long warnings = 0;
        for (DocDiagnostic d : diagnostics) {
            errors += d.severity() == DocDiagnostic.Severity.ERROR ? 1 : 0;
            warnings += d.severity() == DocDiagnostic.Severity.WARNING ? 1 : 0;
            if (info || d.severity() != DocDiagnostic.Severity.INFO) {
                out.println(d.format());
            }
        }
        List<CmdletHelp> pages = index.allPages();
        int parameters = pages.stream().mapToInt(p -> p.parameters().size()).sum();
        out.println(index.fileCount() + " files, " + pages.size() + " cmdlets, " + parameters + " parameters, "
                + errors + " errors, " + warnings + " warnings");
        out.flush();
        return errors > 0 ? Main.PROBLEMS : Main.OK;
    }
}
