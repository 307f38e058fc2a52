package dev.entrals.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Logger;

import dev.entrals.analysis.ParameterBinder;
import dev.entrals.graph.BundledRequestPlanner;
import dev.entrals.graph.GraphRequest;
import dev.entrals.graph.ModuleVariables;
import dev.entrals.graph.NewGuids;
import dev.entrals.graph.RequestPlan;
import dev.entrals.graph.RequestPlanner;
import dev.entrals.graph.StepValues;
import dev.entrals.session.CancellationSignal;

/**
 * Runs one Entra call: reads it ({@link CallEvaluator}), plans it ({@link RequestPlanner}), refuses a write that is not
 * confirmed and a {@code -WhatIf} (showing the request, sending nothing), sends it ({@link GraphClient}) and formats
 * what came back ({@link ResultFormatter}). Every outcome is a {@link RunResult}; nothing is thrown for a Graph error.
 */
public final class RunEngine {

    private static final Logger LOG = Logger.getLogger(RunEngine.class.getName());

    private final CallEvaluator evaluator;
    private final RequestPlanner planner;
    private final GraphClient client;
    private final ScopeAdvice scopes;
    private final OwnAnswers answered;
    private final ModuleState state;

    /** An engine binding with {@code binder}, planning with {@code planner} and sending with {@code client}. */
    public RunEngine(ParameterBinder binder, RequestPlanner planner, GraphClient client, ScopeAdvice scopes) {
        this(binder, planner, client, scopes, UrlOpener.NONE, SessionChanges.NONE, new ModuleState());
    }

    /**
     * As above; {@code browser} opens a URL the run opens for a person (the admin consent page, {@link ConsentPage});
     * {@code sessions} signs in and out for a run of {@code Connect-Entra} and {@code Disconnect-Entra}, as the
     * caller's session commands do ({@link SessionRuns}); {@code state} is the module session state of the caller's
     * session, which this engine's runs keep values in and take them from ({@link ModuleState}).
     */
    public RunEngine(ParameterBinder binder, RequestPlanner planner, GraphClient client, ScopeAdvice scopes,
                     UrlOpener browser, SessionChanges sessions, ModuleState state) {
        this.state = state;
        this.evaluator = new CallEvaluator(binder, RunnableCommands.runs(planner), (command, name) -> planner
                .answers(command).stream().map(RequestPlanner.Answer::name).filter(name::equalsIgnoreCase).findFirst()
                .orElse(null));
        this.planner = planner;
        this.client = client;
        this.scopes = scopes == null ? ScopeAdvice.NONE : scopes;
        this.answered = new OwnAnswers(this, planner, client, browser == null ? UrlOpener.NONE : browser,
                sessions == null ? SessionChanges.NONE : sessions);
    }

    /**
     * The values besides parameters that this call's set takes by name and the call does not give (a parameter's,
     * with a {@code why}, is asked for when the plan says so; one with a fallback is never asked for).
     */
    private List<RequestPlanner.Answer> unanswered(EvaluatedCall call) {
        return planner.answers(call.command()).stream().filter(a -> a.fallback() == null && a.why() == null
                && a.takenIn(call.parameterSet()) && call.arguments().keySet().stream()
                .noneMatch(a.name()::equalsIgnoreCase)).toList();
    }

    /** Runs {@code in}; {@code pages} hears of each page of a collection; {@code cancel} stops it between exchanges. */
    public RunResult run(RunInput in, PageListener pages, CancellationSignal cancel) {
        return run(in, pages, cancel, null);
    }

