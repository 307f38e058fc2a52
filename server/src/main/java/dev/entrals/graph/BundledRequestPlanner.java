package dev.entrals.graph;

import dev.entrals.graph.RequestEntry.HeaderPart;
import dev.entrals.graph.RequestEntry.QueryPart;
import dev.entrals.graph.RequestEntry.SetRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link RequestPlanner} over the bundled {@link RequestTable} (loaded on first use): the entry of the cmdlet, the
 * template of its parameter set, filled with the literal arguments (path identifiers escaped as
 * {@code [uri]::EscapeDataString} does, query options in the code's order, {@code $top} capped, filter shortcuts,
 * {@code ConsistencyLevel}, the JSON body), and the module's paging ({@code -All} follows {@code @odata.nextLink};
 * {@code -Top} follows it until that many objects).
 */
public final class BundledRequestPlanner implements RequestPlanner {

    /** The Global cloud's Graph endpoint, which a body's directory-object URL names. */
    static final String GLOBAL_ENDPOINT = "https://graph.microsoft.com";
    private static final Set<String> PAGING = Set.of("all", "top", "pagesize");
    private static final Pattern ID = Pattern.compile("\\{(@?\\w+)(?:\\|(@\\w+))?}");
    private static final Pattern VALUE_BRANCH = Pattern.compile(Pattern.quote(SetRequest.VALUE_BRANCH)
            .replace("%s", "\\E(\\w+)\\Q"));
    private static final Pattern NOTE_ARG = Pattern.compile("-(\\w+) ");
    /** A lookup's note that holds under a condition on an argument ({@link SetRequest#LOOKS_UP}). */
    private static final Pattern LOOKUP_BRANCH = Pattern.compile(Pattern.quote(SetRequest.LOOKS_UP)
            + ".*, (unless|when) -(\\w+) is given");
    private static final Pattern NEEDED = ConsoleAnswers.NEEDED;
    private static final Pattern DEFAULTED = Pattern.compile(Pattern.quote(SetRequest.DEFAULTED)
            .replaceFirst("%s", "\\\\E(\\\\w+)\\\\Q").replaceFirst("%s", "\\\\E(.*)\\\\Q")
            .replaceFirst("%s", "\\\\E.*\\\\Q"));
    private static final Pattern KEEPS = Pattern.compile(Pattern.quote(SetRequest.KEEPS)
            .replaceFirst("%s", "\\\\E(\\\\w+)\\\\Q").replaceFirst("%s", "\\\\E(\\\\w+)\\\\Q")
            .replaceFirst("%s", "\\\\E(is empty|is not empty|has an item whose (\\\\w+) is neither null nor '([^']*)')\\\\Q")
            .replaceFirst("%s", "\\\\E.*\\\\Q"));
    /** A path that is a URL ({@code https://…}), which the module downloads. */
    private static final Pattern URL_SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://.*");
    /**
     * The argument carrying the signed-in tenant's id, which the caller adds for the cmdlets whose module code uses
     * it ({@code (Get-MgContext).TenantId}): a path's {@code {@TenantId}}, or {@code {TenantId|@TenantId}} (the
     * cmdlet's own -TenantId, else the signed-in tenant).
     */
    public static final String SESSION_TENANT = "@TenantId";

    private final Supplier<RequestTable> source;
    private volatile RequestTable table;

    /** A planner over the bundled table. */
    public BundledRequestPlanner() {
        this(RequestTable::bundled);
    }

    /** A planner over the given table (tests). */
    public BundledRequestPlanner(Supplier<RequestTable> table) {
        this.source = table;
    }

    private RequestTable table() {
        RequestTable t = table;
        if (t == null) {
            synchronized (this) {
                if (table == null) {
                    table = source.get();
                }
                t = table;
            }
        }
        return t;
    }

    @Override
    public boolean knows(String command) {
        return command != null && table().entry(command).isPresent();
    }

    @Override
    public boolean refusesEveryCall(String command) {
        return command != null && table().entry(command).map(e -> e.reason() != null
                || !e.sets().isEmpty() && e.sets().stream().allMatch(s -> s.method() == null)).orElse(false);
    }

    @Override
    public List<Answer> answers(String command) {
        return table().entry(command).map(ConsoleAnswers::of).orElse(List.of());
    }

    @Override
    public ModuleVariables variables(String command) {
        return command == null ? null : table().entry(command).map(RequestEntry::variables).orElse(null);
    }

