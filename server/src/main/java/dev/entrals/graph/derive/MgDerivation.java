package dev.entrals.graph.derive;

import dev.entrals.graph.RequestEntry;
import dev.entrals.graph.BodyPart;
import dev.entrals.graph.RequestEntry.HeaderPart;
import dev.entrals.graph.RequestEntry.QueryPart;
import dev.entrals.graph.RequestEntry.SetRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request of a function that calls one Graph SDK cmdlet ({@code Get-MgGroup @params}): the SDK cmdlet's route
 * from {@link MgCatalog}, and what the function puts into {@code $params}: a path identifier
 * ({@code {group-id}} is the SDK's {@code GroupId}), a query option ({@code Filter}, {@code Top}, {@code Property},
 * {@code Sort}, {@code ExpandProperty}, {@code Search}) or, for a write, a body property (the SDK writes
 * {@code DisplayName} as {@code displayName}; {@code BodyParameter} built as a hashtable gives its keys).
 */
final class MgDerivation {

    static final Pattern MG_CALL = Pattern.compile("(?<![\\w-])([A-Z][a-z]+-M[gG][A-Za-z0-9]+)(?![\\w-])([^\\n|)]*)");
    private static final Set<String> NOT_GRAPH = Set.of("get-mgcontext", "get-mgenvironment", "add-mgenvironment",
            "connect-mggraph", "disconnect-mggraph", "invoke-mggraphrequest");
    private static final Pattern NAMED_ARG = Pattern.compile("-(\\w+)\\s+(\\$PSBoundParameters\\[[\"']\\w+[\"']]|\\$params\\[[\"']\\w+[\"']]"
            + "|\\$\\w+)");
    private static final Set<String> COMMON = Set.of("headers", "verbose", "debug", "erroraction", "warningaction",
            "informationaction", "errorvariable", "warningvariable", "informationvariable", "outvariable", "outbuffer",
            "pipelinevariable", "progressaction", "whatif", "confirm", "all", "pagesize", "countvariable");
    /** SDK query parameters and the option each writes, in the order the SDK writes them. */
    private static final Map<String, String> QUERY = new LinkedHashMap<>();

    static {
        QUERY.put("top", "$top");
        QUERY.put("search", "$search");
        QUERY.put("filter", "$filter");
        QUERY.put("sort", "$orderby");
        QUERY.put("property", "$select");
        QUERY.put("expandproperty", "$expand");
    }

    /** The SDK's aliases of its query parameters. */
    private static final Map<String, String> ALIASES = Map.of("select", "Property", "expand", "ExpandProperty",
            "orderby", "Sort", "limit", "Top");

    private final MgCatalog catalog;

    /** The SDK cmdlets' routes. */
    MgCatalog catalog() {
        return catalog;
    }

    MgDerivation(MgCatalog catalog) {
        this.catalog = catalog;
    }

    /** An SDK cmdlet's name as the SDK spells it: PowerShell reads {@code New-MGBeta…} as {@code New-MgBeta…}. */
    static String sdkSpelling(String written) {
        return written.replaceFirst("-MG", "-Mg");
    }

    /** The entry, or null when the function calls no single SDK cmdlet. */
    RequestEntry derive(FunctionCode fn) {
        String process = fn.process();
        Matcher call = MG_CALL.matcher(process);
        List<String> called = new ArrayList<>();
        int at = -1;
        String args = "";
        List<int[]> organizationIds = Assignments.ORGANIZATION_ID.matcher(process).results()
                .map(r -> new int[] {r.start(), r.end()}).toList();
        SdkLookups lookups = SdkLookups.read(process, catalog, fn);
        while (call.find()) {
            int start = call.start();
            String name = sdkSpelling(call.group(1));
            if (NOT_GRAPH.contains(name.toLowerCase(Locale.ROOT)) || lookups.covers(start)
                    || organizationIds.stream().anyMatch(r -> r[0] <= start && start < r[1])) {
                continue; // (Get-MgOrganization).Id is the signed-in tenant's id, not the function's request
            }
            if (!called.contains(name)) {
                called.add(name);
            }
            if (at < 0) {
                at = call.start();
                args = call.group(2);
            }
        }
        if (called.isEmpty()) {
            return null;
        }
        String source = fn.source(fn.processOffset() + at);
        String via = called.get(0);
        ValueChoices.Choice choice = called.size() > 1 ? ValueChoices.read(catalog, fn, process, called) : null;
        if (choice != null) {
            return derive(fn, process, source, String.join(", ", called), choice.route(), "", choice, lookups);
        }
        RequestEntry perType = called.size() > 1 ? TypeSwitchReading.read(fn, catalog, called, source,
                String.join(", ", called)) : null;
        if (perType != null) {
            return perType; // one request per object of a reply, by its type
        }
        if (called.size() > 1) {
            return new RequestEntry(fn.name(), fn.module(), source, String.join(", ", called), List.of(),
                    "calls " + called.size() + " Graph SDK cmdlets (" + String.join(", ", called)
                            + ") chosen by its own logic" + TypeSwitches.detail(fn) + "; not read", List.of());
        }
        MgCatalog.MgRoute route = catalog.route(via);
        return derive(fn, process, source, via, route, args, null, lookups);
    }

