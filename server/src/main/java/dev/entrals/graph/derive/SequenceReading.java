package dev.entrals.graph.derive;

import dev.entrals.graph.RequestEntry;
import dev.entrals.graph.RequestEntry.BodyPart;
import dev.entrals.graph.RequestEntry.LookupPart;
import dev.entrals.graph.RequestEntry.QueryPart;
import dev.entrals.graph.RequestEntry.SetRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests in sequence, a later one using an earlier reply: per parameter set (a {@code if ($PSCmdlet.ParameterSetName
 * -eq 'X') { … } else { … }} branch, or the whole function), the function's {@code Invoke-GraphRequest} calls in
 * order, each call before the last one a step ({@link LookupPart}: a GET lookup, or a write with its method and body)
 * and the last one the set's request. A URL names an earlier reply (a lookup's or a write's) as {@code $($r.id)},
 * through a local ({@code $userId = $userQuery.value[0].id}), or through the variable of a
 * {@code foreach ($u in @($r.value))} around the last call, which is then sent once per object of that reply
 * ({@code {@1.value.id}}); such a loop around an earlier write makes it a step sent once per object
 * ({@link PerObjectSteps}). A GET from a function the code defines, called as {@code $x = Name}, is a step where it is
 * called ({@link OwnLookups}); {@code $script:} locals and a local's property are read through the locals, and a
 * body's {@code key = $local} naming a reply's value is that value. A call inside a block on an argument's truth is sent under that condition
 * ({@link WriteSteps}); a splatted call ({@code Invoke-GraphRequest @params}) is read from its hashtable. Any other
 * loop or condition around a call, or a call whose URL or method is not a literal string with parameters and such
 * values, leaves the set out with the reason.
 */
final class SequenceReading {

    private static final Pattern CALL = Pattern.compile("(?i)\\bInvoke-(?:Mg)?GraphRequest\\b((?:[^\\n]*`\\r?\\n)*[^\\n]*)");
    private static final Pattern SET_IF = Pattern.compile("(?i)ParameterSetName\\s*-eq\\s*['\"](\\w+)['\"]");
    private static final Pattern LOOP = Pattern.compile("(?i)\\b(?:foreach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+([^)]*)\\)"
            + "|while\\s*\\([^\\n]*\\)|do)\\s*\\{");
    private static final Pattern METHOD = Pattern.compile("(?i)-Method\\s+(?:[\"']?(GET|POST|PATCH|PUT|DELETE)\\b|\\$(\\w+))");
    private static final Pattern URI = Pattern.compile("(?i)-Uri\\s+(\\$\\w+|\"[^\"]*\"|'[^']*')");
    private static final Pattern REPLY = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*$");

    private SequenceReading() {
    }

    /** The entry, or null when no set is read this way. */
    static RequestEntry read(FunctionCode fn, String p) {
        List<SetRequest> sets = new ArrayList<>();
        String source = null;
        for (String set : fn.sets()) {
            int[] at = new int[1];
            String scope = scope(p, set, at);
            SetRequest s = new Scope(fn, scope, set, at[0]).read();
            if (s.method() != null && source == null) {
                Matcher last = CALL.matcher(scope);
                int call = -1;
                while (last.find()) {
                    call = last.start();
                }
                source = fn.source(fn.processOffset() + at[0] + call);
            }
            sets.add(s);
        }
        if (source == null) {
            // no set read: the entry is left out with what each set does that is not read
            List<String> why = sets.stream().flatMap(x -> x.notes().stream()).distinct().toList();
            return new RequestEntry(fn.name(), fn.module(), fn.source(fn.processOffset()), null, List.of(),
                    "sends several requests, a later one chosen by its own logic: " + String.join("; ", why),
                    List.of());
        }
        String via = p.toLowerCase(Locale.ROOT).contains("invoke-mggraphrequest") ? "Invoke-MgGraphRequest"
                : "Invoke-GraphRequest";
        return new RequestEntry(fn.name(), fn.module(), source, via, sets, null, List.of());
    }

