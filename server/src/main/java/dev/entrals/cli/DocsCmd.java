package dev.entrals.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code entra-ls docs}: tools over platyPS docs folders; each job is a subcommand. */
@Command(name = "docs",
        description = "Work with reference docs (lint, dump, bench, sources, fetch, export, index).",
        mixinStandardHelpOptions = true,
        subcommands = {
                DocsLintCmd.class,
                DocsDumpCmd.class,
                DocsBenchCmd.class,
                DocsSourcesCmd.class,
                DocsExportCmd.class,
                DocsFetchCmd.class,
                DocsIndexCmd.class,
        })
public final class DocsCmd implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.USAGE;
    }
}
