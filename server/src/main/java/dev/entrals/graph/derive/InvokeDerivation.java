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
    private static final Pattern BODY_ARG = Pattern.compile("(?i)-Body\\s+\\(?\\s*\\$(\\w+)");
    private static final Pattern HASH_LINE = Pattern.compile("^\\s*[\"']?([@\\w.]+)[\"']?\\s*=\\s*(.+?)\\s*;?\\s*$",
            Pattern.MULTILINE);

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
                one.problem()[0] = body(fn, set.isEmpty() ? p : SetBranches.only(p, set), one.parts(), one.notes(),
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

    /**
     * Reads the body into {@code out}, and into {@code notes} the optional arguments turned into a property by code
     * not read (the planner refuses a call that gives one); returns why it cannot, or null.
     */
    static String body(FunctionCode fn, String p, List<BodyPart> out, List<String> notes) {
        return body(fn, p, out, notes, null);
    }

    /**
     * As above; {@code sends[0]} gets the condition under which the module sends the body at all, where it fails
     * first without an argument ({@link BodyVariants}); without {@code sends}, such a body is not read.
     */
    static String body(FunctionCode fn, String p, List<BodyPart> out, List<String> notes, String[] sends) {
        Matcher arg = BODY_ARG.matcher(p);
        Matcher type = Pattern.compile("(?i)-ContentType\\s+[\"']([^\"'\\s]+)[\"']").matcher(p);
        if (type.find() && !type.group(1).equalsIgnoreCase("application/json")) {
            BodyPart bytes = FileBodies.read(fn, p, type.group(1), notes);
            if (bytes != null) {
                out.add(bytes); // -Body $bytes where $bytes = [System.IO.File]::ReadAllBytes($FilePath)
                return null;
            }
            List<BodyPart> text = FileBodies.text(fn, p, type.group(1), notes);
            if (text != null) {
                out.addAll(text); // -Body $Body where $Body = $PSBoundParameters["Content"] (or a file's Get-Content)
                return null;
            }
            // the engine sends JSON text or a local file; name where the code takes the content from
            Matcher file = Pattern.compile("(?i)(?:ReadAllBytes|Get-Content|Invoke-WebRequest)\\b[^\\n]*?\\$(?:\\(\\$params\\.)?"
                    + "(?:PSBoundParameters\\[[\"'])?(\\w+)").matcher(p);
            String from = file.find() && fn.parameter(file.group(1)).isPresent()
                    ? " (the content of the file" + (p.contains("Invoke-WebRequest") ? " or URL" : "") + " -"
                    + fn.canonical(file.group(1)) + " names" + direct(fn, p) + ")" : "";
            String reply = Pattern.compile("(?i)Invoke-(?:Mg)?GraphRequest\\b[^\\n]*-OutputFilePath\\b").matcher(p).find()
                    ? " and writes the reply to a file" : "";
            return "sends a body of type " + type.group(1) + from + reply + "; runs here send JSON or the bytes of a"
                    + " local file the code reads with ReadAllBytes; not read";
        }
        String var = "body";
        if (arg.find()) {
            var = arg.group(1);
            Matcher json = Pattern.compile("(?i)\\$" + var + "\\s*=\\s*\\(?\\s*\\$(\\w+)\\s*\\)?\\s*\\|\\s*ConvertTo-Json")
                    .matcher(p);
            Matcher json2 = Pattern.compile("(?i)\\$" + var + "\\s*=\\s*ConvertTo-Json[^\\n]*?\\$(\\w+)").matcher(p);
            if (json.find()) {
                var = json.group(1); // $body = $bodyParams | ConvertTo-Json
            } else if (json2.find()) {
                var = json2.group(1);
            } else if (!var.equalsIgnoreCase("body") && !var.equalsIgnoreCase("params")
                    && !Pattern.compile("(?i)\\$" + var + "\\s*=\\s*(?:@\\{|\\$\\w+\\s*$)", Pattern.MULTILINE).matcher(p).find()) {
                BodyPart object = ArgumentObjects.pipedBody(fn, p, var);
                if (object != null) {
                    out.add(object); // $json = $P | ForEach-Object { …non-empty properties… | ConvertTo-Json }
                    return null;
                }
                return "sends a body ($" + var + ") built in a way not read";
            }
        } else if (!Pattern.compile("(?i)\\bBody\\s*=").matcher(p).find()) {
            return null; // a write with no body (an action)
        }
        List<BodyPart> flagged = FlagBodies.read(fn, p, var);
        if (flagged != null) {
            out.addAll(flagged); // $body = if ($flag) { @{…} | ConvertTo-Json } else { @{} | ConvertTo-Json }
            return null;
        }
        NestedParts.Read nested = NestedParts.read(fn, p, var);
        BodyVariants.Read variants = BodyVariants.read(fn, nested == null ? p : nested.rest(), var);
        String problem = nested != null && nested.problem() != null ? nested.problem()
                : variants != null && variants.problem() != null ? variants.problem() : null;
        String when = nested == null ? null : nested.when();
        String note = nested == null ? null : nested.note();
        if (variants != null && variants.when() != null) {
            when = when == null ? variants.when() : Conditions.and(when, variants.when());
            note = note == null ? variants.note() : null;
        }
        if (problem == null && (when != null || note != null) && (sends == null || when == null || note == null)) {
            problem = "sends a body only under conditions on its arguments (it fails or stops otherwise) in a form"
                    + " not read";
        }
        if (problem != null) {
            return problem;
        }
        if (variants != null) {
            out.addAll(variants.parts()); // if ($P -eq "v") { $body = @{…} } else { $body = @{…} }
        } else {
            problem = hashtable(fn, nested == null ? p : nested.rest(), var, out, notes);
        }
        if (problem == null && nested != null) {
            out.addAll(nested.parts()); // if (…) { $body.a.b.c = @{…} }
        }
        if (problem == null && when != null) {
            sends[0] = when;
            notes.add(note);
        }
        return problem;
    }

    /** An assignment {@link Assignments} does not read, read as a structure ({@link BodyReading}), or null. */
    private static BodyPart assigned(FunctionCode fn, String p, String var, Assignments.Assigned a) {
        BodyShapes.Scope scope = BodyReading.scope(fn, p, a.offset());
        Matcher rhs = Pattern.compile("(?i)\\$" + var + "(?:\\[\\s*[\"']([@\\w.]+)[\"']\\s*]|\\.(\\w+))\\s*=\\s*(.+)")
                .matcher(p);
        if (scope == null || !rhs.find(a.offset())) {
            return null;
        }
        String value = rhs.group(3);
        if (value.startsWith("@{") || value.startsWith("@(")) {
            value = p.substring(rhs.start(3), PsText.close(p, rhs.start(3) + 1)); // a literal over several lines
        } else if (value.chars().filter(c -> c == '}').count() > value.chars().filter(c -> c == '{').count()) {
            value = value.substring(0, value.lastIndexOf('}')); // if (…) { $t["k"] = $v }
        }
        return BodyReading.part(a.target(), value, scope);
    }

    /** {@code " (file:line)"} of the code's first place with this text, or empty when it is not found as written. */
    private static String where(FunctionCode fn, String text) {
        int at = fn.text().indexOf(text.strip());
        return at < 0 ? "" : " (" + fn.source(at) + ")";
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

    /** {@code ", or -P"} where the code sends a parameter as the body itself ({@code $Body = $PSBoundParameters["P"]}). */
    private static String direct(FunctionCode fn, String p) {
        Matcher arg = BODY_ARG.matcher(p);
        Matcher m = Pattern.compile("(?im)^\\s*\\$" + (arg.find() ? arg.group(1) : "body") + "\\s*=\\s*(\\S+)\\s*$").matcher(p);
        String param = m.find() ? Assignments.directParam(m.group(1), fn) : null;
        return param == null ? "" : ", or -" + param;
    }

    /** The keys of a hashtable {@code $var} the code builds ({@code @{…}} and {@code $var["k"] = …}). */
    static String hashtable(FunctionCode fn, String p, String var, List<BodyPart> out) {
        return hashtable(fn, p, var, out, null);
    }

    /** As above; with {@code notes}, an optional argument's property not read is a note instead of a refusal. */
    static String hashtable(FunctionCode fn, String p, String var, List<BodyPart> out, List<String> notes) {
        String changed = BodyReading.changedInPlace(p, var);
        if (changed != null) {
            return changed;
        }
        // [PSCustomObject]@{…} keeps its keys in order: ConvertTo-Json writes the same object
        Matcher literal = Pattern.compile("(?i)(?:\\$" + var + "\\s*=|\\bBody\\s*=)\\s*(?:\\[PSCustomObject]\\s*)?@\\{")
                .matcher(p);
        while (literal.find()) {
            int open = literal.end() - 1;
            String inside = p.substring(open + 1, Math.max(open + 1, PsText.close(p, open) - 1));
            // a literal in a parameter's own block ($Value = @{ "@odata.id" = "…/$TmpValue" }) takes that parameter
            PsText.IfBlock own = Assignments.innermost(PsText.ifBlocks(p), literal.start());
            String blockParam = own == null || !Assignments.isBoundTest(own.condition()) ? null
                    : Assignments.boundParam(own.condition(), fn);
            String tested = own == null ? null : Assignments.boundParam(own.condition(), fn);
            if (own != null && blockParam == null && tested != null) {
                return "sends a body built in a branch on the value of -" + tested + "; not read";
            }
            BodyShapes.Scope scope = new BodyShapes.Scope(fn, own == null ? p : own.body(), blockParam, null);
            for (String entry : BodyShapes.split(inside, false)) {
                Matcher line = HASH_LINE.matcher(entry);
                boolean flat = line.matches() && !line.group(2).contains("@{") && !line.group(2).contains("@(");
                String param = flat ? Assignments.directParam(line.group(2), fn) : null;
                String t = !flat || param != null ? null : Assignments.expression(line.group(2), blockParam, fn);
                if (param == null && t != null && t.contains("{0}")) {
                    param = blockParam;
                }
                BodyPart variant = param == null && t == null && line.matches()
                        ? BodyVariants.entry(line.group(1), line.group(2), fn) : null;
                if (variant != null) {
                    out.add(variant); // $P.ToLower(), a local set per value of $P, a list added to per item
                    continue;
                }
                List<BodyPart> built = param == null && t == null && line.matches()
                        ? BodyReading.builtLocal(line.group(1), line.group(2), fn) : null;
                if (built != null) {
                    out.addAll(built); // k = $local, a hashtable the code builds key by key
                    continue;
                }
                if (param == null && t == null) {
                    BodyPart read = BodyReading.entry(entry, scope); // a structure, or a value not one parameter
                    if (read == null) {
                        return line.lookingAt() ? "sends a body property (" + line.group(1)
                                + ") computed by code not read" + where(fn, entry) : "sends a body built in a way not read";
                    }
                    out.add(read);
                    continue;
                }
                out.add(new BodyPart(line.group(1), param, t));
            }
        }
        for (Assignments.Assigned a : Assignments.read(p, var, fn)) {
            if (!a.readable() || a.param() == null && a.template() == null) {
                BodyPart read = assigned(fn, p, var, a);
                if (read == null) {
                    read = ModelCopies.read(fn, p, var, a); // a copy of a Graph SDK model argument's set properties
                }
                read = read != null ? read : ItemLoops.read(fn, p, var, a); // one hashtable per item of a list
                if (read == null && notes != null && a.param() != null
                        && fn.sets().stream().noneMatch(set -> fn.mandatoryIn(a.param(), set))) {
                    int eol = p.indexOf('\n', a.offset());
                    notes.add("-" + a.param() + " is turned into the body's " + a.target() + " by code not read"
                            + where(fn, p.substring(a.offset(), eol < 0 ? p.length() : eol)));
                    continue;
                }
                if (read == null) {
                    return "sends a body property (" + a.target() + ") computed by code not read";
                }
                out.add(read);
                continue;
            }
            out.add(new BodyPart(a.target(), a.param(), a.template()));
        }
        out.addAll(BodyReading.argumentKeys(fn, p, var));
        return out.isEmpty() ? "sends a body built in a way not read" : null;
    }
}