    /** The text the set runs: its own branch on the parameter set, the else after another set's, or all. */
    static String scope(String p, String set, int[] at) {
        List<PsText.IfBlock> branches = new ArrayList<>();
        for (PsText.IfBlock b : PsText.ifBlocks(p)) {
            Matcher m = SET_IF.matcher(b.condition());
            if (m.find() && !b.condition().contains("-and") && !b.condition().contains("-or")) {
                if (!CALL.matcher(b.body()).find()) {
                    continue; // a branch that sends nothing (it reads a certificate, …)
                }
                if (m.group(1).equalsIgnoreCase(set)) {
                    at[0] = b.start();
                    return b.body();
                }
                branches.add(b);
            }
        }
        for (PsText.IfBlock b : branches) {
            int end = b.start() + b.body().length() + 1;
            Matcher e = Pattern.compile("(?i)\\A\\s*else\\s*\\{").matcher(p.substring(Math.min(end, p.length())));
            if (e.find()) {
                int open = end + e.end() - 1;
                at[0] = open + 1;
                return p.substring(open + 1, PsText.close(p, open) - 1);
            }
        }
        at[0] = 0;
        return p;
    }

    /** One set's calls read in order. */
    private static final class Scope {
        private final FunctionCode fn;
        private final String text;
        private final String set;
        private final int offset;
        private final List<String> replies = new ArrayList<>();
        /** Locals holding a value a defined function returns from its reply ({@code {@2.value[0].id}}). */
        private final java.util.Map<String, String> returned = new java.util.HashMap<>();
        private String loopVar;
        private int loopReply;

        Scope(FunctionCode fn, String text, String set, int offset) {
            this.fn = fn;
            this.text = text;
            this.set = set;
            this.offset = offset;
        }

        /** {@code file:line} of an offset of the scope. */
        private String line(int at) {
            return fn.source(fn.processOffset() + offset + at);
        }

