package dev.entrals.cli;

import dev.entrals.session.EntraEnvironment;
import dev.entrals.session.SessionException;
import dev.entrals.session.SessionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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

    static int print(SessionOutput output, List<EntraEnvironment> environments) {
        if (output.json) {
            output.printJson(environments.stream().map(EntraEnvironment::toOrderedMap).toList());
        } else {
            output.out().print(EntraEnvironment.formatTable(environments));
            output.out().flush();
        }
        return Main.OK;
    }

    /** {@code entra-ls environment list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List built-in and added environments.")
    static final class ListCommand implements Callable<Integer> {

        @Mixin
        SessionOutput output;

        @Override
        public Integer call() {
            return print(output, new SessionService().environments());
        }
    }

    /** {@code entra-ls environment add}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add (or replace) a user-defined environment, kept in the configuration folder.")
    static final class AddCommand implements Callable<Integer> {

        @Mixin
        SessionOutput output;

        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;

        @Option(names = "--azure-ad-endpoint", required = true, paramLabel = "URL",
                description = "Login endpoint, e.g. https://login.microsoftonline.com")
        String azureADEndpoint;

        @Option(names = "--graph-endpoint", required = true, paramLabel = "URL",
                description = "Microsoft Graph endpoint, e.g. https://graph.microsoft.com")
        String graphEndpoint;

        @Override
        public Integer call() {
            try {
                return print(output, List.of(new SessionService().addEnvironment(name, azureADEndpoint,
                        graphEndpoint)));
            } catch (SessionException e) {
                return output.fail(e.getMessage(), Main.USAGE);
            }
        }
    }
}
