package dev.entrals.graph.derive;

import dev.entrals.graph.RequestEntry;
import dev.entrals.graph.BodyPart;
import dev.entrals.graph.RequestEntry.HeaderPart;
import dev.entrals.graph.RequestEntry.QueryPart;
import dev.entrals.graph.RequestEntry.SetRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request of a function that calls {@code Invoke-GraphRequest} itself: its method ({@code $params["Method"]},
 * {@code -Method}), the URI strings it builds ({@code $params["Uri"]}, {@code $uri}, {@code -Uri}, a
 * {@code Uri = "…"} entry) with variables resolved ({@code $baseUri}, the bound parameters), per parameter set the
 * path whose identifiers the set binds, the query options it writes ({@code $select} with its default list,
 * {@code $top} and the cap 999, {@code $filter}, shortcuts such as {@code -SearchString}), the
 * {@code ConsistencyLevel} header, and the {@code $body} it sends. See {@link UriTemplates} for the URI reading.
 */
final class InvokeDerivation {

    private static final Pattern METHOD = Pattern.compile(
            "(?i)(?:\\$params\\[[\"']Method[\"']]\\s*=|\\bMethod\\s*=|\\$Method\\s*=|-Method)\\s*[\"']?(GET|POST|PATCH|PUT|DELETE)\\b");
    private static final Pattern CALL = Pattern.compile("(?i)\\bInvoke-(?:Mg)?GraphRequest\\b");

    private InvokeDerivation() {
    }

