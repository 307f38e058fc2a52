package dev.entrals.graph;

import dev.entrals.graph.RequestEntry.QueryPart;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A GET the module sends after a set's request when that request's reply has no object with a value, whose objects
 * it appends to the result ({@code derive.FollowUpReading}): {@code if (($r.count -eq 0) -or $r.'K' -notcontains 'V')
 * { $x = Invoke-GraphRequest -Uri …; $more += $x.value; $more | ForEach-Object { Add-Member … -Name 'P' -Value 'W'
 * -Force }; $data += $more }}. The module reads the first page of each reply ({@code .value}).
 *
 * @param path  the path with the version segment; {@code {Param}} an argument, as a request's
 * @param query the query options, as a request's
 * @param list  the list of the first reply the condition reads ({@code value})
 * @param key   the objects' property compared ({@code @odata.type})
 * @param value the value compared: PowerShell's {@code -notcontains} compares each whole value with it, in any case;
 *              the follow-up is sent when no object of the list has it (an empty list has none)
 * @param stamp the properties the module sets on each appended object ({@code Add-Member … -Force}), in order
 */
public record FollowUp(String path, List<QueryPart> query, String list, String key, String value,
                       Map<String, String> stamp) {
    /** Copies the list and the map (keeping the order). */
    public FollowUp {
        query = query == null ? List.of() : List.copyOf(query);
        stamp = stamp == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stamp));
    }

    /**
     * The follow-up as one call sends it.
     *
     * @param request the GET, arguments in place
     * @param sent    the condition on the first reply: {@link RequestPlan.Match#holds} true means it is sent
     *                ({@code lookup} is 0: the plan's request)
     * @param stamp   the properties set on each appended object
     */
    public record Planned(GraphRequest request, RequestPlan.Match sent, Map<String, String> stamp) {
        /** Copies the map (keeping the order). */
        public Planned {
            stamp = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stamp));
        }

        /** An object of the follow-up's reply as the module appends it: the stamped properties set (replaced). */
        public Map<String, Object> stamped(Map<String, Object> object) {
            Map<String, Object> out = new LinkedHashMap<>(object);
            stamp.forEach((k, v) -> {
                out.keySet().removeIf(k::equalsIgnoreCase); // Add-Member -Force replaces the property, any case
                out.put(k, v);
            });
            return out;
        }

        /** How the plan shows when it is sent, {@code first} the request whose reply decides, as shown. */
        public String shown(String first) {
            return "   " + sent.shown(first) + "; its objects are appended"
                    + (stamp.isEmpty() ? "" : ", each with " + String.join(", ", stamp.entrySet().stream()
                    .map(e -> e.getKey() + " '" + e.getValue() + "'").toList()));
        }
    }

    /**
     * The follow-up of a set as this call sends it: the path filled as the planner fills a request's
     * ({@code fill}: the template to the path, null when an argument is missing), the query written; null when
     * {@code followUp} is null or its path cannot be filled.
     */
    static Planned plan(FollowUp followUp, Map<String, Object> args, Set<String> used,
                        java.util.function.Function<String, String> fill) {
        if (followUp == null) {
            return null;
        }
        String path = fill.apply(followUp.path());
        if (path == null) {
            return null;
        }
        String query = QueryWriter.write(followUp.query(), args, used);
        return new Planned(new GraphRequest("GET", path + (query.isEmpty() ? "" : "?" + query), Map.of(), null),
                new RequestPlan.Match(0, followUp.list(), followUp.key(), followUp.value(), false), followUp.stamp());
    }
}
