package dev.entrals.execution;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one run.
 *
 * @param command  the cmdlet run (null when no call was read)
 * @param request  the requests as shown to the user: {@code METHOD URL}, extra headers, the body; never a token
 * @param status   how the run ended
 * @param write    whether the plan changes the tenant
 * @param objects  the objects returned (at most the number kept), as Graph sent them
 * @param count    how many objects Graph returned in all (more than {@code objects.size()} when some were not kept)
 * @param single   the reply was one object (a list view) rather than a collection
 * @param text     what to show: the formatted results, or the error, the request to confirm, what cannot be evaluated
 * @param notes    lines about the run: commands of the pipeline not run, ignored parameters, the planner's notes
 * @param millis   time spent, in milliseconds
 * @param unevaluated the parameters whose arguments are not literals and were not supplied (their values are asked for)
 * @param scopes   on a 403: the permissions that would allow the call, narrowest first (empty when none are known)
 * @param reasons  why each name of {@code unevaluated} is asked for ({@link Unevaluated}), in the same order
 */
public record RunResult(String command, List<String> request, RunStatus status, boolean write,
                        List<Map<String, Object>> objects, long count, boolean single, String text,
                        List<String> notes, long millis, List<String> unevaluated, List<String> scopes,
                        List<Unevaluated> reasons) {

    /** Copies. */
    public RunResult {
        request = List.copyOf(request);
        objects = List.copyOf(objects);
        notes = List.copyOf(notes);
        unevaluated = List.copyOf(unevaluated);
        scopes = List.copyOf(scopes);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** A result without reasons for what it asks. */
    public RunResult(String command, List<String> request, RunStatus status, boolean write,
                     List<Map<String, Object>> objects, long count, boolean single, String text,
                     List<String> notes, long millis, List<String> unevaluated, List<String> scopes) {
        this(command, request, status, write, objects, count, single, text, notes, millis, unevaluated, scopes,
                List.of());
    }

    /** A result asking for values, each with its reason. */
    static RunResult asking(String command, String text, List<String> notes, long millis, List<Unevaluated> reasons) {
        return new RunResult(command, List.of(), RunStatus.NOT_EVALUATED, false, List.of(), 0, false, text, notes,
                millis, reasons.stream().map(Unevaluated::name).toList(), List.of(), reasons);
    }

    /** A result naming no scopes. */
    public RunResult(String command, List<String> request, RunStatus status, boolean write,
                     List<Map<String, Object>> objects, long count, boolean single, String text,
                     List<String> notes, long millis, List<String> unevaluated) {
        this(command, request, status, write, objects, count, single, text, notes, millis, unevaluated, List.of());
    }

    /** Whether the run opens a page in the browser (an admin consent URL) rather than sending a request. */
    public boolean opensPage() {
        return !request.isEmpty() && request.get(0).startsWith(ConsentPage.SHOWN);
    }
}
