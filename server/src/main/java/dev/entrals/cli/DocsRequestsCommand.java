package dev.entrals.cli;

import dev.entrals.graph.derive.RequestTableGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code entra-ls docs requests --module-source DIR [--aad-to-graph DIR] [--reference-docs DIR] --out FILE}: generates the request table
 * (the Graph request of every cmdlet and parameter set, read from the modules' code) committed as
 * {@code server/src/main/resources/graph/requests.jsonl.gz}.
 */
@Command(name = "requests", mixinStandardHelpOptions = true,
        description = "Generate the request table (method, URL template, query, headers, body, paging per cmdlet and "
                + "parameter set) from the Microsoft.Entra module sources and the aad-to-graph pages; nothing is run.")
public final class DocsRequestsCommand implements Callable<Integer> {

    @CommandLine.Option(names = "--module-source", required = true, paramLabel = "DIR",
            description = "A checkout of entra-powershell (holding module/).")
    Path source;

    @CommandLine.Option(names = "--aad-to-graph", paramLabel = "DIR",
            description = "A checkout of AzureAD-to-MSGraph (holding docs/): the requests of Graph SDK cmdlets.")
    Path aadToGraph;

    @CommandLine.Option(names = "--reference-docs", paramLabel = "DIR",
            description = "The Entra reference pages (platyPS): each cmdlet's default table columns from its examples.")
    Path referenceDocs;

    @CommandLine.Option(names = "--out", required = true, paramLabel = "FILE", description = "The gzip file to write.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(source.resolve("module"))) {
            err.println("No module sources at " + source + " (expected a folder holding module/).");
            return Main.USAGE;
        }
        if (aadToGraph != null && !Files.isDirectory(aadToGraph.resolve("docs"))) {
            err.println("No aad-to-graph pages at " + aadToGraph + " (expected a folder holding docs/).");
            return Main.USAGE;
        }
        try {
            java.util.List<dev.entrals.graph.RequestEntry> entries = RequestTableGenerator.generate(source, aadToGraph,
                    referenceDocs);
            long bytes = RequestTableGenerator.write(entries, out);
            RequestTableGenerator.summary(entries).forEach(err::println);
            err.println("Wrote " + out + " (" + entries.size() + " cmdlets, " + bytes + " bytes).");
            return Main.OK;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("Could not write the request table: " + e.getMessage());
            return Main.PROBLEMS;
        }
    }
}
