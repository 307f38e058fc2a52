package dev.entrals.cli;

import dev.entrals.session.EntraContext;
import dev.entrals.session.SessionException;
import dev.entrals.session.SessionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code entra-ls disconnect}: signs out of the saved session and prints the context it signed out of. */
@Command(name = "disconnect", mixinStandardHelpOptions = true,
        description = "Sign out of the saved Entra session (like Disconnect-Entra) and print its context.")
public final class DisconnectCommand implements Callable<Integer> {

    @Mixin
    SessionOutput output;

    @Override
    public Integer call() {
        output.quiet();
        try {
            Optional<EntraContext> signedOut = new SessionService().disconnect();
            return signedOut.isEmpty() ? output.fail(SessionService.NOTHING_TO_SIGN_OUT, Main.PROBLEMS)
                    : output.printContext(signedOut.get());
        } catch (SessionException e) {
            return output.fail(e.getMessage(), Main.PROBLEMS);
        }
    }
}
