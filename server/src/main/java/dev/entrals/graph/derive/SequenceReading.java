package dev.entrals.graph.derive;

import dev.entrals.graph.RequestEntry;
import dev.entrals.graph.BodyPart;
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
 * ({@link PerObjectSteps}). A GET in a {@code do { } while} loop over {@code @odata.nextLink} is a step whose reply is
 * every page, and several calls in one {@code foreach} over a reply's objects a group sent per object
 * ({@link PageLoops}). A GET from a function the code defines, called as {@code $x = Name}, is a step where it is
 * called ({@link OwnLookups}); {@code $script:} locals and a local's property are read through the locals, and a
 * body's {@code key = $local} naming a reply's value is that value. A call inside a block on an argument's truth is sent under that condition
 * ({@link WriteSteps}); a splatted call ({@code Invoke-GraphRequest @params}) is read from its hashtable. Any other
 * loop or condition around a call, or a call whose URL or method is not a literal string with parameters and such
 * values, leaves the set out with the reason.
 */
final class SequenceReading {

    static final Pattern CALL = Pattern.compile("(?i)\\bInvoke-(?:Mg)?GraphRequest\\b((?:[^\\n]*`\\r?\\n)*[^\\n]*)");
    private static final Pattern LOOP = Pattern.compile("(?i)\\b(?:foreach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+([^)]*)\\)"
            + "|while\\s*\\([^\\n]*\\)|do)\\s*\\{");
    private static final Pattern METHOD = Pattern.compile("(?i)-Method\\s+(?:[\"']?(GET|POST|PATCH|PUT|DELETE)\\b|\\$(\\w+))");
    private static final Pattern URI = CallForms.URI;
    private static final Pattern REPLY = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*$");

    private SequenceReading() {
    }

