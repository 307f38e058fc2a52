package dev.entrals.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.entrals.graph.RequestPlanner;
import dev.entrals.session.CancellationSignal;

/**
 * The commands the engine answers itself, beside the request table: the ones that read the session or a local file
 * ({@link LocalAnswers}), the sign-in report computed from Graph's replies ({@link CrossTenantActivity}) and the
 * orchestration per row of a CSV file ({@link AppRoleUsers}, chosen by the table's {@code via}) and the admin consent
 * page opened in the browser ({@link ConsentPage}, chosen by the table's {@code via} too) and the permission
 * grants kept by functions the module's code defines ({@link McpGrants}, chosen by the {@code via} and its values).
 * Each shows its
 * requests, says what {@code -WhatIf} would do, asks for the confirmation a write needs and reports Graph's faults as
 * any run does ({@link RunEngine#faulted}). {@code PermissionSearch} is not here: its read is a plan the engine runs.
 */
final class OwnAnswers {

    private final RunEngine engine;
    private final RequestPlanner planner;
    private final GraphClient client;
    private final UrlOpener browser;
    private final SessionChanges sessions;

    OwnAnswers(RunEngine engine, RequestPlanner planner, GraphClient client, UrlOpener browser,
               SessionChanges sessions) {
        this.engine = engine;
        this.planner = planner;
        this.client = client;
        this.browser = browser;
        this.sessions = sessions;
    }

    /** The result of a call answered here, or null when the call is the table's to plan. */
    RunResult run(EvaluatedCall call, RunInput in, List<String> notes, PageListener pages, CancellationSignal cancel,
                  long started) {
        if (SessionRuns.answers(call.command())) { // Connect-Entra, Disconnect-Entra: the caller's sign-in and sign-out
            return SessionRuns.run(call, in, notes, client.session(), sessions, cancel, started);
        }
        RunResult local = answerFromSession(call, in, notes, started);
        if (local != null) {
            return local;
        }
        if (CrossTenantActivity.answers(call.command())) {
            return report(call, in, notes, pages, cancel, started);
        }
        if (AppRoleUsers.answers(planner.via(call.command()))) { // the table's via: requests per row of a CSV file
            return perRow(call, in, notes, cancel, started);
        }
        if (ConsentPage.answers(planner.via(call.command()))) { // the table's via: a URL opened in the browser
            return ConsentPage.run(call, in, notes, client.session(), browser, engine::declaredDefault, started);
        }
        if (McpGrants.answers(call.command(), planner.via(call.command()), planner.values(call.command()))) {
            return grants(call, in, notes, cancel, started); // the table's via: requests from functions it defines
        }
        return null;
    }

    /**
     * A permission grant kept by functions the module's code defines ({@link McpGrants}): the whole run shown with
     * placeholders, {@code -WhatIf} sends nothing, one confirmation, then the reads and the writes they choose.
     */
    private RunResult grants(EvaluatedCall call, RunInput in, List<String> notes, CancellationSignal cancel,
                             long started) {
        McpGrants.Work work;
        try {
            work = McpGrants.work(call.command(), call.arguments(), planner.values(call.command()));
        } catch (McpGrants.Refused r) {
            return RunEngine.result(call.command(), List.of(), RunStatus.NOT_EVALUATED, true, call.command() + ": "
                    + r.getMessage() + "\n", notes, started);
        }
        notes.addAll(McpGrants.departures(work));
        List<String> shown = McpGrants.shown(work, engine.absolute(""));
        RunResult gated = gate(call, in, shown, notes, started);
        if (gated != null) {
            return gated;
        }
        McpGrantRun run = new McpGrantRun(client, cancel);
        try {
            List<Map<String, Object>> out = run.run(work, notes);
            String text = !out.isEmpty() ? ResultFormatter.format(out, true, List.of(), in.format())
                    : run.done().isEmpty() ? "Nothing was changed.\n"
                    : String.join("", run.done().stream().map(d -> "Done: " + d + "\n").toList());
            return new RunResult(call.command(), shown, RunStatus.OK, true, out, out.size(), !out.isEmpty(), text,
                    notes, RunEngine.millis(started), List.of());
        } catch (GraphFault f) {
            return engine.faulted(call, shown, true, McpGrants.findServicePrincipal(work, work.resource()), f,
                    call.arguments(), notes, started);
        }
    }

    /**
     * Before a run shown as {@code shown} (each request's line {@code METHOD URL   (when)}, bodies between): its
     * {@code -WhatIf} answer or the confirmation it needs, sending nothing; null once confirmed.
     */
    private static RunResult gate(EvaluatedCall call, RunInput in, List<String> shown, List<String> notes,
                                  long started) {
        if (call.whatIf() || in.whatIf()) {
            return RunEngine.result(call.command(), shown, RunStatus.WHAT_IF, true, RunEngine.whatIf(shown.stream()
                    .filter(r -> r.matches("(GET|POST|PATCH|PUT|DELETE) .*")).map(r -> r.replaceFirst(" {3}\\(.*$",
                    "")).toList(), shown), notes, started);
        }
        if (!in.confirmed()) {
            return RunEngine.result(call.command(), shown, RunStatus.CONFIRMATION_REQUIRED, true, call.command()
                    + " changes the tenant. Nothing was sent; confirm to send these requests, in order (<…> is a value"
                    + " the reply of a request before it gives; each is sent only when its condition holds):\n\n"
                    + String.join("\n", shown) + "\n", notes, started);
        }
        return null;
    }

