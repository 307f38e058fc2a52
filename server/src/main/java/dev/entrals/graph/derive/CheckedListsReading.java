package dev.entrals.graph.derive;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.entrals.graph.RequestEntry;
import dev.entrals.graph.BodyPart;
import dev.entrals.graph.RequestEntry.LookupPart;
import dev.entrals.graph.RequestEntry.QueryPart;
import dev.entrals.graph.RequestEntry.SetRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One write whose list arguments the code checks first, value by value, with a GET each, then binds in the body
 * (its prompts, run only without the arguments, blanked by {@link MissingArguments}):
 * <pre>
 * $L = @()
 * foreach ($id in $P) { $c = $id; … try { $r = Invoke-MgGraphRequest -Method GET -Uri "v1.0/x/$c`?`$select=…"
 *     … $L += $r.id … } catch { … Read-Host … / Write-Warning … } }
 * $B = [PSCustomObject]@{ k = $D; j = $script:S }            # $script:S = $Q in the function
 * if ($L.Count -gt 0 -or …) { $b = @(); if ($L.Count -gt 0) { foreach ($u in $L) { $b += "https://…/$u" } }
 *     $B | Add-Member -MemberType NoteProperty -Name "n" -Value $b }
 * $J = $B | ConvertTo-Json …; Invoke-MgGraphRequest -Method POST -Uri "$base/…" -Body $J
 * </pre>
 * Each check is a step sent once per value of its argument ({@code each} {@code {P}}), whose failure stops the run;
 * the list bound is the argument's values ({@link BodyPart#ADDED}, under the {@code if} around its loop), noted: the
 * module binds the reply's id and asks again or skips a value not found. A GET whose reply only feeds code no longer
 * there (the prompts' suggestion) is not sent, noted. Anything else: null (not this form).
 */
final class CheckedListsReading {

    private static final Pattern CALL = CallForms.CALL;
    private static final Pattern METHOD = CallForms.METHOD;
    private static final Pattern URI = CallForms.URI;
    private static final Pattern FOREACH = Pattern.compile("(?i)\\bforeach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+\\$(\\w+)\\s*\\)"
            + "\\s*\\{");

    private final FunctionCode fn;
    private final String p;
    private final List<String> notes = new ArrayList<>();
    /** Per checked list local, the argument whose values it holds. */
    private final Map<String, String> checked = new LinkedHashMap<>();

    private CheckedListsReading(FunctionCode fn, String p) {
        this.fn = fn;
        this.p = p;
    }

    /** The entry, or null when the function is not this form. */
    static RequestEntry read(FunctionCode fn, String p) {
        return new CheckedListsReading(fn, p).entry();
    }

    private RequestEntry entry() {
        List<MatchResult> calls = CALL.matcher(p).results().toList();
        MatchResult write = calls.isEmpty() ? null : calls.get(calls.size() - 1);
        if (write == null || method(write).equals("GET")
                || calls.subList(0, calls.size() - 1).stream().anyMatch(c -> !method(c).equals("GET"))) {
            return null;
        }
        List<LookupPart> steps = new ArrayList<>();
        for (MatchResult get : calls.subList(0, calls.size() - 1)) {
            LookupPart step = check(get);
            if (step == null && !unused(get)) {
                return null;
            }
            if (step != null) {
                steps.add(step);
            }
        }
        String path = path(write);
        List<BodyPart> body = body(write);
        if (steps.isEmpty() || path == null || body == null) {
            return null;
        }
        String retries = ListAppendReading.retries(fn, p, write.start());
        if (!retries.equals(InvokeDerivation.RETRIED)) {
            notes.add(retries);
        }
        kept(write);
        List<SetRequest> sets = new ArrayList<>();
        for (String set : fn.sets()) {
            sets.add(new SetRequest(set, method(write), path, List.of(), List.of(), body, false, notes, List.of(),
                    false, List.of(), steps));
        }
        String via = write.group().toLowerCase(Locale.ROOT).startsWith("invoke-mg") ? "Invoke-MgGraphRequest"
                : "Invoke-GraphRequest";
        return new RequestEntry(fn.name(), fn.module(), at(write.start()), via, sets, null, List.of());
    }

    /**
     * A GET inside {@code foreach ($v in $P)} over a list argument whose reply's id the loop adds to a list: the
     * step once per value, the list noted as the argument's; else null.
     */
    private LookupPart check(MatchResult get) {
        Matcher loop = FOREACH.matcher(p);
        MatchResult around = null;
        while (loop.find() && loop.start() < get.start()) {
            if (PsText.close(p, loop.end() - 1) > get.start()) {
                around = loop.toMatchResult();
            }
        }
        Matcher reply = reply(get);
        if (around == null || fn.parameter(around.group(2)).isEmpty() || !reply.find()) {
            return null;
        }
        int end = PsText.close(p, around.end() - 1);
        Matcher added = Pattern.compile("(?i)\\$(\\w+)\\s*\\+=\\s*\\$" + reply.group(1) + "\\.id\\b").matcher(p)
                .region(get.end(), end);
        Matcher u = URI.matcher(get.group(1));
        if (!added.find() || !u.find() || !u.group(1).startsWith("\"")) {
            return null;
        }
        String param = fn.canonical(around.group(2));
        String uri = u.group(1).substring(1, u.group(1).length() - 1);
        int q = uri.indexOf("`?");
        String item = "(?:" + around.group(1) + alias(around.group(1), around.end(), get.start()) + ")";
        String path = (q < 0 ? uri : uri.substring(0, q)).replaceAll("(?i)\\$(?:\\{" + item + "}|" + item + "\\b)",
                SetRequest.EACH.replace("$", "\\$"));
        path = path.startsWith("/") ? path : "/" + path;
        if (!path.matches("/(?:v1\\.0|beta)/[\\w./]*\\{#}[\\w./]*") || q >= 0 && !uri.substring(q + 2)
                .matches("`\\$select=[\\w,]+")) {
            return null;
        }
        List<QueryPart> query = q < 0 ? List.of() : List.of(new QueryPart("$select", null, null,
                uri.substring(q + 2).substring(uri.substring(q + 2).indexOf('=') + 1), null));
        checked.put(added.group(1).toLowerCase(Locale.ROOT), param);
        Matcher ask = Pattern.compile("(?i)\\bRead-Host\\b").matcher(p).region(get.end(), end);
        Matcher warn = Pattern.compile("(?i)\\bWrite-Warning\\b").matcher(p).region(get.end(), end);
        String missing = ask.find() ? "asks at a PowerShell console for another value (Read-Host at " + at(ask.start())
                + ")" : warn.find() ? "leaves it out with a warning (Write-Warning at " + at(warn.start()) + ")" : null;
        Matcher unique = Pattern.compile("(?i)\\$" + around.group(2) + "\\s*\\|\\s*Select-Object\\s+-Unique\\b")
                .matcher(p);
        notes.add("the module checks each value of -" + param + " with GET " + path.replace(SetRequest.EACH, "<value>")
                + " before the write (" + at(get.start()) + ") and binds the id of the reply; the plan sends the"
                + " check once per value and binds the value as given, the same when it is the object's id (give"
                + " ids: another key, such as a user principal name, is bound as written)" + (unique.find()
                ? "; the module drops repeated values first (" + at(unique.start()) + "), the plan sends them as"
                + " given" : "") + (missing == null ? "" : "; when one is not found the module " + missing
                + ", where the run stops"));
        return new LookupPart(path, query, List.of("{" + param + "}"), null);
    }

    /** {@code $r = } before a call on its line: group 1 the variable its reply is kept in (find first). */
    private Matcher reply(MatchResult call) {
        return Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*$").matcher(p.substring(p.lastIndexOf('\n', call.start()) + 1,
                call.start()));
    }

    /** The loop variable's copy ({@code $c = $v} in the loop before the call): {@code |c}, or "". */
    private String alias(String v, int from, int to) {
        Matcher copy = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*\\$" + v + "\\s*$", Pattern.MULTILINE).matcher(p)
                .region(from, to);
        return copy.find() ? "|" + copy.group(1) : "";
    }

    /**
     * Whether a GET's reply, and the locals taken from it, are read nowhere after its {@code try} block: what it was
     * for (the prompts' suggestion) is blanked, so it is not sent (noted).
     */
    private boolean unused(MatchResult get) {
        Matcher reply = reply(get);
        Matcher tried = Pattern.compile("(?i)\\btry\\s*\\{").matcher(p);
        int end = -1;
        while (tried.find() && tried.start() < get.start()) {
            int close = PsText.close(p, tried.end() - 1);
            end = close > get.start() ? close : end;
        }
        if (!reply.find() || end < 0) {
            return false;
        }
        List<String> names = new ArrayList<>(List.of(reply.group(1)));
        Matcher taken = Pattern.compile("(?i)\\$(\\w+)\\s*=[^=\\n]*\\$" + reply.group(1) + "\\b").matcher(p)
                .region(get.end(), end);
        taken.results().forEach(t -> names.add(t.group(1)));
        for (String name : names) {
            if (Pattern.compile("(?i)\\$" + name + "\\b").matcher(p).region(end, p.length()).find()) {
                return false;
            }
        }
        String shown = uri(get).replace("`", "");
        notes.add("the module first sends GET " + (shown.startsWith("/") ? "" : "/") + shown + " (" + at(get.start()) + ") only to suggest an answer at"
                + " its prompts, which do not run when the arguments are given; a run here does not send it");
        return true;
    }

    /**
     * The body: the literal's entries (an argument, or a {@code $script:} variable the function sets from one), then
     * per {@code $B | Add-Member -Name n -Value $b} the lists {@code $b += "…$u"} added over checked lists, each under
     * the {@code if} around its loop. Null when not read.
     */
    private List<BodyPart> body(MatchResult write) {
        Matcher literal = ListAppendReading.bodyLiteral(write, p);
        if (literal == null) {
            return null;
        }
        String var = ListAppendReading.bodyVariable(write.group(1), p);
        List<BodyPart> parts = new ArrayList<>();
        for (String e : BodyShapes.split(p.substring(literal.end(), PsText.close(p, literal.end() - 1) - 1), false)) {
            Matcher kv = Pattern.compile("(?s)^\\s*[\"']?(\\w+)[\"']?\\s*=\\s*\\$([\\w:]+)\\s*;?\\s*$").matcher(e);
            String param = kv.matches() ? argument(kv.group(2)) : null;
            if (param == null) {
                return null;
            }
            parts.add(new BodyPart(kv.group(1), param, null));
        }
        Matcher add = Pattern.compile("(?i)\\$" + var + "\\s*\\|\\s*Add-Member\\b[^\\n]*-Name\\s+[\"']([@\\w.]+)[\"']"
                + "[^\\n]*-Value\\s+\\$(\\w+)").matcher(p).region(literal.end(), write.start());
        while (add.find()) {
            Matcher item = Pattern.compile("(?i)\\$" + add.group(2) + "\\s*\\+=\\s*\"([^\"]*)\"").matcher(p)
                    .region(literal.end(), add.start());
            boolean any = false;
            while (item.find()) {
                BodyPart part = added(add.group(1), item);
                if (part == null) {
                    return null;
                }
                parts.add(part);
                any = true;
            }
            if (!any) {
                return null;
            }
        }
        return parts;
    }

    /** {@code $b += "https://…/$u"} in {@code foreach ($u in $L)} over a checked list, under its {@code if}. */
    private BodyPart added(String property, Matcher item) {
        Matcher loop = FOREACH.matcher(p);
        MatchResult around = null;
        while (loop.find() && loop.start() < item.start()) {
            around = PsText.close(p, loop.end() - 1) > item.start() ? loop.toMatchResult() : around;
        }
        String param = around == null ? null : checked.get(around.group(2).toLowerCase(Locale.ROOT));
        String text = item.group(1);
        if (param == null || !text.replace("$" + around.group(1), "").matches("[^$`{}]*")) {
            return null;
        }
        String when = null;
        Matcher guard = Pattern.compile("(?i)\\bif\\s*\\(([^\\n{]*)\\)\\s*\\{").matcher(p);
        while (guard.find() && guard.start() < around.start()) {
            if (PsText.close(p, guard.end() - 1) > around.start()) {
                when = condition(guard.group(1)); // the innermost if around the loop
            }
        }
        if (when == null) {
            return null;
        }
        return new BodyPart(property, param, BodyPart.ADDED, JsonNodeFactory.instance.textNode(
                text.replace("$" + around.group(1), "{0}")), when);
    }

    /** {@code $L.Count -gt 0 -or …} over checked lists: {@code P|…}; else null. */
    private String condition(String c) {
        List<String> out = new ArrayList<>();
        for (String term : c.strip().split("(?i)\\s-or\\s")) {
            Matcher m = Pattern.compile("(?i)^\\$(\\w+)\\.Count\\s+-gt\\s+0$").matcher(term.strip());
            String param = m.matches() ? checked.get(m.group(1).toLowerCase(Locale.ROOT)) : null;
            if (param == null) {
                return null;
            }
            out.add(param);
        }
        return String.join("|", out);
    }

    /** The argument a body value is: {@code $P}, or {@code $script:S} the function sets from {@code $P}. */
    private String argument(String name) {
        if (!name.regionMatches(true, 0, "script:", 0, 7)) {
            return fn.parameter(name).isPresent() ? fn.canonical(name) : null;
        }
        Matcher set = Pattern.compile("(?i)\\$" + Pattern.quote(name) + "\\s*=\\s*\\$(\\w+)\\s*$", Pattern.MULTILINE)
                .matcher(fn.text());
        String param = null;
        while (set.find()) {
            if (fn.parameter(set.group(1)).isEmpty() || param != null && !param.equalsIgnoreCase(set.group(1))) {
                return null; // set from something else too
            }
            param = fn.canonical(set.group(1));
        }
        return param;
    }

    /** The output of only the new object's id after the write, noted (what it keeps: {@code ModuleVariablesReading}). */
    private void kept(MatchResult write) {
        Matcher out = Pattern.compile("(?i)\\breturn\\s+\\$(\\w+)\\s*$", Pattern.MULTILINE).matcher(p)
                .region(write.end(), p.length());
        if (out.find() && Pattern.compile("(?i)\\$" + out.group(1) + "\\s*=\\s*\\$\\w+\\.id\\b").matcher(p)
                .region(write.end(), out.start()).find()) {
            notes.add("the module outputs only the new object's id ($" + out.group(1) + ", " + at(out.start())
                    + "); the plan shows the reply");
        }
    }

    /** The write's URL, its locals read ({@code $base = '/v1.0/…'}); null unless it starts with a version. */
    private String path(MatchResult call) {
        String t = uri(call);
        Matcher v = Pattern.compile("\\$(\\w+)").matcher(t == null ? "" : t);
        StringBuilder out = new StringBuilder();
        while (v.find()) {
            Matcher local = Pattern.compile("(?i)\\$" + v.group(1) + "\\s*=\\s*['\"]([^'\"$`]*)['\"]\\s*$",
                    Pattern.MULTILINE).matcher(p);
            if (!local.find()) {
                return null;
            }
            v.appendReplacement(out, Matcher.quoteReplacement(local.group(1)));
        }
        String path = v.appendTail(out).toString();
        return path.matches("/(?:v1\\.0|beta)/[\\w./]+") ? path : null;
    }

    private static String uri(MatchResult call) {
        Matcher u = URI.matcher(call.group(1));
        return !u.find() ? null : u.group(1).startsWith("$") ? u.group(1) : u.group(1).substring(1,
                u.group(1).length() - 1);
    }

    private static String method(MatchResult call) {
        Matcher m = METHOD.matcher(call.group(1));
        return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : "GET";
    }

    private String at(int offset) {
        return fn.source(fn.processOffset() + offset);
    }
}