    /** The entry, or null when no set is read this way. */
    static RequestEntry read(FunctionCode fn, String p) {
        List<SetRequest> sets = new ArrayList<>();
        String source = null;
        for (String set : fn.sets()) {
            int[] at = new int[1];
            String scope = SequenceParts.scope(p, set, at);
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

    /** One set's calls read in order. */
    private static final class Scope {
        private final FunctionCode fn;
        private final String text;
        private final String set;
        private final int offset;
        private final List<String> replies = new ArrayList<>();
        /** Locals holding a value a defined function returns from its reply ({@code {@2.value[0].id}}). */
        private final java.util.Map<String, String> returned = new java.util.HashMap<>();
        /** A local the code sets in both branches of an {@code if}: the branch being read ({@link Choice}). */
        private LookupForms.Choice choice;
        private boolean chosen;
        /** The notes of the lookups sent in one of two forms ({@link Choice}). */
        private final List<String> alternatives = new ArrayList<>();
        /** The loops over a reply's objects around the call now read, outermost first: variable to reply (1 first). */
        private final java.util.Map<String, Integer> loopVars = new java.util.LinkedHashMap<>();
        /** The lists those loops go over ({@code $all}: a test that it has objects holds inside the loop). */
        private final java.util.Set<String> loopLists = new java.util.HashSet<>();
        /** The outermost such loop's span, and where the loop over the pages around the call starts (or -1). */
        private int outerStart;
        private int outerEnd;
        private int pagedAt;

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
            for (int i = 0, branch = 0; i < calls.size(); i++) {
                OwnLookups.Call call = calls.get(i);
                boolean last = i == calls.size() - 1;
                choice = branch == 0 ? choice(call) : choice;
                chosen = branch == 0;
                if (choice != null && !last && branch == 0) {
                    branch = 1;
                    i--; // the same call again, as the other branch sends it
                } else if (choice != null) {
                    branch = 0;
                    chosen = false;
                    if (last) {
                        choice = null;
                    }
                }
                String loop = loopAround(call.start(), last ? null : args(call));
                if (loop != null) {
                    return MgDerivation.unsupported(set, "sends a request in a loop (" + loop + " at "
                            + line(call.start()) + ") in set " + set + "; not read");
                }
                // several calls in one loop over a reply's objects: a group sent in order per object
                int per = loopVars.isEmpty() || calls.stream().filter(c2 -> c2.start() > outerStart
                        && c2.start() < outerEnd).count() < 2 ? 0 : loopVars.values().iterator().next();
                if (loopVars.size() > (per > 0 ? 2 : 1)) {
                    return MgDerivation.unsupported(set, "sends a request in a loop over a reply's objects inside"
                            + " another (" + line(call.start()) + ") in set " + set + "; not read");
                }
                int inner = loopVars.isEmpty() ? 0 : List.copyOf(loopVars.values()).get(loopVars.size() - 1);
                // a branch on an argument's truth is the step's condition; one on a value or on a reply is not read
                // (a ShouldProcess prompt is the confirmation, asked here too; a test that the list a loop inside
                // goes over has objects holds whenever the loop sends)
                String when = WriteSteps.around(fn, blocks.stream().filter(b -> !loopLists.contains(String.valueOf(
                        PageLoops.nonEmpty(b.condition())).toLowerCase(Locale.ROOT))).toList(), call.start(),
                        name -> replies.indexOf(name) + 1);
                if (last && when != null && when.contains("@")) { // the run checks a reply's condition on a step only
                    return MgDerivation.unsupported(set, "sends its last request only when an earlier reply holds"
                            + " something (" + line(call.start()) + ") in set " + set + "; not read");
                }
                if (when != null && when.startsWith("?")) {
                    return MgDerivation.unsupported(set, "sends a request only when " + when.substring(1)
                            + " (" + line(call.start()) + ") in set " + set + "; not read");
                }
                if (choice != null) { // a lookup per branch, each under its branch's condition
                    String branchWhen = chosen ? choice.when() : Conditions.not(choice.when());
                    when = when == null ? branchWhen : Conditions.and(when, branchWhen);
                }
                String args = args(call);
                String method = args == null ? null : method(args, call.start());
                String[] url = args == null ? null : url(args, pagedAt >= 0 ? pagedAt : call.start());
                if (method == null || url == null) {
                    return MgDerivation.unsupported(set, "sends a request whose " + (method == null ? "method"
                            : "URL") + " is built in a way not read (" + line(call.start()) + ") in set " + set);
                }
                List<QueryPart> query = SequenceParts.query(url[1], !last);
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
                    String problem = InvokeBodies.body(fn, withValues(own, call.start()), body, bodyNotes);
                    if (problem != null) {
                        return MgDerivation.unsupported(set, problem);
                    }
                }
                String object = CertificateIdLists.elsewhere(fn, set, body);
                if (object != null) {
                    return MgDerivation.unsupported(set, object);
                }
                body = CertificateIdLists.inSet(fn, set, body);
                body.stream().filter(b -> b.template() != null && b.template().startsWith(BodyPart.CERTIFICATE_IDS))
                        .forEach(b -> bodyNotes.add(CertificateIdLists.note(fn, b)));
                body = body.stream().filter(b -> b.param() == null || fn.inSet(b.param(), set)).toList();
                if (!last && inner > 0 && method.equals("GET") && (per == 0 || loopVars.size() > 1)) {
                    return MgDerivation.unsupported(set, "sends a GET once per object of a reply (" + line(call.start())
                            + ") in set " + set + "; not read");
                }
                if (!last) {
                    if (inner > 0 && inner != per) { // a write per object of a reply, none when it has none
                        notes.add(PerObjectSteps.note(method, url[0], lookups.get(inner - 1)));
                    }
                    LookupPart step = (method.equals("GET") && when == null ? new LookupPart(url[0], query, List.of(), null)
                            : new LookupPart(url[0], method.equals("GET") ? query : List.of(), List.of(), null,
                            method.equals("GET") ? null : method, body, when)).paged(pagedAt >= 0, per);
                    notes.addAll(bodyNotes);
                    Matcher reply = REPLY.matcher(text.substring(Math.max(0, text.lastIndexOf('\n', call.start())),
                            call.start()));
                    String name = reply.find() ? reply.group(1).toLowerCase(Locale.ROOT) : "";
                    String none = method.equals("GET") && !name.isEmpty() ? none(name, call.end()) : null;
                    lookups.add(none == null ? step : step.withNone(none));
                    if (pagedAt >= 0) {
                        notes.add(PageLoops.note(lookups.get(lookups.size() - 1), line(pagedAt)));
                    }
                    if (call.returns() != null) { // the local holds a value of the reply, not the reply
                        returned.put(name, "{@" + (replies.size() + 1) + "." + call.returns() + "}");
                        notes.add(OwnLookups.note(call));
                        name = "";
                    }
                    replies.add(name);
                    if (choice != null && !chosen) {
                        alternatives.add("the module sends the GET of " + url[0] + " in one of two forms, by whether "
                                + Conditions.shown(choice.when()) + " (" + line(call.start()) + "); the plan sends the"
                                + " one the arguments choose");
                        choice = null; // both branches read
                    }
                    continue;
                }
                List<String> first = new ArrayList<>();
                int gets = lookups.size() - alternatives.size();
                first.add(writes ? WriteSteps.note(lookups, method, when)
                        : "the module sends " + gets + " GET" + (gets > 1 ? "s" : "")
                        + " first (" + String.join(", ", (alternatives.isEmpty() ? lookups.stream()
                        .map(LookupPart::path) : lookups.stream().map(LookupPart::path).distinct()).toList())
                        + "); the plan sends " + (gets > 1 ? "them" : "it") + " after the confirmation and"
                        + " stops when " + (gets > 1 ? "one" : "it") + " finds nothing");
                first.addAll(alternatives);
                notes.addAll(0, first);
                if (inner > 0) {
                    notes.add("the module sends the " + method + " once per object of the reply of "
                            + lookups.get(inner - 1).path());
                }
                lookups.stream().mapToInt(LookupPart::per).filter(k -> k > 0).distinct().forEach(k -> notes.add(
                        PageLoops.groupNote(lookups, k, k == per ? method + " " + url[0] : null)));
                List<String> caught = lookups.stream().anyMatch(l -> l.per() > 0)
                        || notes.stream().anyMatch(n -> n.startsWith(PerObjectSteps.NOTE))
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

        /** The local of a call's URL the code sets in both branches of an {@code if} ({@link LookupForms}), or null. */
        private LookupForms.Choice choice(OwnLookups.Call call) {
            String args = args(call);
            Matcher uri = args == null ? null : URI.matcher(args);
            if (uri == null || !uri.find() || url(args, call.start()) != null) {
                return null;
            }
            String expr = uri.group(1).startsWith("$") ? assigned(uri.group(1).substring(1), call.start()) : uri.group(1);
            return expr == null ? null : LookupForms.choice(fn, text, expr, call.start());
        }

        /** The module's message when the reply of {@code $name} has no object ({@link LookupForms#none}), or null. */
        private String none(String name, int after) {
            int[] at = new int[1];
            String thrown = LookupForms.none(text, name, after, at);
            return thrown == null || CALL.matcher(text.substring(after, at[0])).find() ? null
                    : string(thrown, at[0], 0); // the test right after the call, before another
        }

        /** A call's arguments, a splatted hashtable's written as the call's own; null when not found. */
        private String args(OwnLookups.Call call) {
            return call.returns() != null ? call.args() : WriteSteps.splatted(text, call.args(), call.start());
        }

        /**
         * The loop around an offset that is not read, or null: a foreach over a reply's value marks its variable
         * ({@link #loopVars}), a {@code do} loop over the pages of the step {@code args} sends its start
         * ({@link PageLoops}); any other loop is returned.
         */
        private String loopAround(int offset, String args) {
            Matcher m = LOOP.matcher(text);
            String found = null;
            loopVars.clear();
            loopLists.clear();
            pagedAt = -1;
            while (m.find()) {
                int open = m.end() - 1;
                if (m.start() < offset && offset < PsText.close(text, open)) {
                    int reply = m.group(1) == null ? 0 : replyValue(m.group(2).strip(), m.start());
                    if (reply > 0 && found == null) {
                        if (loopVars.isEmpty()) {
                            outerStart = m.start();
                            outerEnd = PsText.close(text, open);
                        }
                        loopVars.put(m.group(1).toLowerCase(Locale.ROOT), reply);
                        loopLists.add(m.group(2).strip().replaceFirst("^\\$", "").toLowerCase(Locale.ROOT));
                    } else if (args != null && m.group().startsWith("do") && loopVars.isEmpty()
                            && PageLoops.pages(text, open, args)) {
                        pagedAt = m.start();
                    } else {
                        found = found == null ? m.group().strip() : found;
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

        /** The last {@code $name = …} before an offset (any case), or null. */
        private String assigned(String name, int before) {
            if (choice != null && choice.local().equalsIgnoreCase(name)) {
                return chosen ? choice.then() : choice.otherwise();
            }
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
            int other = replies.lastIndexOf(name) + 1;
            if (reply > 0) {
                // a local set from the lookup of either branch: the value of the one sent ({@code {@1.id|@2.id}})
                return path.isEmpty() ? null : other != reply ? "{@" + reply + "." + path + "|@" + other + "." + path + "}"
                        : "{@" + reply + "." + path + "}";
            }
            if (loopVars.containsKey(name)) {
                return path.isEmpty() ? null : "{@" + loopVars.get(name) + ".value." + path + "}";
            }
            if (path.isEmpty() && fn.parameter(name).isPresent()) {
                // a local named as the parameter (any case) set from an earlier reply replaces it from there on
                String set = assigned(m.group(1), at);
                String local = set == null || depth > 3 ? null : string(set, at, depth + 1);
                return local != null && local.contains("{@") ? local : "{" + fn.canonical(name) + "}";
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
