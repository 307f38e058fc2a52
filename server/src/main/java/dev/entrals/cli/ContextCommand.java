package dev.entrals.cli;

import dev.entrals.session.RestoreResult;
import dev.entrals.session.SessionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code entra-ls context}: prints the saved (CurrentUser) session's context, like {@code Get-EntraContext}. */
@Command(name = "context", mixinStandardHelpOptions = true,
        description = "Print the context of the saved Entra session (like Get-EntraContext).")
public final class ContextCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the context as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SessionOutput.quietLogging();
        SessionService service = new SessionService();
        RestoreResult restored = service.restore();
        if (restored.status() != RestoreResult.Status.RESTORED) {
            err.println(restored.status() == RestoreResult.Status.NOTHING_SAVED ? "Not connected."
                    : restored.message());
            return Main.PROBLEMS;
        }
        SessionOutput.printContext(out, restored.context(), json);
        return Main.OK;
    }
}