    /**
     * Runs {@code in}, handing every object of a collection reply to {@code each} as it arrives (null: none); the
     * result keeps at most {@code in.keep()} of them, so a caller writing them out keeps memory flat.
     */
    public RunResult run(RunInput in, PageListener pages, CancellationSignal cancel,
                         Consumer<Map<String, Object>> each) {
        long started = System.nanoTime();
        EvaluatedCall call;
        try {
            call = in.parsed() != null ? evaluator.evaluate(in.parsed(), in.start(), in.end(), in.supplied())
                    : evaluator.evaluate(in.text(), in.start(), in.end(), in.supplied());
        } catch (CallEvaluator.NoCallException e) {
            return result(null, List.of(), RunStatus.UNSUPPORTED, false, e.getMessage(), List.of(), started);
        }
        List<String> notes = notes(call);
        RunResult refused = SessionRuns.refused(call, notes, started); // a value the session refuses is not asked for
        if (refused != null) {
            return refused;
        }
        if (!call.runnable()) {
            return RunResult.asking(call.command(), notEvaluated(call), notes, millis(started), call.unevaluated()
                    .stream().map(u -> new Unevaluated(EvaluatedCall.unevaluatedName(u), Unevaluated.NON_LITERAL, u))
                    .toList());
        }
        state.sessionChanged(client.session().context().orElse(null)); // another tenant or account: a new session
        ModuleVariables vars = planner.variables(call.command());
        // the values by name its set takes that the call does not give: from the module's session state, else asked
        call = call.with(state.taken(vars, call.parameterSet(), unanswered(call).stream()
                .map(RequestPlanner.Answer::name).toList(), notes));
        List<RequestPlanner.Answer> needed = unanswered(call);
        if (!needed.isEmpty()) {
            return AskedParameters.byName(call, needed, notes, started);
        }
        RunResult own = answered.run(call, in, notes, pages, cancel, started); // the commands answered here
        if (own != null) {
            return own;
        }
        RequestPlanner.Result planned = planner.plan(call.command(), call.parameterSet(), withTenant(call.arguments()));
        // an SDK cmdlet the table refuses but this engine implements: its read is planned here (PermissionSearch)
        boolean searched = planned instanceof RequestPlanner.Unsupported
                && planner.via(call.command()).filter(PermissionSearch::answers).isPresent();
        if (searched) {
            planned = PermissionSearch.plan(call.command(), call.parameterSet(), call.arguments());
        }
        while (planned instanceof RequestPlanner.Unsupported u && !u.asks().isEmpty()) { // the session state's
            Map<String, Object> taken = state.taken(vars, call.parameterSet(), u.asks(), notes);
            if (taken.isEmpty()) {
                break;
            }
            call = call.with(taken);
            planned = planner.plan(call.command(), call.parameterSet(), withTenant(call.arguments()));
        }
        if (planned instanceof RequestPlanner.Unsupported u && u.asksForValues()) {
            return AskedParameters.asked(call, u, planner.answers(call.command()), vars, notes, started);
        }
        if (planned instanceof RequestPlanner.Unsupported u) {
            return result(call.command(), List.of(), RunStatus.UNSUPPORTED, false,
                    call.command() + ": " + u.reason(), notes, started);
        }
        RequestPlan plan = LocalFiles.in(((RequestPlanner.Planned) planned).plan(), in);
        notes.addAll(plan.notes());
        try {
            plan = LocalFiles.computed(plan, in::file, notes); // values computed from a local file, shown and sent
        } catch (LocalAnswers.Failure f) {
            return result(call.command(), List.of(), RunStatus.FAULT, plan.write(), call.command() + ": "
                    + f.getMessage() + " Nothing was sent.\n", notes, started);
        }
        List<String> shown = shown(plan);
        boolean write = plan.write();
        if (call.whatIf() || in.whatIf()) {
            List<String> targets = new ArrayList<>();
            for (GraphRequest r : sent(plan)) {
                targets.add(r.method() + " " + absolute(StepValues.shown(r.relativeUrl(), plan.lookups())));
            }
            return result(call.command(), shown, RunStatus.WHAT_IF, write, whatIf(targets, shown), notes, started);
        }
        if (write && !in.confirmed()) {
            String t = call.command() + " changes the tenant. Nothing was sent; confirm to send "
                    + (sent(plan).size() > 1 ? "these requests, in order" + (plan.lookups().isEmpty() ? ""
                    : " (<…> is a value the reply of a request before it gives)") : "this request") + ":\n\n"
                    + String.join("\n", shown) + "\n";
            return result(call.command(), shown, RunStatus.CONFIRMATION_REQUIRED, true, t, notes, started);
        }
        try {
            plan = NewGuids.made(plan); // the module's [Guid]::NewGuid(): made now, shown as a placeholder before
            PlanRunner.Collected reply = new PlanRunner(client).run(plan, searched ? Integer.MAX_VALUE : in.keep(),
                    pages, cancel, searched ? null : each);
            // the reply searched here: each permission found goes to each
            PlanRunner.Collected got = searched ? PermissionSearch.answer(reply, call.arguments(), in, each, notes)
                    : reply;
            // a reply that is not JSON (XML) is shown as its text, as the module outputs the reply file's lines
            String text = got.text() != null ? got.text() + (got.text().endsWith("\n") ? "" : "\n")
                    : ResultFormatter.format(got.objects(), got.single(), plan.defaultColumns(), in.format());
            got.written().forEach(w -> notes.add("The reply was written to " + w + "."));
            if (got.count() > got.objects().size()) {
                text += "\n(" + (got.count() - got.objects().size()) + " more objects not shown.)\n";
            }
            if (write && got.objects().isEmpty()) {
                StringBuilder done = new StringBuilder();
                for (GraphRequest w : got.writes().isEmpty() && plan.perObject() == null && got.report().isEmpty()
                        ? plan.requests() : got.writes()) {
                    done.append("Done: ").append(w.method()).append(' ').append(absolute(w.relativeUrl()))
                            .append('\n'); // as sent: a looked-up id in place
                }
                got.report().forEach(line -> done.append(line).append('\n'));
                text = done.toString();
            }
            state.keep(vars, call.command(), call.arguments(), got, notes); // what the module keeps for later
            EvaluatedCall ran = call;
            LOG.fine(() -> ran.command() + ": " + got.count() + " objects");
            return new RunResult(call.command(), shown, RunStatus.OK, write, got.objects(), got.count(), got.single(),
                    text, notes, millis(started), List.of());
        } catch (GraphFault f) {
            // a per-object request's 404 is the reply's object, not the argument in its path
            return faulted(call, shown, write, plan.requests().get(plan.requests().size() - 1), f,
                    plan.perObject() != null && f.request() != null && !f.request().startsWith("GET ")
                    ? Map.of() : call.arguments(), notes, started);
        }
    }