    /**
     * A report answered here from Graph's replies ({@link CrossTenantActivity}): its requests shown as a plan's,
     * {@code -WhatIf} sends nothing, a read needs no confirmation, faults as any run's.
     */
    private RunResult report(EvaluatedCall call, RunInput in, List<String> notes, PageListener pages,
                             CancellationSignal cancel, long started) {
        boolean whatIf = call.whatIf() || in.whatIf();
        // -WhatIf shows the queries without a session too, the signed-in tenant's id a placeholder
        String tenant = client.session().tenantId().orElse(whatIf ? "<signed-in tenant>" : null);
        if (tenant == null) {
            return RunEngine.result(call.command(), List.of(), RunStatus.NOT_CONNECTED, false,
                    TokenSource.notConnected().powerShellText(call.command()), notes, started);
        }
        List<CrossTenantActivity.Query> queries;
        try {
            queries = CrossTenantActivity.queries(call.arguments(), tenant);
        } catch (LocalAnswers.Failure f) {
            return RunEngine.result(call.command(), List.of(), RunStatus.FAULT, false, call.command() + ": " + f.getMessage()
                    + "\n", notes, started);
        }
        List<String> shown = new ArrayList<>();
        queries.forEach(q -> shown.add("GET " + engine.absolute(q.request().relativeUrl())
                + "   (every page, following @odata.nextLink)"));
        if (CrossTenantActivity.resolves(call.arguments())) {
            shown.add("GET " + engine.absolute(CrossTenantActivity.RESOLVE)
                    + "   (for each external tenant found)");
        }
        notes.addAll(CrossTenantActivity.departures(call.arguments()));
        if (whatIf) {
            return RunEngine.result(call.command(), shown, RunStatus.WHAT_IF, false, RunEngine.whatIf(shown.stream()
                    .map(r -> r.substring(0, r.indexOf("   "))).toList(), shown), notes, started);
        }
        try {
            LocalAnswers.Answer a = CrossTenantActivity.answer(call.arguments(), tenant, client, pages, cancel);
            a.notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
            return new RunResult(call.command(), shown, RunStatus.OK, false, a.objects(), a.objects().size(), false,
                    a.text() != null && in.format() == ResultFormat.AUTO ? a.text() : ResultFormatter.format(
                    a.objects(), false, CrossTenantActivity.columns(a.objects()), in.format()), notes, RunEngine.millis(started),
                    List.of());
        } catch (GraphFault f) {
            return engine.faulted(call, shown, false, queries.get(0).request(), f, call.arguments(), notes, started);
        }
    }

    /**
     * A cmdlet whose requests come from the rows of a local CSV file ({@link AppRoleUsers}): the file read first, the
     * whole run shown with placeholders, {@code -WhatIf} sends nothing, one confirmation, faults as any run's.
     */
    private RunResult perRow(EvaluatedCall call, RunInput in, List<String> notes, CancellationSignal cancel,
                             long started) {
        AppRoleUsers.Work work;
        try {
            work = AppRoleUsers.work(call.arguments(), in::file);
        } catch (LocalAnswers.Failure f) {
            return RunEngine.result(call.command(), List.of(), f.status(), true, call.command() + ": " + f.getMessage() + "\n",
                    notes, started);
        }
        notes.addAll(AppRoleUsers.DEPARTURES);
        work.skipped().forEach(s -> notes.add("Warning: " + s + "."));
        List<String> shown = AppRoleRequests.shown(work, engine.absolute(""));
        RunResult gated = gate(call, in, shown, notes, started);
        if (gated != null) {
            return gated;
        }
        try {
            List<Map<String, Object>> out = new AppRoleRun(client, cancel).run(work, notes);
            return new RunResult(call.command(), shown, RunStatus.OK, true, out, out.size(), false,
                    ResultFormatter.format(out, false, List.of(), in.format()), notes, RunEngine.millis(started), List.of());
        } catch (GraphFault f) {
            return engine.faulted(call, shown, true, AppRoleRequests.findApplication(work.application()), f, Map.of(), notes,
                    started);
        }
    }

    /** The answer of a cmdlet that reads the session, not Graph ({@link LocalAnswers}); null for the others. */
    private RunResult answerFromSession(EvaluatedCall call, RunInput in, List<String> notes, long started) {
        Optional<String> whatIf = call.whatIf() || in.whatIf() ? LocalAnswers.whatIf(call.command(), call.arguments())
                : Optional.empty();
        if (whatIf.isPresent()) {
            return RunEngine.result(call.command(), List.of(), RunStatus.WHAT_IF, false, whatIf.get(), notes, started);
        }
        try {
            return LocalAnswers.answer(call, client.session(), in::file).map(a -> {
                List<String> all = new ArrayList<>(notes);
                all.addAll(a.notes());
                all.add("Answered here: no Graph request.");
                String text = a.text() != null && in.format() == ResultFormat.AUTO ? a.text()
                        : ResultFormatter.format(a.objects(), a.single(), List.of(), in.format());
                return new RunResult(call.command(), List.of(), RunStatus.OK, false, a.objects(), a.objects().size(),
                        a.single(), text, all, RunEngine.millis(started), List.of());
            }).orElse(null);
        } catch (GraphFault f) {
            return RunEngine.result(call.command(), List.of(), RunStatus.NOT_CONNECTED, false, f.powerShellText(call.command()),
                    notes, started);
        } catch (LocalAnswers.Failure f) {
            return RunEngine.result(call.command(), List.of(), f.status(), false, call.command() + ": " + f.getMessage()
                    + "\n", notes, started);
        }
    }
}
