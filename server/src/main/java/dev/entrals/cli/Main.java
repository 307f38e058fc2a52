package dev.entrals.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code entra-ls} command line: one picocli subcommand per job. */
@Command(name = "entra-ls",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Entra Language Server: help, checks and session control for Microsoft.Entra PowerShell scripts.",
        subcommands = {
                HelpCommand.class,
                DocsCommand.class,
                ServeCommand.class,
                ScriptCommand.class,
                ConnectCommand.class,
                ContextCommand.class,
                DisconnectCommand.class,
                EnvironmentCommand.class,
                CheckCommand.class,
                ScopesCommand.class,
                RunCommand.class,
        })
public final class Main implements Runnable {

    /** Exit code: everything went well. */
    public static final int OK = 0;
    /** Exit code: the command ran and found problems. */
    public static final int PROBLEMS = 1;
    /** Exit code: bad usage, or the thing asked for was not found. */
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("serve")) {
            // start-up path of editors: build the model of `serve` alone, not of every subcommand (see features.md)
            System.exit(configure(new CommandLine(new ServeCommand()).setCommandName("entra-ls serve")).execute(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        System.exit(commandLine().execute(args));
    }

    /** The configured picocli command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new Main()));
    }

    private static CommandLine configure(CommandLine cl) {
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println(UsageErrors.message(ex));
            // the message says what is wrong; the whole usage would bury it
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for the options.");
            return USAGE;
        });
        return cl;
    }
}
