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
 */
public record RequestPlan(String command, String parameterSet, List<GraphRequest> requests, Paging paging,
                          List<String> defaultColumns, List<String> notes, boolean combined) {
    /** Copies the lists. */
    public RequestPlan {
        requests = List.copyOf(requests);
        defaultColumns = List.copyOf(defaultColumns);
        notes = List.copyOf(notes);
    }

    /** A plan whose last reply is the result. */
    public RequestPlan(String command, String parameterSet, List<GraphRequest> requests, Paging paging,
                       List<String> defaultColumns, List<String> notes) {
        this(command, parameterSet, requests, paging, defaultColumns, notes, false);
    }

    /** True when any request changes the tenant: it needs an explicit confirmation. */
    public boolean write() {
        return requests.stream().anyMatch(GraphRequest::write);
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