    @Override
    public Optional<String> via(String command) {
        return command == null ? Optional.empty() : table().entry(command).map(RequestEntry::via);
    }

    @Override
    public Map<String, Object> values(String command) {
        return command == null ? Map.of() : table().entry(command).map(RequestEntry::values).orElse(Map.of());
    }

    @Override
    public Result plan(String command, String parameterSet, Map<String, Object> arguments) {
        RequestEntry entry = table().entry(command).orElse(null);
        if (entry == null) {
            return new Unsupported("'" + command + "' is not a cmdlet of Microsoft.Entra or Microsoft.Entra.Beta.");
        }
        if (entry.reason() != null) {
            return new Unsupported(entry.command() + " cannot be run without PowerShell: it " + entry.reason()
                    + " (" + entry.source() + ").");
        }
        Map<String, Object> args = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (arguments != null) {
            arguments.forEach((k, v) -> {
                if (v != null) {
                    args.put(k.startsWith("-") ? k.substring(1) : k, v);
                }
            });
        }
        SetRequest set = Steps.chosen(entry.sets(), chooseSet(entry, parameterSet, args), args);
        if (set == null) {
            return new Unsupported(entry.command() + " has no parameter set '" + parameterSet + "'.");
        }
        if (set.method() == null) {
            return new Unsupported(entry.command() + " (set " + set.set() + ") cannot be run without PowerShell: "
                    + String.join("; ", set.notes()) + " (" + entry.source() + ").");
        }
        SetRequest sent = Steps.sent(set, args);
        if (sent == null) {
            String why = set.notes().stream().filter(n -> n.startsWith(SetRequest.SENDS_NOTHING)).findFirst()
                    .map(n -> ": " + n).orElse("");
            return new Unsupported(entry.command() + " (set " + set.set() + ") sends no request with these arguments"
                    + why + " (" + entry.source() + ").");
        }
        return build(entry, sent, args);
    }

