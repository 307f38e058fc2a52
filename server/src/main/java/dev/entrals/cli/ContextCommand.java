package dev.entrals.cli;

import dev.entrals.session.RestoreResult;
import dev.entrals.session.SessionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code entra-ls context}: prints the saved (CurrentUser) session's context, like {@code Get-EntraContext}. */
@Command(name = "context", mixinStandardHelpOptions = true,
        description = "Print the context of the saved Entra session (like Get-EntraContext).")
public final class ContextCommand implements Callable<Integer> {

    @Mixin
    SessionOutput output;

    @Override
    public Integer call() {
        RestoreResult restored = new SessionService().restore();
        return switch (restored.status()) {
            case RESTORED -> output.quiet().printContext(restored.context());
            case NOTHING_SAVED -> output.fail("Not connected.", Main.PROBLEMS);
            case SIGN_IN_NEEDED -> output.fail(restored.message(), Main.PROBLEMS);
        };
    }
}