    private RequestEntry derive(FunctionCode fn, String process, String source, String via, MgCatalog.MgRoute route,
            String args, ValueChoices.Choice choice, SdkLookups lookups) {
        if (route == null) {
            return new RequestEntry(fn.name(), fn.module(), source, via, List.of(), "the Graph request of " + via
                    + " is on no aad-to-graph page, in none of the project's SDK facts, and the SDK's naming names no"
                    + " documented path " + via.substring(via.indexOf("-Mg") + 3).replaceFirst("^Beta", ""),
                    List.of());
        }
        List<Assignments.Assigned> assigned = new ArrayList<>(Assignments.read(process, "params", fn));
        if (!lookups.isEmpty()) {
            if (lookups.problem() != null) {
                return new RequestEntry(fn.name(), fn.module(), source, via, List.of(), lookups.problem(), List.of());
            }
            assigned = lookups.rewrite(assigned, process); // (Get-MgX …).Id: a lookup's value
        }
        List<BodyPart> built = new ArrayList<>();
        Matcher bp = Pattern.compile("(?im)^\\s*\\$params\\[[\"']BodyParameter[\"']]\\s*=\\s*\\$(\\w+)\\s*$").matcher(process);
        while (bp.find()) {
            if (Assignments.innermost(PsText.ifBlocks(process), bp.start()) == null) {
                String problem = InvokeBodies.hashtable(fn, process, bp.group(1), built);
                if (problem != null) {
                    return new RequestEntry(fn.name(), fn.module(), source, via, List.of(), problem, List.of());
                }
                assigned.removeIf(a -> a.target().equalsIgnoreCase("BodyParameter") && a.param() == null);
            }
        }
        for (Assignments.Assigned a : List.copyOf(assigned)) {
            String key = a.target().toLowerCase(Locale.ROOT);
            boolean converted = a.param() != null && !a.readable() && !COMMON.contains(key)
                    && !route.method().equals("GET"); // a write's argument its own code turns into another value
            BodyPart object = converted ? ArgumentObjects.read(fn, process, a) : null;
            object = object != null || !converted ? object : ObjectConversions.read(fn, process, a);
            object = object != null || !converted ? object : ParsedArguments.read(fn, process, a);
            object = object != null || !converted ? object : SdkItemLoops.read(fn, process, a);
            if (object != null) {
                built.add(object); // an object argument in a form of the code's own (ArgumentObjects)
                assigned.remove(a);
                continue;
            }
            List<BodyPart> hashtable = a.param() != null || a.readable() || COMMON.contains(key) ? null
                    : BodyReading.sdkArgument(fn, process, a.target(), BodyReading.assignedLocal(process, a));
            if (hashtable != null && !route.method().equals("GET")) {
                built.addAll(hashtable); // $params["PasswordCredential"] = $body, built key by key
                assigned.remove(a);
                continue;
            }
            if (a.param() == null && !a.readable() && !COMMON.contains(key) && !route.method().equals("GET")) {
                return new RequestEntry(fn.name(), fn.module(), source, via, List.of(), "passes -" + a.target()
                        + " to " + via + " as a value its own code computes; not read", List.of());
            }
        }
        List<Assignments.Assigned> named = namedArguments(args, assigned, fn, process, lookups);
        for (Assignments.Assigned a : List.copyOf(named)) {
            Matcher local = Pattern.compile("(?i)-" + a.target() + "\\s+\\$(\\w+)").matcher(args);
            List<BodyPart> hashtable = a.param() != null || !local.find() || route.method().equals("GET") ? null
                    : BodyReading.sdkArgument(fn, process, a.target(), local.group(1));
            List<Assignments.Assigned> read = assigned;
            if (hashtable != null && local.group(1).equalsIgnoreCase("params") && hashtable.stream().allMatch(b ->
                    read.stream().anyMatch(x -> x.param() != null && b.param() != null
                            && b.property().equalsIgnoreCase(x.target())))) {
                named.remove(a); // -BodyParameter $params: the keys read above as arguments are the body already
                continue;
            }
            if (hashtable != null) {
                built.addAll(hashtable); // -PasswordProfile $PasswordProfile, built key by key
                named.remove(a);
                continue;
            }
            if (a.param() == null) {
                return new RequestEntry(fn.name(), fn.module(), source, via, List.of(), "passes -" + a.target()
                        + " to " + via + " as a value its own code computes; not read", List.of());
            }
        }
        assigned.addAll(0, named);
        if (choice != null) {
            assigned.add(new Assignments.Assigned(choice.param(), choice.param(), null, true, Map.of(), CHOSEN));
        }
        List<SetRequest> sets = new ArrayList<>();
        for (String set : fn.sets()) {
            SetRequest one = set(fn, set, route, assigned, process, via);
            if (one.method() != null && choice != null) {
                List<String> notes = new ArrayList<>(one.notes());
                notes.add(choice.note());
                one = new SetRequest(one.set(), one.method(), one.path(), one.query(), one.headers(), one.body(),
                        one.paged(), notes);
            }
            int call = process.indexOf(via);
            CallLiterals literals = call >= 0 && Assignments.innermost(PsText.ifBlocks(process), call) == null
                    ? CallLiterals.read(args) : CallLiterals.NONE; // literals on a call in a branch: for some values
            if (one.method() != null && one.path().contains("{" + Assignments.SESSION + "}")
                    && Assignments.ORGANIZATION_ID.matcher(process).find()) {
                List<String> notes = new ArrayList<>(one.notes());
                notes.add("the module asks Get-MgOrganization for the organization's id first; the plan sends the"
                        + " signed-in tenant's id, which is the same");
                one = new SetRequest(one.set(), one.method(), one.path(), one.query(), one.headers(), one.body(),
                        one.paged(), notes);
            }
            if (one.query().stream().anyMatch(q -> q.template() != null && q.template().contains("|daysAgo|"))) {
                List<String> notes = new ArrayList<>(one.notes());
                notes.add(ClockDates.NOTE);
                one = new SetRequest(one.set(), one.method(), one.path(), one.query(), one.headers(), one.body(),
                        one.paged(), notes);
            }
            if ("GET".equals(one.method()) && (!literals.query().isEmpty() || literals.all())) {
                one = new SetRequest(one.set(), one.method(), one.path(), literals.mergedInto(one.query(),
                        List.copyOf(new java.util.LinkedHashSet<>(QUERY.values()))), one.headers(), one.body(),
                        one.paged(), one.notes(), List.of(), literals.all() && one.paged());
            }
            if (one.method() != null && !built.isEmpty()) {
                List<BodyPart> body = new ArrayList<>(one.body());
                built.stream().filter(b -> b.param() == null || fn.inSet(b.param(), set)).forEach(body::add);
                one = new SetRequest(one.set(), one.method(), one.path(), one.query(), one.headers(), body,
                        one.paged(), one.notes());
            }
            // last: the lookups' references in the path and the whole body
            sets.addAll(OptionalItems.forms(lookups.apply(one)));
        }
        if (!lookups.isEmpty() && sets.stream().allMatch(x -> x.lookups().isEmpty())) {
            return new RequestEntry(fn.name(), fn.module(), source, via, List.of(), "reads an object with an SDK"
                    + " cmdlet first and uses its id in a way not read", List.of());
        }
        return new RequestEntry(fn.name(), fn.module(), source, via, sets, MgRouteGaps.everySet(sets), List.of());
    }