    private Result build(RequestEntry entry, SetRequest set, Map<String, Object> given) {
        Map<String, Object> args = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        args.putAll(given);
        for (String note : set.notes()) {
            Matcher fallback = DEFAULTED.matcher(note);
            if (fallback.matches() && !present(given, fallback.group(1))) {
                args.put(fallback.group(1), fallback.group(2)); // what the module takes when Enter is pressed
            }
        }
        String unanswered = ConsoleAnswers.apply(entry, set, args);
        if (unanswered != null) {
            return new Unsupported(unanswered);
        }
        for (String note : set.notes()) {
            Matcher arg = NOTE_ARG.matcher(note);
            if (arg.lookingAt() && args.containsKey(arg.group(1)) && note.contains(" not read")) {
                return new Unsupported(entry.command() + " cannot be run here with -" + arg.group(1) + ": " + note
                        + " (" + entry.source() + ").");
            }
        }
        Unsupported asks = NeededArguments.asked(entry, set, args); // what the module would ask for: asked for
        if (asks != null) {
            return asks;
        }
        List<String> notes = new ArrayList<>();
        List<RequestPlan.Keep> keeps = new ArrayList<>();
        for (String note : set.notes()) {
            Matcher keep = KEEPS.matcher(note);
            if (keep.matches()) {
                if (!present(args, keep.group(1)) || Boolean.FALSE.equals(args.get(keep.group(1)))) {
                    continue; // the switch is not given: every object is kept
                }
                keeps.add(new RequestPlan.Keep(keep.group(2), !keep.group(3).equals("is empty"), keep.group(4),
                        keep.group(5)));
            }
            Matcher fallback = DEFAULTED.matcher(note);
            if (NEEDED.matcher(note).matches() || fallback.matches() && present(given, fallback.group(1))
                    || ConsoleAnswers.answered(note, given)) {
                continue; // the argument is given: the module's prompt does not run
            }
            Matcher lookup = LOOKUP_BRANCH.matcher(note);
            if (lookup.matches() && lookup.group(1).equals("when") != present(args, lookup.group(2))) {
                continue; // the note of a lookup this call's arguments do not take
            }
            if (note.startsWith(SetRequest.SENDS_NOTHING)) {
                continue; // this call sends: the arguments without which the module sends nothing are given
            }
            Matcher branch = VALUE_BRANCH.matcher(note);
            if (branch.matches() && !args.containsKey(branch.group(1))) {
                continue; // a value branch on an argument not given is not this call's concern
            }
            Matcher arg = NOTE_ARG.matcher(note);
            if (arg.lookingAt() && note.contains(" not read") && !args.containsKey(arg.group(1))) {
                continue; // an argument the code uses in a way not read, not given: the call is not concerned
            }
            // the table's provenance of an SDK cmdlet's route ("request of aad-to-graph page of Remove-MgUser"),
            // worded for the person reading the run
            notes.add(note.startsWith(SetRequest.PROVENANCE) ? "The request is the one the Graph SDK cmdlet sends ("
                    + note.substring(SetRequest.PROVENANCE.length()) + ")." : note);
        }
        Set<String> used = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Steps steps = Steps.of(set, args);
        java.util.stream.Stream.of(java.util.stream.Stream.of(set.when()),
                set.lookups().stream().map(RequestEntry.LookupPart::when), set.body().stream().map(BodyPart::when))
                .flatMap(x -> x).forEach(w -> {
                    used.addAll(Steps.arguments(w)); // a condition's argument chooses
                    used.addAll(Steps.matchArguments(w));
                });
        if (steps.refused() != null) {
            return new Unsupported(entry.command() + " " + steps.refused());
        }
        StringBuilder path = new StringBuilder();
        Result bad = fillPath(entry, set, steps.template(set.path()), set.path(), args, used, path);
        if (bad != null) {
            return bad;
        }
        List<RequestPlan.Lookup> lookups = new ArrayList<>();
        for (RequestEntry.LookupPart l : steps.active()) {
            StringBuilder lookupPath = new StringBuilder();
            bad = fillPath(entry, set, steps.template(l.path()), l.path(), args, used, lookupPath);
            if (bad != null) {
                return bad;
            }
            String q = QueryWriter.write(l.query().stream().map(p -> p.template() == null || !p.template()
                    .contains("{@") ? p : p.withTemplate(steps.template(p.template()))).toList(), args, used);
            String u = lookupPath + (q.isEmpty() ? "" : "?" + q);
            String stepBody = l.body().isEmpty() ? null
                    : BodyWriter.write(l.body(), bodyArguments(set, args), used, notes, steps::template);
            Matcher perValue = ID.matcher(l.each().size() == 1 ? l.each().get(0) : "");
            if (perValue.matches() && !perValue.group(1).startsWith("@")) { // a check once per value of an argument
                Object v = args.get(perValue.group(1));
                used.add(perValue.group(1));
                for (Object item : v == null ? List.of() : v instanceof List<?> items ? items : List.of(v)) {
                    lookups.add(new RequestPlan.Lookup(List.of(new GraphRequest(l.sentMethod(), u.replace(
                            SetRequest.EACH, ArgumentText.escapeData(ArgumentText.text(item))), Map.of(), stepBody)),
                            List.of(), null, false, 0, List.of(), null));
                }
                continue;
            }
            List<GraphRequest> tries = new ArrayList<>();
            for (String each : l.each().isEmpty() ? List.of("") : l.each()) {
                tries.add(new GraphRequest(l.sentMethod(), l.each().isEmpty() ? u
                        : u.replace(SetRequest.EACH, ArgumentText.escapeData(each)), Map.of(), stepBody));
            }
            lookups.add(new RequestPlan.Lookup(tries, l.each(), l.none() == null ? null
                    : ArgumentText.fill(l.none(), null, args), l.pages(), steps.planned(l.per()),
                    steps.planned(l.when()), steps.match(l.when())));
        }
        String query = QueryWriter.write(set.query(), args, used);
        String url = path + (query.isEmpty() ? "" : "?" + query);
        Map<String, String> headers = new LinkedHashMap<>();
        for (HeaderPart h : set.headers()) {
            if (h.param() == null || present(args, h.param())) {
                headers.put(h.name(), h.value());
            }
        }
        List<String> values = set.each();
        Matcher over = ID.matcher(values.size() == 1 ? values.get(0) : "");
        if (over.matches()) { // once per value of an argument
            Object v = args.get(over.group(1));
            if (v == null) {
                return new Unsupported(entry.command() + " needs -" + over.group(1) + " to build its requests.");
            }
            used.add(over.group(1));
            values = (v instanceof List<?> l ? l : List.of(v)).stream().map(ArgumentText::text).toList();
        }
        String unparsed = BodyWriter.unparsed(set.body(), args);
        if (unparsed != null) {
            return new Unsupported(entry.command() + " sends nothing with these arguments: " + unparsed + " ("
                    + entry.source() + ").");
        }
        String body = BodyWriter.write(set.body(), bodyArguments(set, args), used, notes, steps::template);
        GraphRequest.BodyFile file = BodyWriter.file(set.body(), args, used);
        BodyPart text = BodyWriter.given(set.body(), BodyPart.TEXT, args, used);
        if (text != null && body == null) { // the argument's text as the whole body, of the module's content type
            body = ArgumentText.text(args.get(text.param()));
            headers.put("Content-Type", text.template());
        }
        BodyPart reply = BodyWriter.given(set.body(), BodyPart.REPLY_FILE, args, used);
        String replyFile = reply == null ? null : ArgumentText.text(args.get(reply.param()));
        if (file != null && file.path() != null && URL_SCHEME.matcher(file.path()).matches()) {
            return new Unsupported(entry.command() + ": the module downloads a URL given as the file (Invoke-WebRequest);"
                    + " a run here sends a local file only (" + file.path() + ").");
        }
        for (String arg : args.keySet()) {
            if (!used.contains(arg) && !PAGING.contains(arg.toLowerCase(java.util.Locale.ROOT))
                    && !arg.startsWith("@") && set.notes().stream().noneMatch(n -> n.regionMatches(true, 0, "-" + arg
                    + " ", 0, arg.length() + 2))) { // the set's own note says what the module does with it
                notes.add("-" + arg + " is not part of the request (the module uses it, if at all, after the reply)");
            }
        }
        List<GraphRequest> requests = new ArrayList<>();
        RequestPlan.PerObject perObject = null;
        if (set.perObject() != null) { // one template per route: the runner picks one per object of the reply
            ObjectRoutes routes = set.perObject();
            for (String route : routes.routes().values()) {
                StringBuilder routePath = new StringBuilder();
                bad = fillPath(entry, set, steps.template(route), route, args, used, routePath);
                if (bad != null) {
                    return bad;
                }
                requests.add(new GraphRequest(set.method(), routePath.toString(), headers, body));
            }
            List<Map.Entry<Integer, String>> listed = StepValues.references(steps.template("{" + routes.items()
                    + "}"));
            if (listed.isEmpty()) { // the request whose reply holds the objects is under a condition not met
                return new Unsupported(entry.command() + " (set " + set.set() + ") cannot be run here with these"
                        + " arguments: the request whose reply holds the objects it loops over is not sent without"
                        + " its condition (" + entry.source() + ").");
            }
            Map.Entry<Integer, String> items = listed.get(0);
            perObject = new RequestPlan.PerObject(items.getKey(), items.getValue(), routes.property(),
                    List.copyOf(routes.routes().keySet()), routes.onFailure());
        }
        for (String each : set.perObject() != null ? List.<String>of() : values.isEmpty() ? List.of("") : values) {
            requests.add(new GraphRequest(set.method(), set.each().isEmpty() ? url
                    : url.replace(SetRequest.EACH, ArgumentText.escapeData(each)), headers, body, file, replyFile));
        }
        RequestPlan.Paging paging = paging(set, args, notes);
        FollowUp.Planned then = FollowUp.plan(set.then(), args, used, t -> { // a GET after it, by its reply
            StringBuilder filled = new StringBuilder();
            return fillPath(entry, set, t, t, args, used, filled) == null ? filled.toString() : null;
        });
        return new Planned(new RequestPlan(entry.command(), set.set(), requests, paging, entry.columns(), notes,
                !set.each().isEmpty(), lookups, perObject, steps.match(set.when()), keeps,
                set.none() == null ? null : ArgumentText.fill(set.none(), null, args), then));
    }