    /**
     * A Graph fault as the run's result: a 404 names the object among {@code arguments}, a 403 the scopes that would
     * allow {@code last} (the call's request).
     */
    RunResult faulted(EvaluatedCall call, List<String> shown, boolean write, GraphRequest last, GraphFault f,
                              Map<String, Object> arguments, List<String> notes, long started) {
        List<String> allowing = f.status() == 403 ? scopes.scopesFor(call.command(), last) : List.of();
        GraphFault explained = GraphErrors.explain(f, arguments, allowing);
        RunStatus status = switch (f.kind()) {
            case GRAPH_ERROR -> RunStatus.GRAPH_ERROR;
            case CANCELLED -> RunStatus.CANCELLED;
            case NOT_CONNECTED -> RunStatus.NOT_CONNECTED;
            case NOT_FOUND -> RunStatus.GRAPH_ERROR;
            default -> RunStatus.FAULT;
        };
        if (status == RunStatus.CANCELLED) {
            // the run has ended here: nothing more is sent for it (the editor's answer went out at the cancel)
            LOG.info(() -> call.command() + " cancelled; the run ended at " + f.request() + ".");
        }
        return new RunResult(call.command(), shown, status, write, List.of(), 0, false,
                explained.powerShellText(call.command()), notes, millis(started), List.of(), allowing);
    }

    /**
     * The call's arguments and the signed-in tenant's id as {@code @TenantId}, which the module reads from its context
     * ({@code (Get-MgContext).TenantId}) where a request needs it; the planner ignores it elsewhere.
     */
    private Map<String, Object> withTenant(Map<String, Object> arguments) {
        Map<String, Object> all = new java.util.LinkedHashMap<>(arguments);
        client.session().tenantId().ifPresent(t -> all.put(BundledRequestPlanner.SESSION_TENANT, t));
        return all;
    }

    /** A parameter's default as the module's {@code param()} declares it (the signature index), or null. */
    String declaredDefault(String command, String parameter) {
        return evaluator.declaredDefault(command, parameter);
    }

    String absolute(String relative) {
        try {
            return client.endpoint() + relative;
        } catch (GraphFault notConnected) {
            return relative;
        }
    }

