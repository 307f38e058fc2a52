package dev.entrals.cli;

import dev.entrals.session.EntraEnvironment;
import dev.entrals.session.SessionException;
import dev.entrals.session.SessionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code entra-ls environment list|add}: the clouds to sign in to, like Get-/Add-EntraEnvironment. */
@Command(name = "environment", mixinStandardHelpOptions = true,
        description = "List or add cloud environments (like Get-EntraEnvironment / Add-EntraEnvironment).",
        subcommands = {EnvironmentCommand.ListCommand.class, EnvironmentCommand.AddCommand.class})
public final class EnvironmentCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    static void print(PrintWriter out, List<EntraEnvironment> environments, boolean json) {
        if (json) {
            SessionOutput.printJson(out, environments.stream().map(EntraEnvironment::toOrderedMap).toList());
        } else {
            out.print(EntraEnvironment.formatTable(environments));
            out.flush();
        }
    }

    /** {@code entra-ls environment list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List built-in and added environments.")
    static final class ListCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            print(spec.commandLine().getOut(), new SessionService().environments(), json);
            return Main.OK;
        }
    }

    /** {@code entra-ls environment add}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add (or replace) a user-defined environment, kept in the configuration folder.")
    static final class AddCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;

        @Option(names = "--azure-ad-endpoint", required = true, paramLabel = "URL",
                description = "Login endpoint, e.g. https://login.microsoftonline.com")
        String azureADEndpoint;

        @Option(names = "--graph-endpoint", required = true, paramLabel = "URL",
                description = "Microsoft Graph endpoint, e.g. https://graph.microsoft.com")
        String graphEndpoint;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            try {
                EntraEnvironment added = new SessionService().addEnvironment(name, azureADEndpoint, graphEndpoint);
                print(spec.commandLine().getOut(), List.of(added), json);
                return Main.OK;
            } catch (SessionException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return Main.USAGE;
            }
        }
    }
}
