package dev.entrals.graph.derive;

import dev.entrals.graph.RequestEntry;
import dev.entrals.graph.RequestEntry.BodyPart;
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
        RequestEntry steps = methods.size() > 1 ? ProbeReading.read(fn, p) : null;
        steps = steps == null && methods.size() > 1 ? SequenceReading.read(fn, p) : steps;
        if (steps != null) {
            return steps; // try a list of paths; the write goes to the one that answers
        }
        if (methods.size() > 1) {
            return left(fn, source, via, "sends " + String.join(" and ", methods)
                    + " requests chosen by its own logic; not read");
        }
        String method = methods.iterator().next();
        Matcher loop = Pattern.compile("(?i)\\bforeach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+\\$(\\w+)").matcher(p);
        String loopVariable = null;
        List<String> each = List.of();
        while (loop.find()) {
            int brace = p.indexOf('{', loop.end());
            if (brace > 0 && brace < call.start() && call.start() < PsText.close(p, brace)) {
                each = constantList(p, loop.group(2));
                if (each.isEmpty() || loopVariable != null) {
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
        if (uris.paths().isEmpty()) {
            return left(fn, source, via, "builds its URL in a way not read" + uris.unresolved());
        }
        List<BodyPart> body = new ArrayList<>();
        if (!method.equals("GET") && !method.equals("DELETE")) {
            String problem = body(fn, p, body);
            if (problem != null) {
                return left(fn, source, via, problem);
            }
        }
        List<SetRequest> sets = new ArrayList<>();
        for (String set : fn.sets()) {
            String path = uris.pathFor(set);
            if (path == null) {
                sets.add(MgDerivation.unsupported(set, "no URL the code builds has all its identifiers bound in set "
                        + set));
                continue;
            }
            boolean get = method.equals("GET");
            List<QueryPart> query = get ? uris.query(set) : List.of();
            List<String> notes = new ArrayList<>();
            for (String note : uris.notes()) {
                Matcher arg = Pattern.compile("^-(\\w+) ").matcher(note);
                if (!arg.find() || fn.inSet(arg.group(1), set)) {
                    notes.add(note);
                }
            }
            boolean paged = get && p.contains("@odata.nextLink") && !uris.isItem(path, set);
            if (path.contains(UriTemplates.EACH)) {
                notes.add("the module sends this request once for each of " + each.size() + " values its code lists"
                        + (paged ? " and follows each one's @odata.nextLink; the plan reads the first page of each"
                        : ""));
                paged = false;
                if (fn.inSet("Top", set)) {
                    notes.add("-Top limits the joined replies in the module; the plan reads every reply");
                }
            }
            sets.add(new SetRequest(set, method, path, query, headers(fn, p, set), inSet(fn, body, set), paged,
                    notes, path.contains(UriTemplates.EACH) ? each : List.of(), false));
        }
        return new RequestEntry(fn.name(), fn.module(), source, via, sets, null, List.of());
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

    /** Reads the body into {@code out}; returns why it cannot, or null. */
    static String body(FunctionCode fn, String p, List<BodyPart> out) {
        Matcher arg = BODY_ARG.matcher(p);
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
                    && !Pattern.compile("(?i)\\$" + var + "\\s*=\\s*@\\{").matcher(p).find()) {
                return "sends a body ($" + var + ") built in a way not read";
            }
        } else if (!Pattern.compile("(?i)\\bBody\\s*=").matcher(p).find()) {
            return null; // a write with no body (an action)
        }
        return hashtable(fn, p, var, out);
    }

    /** The keys of a hashtable {@code $var} the code builds ({@code @{…}} and {@code $var["k"] = …}). */
    static String hashtable(FunctionCode fn, String p, String var, List<BodyPart> out) {
        Matcher literal = Pattern.compile("(?i)(?:\\$" + var + "\\s*=|\\bBody\\s*=)\\s*@\\{").matcher(p);
        while (literal.find()) {
            int open = literal.end() - 1;
            String inside = p.substring(open + 1, Math.max(open + 1, PsText.close(p, open) - 1));
            Matcher line = HASH_LINE.matcher(inside);
            // a literal in a parameter's own block ($Value = @{ "@odata.id" = "…/$TmpValue" }) takes that parameter
            PsText.IfBlock own = Assignments.innermost(PsText.ifBlocks(p), literal.start());
            String blockParam = own == null || !Assignments.isBoundTest(own.condition()) ? null
                    : Assignments.boundParam(own.condition(), fn);
            while (line.find()) {
                if (line.group(2).contains("@{") || line.group(2).contains("@(")) {
                    return "sends a nested body built in a way not read";
                }
                String param = Assignments.directParam(line.group(2), fn);
                String t = param != null ? null : Assignments.expression(line.group(2), blockParam, fn);
                if (param == null && t != null && t.contains("{0}")) {
                    param = blockParam;
                }
                if (param == null && t == null) {
                    return "sends a body property (" + line.group(1) + ") computed by code not read";
                }
                out.add(new BodyPart(line.group(1), param, t));
            }
        }
        for (Assignments.Assigned a : Assignments.read(p, var, fn)) {
            if (!a.readable() || a.param() == null && a.template() == null) {
                return "sends a body property (" + a.target() + ") computed by code not read";
            }
            out.add(new BodyPart(a.target(), a.param(), a.template()));
        }
        return out.isEmpty() ? "sends a body built in a way not read" : null;
    }
}
