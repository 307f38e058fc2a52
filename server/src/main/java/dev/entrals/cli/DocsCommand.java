package dev.entrals.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code entra-ls docs}: tools over platyPS docs folders; each job is a subcommand. */
@Command(name = "docs",
        description = "Work with reference docs (lint, dump, bench, sources, fetch, export, index, scopes).",
        mixinStandardHelpOptions = true,
        subcommands = {
                DocsLintCommand.class,
                DocsDumpCommand.class,
                DocsBenchCommand.class,
                DocsSourcesCommand.class,
                DocsExportCommand.class,
                DocsFetchCommand.class,
                DocsIndexCommand.class,
                DocsScopesCommand.class,
                DocsRequestsCommand.class,
        })
public final class DocsCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.USAGE;
    }
}
