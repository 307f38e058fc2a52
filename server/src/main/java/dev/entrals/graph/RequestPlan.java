package dev.entrals.graph;

import java.util.List;

/**
 * A cmdlet invocation planned as Graph requests, run in order (most cmdlets send one).
 *
 * @param command        the cmdlet's canonical name
 * @param parameterSet   the parameter set the arguments bound to
 * @param requests       the requests, in the order the module's code sends them
 * @param paging         how the (last) request's collection reply is paged
 * @param defaultColumns the columns a table of the results shows by default (may be empty: the engine picks)
 * @param notes          where the plan departs from the module's code (e.g. a malformed URL the module sends), or
 *                       arguments the plan ignores; shown to the user
 * @param combined       true when every request's reply is part of the result, in order (the module loops over a
 *                       list and joins the replies: {@code Get-EntraPolicy}); false when the last reply alone is the
 *                       result
 * @param lookups        the GETs the module's code sends first to find values the requests use (a reply's id), in
 *                       order; the requests (and later lookups) name a looked-up value by a {@link StepValues}
 *                       reference. Empty for most cmdlets
 */
public record RequestPlan(String command, String parameterSet, List<GraphRequest> requests, Paging paging,
                          List<String> defaultColumns, List<String> notes, boolean combined, List<Lookup> lookups) {
    /** Copies the lists. */
    public RequestPlan {
        requests = List.copyOf(requests);
        defaultColumns = List.copyOf(defaultColumns);
        notes = List.copyOf(notes);
        lookups = lookups == null ? List.of() : List.copyOf(lookups);
    }

    /** A plan without lookups. */
    public RequestPlan(String command, String parameterSet, List<GraphRequest> requests, Paging paging,
                       List<String> defaultColumns, List<String> notes, boolean combined) {
        this(command, parameterSet, requests, paging, defaultColumns, notes, combined, List.of());
    }

    /** A plan whose last reply is the result. */
    public RequestPlan(String command, String parameterSet, List<GraphRequest> requests, Paging paging,
                       List<String> defaultColumns, List<String> notes) {
        this(command, parameterSet, requests, paging, defaultColumns, notes, false);
    }

    /** True when any request changes the tenant: it needs an explicit confirmation. */
    public boolean write() {
        return requests.stream().anyMatch(GraphRequest::write)
                || lookups.stream().flatMap(l -> l.tries().stream()).anyMatch(GraphRequest::write);
    }

    /**
     * A GET the module's code sends before the plan's requests, whose reply gives a value a later request uses (the
     * object's id, the kind of object that answered).
     *
     * @param tries   the requests, sent in order until one answers: one for a plain lookup; several where the code
     *                tries a list of paths and takes the first that answers ({@code Remove-EntraPolicy} asks each of
     *                11 policy kinds for the id)
     * @param values  per try, the value of the code's list that try stands for (the reference {@code #} names the
     *                one that answered); empty for a plain lookup
     */
    public record Lookup(List<GraphRequest> tries, List<String> values) {
        /** Copies the lists. */
        public Lookup {
            tries = List.copyOf(tries);
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    /**
     * Paging of a collection reply, as the module pages.
     *
     * @param followNextLink follow {@code @odata.nextLink} (the module's {@code -All}, or {@code -Top} above a page)
     * @param limit          the most objects to return, or null for no limit
     */
    public record Paging(boolean followNextLink, Integer limit) {
        /** One page, no following. */
        public static final Paging SINGLE = new Paging(false, null);
    }
}
