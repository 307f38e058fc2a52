package dev.entrals.graph;

import dev.entrals.graph.RequestEntry.QueryPart;
import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param left  null for most; else the query option the module computes from the objects read ({@link Left})
 */
public record FollowUp(String path, List<QueryPart> query, String list, String key, String value,
                       Map<String, String> stamp, @JsonInclude(JsonInclude.Include.NON_NULL) Left left) {
    /** Copies the list and the map (keeping the order). */
    public FollowUp {
        query = query == null ? List.of() : List.copyOf(query);
        stamp = stamp == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stamp));
    }

    /** A follow-up whose query is the arguments' alone. */
    public FollowUp(String path, List<QueryPart> query, String list, String key, String value,
                    Map<String, String> stamp) {
        this(path, query, list, key, value, stamp, null);
    }

    /**
     * The module's count of what is left to ask for ({@code Get-EntraGroupMember.ps1:100-113}): with the argument
     * given, the follow-up asks for {@code option} = the argument minus the objects read (every page of the first
     * request), at most {@code cap}, first in its query, and is sent only when that is above 0; without it, sent
     * without the option.
     *
     * @param option the query option ({@code $top})
     * @param param  the argument ({@code Top})
     * @param cap    the most asked for ({@code [Math]::Min($left, 999)})
     */
    public record Left(String option, String param, int cap) {
    }

    /**
     * The follow-up as one call sends it.
     *
     * @param request the GET, arguments in place
     * @param sent    the condition on the first reply: {@link RequestPlan.Match#holds} true means it is sent
     *                ({@code lookup} is 0: the plan's request)
     * @param stamp   the properties set on each appended object
     */
    public record Planned(GraphRequest request, RequestPlan.Match sent, Map<String, String> stamp, Left left,
                          Long given) {
        /** Copies the map (keeping the order). */
        public Planned {
            stamp = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stamp));
        }

        /** A follow-up whose query does not depend on the objects read. */
        public Planned(GraphRequest request, RequestPlan.Match sent, Map<String, String> stamp) {
            this(request, sent, stamp, null, null);
        }

        /**
         * Whether the module sends it after reading {@code read} objects, {@code has} whether one of them has the
         * value compared: none has ({@code -notcontains}) and, with {@link #left} given, something is left.
         */
        public boolean sends(long read, boolean has) {
            return has == sent.present() && (left == null || given == null || given - read > 0);
        }

        /** Whether an object read has the value compared ({@code -notcontains}: whole values, in any case). */
        public boolean has(Map<String, Object> object) {
            return object.entrySet().stream().anyMatch(e -> e.getKey().equalsIgnoreCase(sent.key())
                    && e.getValue() != null && !(e.getValue() instanceof Map || e.getValue() instanceof List)
                    && String.valueOf(e.getValue()).equalsIgnoreCase(sent.value()));
        }

        /** The GET as sent after {@code read} objects: with {@link #left} given, its option first in the query. */
        public GraphRequest request(long read) {
            return left == null || given == null ? request
                    : withLeft(Long.toString(Math.min(given - read, left.cap())));
        }

        /** The GET as shown before anything was read: the option it computes as a placeholder. */
        public GraphRequest shownRequest() {
            return left == null || given == null ? request
                    : withLeft("{" + given + " minus the objects read, at most " + left.cap() + "}");
        }

        private GraphRequest withLeft(String n) {
            String url = request.relativeUrl();
            int q = url.indexOf('?');
            String option = left.option() + "=" + n;
            return new GraphRequest("GET", q < 0 ? url + "?" + option : url.substring(0, q + 1) + option + "&"
                    + url.substring(q + 1), request.headers(), null);
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
            String when = sent.shown(first);
            if (left != null && given != null) {
                when = when.substring(0, when.length() - 1) + ", and " + given + " minus the objects read is above 0)";
            }
            return "   " + when + "; its objects are appended"
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
        Object given = followUp.left() == null ? null : args.get(followUp.left().param());
        return new Planned(new GraphRequest("GET", path + (query.isEmpty() ? "" : "?" + query), Map.of(), null),
                new RequestPlan.Match(0, followUp.list(), followUp.key(), followUp.value(), false), followUp.stamp(),
                followUp.left(), given == null ? null : number(ArgumentText.text(given)));
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException notANumber) {
            return null; // bound as [int]: not reached
        }
    }
}
