package dev.entrals.graph.derive;

import dev.entrals.graph.RequestEntry.QueryPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The literal arguments a function writes on its SDK call itself ({@code Get-MgUser -PageSize 999 -All -Property
 * signInActivity, Id}): {@code -Property}/{@code -Select} a constant {@code $select}, {@code -PageSize} or
 * {@code -Top} a constant {@code $top}, {@code -All} the code paging through every page itself.
 *
 * @param query the constant query options, in the SDK's order
 * @param all   whether the call passes {@code -All}
 */
record CallLiterals(List<QueryPart> query, boolean all) {

    private static final Pattern LITERAL = Pattern.compile(
            "(?<![\\w$])-(\\w+)(?:\\s+((?:[A-Za-z0-9_.]+\\s*,\\s*)*[A-Za-z0-9_.]+))?(?=\\s+-|\\s*$)");

    /** No literals. */
    static final CallLiterals NONE = new CallLiterals(List.of(), false);

    /** The literals of the call's argument text. */
    static CallLiterals read(String args) {
        String top = null;
        String select = null;
        boolean all = false;
        Matcher m = LITERAL.matcher(args.strip());
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            String value = m.group(2) == null ? null : m.group(2).replaceAll("\\s+", "");
            if (name.equals("all") && value == null) {
                all = true;
            } else if ((name.equals("pagesize") || name.equals("top")) && value != null && value.matches("\\d+")) {
                top = value;
            } else if ((name.equals("property") || name.equals("select")) && value != null) {
                select = value;
            }
        }
        List<QueryPart> query = new ArrayList<>();
        if (top != null) {
            query.add(new QueryPart("$top", null, null, top, null));
        }
        if (select != null) {
            query.add(new QueryPart("$select", null, null, select, null));
        }
        return new CallLiterals(query, all);
    }

    /** The set's options with these constants where the set has none of its own, in the SDK's order. */
    List<QueryPart> mergedInto(List<QueryPart> own, List<String> order) {
        List<QueryPart> out = new ArrayList<>();
        for (String option : order) {
            own.stream().filter(q -> q.option().equals(option)).forEach(out::add);
            if (own.stream().noneMatch(q -> q.option().equals(option))) {
                query.stream().filter(q -> q.option().equals(option)).forEach(out::add);
            }
        }
        own.stream().filter(q -> !out.contains(q)).forEach(out::add);
        return out;
    }
}
