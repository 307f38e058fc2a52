package dev.entrals.graph;

import dev.entrals.graph.RequestEntry.QueryPart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a set's query options with the arguments: each option once, in the table's order (the last bound part of
 * an option wins, as the code's later assignment does; several {@code $filter} parts are joined with {@code and}), a
 * part's fallback when its parameter is not bound, {@code $top} capped.
 */
final class QueryWriter {

    private QueryWriter() {
    }

    /** The query text (no {@code ?}); parameters written are added to {@code used}. */
    static String write(List<QueryPart> parts, Map<String, Object> args, Set<String> used) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (QueryPart q : parts) {
            // a switch given as :$false is not bound; a value the template writes is ($null -ne $false: -IsManaged $false)
            Object raw = q.param() == null ? null : args.get(q.param());
            boolean writesValue = q.template() != null && (q.template().contains("{0")
                    || q.template().contains("{" + q.param() + "|") || q.template().contains("{" + q.param() + "}"));
            Object v = Boolean.FALSE.equals(raw) && !writesValue ? null : raw;
            String text = null;
            if (v != null) {
                text = q.template() == null ? ArgumentText.text(v) : ArgumentText.fill(q.template(), v, args);
                if (text != null && q.cap() != null) {
                    text = capped(text, q.cap());
                }
                if (text != null) {
                    used.add(q.param());
                }
            } else if (q.param() == null && q.template() != null) {
                text = ArgumentText.fill(q.template(), null, args);
                if (text != null) { // the arguments it names are part of the request
                    ArgumentText.named(q.template()).stream().filter(args::containsKey).forEach(used::add);
                }
            } else if (q.template() != null && ArgumentText.hasDefault(q.template())) {
                text = ArgumentText.fill(q.template(), null, args); // the parameter's default in the template
            }
            List<String> list = values.computeIfAbsent(q.option(), k -> new ArrayList<>());
            if (text != null && q.option().equalsIgnoreCase("$top") && !list.isEmpty()) {
                text = smaller(list.get(0), text); // -Top with -PageSize: the module asks for the smaller page
            }
            if (text != null && !q.option().equalsIgnoreCase("$filter")) {
                list.clear(); // the code's later assignment wins
            }
            if (text != null) {
                list.add(text);
            }
        }
        for (QueryPart q : parts) {
            List<String> list = values.get(q.option());
            if (list.isEmpty() && q.fallback() != null) {
                list.add(q.fallback());
            }
        }
        List<String> out = new ArrayList<>();
        values.forEach((option, list) -> {
            if (!list.isEmpty()) {
                out.add(option + "=" + ArgumentText.escapeQuery(String.join(" and ", list)));
            }
        });
        return String.join("&", out);
    }

    private static String smaller(String a, String b) {
        try {
            return Long.parseLong(a) <= Long.parseLong(b) ? a : b;
        } catch (NumberFormatException e) {
            return b;
        }
    }

    private static String capped(String text, int cap) {
        try {
            return Long.parseLong(text) > cap ? Integer.toString(cap) : text;
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