    static RequestEntry derive(FunctionCode fn) {
        String p = fn.process();
        Matcher call = CALL.matcher(p);
        call.find();
        String source = fn.source(fn.processOffset() + call.start());
        String via = call.group().startsWith("Invoke-Mg") || call.group().startsWith("invoke-mg")
                ? "Invoke-MgGraphRequest" : "Invoke-GraphRequest";
        Set<String> methods = new LinkedHashSet<>();
        Matcher m = METHOD.matcher(p);
        while (m.find()) {
            methods.add(m.group(1).toUpperCase(Locale.ROOT));
        }
        if (methods.isEmpty()) {
            methods.add("GET"); // Invoke-GraphRequest's default
        }
        RequestEntry steps = methods.size() > 1 ? ListMergeReading.read(fn, p) : null;
        steps = steps == null && methods.size() > 1 ? ConsoleLoopReading.read(fn, p) : steps;
        steps = steps == null && methods.size() > 1 ? CheckedListsReading.read(fn, p) : steps;
        steps = steps == null && methods.size() > 1 ? ListAppendReading.read(fn, p) : steps;
        steps = steps == null && methods.size() > 1 ? ProbeReading.read(fn, p) : steps;
        steps = steps == null && methods.size() > 1 ? SequenceReading.read(fn, p) : steps;
        if (steps != null) {
            return steps; // try a list of paths; the write goes to the one that answers
        }
        if (methods.size() > 1) {
            return left(fn, source, via, "sends " + String.join(" and ", methods)
                    + " requests chosen by its own logic; not read");
        }
        Matcher inner = Pattern.compile("(?i)\\bfunction\\s+([\\w-]+)\\s*\\{").matcher(p);
        while (inner.find()) {
            int open = inner.end() - 1;
            if (open < call.start() && call.start() < PsText.close(p, open)) {
                long calls = Pattern.compile("(?i)(?<![\\w-])" + Pattern.quote(inner.group(1)) + "(?![\\w-])").matcher(p)
                        .results().count() - 1;
                return left(fn, source, via, "sends its requests from a function it defines inside ("
                        + inner.group(1) + "), called from " + calls + (calls == 1 ? " place" : " places")
                        + " with arguments its code builds in branches; not read");
            }
        }
        String method = methods.iterator().next();
        Matcher loop = Pattern.compile("(?i)\\bforeach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+\\$(\\w+)").matcher(p);
        String loopVariable = null;
        List<String> each = List.of();
        List<String> overArguments = List.of();
        while (loop.find()) {
            int brace = p.indexOf('{', loop.end());
            if (brace > 0 && brace < call.start() && call.start() < PsText.close(p, brace)) {
                each = constantList(p, loop.group(2));
                overArguments = each.isEmpty() ? LoopArguments.read(p, loop.group(2), fn) : List.of();
                if (each.isEmpty() && overArguments.isEmpty() || loopVariable != null) {
                    return left(fn, source, via, "sends one request per item of $" + loop.group(2)
                            + " (a loop); not read");
                }
                loopVariable = loop.group(1);
            }
        }
        UriTemplates uris = new UriTemplates(fn, p, loopVariable);
        if (loopVariable != null && uris.paths().stream().noneMatch(x -> x.contains(UriTemplates.EACH))) {
            return left(fn, source, via, "sends one request per item of a list (a loop), its URL built in a way not"
                    + " read");
        }
        if (uris.paths().stream().anyMatch(x -> x.endsWith("/$batch"))) {
            RequestEntry batch = BatchReading.read(fn, p, uris.paths().get(0), source, via);
            if (batch != null) {
                return batch; // one inner request per item of a list argument
            }
            Matcher over = Pattern.compile("(?i)\\bforeach\\s*\\(\\s*\\$\\w+\\s+in\\s+\\$(\\w+)").matcher(p);
            return left(fn, source, via, "sends a JSON batch (" + uris.paths().get(0) + ") of requests its code builds"
                    + (over.find() ? " (one per item of $" + over.group(1) + ")" : "") + "; not read");
        }
        if (uris.paths().isEmpty()) {
            return left(fn, source, via, "builds its URL in a way not read" + uris.unresolved());
        }
        java.util.Map<String, SetBody> bodies = new java.util.HashMap<>();
        if (!method.equals("GET") && !method.equals("DELETE")) {
            String problem = null;
            for (String set : SetBranches.branches(p) ? fn.sets() : List.of("")) {
                SetBody one = new SetBody(new ArrayList<>(), new ArrayList<>(), new String[1], new String[1]);
                one.problem()[0] = InvokeBodies.body(fn, set.isEmpty() ? p : SetBranches.only(p, set), one.parts(), one.notes(),
                        one.when());
                problem = problem == null ? one.problem()[0] : problem;
                bodies.put(set, one);
            }
            if (problem != null && bodies.values().stream().allMatch(b -> b.problem()[0] != null)) {
                return left(fn, source, via, problem);
            }
        }
        List<SetRequest> sets = new ArrayList<>();
        for (String set : fn.sets()) {
            SetBody setBody = bodies.getOrDefault(set, bodies.getOrDefault("", SetBody.NONE));
            if (setBody.problem()[0] != null) {
                sets.add(MgDerivation.unsupported(set, setBody.problem()[0]));
                continue;
            }
            BodyPart bytes = setBody.parts().stream().filter(b -> BodyPart.FILE.equals(b.property())).findFirst()
                    .orElse(null);
            if (bytes != null && !fn.inSet(bytes.param(), set) && setBody.parts().stream()
                    .noneMatch(b -> BodyPart.TEXT.equals(b.property()) && fn.inSet(b.param(), set))) {
                List<String> meant = new ArrayList<>(setBody.notes());
                BodyPart given = FileBodies.given(fn, p, set, bytes, meant);
                if (given == null) {
                    sets.add(MgDerivation.unsupported(set, "sends the bytes of the file -" + bytes.param() + " names,"
                            + " which set " + set + " does not take (the module sends no body there)"
                            + FileBodies.unreadArguments(fn, p, set) + "; not read"));
                    continue;
                }
                setBody = new SetBody(List.of(given), meant, setBody.problem(), setBody.when());
            }
            String path = uris.pathFor(set);
            if (path == null) {
                sets.add(MgDerivation.unsupported(set, "no URL the code builds has all its identifiers bound in set "
                        + set));
                continue;
            }
            boolean get = method.equals("GET");
            // a write's URL keeps only the options the code writes as constants (New-EntraUser's ?$select=*)
            List<QueryPart> query = get ? uris.query(set)
                    : uris.query(set).stream().filter(q -> q.param() == null && q.fallback() != null).toList();
            List<String> notes = new ArrayList<>();
            if (retried(p, call.start())) {
                notes.add(RETRIED);
            }
            if (setBody.parts().stream().anyMatch(b -> String.valueOf(b.value()).contains("|daysAgo|"))) {
                notes.add(ClockDates.NOTE);
            }
            for (String note : setBody.notes()) {
                if (note.startsWith(SetRequest.SENDS_NOTHING) || fn.inSet(note.substring(1, note.indexOf(' ')), set)) {
                    notes.add(note);
                }
            }
            for (String note : uris.notes()) {
                Matcher arg = Pattern.compile("^-(\\w+) ").matcher(note);
                if (!arg.find() || fn.inSet(arg.group(1), set)) {
                    notes.add(note);
                }
            }
            boolean paged = get && p.contains("@odata.nextLink") && !uris.isItem(path, set);
            Matcher cloud = Pattern.compile("(?i)\\(Get-Entra(?:Beta)?Environment\\s+-Name\\s+\\$(\\w+)\\)\\.GraphEndpoint")
                    .matcher(fn.text().substring(fn.signature().start(), Math.min(fn.text().length(),
                            fn.signature().end())));
            if (cloud.find() && fn.parameter(cloud.group(1)).isPresent() && fn.inSet(cloud.group(1), set)) {
                notes.add("-" + fn.canonical(cloud.group(1)) + " names the cloud whose Graph endpoint the module calls;"
                        + " the plan calls the signed-in session's");
            }
            if (Pattern.compile("(?i)\\bInvoke-RestMethod\\b").matcher(p).find()) {
                notes.add("the module also sends a request outside Microsoft Graph (Invoke-RestMethod), which the plan"
                        + " does not send");
            }
            List<String> setEach = each;
            if (path.contains(UriTemplates.EACH) && !overArguments.isEmpty()) {
                String over = LoopArguments.inSet(overArguments, set, fn);
                if (over == null) {
                    sets.add(MgDerivation.unsupported(set, "sends one request per value of -" + String.join(" or -",
                            overArguments) + ", none of which set " + set + " binds; not read"));
                    continue;
                }
                setEach = LoopArguments.each(over);
                paged = false;
                notes.add("the module sends this request once for each value of -" + over + " and wraps each reply in"
                        + " an object of its own; the plan shows Graph's replies as they are");
            } else if (path.contains(UriTemplates.EACH)) {
                notes.add("the module sends this request once for each of " + each.size() + " values its code lists"
                        + (paged ? " and follows each one's @odata.nextLink; the plan reads the first page of each"
                        : ""));
                paged = false;
                if (fn.inSet("Top", set)) {
                    notes.add("-Top limits the joined replies in the module; the plan reads every reply");
                }
            }
            sets.add(new SetRequest(set, method, path, query, headers(fn, p, set), inSet(fn, setBody.parts(), set), paged,
                    notes, path.contains(UriTemplates.EACH) ? setEach : List.of(), false, uris.valueMaps().stream()
                    .filter(v -> UriTemplates.ids(path).contains(v.param())).toList(), List.of(), setBody.when()[0]));
        }
        // a URL in two forms by the value of an argument (a user principal name or an id): two sets
        return new RequestEntry(fn.name(), fn.module(), source, via, MatchBranches.split(sets, fn, p, uris), null,
                List.of());
    }