        SetRequest read() {
            List<LookupPart> lookups = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            List<OwnLookups.Call> calls = new ArrayList<>();
            Matcher c = CALL.matcher(text);
            while (c.find()) {
                calls.add(new OwnLookups.Call(c.start(), c.end(), c.group(1), null, null, null));
            }
            calls.addAll(OwnLookups.in(fn, text)); // a GET from a function it defines, where it is called
            calls.sort(java.util.Comparator.comparingInt(OwnLookups.Call::start));
            if (calls.size() < 2) {
                return MgDerivation.unsupported(set, "sends one request in set " + set + " and others elsewhere;"
                        + " not read");
            }
            boolean writes = calls.stream().limit(calls.size() - 1L)
                    .anyMatch(c2 -> args(c2) == null || !"GET".equals(method(args(c2), c2.start())));
            List<PsText.IfBlock> blocks = PsText.ifBlocks(text);
            int from = 0;
            for (int i = 0; i < calls.size(); i++) {
                OwnLookups.Call call = calls.get(i);
                boolean last = i == calls.size() - 1;
                loopVar = null;
                String loop = loopAround(call.start());
                if (loop != null && loopVar == null) {
                    return MgDerivation.unsupported(set, "sends a request in a loop (" + loop + " at "
                            + line(call.start()) + ") in set " + set + "; not read");
                }
                // a branch on an argument's truth is the step's condition; one on a value or on a reply is not read
                // (a ShouldProcess prompt is the confirmation, asked here too)
                String when = WriteSteps.around(fn, blocks, call.start(), name -> replies.indexOf(name) + 1);
                if (last && when != null && when.contains("@")) { // the run checks a reply's condition on a step only
                    return MgDerivation.unsupported(set, "sends its last request only when an earlier reply holds"
                            + " something (" + line(call.start()) + ") in set " + set + "; not read");
                }
                if (when != null && when.startsWith("?")) {
                    return MgDerivation.unsupported(set, "sends a request only when " + when.substring(1)
                            + " (" + line(call.start()) + ") in set " + set + "; not read");
                }
                String args = args(call);
                String method = args == null ? null : method(args, call.start());
                String[] url = args == null ? null : url(args, call.start());
                if (method == null || url == null) {
                    return MgDerivation.unsupported(set, "sends a request whose " + (method == null ? "method"
                            : "URL") + " is built in a way not read (" + line(call.start()) + ") in set " + set);
                }
                List<QueryPart> query = query(url[1]);
                if (query == null) {
                    return MgDerivation.unsupported(set, "writes a query option from a reply in set " + set
                            + "; not read");
                }
                // with writes in sequence, each write's body is read from the code since the call before it
                String own = writes ? WriteSteps.own(text, blocks, from, call.start()) + "Invoke-GraphRequest " + args
                        : text;
                from = call.end();
                List<BodyPart> body = new ArrayList<>();
                List<String> bodyNotes = new ArrayList<>();
                if (!method.equals("GET") && !method.equals("DELETE")) {
                    String problem = InvokeDerivation.body(fn, withValues(own, call.start()), body, bodyNotes);
                    if (problem != null) {
                        return MgDerivation.unsupported(set, problem);
                    }
                }
                body = body.stream().filter(b -> b.param() == null || fn.inSet(b.param(), set)).toList();
                if (!last && loopVar != null && method.equals("GET")) {
                    return MgDerivation.unsupported(set, "sends a GET once per object of a reply (" + line(call.start())
                            + ") in set " + set + "; not read");
                }
                if (!last) {
                    if (loopVar != null) { // a write per object of a reply, none when it has none (the code's foreach)
                        notes.add(PerObjectSteps.note(method, url[0], lookups.get(loopReply - 1)));
                    }
                    lookups.add(method.equals("GET") && when == null ? new LookupPart(url[0], query, List.of(), null)
                            : new LookupPart(url[0], method.equals("GET") ? query : List.of(), List.of(), null,
                            method.equals("GET") ? null : method, body, when));
                    notes.addAll(bodyNotes);
                    Matcher reply = REPLY.matcher(text.substring(Math.max(0, text.lastIndexOf('\n', call.start())),
                            call.start()));
                    String name = reply.find() ? reply.group(1).toLowerCase(Locale.ROOT) : "";
                    if (call.returns() != null) { // the local holds a value of the reply, not the reply
                        returned.put(name, "{@" + (replies.size() + 1) + "." + call.returns() + "}");
                        notes.add(OwnLookups.note(call));
                        name = "";
                    }
                    replies.add(name);
                    continue;
                }
                List<String> first = new ArrayList<>();
                first.add(writes ? WriteSteps.note(lookups, method, when)
                        : "the module sends " + lookups.size() + " GET" + (lookups.size() > 1 ? "s" : "")
                        + " first (" + String.join(", ", lookups.stream().map(LookupPart::path).toList())
                        + "); the plan sends " + (lookups.size() > 1 ? "them" : "it") + " after the confirmation and"
                        + " stops when " + (lookups.size() > 1 ? "one" : "it") + " finds nothing");
                notes.addAll(0, first);
                if (loopVar != null) {
                    notes.add("the module sends the " + method + " once per object of the reply of "
                            + lookups.get(loopReply - 1).path());
                }
                List<String> caught = notes.stream().anyMatch(n -> n.startsWith(PerObjectSteps.NOTE))
                        ? PerObjectSteps.caught(text).stream().map(this::line).toList() : List.of();
                if (!caught.isEmpty()) {
                    notes.add(String.format(PerObjectSteps.CAUGHT, String.join(", ", caught)));
                }
                notes.addAll(bodyNotes);
                String reshaped = WriteSteps.reshaped(text.substring(call.end()), a -> line(call.end() + a));
                if (reshaped != null) {
                    notes.add(reshaped);
                }
                return new SetRequest(set, method, url[0], method.equals("GET") ? query : List.of(), List.of(),
                        body, false, notes.stream().distinct().toList(), List.of(), false, List.of(), lookups, when);
            }
            return MgDerivation.unsupported(set, "no request in set " + set);
        }