    /** Marks the assignment standing for the argument whose value picks the SDK cmdlet. */
    private static final int CHOSEN = -1;
    /** Marks the identifier PowerShell asks for at the console, the module not passing it ({@link MgRouteGaps#prompted}). */
    static final int PROMPTED = -2;

    /** {@code -Name $PSBoundParameters["P"]}, {@code -Name $P}, {@code -Name $params["K"]} on the call itself. */
    private static List<Assignments.Assigned> namedArguments(String args, List<Assignments.Assigned> assigned,
            FunctionCode fn, String process, SdkLookups lookups) {
        List<Assignments.Assigned> out = new ArrayList<>();
        Matcher m = NAMED_ARG.matcher(args);
        while (m.find()) {
            String value = m.group(2);
            String param = Assignments.directParam(value, fn);
            if (param != null) {
                out.add(new Assignments.Assigned(m.group(1), param, null, true, Map.of(), 0));
                continue;
            }
            Matcher key = Pattern.compile("\\$params\\[[\"'](\\w+)[\"']]").matcher(value);
            if (key.matches()) {
                assigned.stream().filter(a -> a.target().equalsIgnoreCase(key.group(1))).findFirst()
                        .ifPresent(a -> out.add(new Assignments.Assigned(m.group(1), a.param(), a.template(),
                                a.readable(), a.hashtable(), a.offset())));
            } else if (!m.group(1).equalsIgnoreCase("Headers")) {
                Assignments.Assigned computed = !value.matches("\\$\\w+") ? null
                        : lookups.isEmpty() ? computed(m.group(1), value.substring(1), fn, process)
                        : lookups.local(m.group(1), value.substring(1), process, fn);
                out.add(computed != null ? computed : new Assignments.Assigned(m.group(1), null, null, false, Map.of(),
                        0));
            }
        }
        return out;
    }

