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
 * @param perObject      null for most plans; else the requests are one per route, sent once per object of a lookup's
 *                       reply on the route its type picks ({@link PerObject})
 * @param match          null for most plans; else the requests are sent only when an earlier reply holds (or lacks)
 *                       an object with a value ({@link Match}: the module's {@code if ($entry) { PATCH } else { POST
 *                       }} on a GET's reply); when it does not, the run ends after the lookups
 * @param keeps          the module's filters of the reply's objects (a switch given: {@link Keep}); empty for most
 * @param none           null for most plans; else the error the module writes when the reply has no object (the
 *                       arguments filled in), which the run reports as a 404
 * @param then           null for most plans; else a GET sent after the (last) request when its reply has no object
 *                       with a value, whose objects are appended to the result ({@link FollowUp.Planned})
 */
public record RequestPlan(String command, String parameterSet, List<GraphRequest> requests, Paging paging,
                          List<String> defaultColumns, List<String> notes, boolean combined, List<Lookup> lookups,
                          PerObject perObject, Match match, List<Keep> keeps, String none, FollowUp.Planned then) {
    /** Copies the lists. */
    public RequestPlan {
        keeps = keeps == null ? List.of() : List.copyOf(keeps);
        requests = List.copyOf(requests);
        defaultColumns = List.copyOf(defaultColumns);
        notes = List.copyOf(notes);
        lookups = lookups == null ? List.of() : List.copyOf(lookups);
    }

    /** A plan without a follow-up. */
    public RequestPlan(String command, String parameterSet, List<GraphRequest> requests, Paging paging,
                       List<String> defaultColumns, List<String> notes, boolean combined, List<Lookup> lookups,
                       PerObject perObject, Match match, List<Keep> keeps, String none) {
        this(command, parameterSet, requests, paging, defaultColumns, notes, combined, lookups, perObject, match,
                keeps, none, null);
    }

    /** This plan followed by this GET ({@link #then}). */
    public RequestPlan withThen(FollowUp.Planned next) {
        return new RequestPlan(command, parameterSet, requests, paging, defaultColumns, notes, combined, lookups,
                perObject, match, keeps, none, next);
    }

    /** A plan whose empty reply is not an error. */
    public RequestPlan(String command, String parameterSet, List<GraphRequest> requests, Paging paging,
                       List<String> defaultColumns, List<String> notes, boolean combined, List<Lookup> lookups,
                       PerObject perObject, Match match, List<Keep> keeps) {
        this(command, parameterSet, requests, paging, defaultColumns, notes, combined, lookups, perObject, match,
                keeps, null);
    }

    /** A plan that keeps every object of the reply. */
    public RequestPlan(String command, String parameterSet, List<GraphRequest> requests, Paging paging,
                       List<String> defaultColumns, List<String> notes, boolean combined, List<Lookup> lookups,
                       PerObject perObject, Match match) {
        this(command, parameterSet, requests, paging, defaultColumns, notes, combined, lookups, perObject, match,
                List.of());
    }

    /** A plan whose requests are sent whatever the replies before them hold. */
    public RequestPlan(String command, String parameterSet, List<GraphRequest> requests, Paging paging,
                       List<String> defaultColumns, List<String> notes, boolean combined, List<Lookup> lookups,
                       PerObject perObject) {
        this(command, parameterSet, requests, paging, defaultColumns, notes, combined, lookups, perObject, null);
    }

    /** This plan with other requests and lookups (the same paging, columns, notes, condition and filters). */
    public RequestPlan with(List<GraphRequest> otherRequests, List<Lookup> otherLookups) {
        return new RequestPlan(command, parameterSet, otherRequests, paging, defaultColumns, notes, combined,
                otherLookups, perObject, match, keeps, none, then);
    }

    /** Whether the module keeps {@code object} of a collection reply (every filter of {@link #keeps} holds). */
    public boolean keeps(java.util.Map<String, Object> object) {
        return keeps.stream().allMatch(k -> k.holds(object));
    }

    /**
     * A filter of the reply's objects the module applies with a switch: only objects whose {@code property} (any
     * case, as PowerShell reads one) is not empty ({@code nonEmpty}), or is empty (null or no items); with
     * {@code item}, only objects whose list has an item whose {@code item} is neither null nor {@code unless}.
     */
    public record Keep(String property, boolean nonEmpty, String item, String unless) {
        /** Only objects whose property is (not) empty. */
        public Keep(String property, boolean nonEmpty) {
            this(property, nonEmpty, null, null);
        }

        /** Whether the object passes. */
        public boolean holds(java.util.Map<String, Object> object) {
            Object v = value(object, property);
            boolean empty = v == null || v instanceof java.util.Collection<?> c && c.isEmpty()
                    || v instanceof java.util.Map<?, ?> m && m.isEmpty();
            if (item == null || empty) {
                return nonEmpty != empty;
            }
            // an item whose property is neither null nor the value (-ne compares text in any case)
            return v instanceof java.util.Collection<?> items && items.stream().anyMatch(i -> i instanceof java.util.Map<?, ?>
                    m && value(m, item) != null && !String.valueOf(value(m, item)).equalsIgnoreCase(unless));
        }

        private static Object value(java.util.Map<?, ?> object, String name) {
            return object.entrySet().stream().filter(e -> String.valueOf(e.getKey()).equalsIgnoreCase(name))
                    .map(java.util.Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    /** A plan whose requests are each sent once. */
    public RequestPlan(String command, String parameterSet, List<GraphRequest> requests, Paging paging,
                       List<String> defaultColumns, List<String> notes, boolean combined, List<Lookup> lookups) {
        this(command, parameterSet, requests, paging, defaultColumns, notes, combined, lookups, null);
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
     * @param none    the module's message when the reply has no object (its arguments in place), or null
     * @param pages   true when its reply is every page's objects ({@link RequestEntry.LookupPart#pages()})
     * @param per     0, or the lookup (1 first) once per object of whose reply it is sent, with its neighbours of
     *                the same {@code per} ({@link RequestEntry.LookupPart#per()})
     * @param needs   the earlier lookups (1 first) whose replies must hold something for this one to be sent (the
     *                module's {@code if ($null -ne $NewApp)}), checked when they have come; empty for most
     * @param match   null for most; else this step is sent only when an earlier reply holds (or lacks) an object
     *                with a value ({@link Match})
     */
    public record Lookup(List<GraphRequest> tries, List<String> values, String none, boolean pages, int per,
                         List<Integer> needs, Match match) {
        /** Copies the lists. */
        public Lookup {
            tries = List.copyOf(tries);
            values = values == null ? List.of() : List.copyOf(values);
            needs = needs == null ? List.of() : List.copyOf(needs);
        }

        /** A step sent whatever objects the earlier replies hold. */
        public Lookup(List<GraphRequest> tries, List<String> values, String none, boolean pages, int per,
                      List<Integer> needs) {
            this(tries, values, none, pages, per, needs, null);
        }

        /** A lookup on one page, sent once, whatever the earlier replies, without a message of its own. */
        public Lookup(List<GraphRequest> tries, List<String> values) {
            this(tries, values, null, false, 0, List.of());
        }

        /** The same lookup with these tries. */
        public Lookup withTries(List<GraphRequest> other) {
            return new Lookup(other, values, none, pages, per, needs, match);
        }
    }

    /**
     * The module's choice between writes by an earlier reply: {@code $e = $r.value | Where-Object { $_.key -eq $v }
     * | Select-Object -First 1; if ($e) { … } else { … }}.
     *
     * @param lookup  the lookup (1 first) whose reply is read
     * @param list    the reply's list ({@code value})
     * @param key     the objects' property compared ({@code resourceAppId})
     * @param value   the value it is compared with, in any case (PowerShell's {@code -eq}), arguments in place
     * @param present true: sent when an object has it; false: when none has
     */
    public record Match(int lookup, String list, String key, String value, boolean present) {
        /** Whether this reply decides for the request ({@code reply} null: none came, no object has it). */
        public boolean holds(com.fasterxml.jackson.databind.JsonNode reply) {
            com.fasterxml.jackson.databind.JsonNode items = reply == null ? null : reply.get(list);
            boolean has = false;
            if (items != null && items.isArray()) {
                for (com.fasterxml.jackson.databind.JsonNode o : items) {
                    com.fasterxml.jackson.databind.JsonNode k = o.get(key);
                    has |= k != null && k.isValueNode() && k.asText().equalsIgnoreCase(value);
                }
            }
            return has == present;
        }

        /** How the confirmation says when it is sent, {@code request} the lookup as shown. */
        public String shown(String request) {
            return "(sent only if the reply of " + request + " has " + (present ? "an object" : "no object") + " in "
                    + list + " whose " + key + " is " + value + ")";
        }
    }

    /**
     * The plan's requests are templates, one per route ({@link ObjectRoutes}): each object of lookup {@code lookup}'s
     * reply list is sent on the request whose type is the object's {@code property} (any case), its values in place;
     * an object of another type is not sent.
     *
     * @param lookup    the lookup (1 first) whose reply holds the objects
     * @param items     the list's path in that reply ({@code value})
     * @param property  the object's property that picks the request ({@code @odata.type})
     * @param types     per request of the plan, in order, the value that picks it
     * @param onFailure null, {@link ObjectRoutes#CARRY_ON} or {@link ObjectRoutes#RETRY_LAST}
     */
    public record PerObject(int lookup, String items, String property, List<String> types, String onFailure) {
        /** Copies the list. */
        public PerObject {
            types = List.copyOf(types);
        }

        /** The index of the request for an object whose property has this value, or -1. */
        public int route(String value) {
            for (int i = 0; value != null && i < types.size(); i++) {
                if (types.get(i).equalsIgnoreCase(value)) {
                    return i;
                }
            }
            return -1;
        }

        /** Whether a failed request lets the loop go on. */
        public boolean carriesOn() {
            return onFailure != null;
        }

        /** Whether the last failed object is sent once more after the loop. */
        public boolean retriesLast() {
            return ObjectRoutes.RETRY_LAST.equals(onFailure);
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
