package dev.entrals.cli;

import dev.entrals.docs.signatures.SignatureGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code entra-ls docs index --module-source DIR --out FILE}: generates the bundled signature index from the
 * entra-powershell sources (the file committed as {@code server/src/main/resources/signatures/entra-modules.sig.gz}).
 */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Generate the signature index (names, parameters, binding facts, aliases, modules) from the "
                + "Microsoft.Entra module sources; nothing is run.")
public final class DocsIndexCommand implements Callable<Integer> {

    @CommandLine.Option(names = "--module-source", required = true, paramLabel = "DIR",
            description = "A checkout of entra-powershell (holding module/ and src/).")
    Path source;

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
        try {
            long bytes = SignatureGenerator.write(source, out);
            err.println("Wrote " + out + " (" + bytes + " bytes).");
            return Main.OK;
        } catch (IOException e) {
            err.println("Could not write the index: " + e.getMessage());
            return Main.PROBLEMS;
        }
    }
}