    /**
     * A local the code computes from one parameter ({@code $QueryFilter = ("… le {0})" -f $QueryDate)}, the date from
     * the clock and {@code -Ago}) as that parameter through a template, or null.
     */
    private static Assignments.Assigned computed(String target, String variable, FunctionCode fn, String process) {
        String t = new UriTemplates(fn, process).valueOf(variable, 0);
        if (t == null) {
            return null;
        }
        Matcher ids = Pattern.compile("\\{(\\w+)(?:\\|[^}]*)?}").matcher(t);
        java.util.Set<String> params = new java.util.LinkedHashSet<>();
        while (ids.find()) {
            params.add(ids.group(1));
        }
        if (params.size() != 1 || fn.parameter(params.iterator().next()).isEmpty()) {
            return null;
        }
        String p = params.iterator().next();
        return new Assignments.Assigned(target, p, t.replace("{" + p + "}", "{0}").replace("{" + p + "|", "{0|"), true,
                Map.of(), 0);
    }

    private SetRequest set(FunctionCode fn, String set, MgCatalog.MgRoute route, List<Assignments.Assigned> assigned,
            String process, String via) {
        Map<String, Assignments.Assigned> bySdk = new LinkedHashMap<>();
        List<Assignments.Assigned> inSet = new ArrayList<>();
        List<String> meantNotes = new ArrayList<>();
        ParentRoutes.Meant parent = ParentRoutes.meant(fn, set, via, route, assigned, catalog);
        if (parent != null) { // an identifier the route lacks: the same collection under the parent it names
            route = parent.route();
            assigned = parent.assigned();
            meantNotes.add(parent.note());
        }
        for (Assignments.Assigned raw : assigned) {
            Assignments.Assigned a = new Assignments.Assigned(ALIASES.getOrDefault(raw.target().toLowerCase(Locale.ROOT),
                    raw.target()), raw.param(), raw.template(), raw.readable(), raw.hashtable(), raw.offset());
            java.util.Optional<String> meant = MgRouteGaps.meantIdentifier(route, a, fn);
            if (meant.isPresent() && fn.inSet(a.param(), set)) {
                meantNotes.add("the module passes -" + a.target() + ", which " + route.how() + " does not take"
                        + " (PowerShell refuses the call); sent as -" + meant.get() + ", the alias of -" + a.param()
                        + ", as evidently meant");
                a = new Assignments.Assigned(meant.get(), a.param(), a.template(), a.readable(), a.hashtable(),
                        a.offset());
            }
            if (a.param() != null && (fn.inSet(a.param(), set) || a.param().equals(Assignments.SESSION)
                    || SdkLookups.isLookup(a.param()))) {
                inSet.add(a);
                if (a.readable()) {
                    bySdk.putIfAbsent(a.target().toLowerCase(Locale.ROOT), a);
                }
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add(dev.entrals.graph.RequestEntry.SetRequest.PROVENANCE + route.how());
        notes.addAll(meantNotes);
        for (Assignments.Assigned a : inSet) {
            if (!a.readable() && fn.mandatoryIn(a.param(), set)) {
                return unsupported(set, "-" + a.param() + ", mandatory in set " + set + ", is turned into -"
                        + a.target() + " by code not read");
            }
        }
        String path = MgPaths.choosePath(fn, set, route, bySdk);
        String prompted = path != null ? null : MgRouteGaps.prompted(route, fn, sdk -> bySdk.containsKey(sdk
                .toLowerCase(Locale.ROOT)), inSet); // bySdk holds what the code passes in the set
        if (prompted != null) { // PowerShell asks for the SDK's mandatory identifier: a run takes it by that name
            bySdk.put(prompted.toLowerCase(Locale.ROOT), new Assignments.Assigned(prompted, prompted, null, true,
                    Map.of(), PROMPTED));
            path = MgPaths.choosePath(fn, set, route, bySdk);
            notes.add(String.format(SetRequest.PROMPTED, prompted, prompted, via, set, prompted));
        }
        if (path == null) {
            return unsupported(set, "no path of " + route.how() + " has all its identifiers bound in set " + set
                    + MgRouteGaps.explain(route, assigned, fn, set));
        }
        List<QueryPart> query = new ArrayList<>();
        List<BodyPart> body = new ArrayList<>();
        List<HeaderPart> headers = new ArrayList<>();
        boolean get = route.method().equals("GET");
        for (Map.Entry<String, String> q : QUERY.entrySet()) {
            for (Assignments.Assigned a : inSet) {
                if (get && a.readable() && a.target().equalsIgnoreCase(q.getKey())) {
                    query.add(new QueryPart(q.getValue(), a.param(), a.template(), null,
                            q.getKey().equals("top") ? 999 : null));
                }
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Assignments.Assigned a : inSet) {
            String key = a.target().toLowerCase(Locale.ROOT);
            if (!seen.add(key + "\u0000" + a.param())) {
                continue;
            }
            if (COMMON.contains(key) || QUERY.containsKey(key) && a.readable() || path.contains("{" + a.param() + "}")
                    && a.template() == null && (MgPaths.isPathId(key, route) || a.offset() == CHOSEN)) {
                continue;
            }
            if (key.equals("consistencylevel")) {
                headers.add(new HeaderPart("ConsistencyLevel", "eventual", a.param()));
            } else if (get && a.readable() && fn.mandatoryIn(a.param(), set) && key.endsWith("id")) {
                return unsupported(set, "-" + a.param() + ", mandatory in set " + set + ", names the SDK's -"
                        + a.target() + ", which no documented path of " + route.how() + " takes" + (MgRouteGaps
                        .retired(route) ? " (a retired API, whose Graph REST page is gone: the project's facts name the SDK"
                        + " cmdlet's page)" : ""));
            } else if (get && a.readable() && route.item() != null && !path.endsWith("}")
                    && key.equalsIgnoreCase(MgPaths.lastId(route.item()))) {
                notes.add(OptionalItems.note(a.param(), route.item(), set)); // two forms, if OptionalItems can
            } else if (get && a.readable() && a.template() == null && !a.target().equalsIgnoreCase(a.param())) {
                notes.add("-" + a.param() + " is passed on to the SDK cmdlet as -" + a.target() + ", whose request ("
                        + route.how() + ") has no query option or path identifier for it; not read");
            } else if (get && a.readable() && a.template() == null) {
                notes.add("-" + a.param() + " is passed on to the SDK cmdlet as it is, whose request (" + route.how()
                        + ") has no query option or path identifier for it; not read");
            } else if (get || !a.readable()) {
                notes.add("-" + a.param() + " is turned into -" + a.target() + " by code not read; ignored");
            } else if (key.equals("bodyparameter") && !a.hashtable().isEmpty()) {
                a.hashtable().forEach((k, v) -> body.add(new BodyPart(k, a.param(), v)));
            } else if (MgPaths.actionRequest(fn, a, path)) {
                body.add(new BodyPart(BodyPart.MERGE, a.param(), null));
                notes.add("-" + a.param() + " is the request object of the action " + path.substring(
                        path.lastIndexOf('/') + 1) + ", passed under a name the SDK cmdlet does not take (PowerShell"
                        + " refuses the call); its properties are sent as the body, as evidently meant");
            } else {
                body.add(new BodyPart(key.equals("odataid") ? "@odata.id" : MgPaths.jsonName(a.target()), a.param(),
                        a.template()));
            }
        }
        if (process.matches("(?s).*ConsistencyLevel.*") && headers.isEmpty()) {
            notes.add("the code sets ConsistencyLevel in a way not read");
        }
        String coll = route.collection() == null ? null : MgPaths.resolve(route.collection(), fn, set, bySdk);
        boolean paged = get && coll != null && path.equals(MgPaths.withVersion(route, coll));
        return new SetRequest(set, route.method(), path, query, headers, body, paged, notes);
    }

    static SetRequest unsupported(String set, String reason) {
        return new SetRequest(set, null, null, List.of(), List.of(), List.of(), false, List.of(reason));
    }
}
