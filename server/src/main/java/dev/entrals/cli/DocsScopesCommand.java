package dev.entrals.cli;

import dev.entrals.analysis.ScopeGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code entra-ls docs scopes --docs DIR… --aad-to-graph DIR --out FILE}: generates the bundled permission facts
 * (the file committed as {@code server/src/main/resources/signatures/entra-scopes.tsv}).
 */
@Command(name = "scopes", mixinStandardHelpOptions = true,
        description = "Generate the Graph permissions of every Entra cmdlet from the reference pages' Connect-Entra "
                + "-Scopes examples and AzureAD-to-MSGraph's \"Scopes Needed\" tables.")
public final class DocsScopesCommand implements Callable<Integer> {

    @CommandLine.Option(names = "--docs", required = true, paramLabel = "DIR",
            description = "Folders of Entra reference pages (v1.0 and beta); repeat the option.")
    List<Path> docs;

    @CommandLine.Option(names = "--aad-to-graph", required = true, paramLabel = "DIR",
            description = "A checkout of AzureAD-to-MSGraph (holding docs/AzureAD, docs/AzureADPreview, docs/MSOnline).")
    Path aadToGraph;

    @CommandLine.Option(names = "--out", required = true, paramLabel = "FILE", description = "The TSV file to write.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!DocsOptions.foldersExist(docs, err)) {
            return Main.USAGE;
        }
        if (!Files.isDirectory(aadToGraph.resolve("docs"))) {
            err.println("No AzureAD-to-MSGraph docs at " + aadToGraph + " (expected a folder holding docs/).");
            return Main.USAGE;
        }
        try {
            long bytes = ScopeGenerator.write(docs, aadToGraph, out);
            err.println("Wrote " + out + " (" + bytes + " bytes).");
            return Main.OK;
        } catch (IOException e) {
            err.println("Could not write the permissions: " + e.getMessage());
            return Main.PROBLEMS;
        }
    }
}