        /**
         * The code with each hashtable entry {@code key = $local} whose local is a constant or an earlier reply's value
         * written as that string ({@code principalId = "{@1.value[0].id}"}), for the body's reading.
         */
        private String withValues(String code, int at) {
            Matcher m = PerObjectSteps.ENTRY.matcher(code);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String v = fn.parameter(m.group(2)).isPresent() ? null : value("$" + m.group(2), at, 0);
                m.appendReplacement(out, Matcher.quoteReplacement(v == null || v.contains("\"") || !v.contains("{@")
                        && v.contains("{") ? m.group() : m.group(1) + "\"" + v + "\"" + m.group(3)));
            }
            return m.appendTail(out).toString();
        }

        /** A call's arguments, a splatted hashtable's written as the call's own; null when not found. */
        private String args(OwnLookups.Call call) {
            return call.returns() != null ? call.args() : WriteSteps.splatted(text, call.args(), call.start());
        }

        /** The loop around an offset: null when none; a foreach over a reply's value marks the loop variable. */
        private String loopAround(int offset) {
            Matcher m = LOOP.matcher(text);
            String found = null;
            int loops = 0;
            while (m.find()) {
                int open = m.end() - 1;
                if (m.start() < offset && offset < PsText.close(text, open)) {
                    found = m.group().strip();
                    loops++;
                    loopVar = null;
                    if (m.group(1) != null && loops == 1) { // a loop inside another is not one per object
                        int reply = replyValue(m.group(2).strip(), m.start());
                        if (reply > 0) {
                            loopVar = m.group(1).toLowerCase(Locale.ROOT);
                            loopReply = reply;
                        }
                    }
                }
            }
            return found;
        }

        /** The reply (1 first) whose {@code value} a list expression is ({@code @($r.value)}, {@code $r.value}, a local of it). */
        private int replyValue(String expr, int before) {
            String e = expr.replaceFirst("^@\\(\\s*", "").replaceFirst("\\s*\\)$", "");
            Matcher local = Pattern.compile("^\\$(\\w+)$").matcher(e);
            if (local.matches() && !replies.contains(local.group(1).toLowerCase(Locale.ROOT))) {
                String v = PerObjectSteps.listOf(text.substring(0, before), local.group(1));
                return v == null ? 0 : replyValue(v, before);
            }
            Matcher m = Pattern.compile("(?i)^\\$(\\w+)\\.value$").matcher(e);
            return m.matches() ? replies.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1 : 0;
        }

        private String method(String args, int at) {
            Matcher m = METHOD.matcher(args);
            if (!m.find()) {
                return "GET";
            }
            if (m.group(1) != null) {
                return m.group(1).toUpperCase(Locale.ROOT);
            }
            String v = assigned(m.group(2), at);
            return v != null && v.matches("[\"'](?i:GET|POST|PATCH|PUT|DELETE)[\"']")
                    ? v.substring(1, v.length() - 1).toUpperCase(Locale.ROOT) : null;
        }

        /** The URL's path and query templates, or null. */
        private String[] url(String args, int at) {
            Matcher m = URI.matcher(args);
            if (!m.find()) {
                return null;
            }
            String expr = m.group(1);
            if (expr.startsWith("$")) {
                expr = assigned(expr.substring(1), at);
            }
            String t = expr == null ? null : string(expr, at, 0);
            if (t == null) {
                return null;
            }
            t = t.startsWith("/") ? t : "/" + t;
            int q = t.indexOf('?');
            return new String[] {q < 0 ? t : t.substring(0, q), q < 0 ? "" : t.substring(q + 1)};
        }

