package dev.entrals.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One cmdlet of the request table: where its code is, how it reaches Graph, and one request template per parameter
 * set, or the reason it is left out.
 *
 * @param command the cmdlet's name
 * @param module  {@code Microsoft.Entra} or {@code Microsoft.Entra.Beta}
 * @param source  the module file and line the request is read from ({@code Entra/…/Get-EntraUser.ps1:78})
 * @param via     {@code Invoke-GraphRequest}, or the Graph SDK cmdlet the code calls ({@code Get-MgGroup}), or
 *                {@value #CSV_ROWS}
 * @param sets    one template per parameter set (empty when left out)
 * @param reason  why the cmdlet is left out, or null
 * @param columns the columns the first example of the cmdlet's reference page shows in its table output (empty when
 *                no example shows the cmdlet's own table)
 */
public record RequestEntry(String command, String module, String source, String via, List<SetRequest> sets,
                           String reason, List<String> columns) {
    /** The {@code via} of a cmdlet left out that sends its requests per row of a local CSV file ({@code Import-Csv}). */
    public static final String CSV_ROWS = "Import-Csv";

    /** Copies the lists. */
    public RequestEntry {
        sets = sets == null ? List.of() : List.copyOf(sets);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** With these default columns. */
    public RequestEntry withColumns(List<String> defaultColumns) {
        return new RequestEntry(command, module, source, via, sets, reason, defaultColumns);
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
     */
    public record SetRequest(String set, String method, String path, List<QueryPart> query, List<HeaderPart> headers,
                             List<BodyPart> body, boolean paged, List<String> notes, List<String> each,
                             @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean pagesAll,
                             List<ValueMap> valueMaps, List<LookupPart> lookups, String when,
                             ObjectRoutes perObject, String none) {
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
                    first, when, perObject, none);
        }

        /** The same request with these notes. */
        public SetRequest withNotes(List<String> newNotes) {
            return new SetRequest(set, method, path, query, headers, body, paged, newNotes, each, pagesAll, valueMaps,
                    lookups, when, perObject, none);
        }

        /** The same request with these value maps. */
        public SetRequest withValueMaps(List<ValueMap> maps) {
            return new SetRequest(set, method, path, query, headers, body, paged, notes, each, pagesAll, maps, lookups,
                    when, perObject, none);
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
     * One property of the JSON body, written when {@code param} is bound (or always, for a constant).
     *
     * @param property the JSON property name as the code writes it; {@code a/b} places the value at {@code b} inside
     *                 the object {@code a} (made when absent: a hashtable the code builds key by key and passes as one
     *                 SDK argument); {@value #MERGE} makes the entries of the hashtable argument {@code param}
     *                 properties of the body (the code copies its keys); {@code a/*} places them inside the object
     *                 {@code a}, each key with a small first letter (a Graph SDK argument's model)
     * @param param    the cmdlet parameter whose value it takes, or null for a constant
     * @param template a string template ({@code {0}} is the value; {@code {Param}} another argument), {@link #ARRAY},
     *                 or null for the value as it is (numbers, booleans, lists and hashtables as JSON)
     * @param value    null, or the JSON structure the code writes (a hashtable or array literal), whose string leaves
     *                 are templates: a leaf that is exactly {@code {0}}, {@code {0.Prop}} (a property of the value,
     *                 any case) or {@code {Param}} is that value as it is, JSON null when absent (as PowerShell's
     *                 {@code $null}); other leaves are strings, booleans and numbers as written. With {@link #ARRAY}
     *                 the structure is written once per item of the value ({@code {0}} the item)
     * @param when     null for always; else the part is written only when this condition on the call's arguments
     *                 holds ({@link LookupPart#when()}): a body the code builds in branches on an argument's value,
     *                 or a nested property it sets under a condition
     */
    public record BodyPart(String property, String param, String template,
                           @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode value,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String when) {
        /**
         * The template of a list the code starts empty and adds to once per item of the list argument
         * ({@code $l = @(); foreach ($x in $P) { $l += … }}): the part's structure filled once per item, an empty
         * list when the argument is not given.
         */
        public static final String ADDED = "@() += {0}";

        /** A part written whatever the arguments' values (but its own argument's). */
        public BodyPart(String property, String param, String template, JsonNode value) {
            this(property, param, template, value, null);
        }

        /** The same part, written only under this condition. */
        public BodyPart under(String condition) {
            return new BodyPart(property, param, template, value, condition);
        }

        /** The template of a value the code wraps in an array ({@code @($P)}): a list, one value as a one-item list. */
        public static final String ARRAY = "@({0})";

        /** A {@link #listOf} template. */
        private static final java.util.regex.Pattern LIST_OF = java.util.regex.Pattern.compile("@\\(\\{0\\.\\w+}\\)");

        /**
         * The template of the list a property of the value holds ({@code @({0.AddLicenses})}): written as an array,
         * once per item when the part has a structure; an empty array when the value has no such property.
         */
        public static String listOf(String property) {
            return "@({0." + property + "})";
        }

        /** The property a {@link #listOf} template names, or null for another template. */
        public static String listProperty(String template) {
            return template != null && LIST_OF.matcher(template).matches()
                    ? template.substring(5, template.length() - 2) : null;
        }

        /**
         * The template of a {@link #MERGE} part that keeps the entries whose value PowerShell counts as true (not
         * null, empty, zero or false: the code's {@code Where-Object {$_.Value}}).
         */
        public static final String NON_EMPTY = "nonEmpty";

        /** As {@link #NON_EMPTY}, every key (nested ones too) lower-cased, as the code's regex rewrites the JSON. */
        public static final String NON_EMPTY_LOWER_KEYS = "nonEmpty|lowerKeys";

        /**
         * The template of an object argument the code hands to the Graph SDK in a form of its own, sent as the SDK's
         * model writes it ({@link #sdkModel}): the value (or the part's structure filled with it), every key with a
         * small first letter at every level, entries whose value is null left out. In the structure, {@code {0.X}}
         * is the value's property X and {@code {0.X|true}} the same written only when the argument's X is one
         * PowerShell counts as true (for a list argument: its member enumeration, as the code's
         * {@code if ($TmpValue.X)}).
         */
        public static final String SDK_MODEL = "sdkModel";

        /**
         * The template of an {@link #SDK_MODEL} part whose argument's properties are each copied one level down
         * ({@code $TmpValue.PSObject.Properties | foreach { if ($_.Value -is [System.Object]) { $n = @{};
         * $_.Value.PSObject.Properties | foreach { $n[$_.Name] = $_.Value }; $Value[$_.Name] = $n } }}), but the one
         * named after the bar, copied as it is ({@code sdkModel|members|clientAppTypes}).
         */
        public static String sdkModelMembers(String asIs) {
            return SDK_MODEL + "|members" + (asIs == null ? "" : "|" + asIs);
        }

        /**
         * In an {@link #SDK_MODEL} structure, the key of an object's condition: the object is written only when the
         * leaf it holds ({@code {0.A|true}}) is ({@code if ($TmpValue.A) { $A = @{}; $A["K"] = $TmpValue.A.K }}).
         */
        public static final String SDK_MODEL_IF = "@if";

        /**
         * An {@link #SDK_MODEL} template: {@code each} sends a list, the structure filled once per item of the
         * argument; {@code json} marks a value passed through {@code ConvertTo-Json} (whose default depth is 2).
         */
        public static String sdkModel(boolean each, boolean json) {
            return SDK_MODEL + (each ? "|each" : "") + (json ? "|json" : "");
        }

        /** The template of a structure filled once with the whole value and sent as a one-item list. */
        public static final String ONE_ITEM = "@(,{0})";

        /**
         * The property of a part whose argument names a local file sent as the whole body, its {@code template} the
         * content type ({@code image/*}).
         */
        public static final String FILE = "<file>";

        /** A {@link #keys} template. */
        private static final String KEYS = "keys";

        /**
         * The template of an object with one key per item of the list argument, each set to the part's value (filled
         * with the item as {@code {0}}); with a suffix, the key is the item with the suffix added unless it already
         * ends with it (any case): {@code Features = @("PasswordSync")} gives {@code {"PasswordSyncEnabled": …}}.
         */
        public static String keys(String suffix) {
            return suffix == null ? KEYS : KEYS + "|" + suffix;
        }

        /** The suffix of a {@link #keys} template ({@code ""} for none), or null for another template. */
        public static String keySuffix(String template) {
            return template == null || !template.startsWith(KEYS) ? null
                    : template.equals(KEYS) ? "" : template.startsWith(KEYS + "|") ? template.substring(KEYS.length() + 1)
                    : null;
        }

        /**
         * The template of a part whose value is a lookup's list changed in place with the argument (the part's
         * {@code value} is the operation: {@link ListEdits}).
         */
        public static final String LIST_EDIT = "listEdit";

        /**
         * The property of a part whose argument's text is sent as the whole body, its {@code template} the content
         * type ({@code application/xml}: the module's {@code -Body $Content -ContentType 'application/xml'}).
         */
        public static final String TEXT = "<text>";

        /**
         * The property of a part whose argument names the local file the module writes the reply to
         * ({@code Invoke-GraphRequest … -OutputFilePath $P}); written only once the request has answered.
         */
        public static final String REPLY_FILE = "<reply-file>";

        /**
         * The property of a part whose argument, a {@code [System.Byte[]]} written as a list of numbers (0 to 255), is
         * the whole body, its {@code template} the content type.
         */
        public static final String BYTES = "<bytes>";

        /**
         * Whether a part is one of those that are not a property of a JSON body (a file, bytes given, a text, the
         * reply's file).
         */
        public static boolean local(BodyPart part) {
            return FILE.equals(part.property()) || TEXT.equals(part.property()) || BYTES.equals(part.property())
                    || REPLY_FILE.equals(part.property());
        }

        /** How a {@link #parsedBoolean} template starts. */
        public static final String PARSED_BOOLEAN = "bool";

        /**
         * The template of an argument the code parses with {@code [bool]::TryParse($TmpValue, [ref]$Value)} and
         * {@code throw}s {@code message} when it cannot: the argument's text, blanks around it left out, is
         * {@code true} or {@code false} in any case (JSON's boolean); any other text refuses the call with the message,
         * nothing sent (.NET's {@code Boolean.TryParse}).
         */
        public static String parsedBoolean(String message) {
            return PARSED_BOOLEAN + "|" + message;
        }

        /** The message of a {@link #parsedBoolean} template, or null for another template. */
        public static String parseFailure(String template) {
            return template != null && template.startsWith(PARSED_BOOLEAN + "|")
                    ? template.substring(PARSED_BOOLEAN.length() + 1) : null;
        }

        /** How a {@link #certificateIds} template starts. */
        public static final String CERTIFICATE_IDS = "certificateUserIds";

        /**
         * The template of the certificate user ids computed from the local certificate file ({@code .cer},
         * {@code .pem}) the part's argument names, those of each kind the list argument {@code kinds} names, in its
         * order ({@code $all = Get-EntraUserCertificateUserIdsFromCertificate -Path $P; foreach ($k in $K) { if
         * ($all.$k) { $l += $all.$k } … }}); the part's value holds the module's messages: {@link #MISSING} (a kind
         * the certificate lacks, {@code {0}} the kind) and {@link #NONE} (none found: the module sends nothing).
         */
        public static String certificateIds(String kinds) {
            return CERTIFICATE_IDS + "|" + kinds;
        }

        /** The key of a {@link #certificateIds} part's warning for a kind the certificate lacks. */
        public static final String MISSING = "missing";

        /** The key of a {@link #certificateIds} part's message when the certificate has none of the kinds. */
        public static final String NONE = "none";

        /** The property of a part whose hashtable argument's entries are the body's properties. */
        public static final String MERGE = "*";

        /** A part without a structure. */
        public BodyPart(String property, String param, String template) {
            this(property, param, template, null);
        }
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
