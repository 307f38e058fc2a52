package dev.entrals.cli;

import dev.entrals.session.EntraContext;
import dev.entrals.session.SessionException;
import dev.entrals.session.SessionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code entra-ls disconnect}: signs out of the saved session and prints the context it signed out of. */
@Command(name = "disconnect", mixinStandardHelpOptions = true,
        description = "Sign out of the saved Entra session (like Disconnect-Entra) and print its context.")
public final class DisconnectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the context as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SessionOutput.quietLogging();
        try {
            Optional<EntraContext> signedOut = new SessionService().disconnect();
            if (signedOut.isEmpty()) {
                err.println("No application to sign out from.");
                return Main.PROBLEMS;
            }
            SessionOutput.printContext(out, signedOut.get(), json);
            return Main.OK;
        } catch (SessionException e) {
            err.println(e.getMessage());
            return Main.PROBLEMS;
        }
    }
}
