package dev.entrals.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One cmdlet of the request table: where its code is, how it reaches Graph, and one request template per parameter
 * set, or the reason it is left out.
 *
 * @param command the cmdlet's name
 * @param module  {@code Microsoft.Entra} or {@code Microsoft.Entra.Beta}
 * @param source  the module file and line the request is read from ({@code Entra/…/Get-EntraUser.ps1:78})
 * @param via     {@code Invoke-GraphRequest}, or the Graph SDK cmdlet the code calls ({@code Get-MgGroup}), or
 *                {@value #CSV_ROWS}, or {@value #START_PROCESS}, or {@value #DEFINED_FUNCTIONS}
 * @param sets    one template per parameter set (empty when left out)
 * @param reason  why the cmdlet is left out, or null
 * @param columns the columns the first example of the cmdlet's reference page shows in its table output (empty when
 *                no example shows the cmdlet's own table)
 * @param values  for an entry whose {@code via} is {@value #DEFINED_FUNCTIONS}, the literal values its code writes,
 *                keyed by where: {@code $name} a local its {@code begin} block assigns (a string, or a hashtable of
 *                them as a map), {@code Cmdlet -Parameter} a string a function it defines passes a Graph SDK cmdlet
 *                (a {@code $var} in it as {@code {var}}); empty for the others
 * @param variables the module session state ({@code $script:}/{@code $global:} variables) the code keeps and reads,
 *                or null when it uses none
 */
public record RequestEntry(String command, String module, String source, String via, List<SetRequest> sets,
                           String reason, List<String> columns, Map<String, Object> values,
                           ModuleVariables variables) {
    /** The {@code via} of a cmdlet left out that sends its requests per row of a local CSV file ({@code Import-Csv}). */
    public static final String CSV_ROWS = "Import-Csv";

    /**
     * The {@code via} of a cmdlet left out that sends no Graph request but opens a URL it builds in the browser
     * ({@code Start-Process $url}): the admin consent page of the agent identity blueprint cmdlets.
     */
    public static final String START_PROCESS = "Start-Process";

    /**
     * The {@code via} of a cmdlet left out that sends its Graph requests (Graph SDK cmdlets) from functions it defines
     * inside itself, chosen by its own code from their replies; its {@link #values} are the literals its code writes.
     */
    public static final String DEFINED_FUNCTIONS = "function";

    /** Copies the lists and the values (their order kept). */
    public RequestEntry {
        sets = sets == null ? List.of() : List.copyOf(sets);
        columns = columns == null ? List.of() : List.copyOf(columns);
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** An entry without values whose code uses no module session state. */
    public RequestEntry(String command, String module, String source, String via, List<SetRequest> sets,
                        String reason, List<String> columns) {
        this(command, module, source, via, sets, reason, columns, Map.of(), null);
    }

    /** An entry with values whose code uses no module session state. */
    public RequestEntry(String command, String module, String source, String via, List<SetRequest> sets,
                        String reason, List<String> columns, Map<String, Object> values) {
        this(command, module, source, via, sets, reason, columns, values, null);
    }

    /** With these default columns. */
    public RequestEntry withColumns(List<String> defaultColumns) {
        return new RequestEntry(command, module, source, via, sets, reason, defaultColumns, values, variables);
    }

    /** With these module session variables (null: none). */
    public RequestEntry withVariables(ModuleVariables used) {
        return new RequestEntry(command, module, source, via, sets, reason, columns, values, used);
    }

    /**
     * The request one parameter set sends.
     *
     * @param set     the parameter set's name
     * @param method  the HTTP method
     * @param path    the path with the version segment; {@code {Param}} stands for an argument, path-escaped
     * @param query   the query options in the order the code writes them
     * @param headers extra headers
     * @param body    the JSON body's properties in order (empty: no body)
     * @param paged   true when the reply is a collection the code pages through ({@code -All}, {@code -Top})
     * @param notes   where the template departs from the code, or what it leaves out; shown to the user
     * @param each    when not empty, the code sends the request once per value of this constant list, in order,
     *                {@value #EACH} in the path standing for the value (a loop over a list written in the code)
     * @param pagesAll the code itself follows every {@code @odata.nextLink} (it passes {@code -All} to the SDK
     *                cmdlet whatever the arguments)
     * @param valueMaps path arguments whose value the code maps to the segment it sends (empty: none)
     * @param lookups the GETs the code sends first, in order, whose replies give values the request uses: the path
     *                and body name them {@code {@1.id}}, {@code {@2.value[0].id}} ({@link StepValues}); empty for
     *                most cmdlets; a step with a {@link LookupPart#method() method} is a write the code sends
     *                before this request
     * @param when    the condition on the call's arguments under which the code sends this request
     *                ({@link LookupPart#when()}), or null for always; when it does not hold, the last step sent is
     *                the plan's request
     * @param perObject null for most sets; else the request is sent once per object of an earlier step's reply, on
     *                the route the object's type picks ({@link ObjectRoutes}); {@code path} is then its first route
     * @param none    null for most sets; else the error the module writes when the reply (a collection) has no
     *                object, {@code {Param}} standing for an argument: the run reports it as a 404
     * @param then    null for most sets; else a GET the module sends after this request when its reply has no object
     *                with a value, whose objects it appends to the result ({@link FollowUp})
     */
    public record SetRequest(String set, String method, String path, List<QueryPart> query, List<HeaderPart> headers,
                             List<BodyPart> body, boolean paged, List<String> notes, List<String> each,
                             @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean pagesAll,
                             List<ValueMap> valueMaps, List<LookupPart> lookups, String when,
                             ObjectRoutes perObject, String none,
                             @JsonInclude(JsonInclude.Include.NON_NULL) FollowUp then) {
        /** What stands in the path for each value of {@link #each()}. */
        public static final String EACH = "{#}";

        /** The note of a URL built only for some values of an argument, named; shown only when it is given. */
        public static final String VALUE_BRANCH = "a URL the code builds only for some values of -%s is not read";

        /**
         * The note of a switch with which the module keeps only some objects of the reply (the switch, the property,
         * {@code is empty}, {@code is not empty} or {@code has an item whose P is neither null nor 'V'}, where): the
         * planner filters the reply so when the switch is given ({@code derive.ReplyFilters}).
         */
        public static final String KEEPS = "-%s keeps only the objects whose %s %s, as the module filters the reply"
                + " (%s)";

        /** How a set's note naming where an SDK cmdlet's route comes from starts ("request of aad-to-graph page of …"). */
        public static final String PROVENANCE = "request of ";

        /**
         * The note of an argument without which the module prompts or takes a value an earlier command left (its
         * name, what the module does): the planner refuses a call without it, and shows the note only then.
         */
        public static final String NEEDED = "-%s is needed for a run here: without it the module %s";

        /** The note of an argument prompted for with an Enter default (name, default, what): the plan sends that. */
        public static final String DEFAULTED = "-%s is '%s' when not given: the module %s; a run here takes that";

        /**
         * The note of a prompt the module asks at a PowerShell console that no parameter answers: the answer's name
         * (the variable the code reads it into), the prompt's place, the answer Enter gives, the name again, and
         * {@link #ANSWERS} or nothing. Without a value supplied by that name ({@code --arg NAME=VALUE}) the planner
         * takes the Enter answer, as a person pressing Enter would.
         */
        public static final String ANSWERED = "%s is the answer to the module's prompt at a PowerShell console"
                + " (Read-Host at %s): a run here takes '%s', as Enter gives, unless %s=VALUE is supplied%s";

        /**
         * The end of an {@link #ANSWERED} note whose prompt is asked again until the answer is one of a list
         * ({@code do { … } while ($a -notin @(…))}): the answers, joined with {@code ", "}; the planner refuses others.
         */
        public static final String ANSWERS = "; the module takes only %s (any case) and asks again otherwise";

        /**
         * The note of a value the module takes from the PowerShell session, an earlier command's {@code $script:}
         * variable (the name, its place, the name again): the planner refuses a call without it supplied by name.
         */
        public static final String SESSION_VALUE = "%s is needed for a run here: the module takes the value an earlier"
                + " command left in the PowerShell session (at %s), which a run here does not have; supply it as"
                + " %s=VALUE";

        /**
         * The note of a mandatory identifier of the Graph SDK cmdlet that the module does not pass in the set, so that
         * PowerShell asks for it at the console before the cmdlet runs (the answer's name, the SDK parameter's, the
         * SDK cmdlet, the set, the name again): the path takes the answer; the planner refuses a call without it
         * supplied by that name, and the engine asks for it as for a value of the session (only in this set).
         */
        public static final String PROMPTED = "%s is the answer to the prompt PowerShell shows for -%s, mandatory in %s,"
                + " which the module does not pass in set %s (a departure: there the module's call waits for a person"
                + " to type it at the console; a run here has none); supply it as %s=VALUE";

        /**
         * How the note starts that says under which arguments the module fails before it sends anything (the set's
         * {@code when} is then the complement); the planner's refusal of such a call quotes it.
         */
        public static final String SENDS_NOTHING = "the module sends nothing when ";

        /** How a lookup's note starts; the planner leaves out the note of a lookup the arguments do not take. */
        public static final String LOOKS_UP = "the module looks the object up first with ";

        /** The note of such a URL where the argument is not known. */
        public static final String VALUE_BRANCH_ANY = "a URL the code builds only for some values of an argument is"
                + " not read";

        /** Copies the lists. */
        public SetRequest {
            query = query == null ? List.of() : List.copyOf(query);
            headers = headers == null ? List.of() : List.copyOf(headers);
            body = body == null ? List.of() : List.copyOf(body);
            notes = notes == null ? List.of() : List.copyOf(notes);
            each = each == null ? List.of() : List.copyOf(each);
            valueMaps = valueMaps == null ? List.of() : List.copyOf(valueMaps);
            lookups = lookups == null ? List.of() : List.copyOf(lookups);
        }

        /** A request without a follow-up. */
        public SetRequest(String set, String method, String path, List<QueryPart> query, List<HeaderPart> headers,
                          List<BodyPart> body, boolean paged, List<String> notes, List<String> each,
                          boolean pagesAll, List<ValueMap> valueMaps, List<LookupPart> lookups, String when,
                          ObjectRoutes perObject, String none) {
            this(set, method, path, query, headers, body, paged, notes, each, pagesAll, valueMaps, lookups, when,
                    perObject, none, null);
        }

        /** The same request followed by this GET ({@link #then}), with these notes. */
        public SetRequest withThen(FollowUp next, List<String> newNotes) {
            return new SetRequest(set, method, path, query, headers, body, paged, newNotes, each, pagesAll, valueMaps,
                    lookups, when, perObject, none, next);
        }

        /** A request sent once (or per value of {@code each}), under a condition or always. */
        public SetRequest(String set, String method, String path, List<QueryPart> query, List<HeaderPart> headers,
                          List<BodyPart> body, boolean paged, List<String> notes, List<String> each,
                          boolean pagesAll, List<ValueMap> valueMaps, List<LookupPart> lookups, String when) {
            this(set, method, path, query, headers, body, paged, notes, each, pagesAll, valueMaps, lookups, when, null,
                    null);
        }

        /** A request sent whatever the arguments. */
        public SetRequest(String set, String method, String path, List<QueryPart> query, List<HeaderPart> headers,
                          List<BodyPart> body, boolean paged, List<String> notes, List<String> each,
                          boolean pagesAll, List<ValueMap> valueMaps, List<LookupPart> lookups) {
            this(set, method, path, query, headers, body, paged, notes, each, pagesAll, valueMaps, lookups, null);
        }

        /** A request without value maps or lookups. */
        public SetRequest(String set, String method, String path, List<QueryPart> query, List<HeaderPart> headers,
                          List<BodyPart> body, boolean paged, List<String> notes, List<String> each,
                          boolean pagesAll) {
            this(set, method, path, query, headers, body, paged, notes, each, pagesAll, List.of(), List.of());
        }

        /** The same request after these lookups. */
        public SetRequest withLookups(List<LookupPart> first) {
            return new SetRequest(set, method, path, query, headers, body, paged, notes, each, pagesAll, valueMaps,
                    first, when, perObject, none, then);
        }

        /** The same request with these notes. */
        public SetRequest withNotes(List<String> newNotes) {
            return new SetRequest(set, method, path, query, headers, body, paged, newNotes, each, pagesAll, valueMaps,
                    lookups, when, perObject, none, then);
        }

        /** The same request with these value maps. */
        public SetRequest withValueMaps(List<ValueMap> maps) {
            return new SetRequest(set, method, path, query, headers, body, paged, notes, each, pagesAll, maps, lookups,
                    when, perObject, none, then);
        }

        /** One request (no loop). */
        public SetRequest(String set, String method, String path, List<QueryPart> query, List<HeaderPart> headers,
                          List<BodyPart> body, boolean paged, List<String> notes) {
            this(set, method, path, query, headers, body, paged, notes, List.of(), false, List.of(), List.of());
        }
    }

    /**
     * How the code turns a path argument's value into the segment it sends ({@code if ($params.type -eq
     * "tokenLifetimePolicy") { $params.type = "tokenLifetimePolicies" } elseif …}): the argument's value, compared
     * in any case as {@code -eq} and a hashtable's keys compare, picks the segment.
     *
     * @param param     the argument ({@code {Param}} in the path)
     * @param values    value → segment, in the code's order
     * @param otherwise the module's own message for a value not in the map (the call is refused with it), or null
     *                  when the module sends such a value as given
     */
    public record ValueMap(String param, java.util.Map<String, String> values, String otherwise) {
        /** Keeps the order. */
        public ValueMap {
            values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        }

        /** The segment for a value (any case), or null when the map has none. */
        public String segment(String value) {
            return values.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(value))
                    .map(java.util.Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    /**
     * One query option. With a parameter, the option is written when the parameter is bound: its value through
     * {@code template} ({@code {0}} is the value; null means the value itself; a list is joined with commas), capped
     * at {@code cap} for numbers. Without a parameter, or when the parameter is not bound, {@code fallback} is
     * written when it is not null.
     *
     * @param option   {@code $select}, {@code $top}, {@code $filter}, {@code $search}, {@code $orderby}, …
     * @param param    the cmdlet parameter, or null for a constant option
     * @param template how the value is written, or null
     * @param fallback the value when the parameter is absent, or null for none
     * @param cap      the largest number written, or null
     */
    public record QueryPart(String option, String param, String template, String fallback, Integer cap) {
        /** This option with another template. */
        public QueryPart withTemplate(String other) {
            return new QueryPart(option, param, other, fallback, cap);
        }
    }

    /**
     * One extra header, always sent or only when {@code param} is bound.
     *
     * @param name  the header name
     * @param value the header value
     * @param param the parameter that adds it, or null for always
     */
    public record HeaderPart(String name, String value, String param) {
    }

    /**
     * A step the code sends before the set's request: a GET whose reply gives a value the request uses, or a write.
     *
     * @param path   the path with the version segment, {@code {Param}} an argument, {@code {@N…}} an earlier lookup's
     *               value, {@value SetRequest#EACH} each value of {@code each}
     * @param query  query options, as a request's
     * @param each   when not empty, the values tried in order until one answers (the code's
     *               {@code foreach (…) { try { …; break } catch {} }} over a list it writes); a single {@code {P}}:
     *               the step is sent once per value of the argument P, each a step of its own that must answer (the
     *               code's check of each value, {@code foreach ($id in $P) { … GET …/$id … }}); such steps come after
     *               any step a reference ({@code {@N…}}) names
     * @param unless a parameter that, when bound, replaces the looked-up value: the lookup is not sent then (the path
     *               names {@code {Param|@N.id}}), or null
     * @param method null for a GET the code sends to find a value; else a write the code sends before the set's
     *               request (several writes in order), whose reply may give a later step's value ({@code {@1.id}} of
     *               the object a POST created)
     * @param body   a write's JSON body, as a request's
     * @param when   null for always; else the step is sent only when the argument {@code P} is bound and not
     *               {@code $false} ({@code if ($P)}, {@code if ($true -eq $PSBoundParameters["P"])}), or, written
     *               {@code !P}, only when it is not; {@code P=v} holds when the argument's text is {@code v} in any
     *               case (PowerShell's {@code -eq}), {@code !P=v} when it is not; {@code P~regex} when its text
     *               matches the regex in any case (PowerShell's {@code -match}); terms joined by {@code &} must all
     *               hold, alternatives joined by {@code |} one of them ({@code A=x|B&!C})
     * @param none   null; else the module's message when this GET's reply has no object (its {@code throw}, a
     *               template with {@code {Param}}): the run stops with it
     * @param pages  true for a GET whose reply is every page's objects: the code follows {@code @odata.nextLink}
     *               until the last page ({@code do { $r = …; $list += $r.value; $uri = $r.'@odata.nextLink' } while
     *               ($uri)}), its {@code value} is then all of them in order
     * @param per    0 for most steps; else the step is sent once per object of step {@code per}'s (1 first) reply
     *               {@code value}, with the steps next to it that have the same {@code per} (one loop of the code
     *               around several calls): per object, those steps in order, then the set's request when it names
     *               that object ({@code {@per.value.id}}); {@code {@per.value…}} in such a step is that object
     */
    public record LookupPart(String path, List<QueryPart> query, List<String> each, String unless, String method,
                             List<BodyPart> body, String when,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String none,
                             @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean pages,
                             @JsonInclude(JsonInclude.Include.NON_DEFAULT) int per) {
        /** Copies the lists. */
        public LookupPart {
            query = query == null ? List.of() : List.copyOf(query);
            each = each == null ? List.of() : List.copyOf(each);
            body = body == null ? List.of() : List.copyOf(body);
        }

        /** A step sent once, on one page, without a message of its own when its reply has no object. */
        public LookupPart(String path, List<QueryPart> query, List<String> each, String unless, String method,
                          List<BodyPart> body, String when) {
            this(path, query, each, unless, method, body, when, null, false, 0);
        }

        /** The same step, the module stopping with this message when its reply has no object. */
        public LookupPart withNone(String message) {
            return new LookupPart(path, query, each, unless, method, body, when, message, pages, per);
        }

        /** This step, paged ({@link #pages}) and in the group of {@code per} as given. */
        public LookupPart paged(boolean everyPage, int group) {
            return new LookupPart(path, query, each, unless, method, body, when, none, everyPage, group);
        }

        /** A GET sent whatever the arguments (but {@code unless}). */
        public LookupPart(String path, List<QueryPart> query, List<String> each, String unless) {
            this(path, query, each, unless, null, List.of(), null);
        }

        /** The method sent: GET, or the write's. */
        public String sentMethod() {
            return method == null ? "GET" : method;
        }
    }
}
