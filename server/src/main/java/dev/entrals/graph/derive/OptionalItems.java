package dev.entrals.graph.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.entrals.graph.RequestEntry.QueryPart;
import dev.entrals.graph.RequestEntry.SetRequest;

/**
 * A Graph SDK cmdlet's identifier the module passes only when the user gives it, in a set where it is optional:
 * <pre>
 * if ($null -ne $PSBoundParameters["GroupId"]) { $params["GroupId"] = $PSBoundParameters["GroupId"] }
 * …
 * $response = Get-MgGroup @params          # GET /groups/{group-id} with -GroupId, GET /groups without
 * </pre>
 * The SDK cmdlet picks its own parameter set by whether the identifier is given, so such a set (which
 * {@link MgDerivation} plans as the collection, noting the identifier as not read) becomes two forms chosen at
 * planning: the collection when the argument is not given ({@code when} {@code !P}), as before without the note, and
 * the object's path when it is ({@code when} {@code P}), not paged, with the options the SDK's one-object form takes
 * ({@code $select}, {@code $expand}); an argument that writes another option (-Top, -Filter) cannot go with the
 * identifier (the SDK cmdlet's one-object form has no such parameter: PowerShell refuses the call), noted so the
 * planner refuses such a call. An item path that is not the collection's path and one identifier stays noted.
 */
final class OptionalItems {

    private static final Pattern NOTE = Pattern.compile("-(\\w+) makes the module ask for one object \\((/[^)]*)\\),"
            + " which the plan for set \\w+ does not send; not read");
    private static final List<String> ITEM_OPTIONS = List.of("$select", "$expand");

    private OptionalItems() {
    }

    /**
     * The note {@link MgDerivation} gives a set whose {@code param} makes the SDK cmdlet ask for the object at
     * {@code item} (read back by {@link #forms}, which turns such a set into two forms where it can).
     */
    static String note(String param, String item, String set) {
        return "-" + param + " makes the module ask for one object (" + item + "), which the plan for set " + set
                + " does not send; not read";
    }

    /** The set in its two forms when it carries the note of such an identifier; else the set alone. */
    static List<SetRequest> forms(SetRequest one) {
        if (one.method() == null || !"GET".equals(one.method()) || one.when() != null || !one.lookups().isEmpty()
                || !one.each().isEmpty()) {
            return List.of(one);
        }
        String marker = null;
        Matcher m = null;
        for (String note : one.notes()) {
            Matcher n = NOTE.matcher(note);
            if (n.matches()) {
                marker = note;
                m = n;
            }
        }
        if (marker == null) {
            return List.of(one);
        }
        String param = m.group(1);
        String item = m.group(2);
        int slash = item.lastIndexOf('/');
        String parent = item.substring(0, slash);
        if (!item.substring(slash + 1).matches("\\{[^}]+}") || parent.contains("{") || !one.path().endsWith(parent)
                || !one.path().substring(0, one.path().length() - parent.length()).matches("(/[\\w.]+)?")) {
            return List.of(one); // the object's path is not the collection's and one identifier: the note stays
        }
        String twoForms = "the module sends the GET in one of two forms, by whether -" + param + " is given: the SDK"
                + " cmdlet asks for one object (" + item + ") with it, for the list without";
        String read = marker;
        List<String> listNotes = one.notes().stream().map(n -> n.equals(read) ? twoForms : n).toList();
        List<String> itemNotes = new ArrayList<>(listNotes);
        List<QueryPart> itemQuery = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (QueryPart q : one.query()) {
            if (ITEM_OPTIONS.contains(q.option())) {
                itemQuery.add(q);
            } else if (q.param() != null && !refused.contains(q.param())) {
                refused.add(q.param());
                itemNotes.add("-" + q.param() + " writes " + q.option() + ", which the SDK cmdlet's one-object form"
                        + " (with -" + param + ") does not take: PowerShell refuses the call; not read");
            }
        }
        SetRequest list = new SetRequest(one.set(), one.method(), one.path(), one.query(), one.headers(), one.body(),
                one.paged(), listNotes, one.each(), one.pagesAll(), one.valueMaps(), one.lookups(), "!" + param,
                one.perObject(), one.none(), one.then());
        SetRequest object = new SetRequest(one.set(), one.method(), one.path() + "/{" + param + "}", itemQuery,
                one.headers(), one.body(), false, itemNotes, one.each(), false, one.valueMaps(), one.lookups(), param,
                one.perObject(), one.none(), one.then());
        return List.of(object, list);
    }
}
