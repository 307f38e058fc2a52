package dev.entrals.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.entrals.analysis.ParameterBinder;
import dev.entrals.execution.GraphClient;
import dev.entrals.execution.ModuleState;
import dev.entrals.execution.Planners;
import dev.entrals.execution.ResultFormat;
import dev.entrals.execution.ResultStream;
import dev.entrals.execution.RunEngine;
import dev.entrals.execution.RunInput;
import dev.entrals.execution.RunResult;
import dev.entrals.execution.RunStatus;
import dev.entrals.execution.ScopeAdvice;
import dev.entrals.execution.SessionChanges;
import dev.entrals.execution.TokenSource;
import dev.entrals.execution.UrlOpener;
import dev.entrals.session.CancellationSignal;
import dev.entrals.session.RestoreResult;
import dev.entrals.session.SessionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entra-ls run 'COMMAND LINE'}: runs one Entra cmdlet against Microsoft Graph with the saved session, no
 * PowerShell. Results to stdout; the request, notes and errors to stderr. A write prints its request and exits 2
 * unless {@code --yes}; {@code --what-if} (or {@code -WhatIf} on the line) shows the request and sends nothing.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run an Entra cmdlet against Microsoft Graph with the saved session (no PowerShell).")
public final class RunCommand implements Callable<Integer> {

    /** Held here: a logger only weakly held may be collected, and its level with it, before the session logs. */
    private static final Logger SESSION_LOG = Logger.getLogger("dev.entrals.session");
    private static final Logger EXECUTION_LOG = Logger.getLogger("dev.entrals.execution");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "COMMAND_LINE", description = "The command line, e.g. 'Get-EntraUser -Top 5'.")
    String line;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, list, json or csv (default: a table for "
            + "a collection, a list for one object).")
    String format;

    @Option(names = "--yes", description = "Send a write (New-, Set-, Remove-, ...) without asking.")
    boolean yes;

    @Option(names = "--what-if", description = "Show the request and send nothing.")
    boolean whatIf;

    @Option(names = "--arg", paramLabel = "NAME=VALUE", description = "A value for a parameter whose argument is not "
            + "a literal (or one more parameter), or a value the module would ask for at its console or take from its"
            + " PowerShell session (the run names it: --arg DomainId=contoso.com); repeatable.")
    Map<String, String> args = new LinkedHashMap<>();

    @Override
    public Integer call() {
        ResultFormat f;
        try {
            f = format == null ? ResultFormat.AUTO : ResultFormat.parse(format);
        } catch (IllegalArgumentException e) {
            return fail(e.getMessage(), Main.USAGE);
        }
        SESSION_LOG.setLevel(Level.WARNING);
        EXECUTION_LOG.setLevel(Level.WARNING);
        SessionService session = new SessionService();
        RestoreResult restored = session.restore();
        if (restored.status() == RestoreResult.Status.SIGN_IN_NEEDED) {
            spec.commandLine().getErr().println(restored.message());
        }
        // Connect-Entra and Disconnect-Entra sign in and out as `entra-ls connect` and `disconnect` do (stderr prompts)
        SessionChanges changes = SessionChanges.of((request, cancel) -> session.connect(request,
                new CliSessionUi(spec.commandLine().getErr()), cancel), session::disconnect);
        RunEngine engine = new RunEngine(new ParameterBinder(DocsOptions.load(java.util.List.of(), true, false)),
                Planners.bundled(), GraphClient.standard(TokenSource.of(session)),
                ScopeAdvice.of(dev.entrals.analysis.ScopeFacts.bundled()), UrlOpener.NONE, changes,
                new ModuleState());
        // JSON and CSV are written as the pages arrive, so memory stays flat with -All; a table needs every row
        ResultStream stream = ResultStream.streams(f) ? new ResultStream(f, spec.commandLine().getOut()) : null;
        RunInput in = new RunInput(line, 0, line.length(), args, yes, whatIf, f, stream == null ? 0 : 1);
        RunResult r = engine.run(in, (page, objects, limit) -> {
            if (page > 1) {
                spec.commandLine().getErr().println("Page " + page + ": " + objects + " objects");
                spec.commandLine().getErr().flush();
            }
        }, CancellationSignal.NONE, stream);
        return report(r, stream != null && stream.finish());
    }

    /** Reports {@code r}; {@code streamed}: its objects are already written. */
    private int report(RunResult r, boolean streamed) {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        for (String n : r.notes()) {
            err.println(n);
        }
        switch (r.status()) {
            case OK -> {
                if (!r.request().isEmpty() && !r.opensPage()) {
                    err.println(r.request().get(0) + " -> " + r.count() + (r.count() == 1 ? " object" : " objects")
                            + " in " + r.millis() + " ms");
                }
                if (!streamed) {
                    out.print(r.text());
                }
            }
            case WHAT_IF -> out.print(r.text());
            case CONFIRMATION_REQUIRED -> {
                out.print(r.text());
                err.println(r.opensPage() ? "Not confirmed: run again with --yes to confirm (the command line prints the"
                        + " URL; it opens no browser)." : "Not sent: run again with --yes to send this write.");
            }
            default -> err.print(endLine(r.text()));
        }
        out.flush();
        err.flush();
        return r.status() == RunStatus.OK ? Main.OK : r.status().exitCode();
    }

    /** {@code text} ending with a line break (an error's text may end without one, before the shell's prompt). */
    private static String endLine(String text) {
        return text.isEmpty() || text.endsWith("\n") ? text : text + System.lineSeparator();
    }

    private int fail(String message, int code) {
        spec.commandLine().getErr().println(message);
        return code;
    }
}