    /** The requests as shown: {@code METHOD URL}, the extra headers, the body. Never the token. */
    private List<String> shown(RequestPlan plan) {
        List<String> out = new ArrayList<>();
        for (RequestPlan.Lookup l : plan.lookups()) {
            // the module's if ($null -ne $R) on an earlier reply: the run checks it when that reply has come
            String only = l.needs().isEmpty() ? "" : "   (sent only if " + String.join(" and ", l.needs().stream()
                    .map(k -> plan.lookups().get(k - 1).tries().get(0)).map(r -> "the " + r.method() + " "
                    + StepValues.shown(r.relativeUrl(), plan.lookups())).toList()) + " returned an object)";
            only += chosenBy(plan, l.match());
            for (int i = 0; i < l.tries().size(); i++) {
                shown(plan, l.tries().get(i), i > 0 ? "   (when none before answers)" : l.pages()
                        ? "   (every page, following @odata.nextLink)" + only : only, out);
            }
        }
        for (int i = 0; i < plan.requests().size(); i++) {
            RequestPlan.PerObject each = plan.perObject();
            shown(plan, plan.requests().get(i), (each == null ? "" : "   (for each object whose " + each.property()
                    + " is " + each.types().get(i) + ")") + chosenBy(plan, plan.match()), out);
        }
        if (plan.then() != null) { // sent after the request, by its reply
            GraphRequest by = plan.requests().get(plan.requests().size() - 1);
            boolean pages = plan.paging() != null && plan.paging().followNextLink();
            shown(plan, plan.then().shownRequest(), plan.then().shown(by.method() + " " + by.relativeUrl()
                    + (pages ? " (every page it reads)" : "")), out);
        }
        return out;
    }

    /** When a write chosen by an earlier reply is sent ({@link RequestPlan.Match}), as shown; "" for most. */
    private static String chosenBy(RequestPlan plan, RequestPlan.Match m) {
        if (m == null || m.lookup() < 1) {
            return "";
        }
        GraphRequest by = plan.lookups().get(m.lookup() - 1).tries().get(0);
        return "   " + m.shown(by.method() + " " + StepValues.shown(by.relativeUrl(), plan.lookups()));
    }

    /** One request as shown (a write sent before the last request shows its body too). */
    private void shown(RequestPlan plan, GraphRequest r, String suffix, List<String> out) {
        out.add(r.method() + " " + absolute(StepValues.shown(r.relativeUrl(), plan.lookups())) + suffix);
        r.headers().forEach((k, v) -> out.add(k + ": " + v));
        if (r.body() != null) {
            out.add(ShownBody.of(StepValues.shown(r.body(), plan.lookups()))); // secrets masked; the body sent is whole
        } else if (r.file() != null) {
            out.add(LocalFiles.describe(r.file())); // the file's name, size and type, not its bytes
        }
        if (r.replyFile() != null) {
            out.add("(the reply is written to the file " + r.replyFile() + " once it answers)");
        }
    }

    /** Every request of the plan, lookups first, in the order they may be sent. */
    private static List<GraphRequest> sent(RequestPlan plan) {
        List<GraphRequest> all = new ArrayList<>();
        plan.lookups().forEach(l -> all.addAll(l.tries()));
        all.addAll(plan.requests());
        if (plan.then() != null) { // as shown: a value it computes from the objects read is a placeholder
            all.add(plan.then().shownRequest());
        }
        return all;
    }

    private static List<String> notes(EvaluatedCall call) {
        List<String> notes = new ArrayList<>();
        for (String n : call.notRun()) {
            notes.add("Not run (only the Entra command runs here): " + n);
        }
        for (String i : call.ignored()) {
            notes.add("Ignored: " + i);
        }
        return notes;
    }

    private static String notEvaluated(EvaluatedCall call) {
        StringBuilder b = new StringBuilder();
        if (!call.unevaluated().isEmpty()) {
            b.append(call.command()).append(": these arguments cannot be evaluated without running the script; ")
                    .append("supply their values (--arg NAME=VALUE, or the editor asks):\n");
            for (String u : call.unevaluated()) {
                b.append("  ").append(u).append('\n');
            }
        }
        for (String p : call.problems()) {
            b.append(call.command()).append(": ").append(p).append('\n');
        }
        return b.toString();
    }

    static RunResult result(String command, List<String> request, RunStatus status, boolean write,
                                    String text, List<String> notes, long started) {
        return new RunResult(command, request, status, write, List.of(), 0, false, text, notes, millis(started),
                List.of());
    }

    /**
     * What {@code -WhatIf} says: a line "What if: Performing the operation …" per request ({@code METHOD URL}), then
     * the requests as shown.
     */
    static String whatIf(List<String> requests, List<String> shown) {
        StringBuilder t = new StringBuilder();
        for (String r : requests) {
            int space = r.indexOf(' ');
            t.append("What if: Performing the operation \"").append(r, 0, space).append("\" on target \"")
                    .append(r.substring(space + 1)).append("\".\n");
        }
        return t.append('\n').append(String.join("\n", shown)).append('\n').toString();
    }

    static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