        /** Query options of a template ({@code $filter=… '{AgentId}'}); null when one names a reply. */
        private static List<QueryPart> query(String q) {
            List<QueryPart> out = new ArrayList<>();
            if (q.isEmpty()) {
                return out;
            }
            for (String pair : q.split("&")) {
                int eq = pair.indexOf('=');
                if (eq < 0 || pair.contains("{@")) {
                    return null;
                }
                out.add(new QueryPart(pair.substring(0, eq), null, pair.substring(eq + 1), null, null));
            }
            return out;
        }

        /** The last {@code $name = …} before an offset (any case), or null. */
        private String assigned(String name, int before) {
            Matcher m = Pattern.compile("(?im)^\\s*\\$" + Pattern.quote(name) + "\\s*=\\s*(.+?)\\s*$")
                    .matcher(text.substring(0, before));
            String last = null;
            int count = 0;
            while (m.find()) {
                last = m.group(1);
                count++;
            }
            if (count > 1) {
                return null; // set in several places (branches on a value, a loop): not one value
            }
            if (last == null) {
                Matcher outer = Pattern.compile("(?im)^\\s*\\$" + Pattern.quote(name) + "\\s*=\\s*(['\"][^'\"\\n]*['\"])\\s*$")
                        .matcher(fn.process() + "\n" + fn.begin());
                last = outer.find() ? outer.group(1) : null; // a constant of the whole function ($baseUri)
            }
            return last;
        }

        /** A string expression as a template, or null. */
        private String string(String expr, int at, int depth) {
            String e = expr.strip();
            if (depth > 4) {
                return null;
            }
            if (e.matches("'[^']*'")) {
                return e.substring(1, e.length() - 1);
            }
            String joined = TextForms.joined(e, t -> string(t, at, depth + 1));
            if (joined != null) {
                return joined; // "/beta/applications/$Id/connectorGroup/" + '$ref'
            }
            if (!e.matches("\"[^\"]*\"")) {
                String v = value(e, at, depth);
                return v;
            }
            String s = e.substring(1, e.length() - 1).replace("`$", "\u0000");
            Matcher m = Pattern.compile("\\$\\(([^()]*)\\)|\\$\\{(\\w+)}|\\$(\\w+)").matcher(s);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String inner = m.group(1) != null ? m.group(1) : "$" + (m.group(2) != null ? m.group(2) : m.group(3));
                String v = value(inner.strip(), at, depth);
                if (v == null) {
                    return null;
                }
                m.appendReplacement(out, Matcher.quoteReplacement(v));
            }
            return m.appendTail(out).toString().replace('\u0000', '$');
        }

        /** A variable or property expression as a template: a parameter, a reply's property, a local; or null. */
        private String value(String e, int at, int depth) {
            Matcher m = Pattern.compile("(?i)^\\$((?:script:)?\\w+)((?:\\.\\w+|\\[\\d+])*)$").matcher(e);
            if (!m.matches()) {
                String direct = Assignments.directParam(e, fn);
                return direct == null ? null : "{" + direct + "}";
            }
            String name = m.group(1).toLowerCase(Locale.ROOT);
            String path = m.group(2).replaceFirst("^\\.", "");
            if (returned.containsKey(name) && path.isEmpty()) {
                return returned.get(name);
            }
            int reply = replies.indexOf(name) + 1;
            if (reply > 0) {
                return path.isEmpty() ? null : "{@" + reply + "." + path + "}";
            }
            if (name.equals(loopVar)) {
                return path.isEmpty() ? null : "{@" + loopReply + ".value." + path + "}";
            }
            if (path.isEmpty() && fn.parameter(name).isPresent()) {
                return "{" + fn.canonical(name) + "}";
            }
            String local = assigned(m.group(1), at);
            if (local != null && !path.isEmpty()) { // a local's property: $sp.id where $sp = $r.value[0]
                return local.matches("\\$[\\w:.\\[\\]]+") && depth < 4
                        ? value(local + m.group(2), at, depth + 1) : null;
            }
            return local == null ? null : string(local, at, depth + 1);
        }
    }
}
