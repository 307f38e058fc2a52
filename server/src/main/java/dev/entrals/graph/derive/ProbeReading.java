package dev.entrals.graph.derive;

import dev.entrals.graph.RequestEntry;
import dev.entrals.graph.BodyPart;
import dev.entrals.graph.RequestEntry.LookupPart;
import dev.entrals.graph.RequestEntry.SetRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Try these paths in order; the first that answers is the object": a function that asks a GET for each value of
 * a list it writes until one answers ({@code foreach ($t in $types) { $uri = "/v1.0/policies/" + $t + "/" + $id;
 * try { $response = Invoke-GraphRequest -Uri $uri -Method GET; break } catch {} }}), reads which one answered from
 * that reply ({@code $response.'@odata.context' -match 'policies/([^/]+)/\$entity'; $type = $Matches[1]}) and then
 * sends its write to the same URL with that value ({@code $URI = "/v1.0/policies/" + $type + "/" + $id},
 * {@code Invoke-GraphRequest -Uri $uri -Method $Method}). The set's request is the write, after one lookup whose
 * tries are the list's values ({@link LookupPart#each()}); the write's path names the value that answered
 * ({@code {@1.#}}). The list is a comma list, {@code @(…)}, or a hashtable's {@code .Values} (in source order).
 */
final class ProbeReading {

    private static final Pattern LOOP = Pattern.compile("(?i)\\bforeach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+\\$(\\w+)\\s*\\)\\s*\\{");
    private static final Pattern CALL = CallForms.CALL;
    private static final Pattern METHOD_ARG = Pattern.compile("(?i)-Method\\s+(?:[\"']?(GET|POST|PATCH|PUT|DELETE)\\b"
            + "|\\$(\\w+))");
    private static final Pattern URI_ARG = Pattern.compile("(?i)-Uri\\s+\\$(\\w+)");

    private ProbeReading() {
    }

    /** The entry, or null when the function is not of this form. */
    static RequestEntry read(FunctionCode fn, String p) {
        Matcher loop = LOOP.matcher(p);
        while (loop.find()) {
            int open = loop.end() - 1;
            int close = PsText.close(p, open);
            String body = p.substring(open, close);
            Matcher probe = CALL.matcher(body);
            if (!probe.find() || !Pattern.compile("(?i)\\bbreak\\b").matcher(body).find()
                    || !Pattern.compile("(?i)\\bcatch\\s*\\{").matcher(body).find() || !method(probe.group(1), p)
                    .equals("GET")) {
                continue;
            }
            RequestEntry e = read(fn, p, loop.group(1), loop.group(2), body, close);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private static RequestEntry read(FunctionCode fn, String p, String var, String listName, String loopBody,
                                     int after) {
        List<String> values = list(p, listName);
        Matcher uriArg = URI_ARG.matcher(loopBody);
        if (values.isEmpty() || !uriArg.find()) {
            return null;
        }
        String probeExpr = assigned(loopBody, uriArg.group(1));
        String probePath = probeExpr == null ? null : concatenation(probeExpr, var, fn);
        if (probePath == null || !probePath.contains(SetRequest.EACH)) {
            return null;
        }
        String rest = p.substring(after);
        Matcher write = CALL.matcher(rest);
        if (!write.find()) {
            return null;
        }
        String method = method(write.group(1), rest);
        Matcher writeUri = URI_ARG.matcher(write.group(1));
        if (method == null || method.equals("GET") || !writeUri.find()) {
            return null;
        }
        // the value that answered: a variable set from $Matches[1] after a -match on the probe's reply
        Matcher kind = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*\\$Matches\\[1]").matcher(rest);
        if (!kind.find() || !Pattern.compile("(?i)-match\\s*['\"]").matcher(rest.substring(0, kind.start())).find()) {
            return null;
        }
        String writeExpr = assigned(rest.substring(0, write.start()), writeUri.group(1));
        String writePath = writeExpr == null ? null : concatenation(writeExpr, kind.group(1), fn);
        if (writePath == null || !writePath.equals(probePath)) {
            return null; // the write is not the answering URL
        }
        List<BodyPart> body = new ArrayList<>();
        List<String> bodyNotes = new ArrayList<>();
        if (!method.equals("DELETE")) {
            String problem = InvokeBodies.body(fn, p, body, bodyNotes);
            if (problem != null) {
                return null;
            }
        }
        String source = fn.source(fn.processOffset() + after + write.start());
        String path = probePath.replace(SetRequest.EACH, "{@1.#}");
        LookupPart lookup = new LookupPart(probePath, List.of(), values, null);
        List<SetRequest> sets = new ArrayList<>();
        for (String set : fn.sets()) {
            List<String> ids = new ArrayList<>();
            Pattern.compile("\\{(\\w+)}").matcher(probePath).results().forEach(r -> ids.add(r.group(1)));
            if (!ids.stream().allMatch(id -> fn.inSet(id, set))) {
                sets.add(MgDerivation.unsupported(set, "no URL the code builds has all its identifiers bound in set "
                        + set));
                continue;
            }
            List<String> notes = new ArrayList<>();
            notes.add("the module asks for the object under each of " + values.size() + " kinds in turn ("
                    + probePath + ") and sends the " + method + " to the first that answers; the plan does the same,"
                    + " and stops when none answers");
            if (fn.parameter(kind.group(1)).isPresent() && fn.inSet(kind.group(1), set)) {
                // the value's variable is also a parameter: given, it picks the kind by code the plan does not follow
                notes.add("-" + fn.canonical(kind.group(1)) + " names the kind for the module's code, which maps it"
                        + " to a path segment; not read (without it the plan finds the kind as the module does)");
            }
            bodyNotes.stream().filter(n -> !notes.contains(n)).forEach(notes::add);
            List<BodyPart> inSet = body.stream().filter(b -> b.param() == null || fn.inSet(b.param(), set))
                    .distinct().toList();
            sets.add(new SetRequest(set, method, path, List.of(), List.of(), inSet, false, notes, List.of(), false,
                    List.of(), List.of(lookup)));
        }
        return new RequestEntry(fn.name(), fn.module(), source, "Invoke-GraphRequest", sets, null, List.of());
    }

    /** The method of a call: a literal, or a variable set to one. */
    private static String method(String args, String text) {
        Matcher m = METHOD_ARG.matcher(args);
        if (!m.find()) {
            return "GET";
        }
        if (m.group(1) != null) {
            return m.group(1).toUpperCase(Locale.ROOT);
        }
        String v = assigned(text, m.group(2));
        return v == null || !v.matches("[\"'](?i)(GET|POST|PATCH|PUT|DELETE)[\"']") ? null
                : v.substring(1, v.length() - 1).toUpperCase(Locale.ROOT);
    }

    /** The last expression assigned to {@code $name} in the text (any case), or null. */
    private static String assigned(String text, String name) {
        Matcher m = Pattern.compile("(?im)^\\s*\\$" + Pattern.quote(name) + "\\s*=\\s*(.+?)\\s*$").matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return last;
    }

    /**
     * A URL written as {@code "…" + $var + "/" + $Param}: literals as they are, the variable as
     * {@value SetRequest#EACH}, a parameter as {@code {Param}}; null for anything else.
     */
    static String concatenation(String expr, String var, FunctionCode fn) {
        StringBuilder out = new StringBuilder();
        for (String part : expr.split("\\s*\\+\\s*")) {
            String t = part.strip();
            if (t.matches("'[^']*'") || t.matches("\"[^\"$`]*\"")) {
                out.append(t, 1, t.length() - 1);
            } else if (t.equalsIgnoreCase("$" + var)) {
                out.append(SetRequest.EACH);
            } else if (t.matches("\\$\\w+") && fn.parameter(t.substring(1)).isPresent()) {
                out.append('{').append(fn.canonical(t.substring(1))).append('}');
            } else {
                return null;
            }
        }
        return out.toString();
    }

    /** The strings of a list the code writes: {@code $l = "a", "b"}, {@code @(…)}, {@code (…)}, or {@code $map.Values}. */
    static List<String> list(String p, String name) {
        String expr = assigned(p, name);
        if (expr == null) {
            return List.of();
        }
        Matcher values = Pattern.compile("(?i)^\\$(\\w+)\\.Values$").matcher(expr);
        if (values.matches()) {
            Matcher map = Pattern.compile("(?i)\\$" + values.group(1) + "\\s*=\\s*@\\{").matcher(p);
            if (!map.find()) {
                return List.of();
            }
            String inside = p.substring(map.end(), PsText.close(p, map.end() - 1) - 1);
            List<String> out = new ArrayList<>();
            Matcher entry = Pattern.compile("(?m)^\\s*[\"']?[\\w.]+[\"']?\\s*=\\s*[\"']([^\"'$]+)[\"']\\s*;?\\s*$")
                    .matcher(inside);
            while (entry.find()) {
                out.add(entry.group(1));
            }
            return out;
        }
        String inside = expr.replaceFirst("^@?\\(", "").replaceFirst("\\)$", "");
        List<String> out = new ArrayList<>();
        for (String item : inside.split(",")) {
            String t = item.strip();
            if (!t.matches("'[^'$]*'|\"[^\"$`]*\"")) {
                return List.of();
            }
            out.add(t.substring(1, t.length() - 1));
        }
        return out;
    }
}