    /** The strings of {@code $name = @('a', "b", …)} (a list written in the code), or empty. */
    static List<String> constantList(String p, String name) {
        Matcher m = Pattern.compile("(?im)^\\s*\\$" + name + "\\s*=\\s*@\\(").matcher(p);
        if (!m.find()) {
            return List.of();
        }
        String inside = p.substring(m.end(), PsText.close(p, m.end() - 1) - 1);
        List<String> out = new ArrayList<>();
        for (String item : inside.split(",")) {
            String t = item.strip();
            if (!t.matches("'[^'$]*'|\"[^\"$`]*\"")) {
                return List.of(); // not a list of constant strings
            }
            out.add(t.substring(1, t.length() - 1));
        }
        return out;
    }

    private static RequestEntry left(FunctionCode fn, String source, String via, String reason) {
        return new RequestEntry(fn.name(), fn.module(), source, via, List.of(), reason, List.of());
    }

    private static List<BodyPart> inSet(FunctionCode fn, List<BodyPart> body, String set) {
        return body.stream().filter(b -> b.param() == null || fn.inSet(b.param(), set)).toList();
    }

    /** The ConsistencyLevel header when the code adds it (for a parameter when inside its block). */
    static List<HeaderPart> headers(FunctionCode fn, String p, String set) {
        Matcher m = Pattern.compile("(?i)ConsistencyLevel[\"']?\\s*[\\]=]\\s*=?\\s*[\"']eventual").matcher(p);
        List<HeaderPart> out = new ArrayList<>();
        List<PsText.IfBlock> blocks = PsText.ifBlocks(p);
        while (m.find()) {
            PsText.IfBlock b = Assignments.innermost(blocks, m.start());
            String param = b == null ? null : Assignments.boundParam(b.condition(), fn);
            if (b != null && param == null) {
                continue; // under a condition not read
            }
            if (param != null && !fn.inSet(param, set)) {
                continue;
            }
            HeaderPart h = new HeaderPart("ConsistencyLevel", "eventual", param);
            if (!out.contains(h) && out.stream().noneMatch(x -> x.param() == null)) {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * One set's body: its parts, the notes of optional arguments it does not read, why it cannot be read, the
     * condition under which the module sends it at all (null: always).
     */
    private record SetBody(List<BodyPart> parts, List<String> notes, String[] problem, String[] when) {
        static final SetBody NONE = new SetBody(List.of(), List.of(), new String[1], new String[1]);
    }

    /** The note of a request the code sends again when it fails: the plan sends it once. */
    static final String RETRIED = "the module sends the request again when it fails (a retry loop); the plan sends it"
            + " once";

    /** Whether the call at {@code at} is inside a {@code while (…) { … }} loop (the module's retries). */
    static boolean retried(String p, int at) {
        Matcher loop = Pattern.compile("(?i)\\bwhile\\s*\\(").matcher(p);
        while (loop.find()) {
            int brace = p.indexOf('{', PsText.close(p, loop.end() - 1));
            if (brace > 0 && brace < at && at < PsText.close(p, brace)) {
                return true;
            }
        }
        return false;
    }

}