    /** The arguments a body is written with: a value-mapped argument the path does not name, as the code maps it. */
    private static Map<String, Object> bodyArguments(SetRequest set, Map<String, Object> args) {
        if (set.valueMaps().isEmpty()) {
            return args;
        }
        Map<String, Object> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        out.putAll(args);
        for (RequestEntry.ValueMap map : set.valueMaps()) {
            Object v = args.get(map.param());
            String mapped = v == null || set.path().contains("{" + map.param() + "}") ? null
                    : map.segment(ArgumentText.text(v));
            if (mapped != null) {
                out.put(map.param(), mapped);
            }
        }
        return out;
    }

    /**
     * Fills a path template's {@code {Param}} with the escaped arguments into {@code out}; the reason when one is
     * missing, else null. {@code shown} is the template as the table writes it, for the reason.
     */
    private static Result fillPath(RequestEntry entry, SetRequest set, String template, String shown,
                                   Map<String, Object> args,
                                   Set<String> used, StringBuilder out) {
        Matcher m = ID.matcher(template);
        while (m.find()) {
            Object v = args.get(m.group(1));
            if (v == null && m.group(2) != null) {
                v = args.get(m.group(2)); // the module's fallback: the signed-in tenant's id
            }
            if (v == null && (m.group(1).startsWith("@") || m.group(2) != null)) {
                return new Unsupported(entry.command() + " needs the signed-in tenant's id (" + SESSION_TENANT
                        + (m.group(2) != null ? ", or -" + m.group(1) : "") + ") to build its request ("
                        + shown + ").");
            }
            if (v == null) {
                return new Unsupported(entry.command() + " needs -" + m.group(1) + " to build its request ("
                        + shown + ").");
            }
            used.add(m.group(1));
            String segment = ArgumentText.text(v);
            for (RequestEntry.ValueMap map : set.valueMaps()) {
                if (map.param().equalsIgnoreCase(m.group(1))) {
                    String mapped = map.segment(segment);
                    if (mapped == null && map.otherwise() != null) {
                        return new Unsupported(entry.command() + ": " + map.otherwise() + " (-" + map.param() + " '"
                                + segment + "'; " + entry.source() + ").");
                    }
                    segment = mapped == null ? segment : mapped;
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(ArgumentText.escapeData(segment)));
        }
        m.appendTail(out);
        return null;
    }

    private static RequestPlan.Paging paging(SetRequest set, Map<String, Object> args, List<String> notes) {
        if (!set.paged()) {
            return RequestPlan.Paging.SINGLE;
        }
        if (present(args, "All") || set.pagesAll() && !args.containsKey("Top")) {
            return new RequestPlan.Paging(true, null);
        }
        Object top = args.get("Top");
        if (top != null) {
            try {
                return new RequestPlan.Paging(true, (int) Math.min(Integer.MAX_VALUE,
                        Long.parseLong(ArgumentText.text(top))));
            } catch (NumberFormatException e) {
                notes.add("-Top '" + ArgumentText.text(top) + "' is not a number");
            }
        }
        return RequestPlan.Paging.SINGLE;
    }

    /** Bound and not {@code $false} (a switch given as {@code -All:$false} is off). */
    static boolean present(Map<String, Object> args, String name) {
        Object v = args.get(name);
        return v != null && !Boolean.FALSE.equals(v);
    }

    /**
     * The named set (any case); else the set whose identifiers are bound and that uses the most arguments, the one
     * naming fewer parameters on a tie.
     */
    static SetRequest chooseSet(RequestEntry entry, String name, Map<String, Object> args) {
        if (name != null) {
            for (SetRequest s : entry.sets()) {
                if (s.set().equalsIgnoreCase(name)) {
                    return s;
                }
            }
            return entry.sets().size() == 1 ? entry.sets().get(0) : null;
        }
        SetRequest best = null;
        int bestScore = Integer.MIN_VALUE;
        for (SetRequest s : entry.sets()) {
            if (Steps.otherForm(entry.sets(), s, args)) {
                continue; // the form of a set's request these arguments do not choose
            }
            int score = score(s, args);
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }

    private static int score(SetRequest s, Map<String, Object> args) {
        if (s.path() == null) {
            return -10000000;
        }
        int score = 0;
        Matcher m = ID.matcher(s.path() + (s.each().size() == 1 ? s.each().get(0) : "")); // a loop over an argument
        while (m.find()) {
            score += m.group(1).startsWith("@") ? 0 : args.containsKey(m.group(1)) ? 1000
                    : m.group(2) != null ? 0 : -100000;
        }
        Set<String> mentioned = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        s.query().stream().map(QueryPart::param).filter(java.util.Objects::nonNull).forEach(mentioned::add);
        s.body().stream().map(BodyPart::param).filter(java.util.Objects::nonNull).forEach(mentioned::add);
        for (String a : args.keySet()) {
            score += mentioned.contains(a) ? 100 : 0;
        }
        return score - mentioned.size(); // on a tie, the narrower set (as the binder would pick)
    }
}
