package dev.entrals.graph.derive;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entrals.graph.ListEdits;
import dev.entrals.graph.RequestEntry;
import dev.entrals.graph.BodyPart;
import dev.entrals.graph.RequestEntry.LookupPart;
import dev.entrals.graph.RequestEntry.QueryPart;
import dev.entrals.graph.RequestEntry.SetRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list read first and written back with a new item merged into the one of the same key (section {@code rra} of
 * the spec), inside a console loop read as one pass:
 * <pre>
 * $more = $true
 * while ($more) {
 *     if ($first -and $PSBoundParameters.ContainsKey('P')) { $v = $P } else { … Read-Host … else { $v = [guid]"D" } }
 *     $r = Invoke-MgGraphRequest -Method GET -Uri "…"                       # others GETs only for prompts and output
 *     if ($r.L) { $existing = @($r.L) }
 *     $new = @()
 *     if ($first -and $PSBoundParameters.ContainsKey('Q') -and $Q) { foreach ($q in $Q) { $new += @{ a = $q.a; … } } }
 *     else { …prompts… }
 *     $e = $existing | Where-Object { $_.K -eq $v } | Select-Object -First 1
 *     if ($e) { $s = @($e.S); foreach ($n in $new) { $d = $s | Where-Object { $_.a -eq $n.a -and … } …;
 *               if (-not $d) { $s += $n } }
 *               foreach ($x in $existing) { if ($x.K -eq $v) { $u += @{ K = $x.K; S = $s } } else { $u += $x } }
 *               $existing = $u }
 *     else { $existing += @{ K = $v; S = $new } }
 *     $Body = @{ L = $existing }; … Invoke-MgGraphRequest -Method PATCH -Uri $w -Body ($Body | ConvertTo-Json)
 *     if ($S) { $more = $false } else { do { $a = Read-Host "… (y/n)" } while (…); $more = ($a -eq "y" …) }
 * }
 * </pre>
 * The GET is the lookup, the body's list a {@link ListEdits#MERGE}; -Q is needed (its {@code else} asks at the
 * console), -P defaulted to the Enter answer; a GET whose reply feeds only prompts and output is not sent (noted); a
 * variable written {@code $X?} in a URL (PowerShell reads the {@code ?} as part of its name, an unset variable) is
 * read as {@code $X} followed by {@code ?}, noted. Anything else: null (not this form).
 */
final class ListMergeReading {

    private static final Pattern CALL = CallForms.CALL;
    private static final Pattern METHOD = CallForms.METHOD;
    private static final Pattern URI = CallForms.URI;
    private static final Pattern READ_HOST = CallForms.READ_HOST;
    private static final Pattern ANY_READ_HOST = Pattern.compile("(?i)\\bRead-Host\\b");
    private static final String V = "\\$(\\w+)(?:\\.ToString\\(\\))?";

    private final FunctionCode fn;
    private final String p;
    private final List<String> notes = new ArrayList<>();
    private final List<int[]> answered = new ArrayList<>();
    private String bug;
    private String unset;

    private ListMergeReading(FunctionCode fn, String p) {
        this.fn = fn;
        this.p = p;
    }

    /** The entry, or null when the function is not this form. */
    static RequestEntry read(FunctionCode fn, String process) {
        // a line continued with ` is read as one line (offsets kept)
        String joined = process.replace("`\r\n", "   ").replace("`\n", "  ");
        try {
            return new ListMergeReading(fn, joined).read();
        } catch (NotThisForm notThisForm) {
            return null;
        }
    }

    private RequestEntry read() {
        Matcher loop = find("\\bwhile\\s*\\(\\s*\\$(\\w+)\\s*\\)\\s*\\{", 0);
        need(Pattern.compile("(?i)\\$" + loop.group(1) + "\\s*=\\s*\\$true\\b").matcher(p.substring(0, loop.start())).find());
        int open = loop.end() - 1;
        int end = PsText.close(p, open);
        List<MatchResult> calls = CALL.matcher(p).results().toList();
        need(calls.stream().allMatch(c -> c.start() > open && c.start() < end));
        stop(loop.group(1), open, end);
        String resource = defaulted(open, end);
        int afterDefault = answered.get(answered.size() - 1)[1];
        // the list read, the entries from the argument, the merge, the body, the write
        Matcher list = find("\\$(\\w+)\\s*=\\s*@\\(\\s*\\$(\\w+)\\.(\\w+)\\s*\\)", open);
        MatchResult get = calls.stream().filter(c -> replyOf(c).equalsIgnoreCase(list.group(2))).findFirst()
                .orElseThrow(NotThisForm::new);
        need(method(get).equals("GET"));
        String existing = list.group(1);
        Matcher from = find("\\bif\\s*\\(([^\\n]*)\\$PSBoundParameters\\.ContainsKey\\(\\s*['\"](\\w+)['\"]\\s*\\)"
                + "([^\\n]*)\\)\\s*\\{", afterDefault);
        String q = fn.canonical(from.group(2));
        need(fn.parameter(q).isPresent());
        int givenEnd = PsText.close(p, from.end() - 1);
        Matcher otherwise = Pattern.compile("(?i)^\\s*else\\s*\\{").matcher(p).region(givenEnd, end);
        need(otherwise.lookingAt() && conditionOnly(from.group(1) + " " + from.group(3), q, open));
        int elseEnd = PsText.close(p, otherwise.end() - 1);
        Matcher each = find("\\bforeach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+\\$" + q + "\\s*\\)\\s*\\{\\s*\\$(\\w+)\\s*\\+="
                + "\\s*@\\{([^}]*)}\\s*}", from.end());
        need(each.end() < givenEnd);
        ObjectNode projection = JsonNodeFactory.instance.objectNode();
        List<String> keys = new ArrayList<>();
        for (String e : BodyShapes.split(each.group(3), false)) {
            Matcher kv = Pattern.compile("(?s)^\\s*(\\w+)\\s*=\\s*\\$" + each.group(1) + "\\.(\\w+)\\s*;?\\s*$").matcher(e);
            need(kv.matches());
            projection.put(kv.group(1), "{0." + kv.group(2) + "}");
            keys.add(kv.group(1));
        }
        String entries = each.group(2);
        List<MatchResult> prompts = READ_HOST.matcher(p).region(otherwise.end(), elseEnd).results().toList();
        need(!prompts.isEmpty());
        answered.add(new int[] {otherwise.end(), elseEnd});
        notes.add(String.format(SetRequest.NEEDED, q, "asks for the entries at a PowerShell console instead ("
                + (prompts.size() == 1 ? "Read-Host at " + at(prompts.get(0).start()) : prompts.size()
                + " prompts, Read-Host at " + at(prompts.get(0).start()) + " to line " + PsText.lineOf(fn.text(),
                fn.processOffset() + prompts.get(prompts.size() - 1).start())) + "), which a run here cannot answer"));
        Matcher entry = find("\\$(\\w+)\\s*=\\s*\\$" + existing + "\\s*\\|\\s*Where-Object\\s*\\{\\s*\\$_\\.(\\w+)\\s+-eq"
                + "\\s+" + V + "\\s*}\\s*\\|\\s*Select-Object\\s+-First\\s+1", elseEnd);
        String key = entry.group(2);
        String v = entry.group(3);
        need(v.equalsIgnoreCase(resource.substring(0, resource.indexOf('='))));
        Matcher merging = find("\\bif\\s*\\(\\s*\\$" + entry.group(1) + "\\s*\\)\\s*\\{", entry.end());
        int thenEnd = PsText.close(p, merging.end() - 1);
        Matcher appending = Pattern.compile("(?i)^\\s*else\\s*\\{\\s*\\$" + existing + "\\s*\\+=\\s*@\\{\\s*" + key
                + "\\s*=\\s*\\$" + v + "(?:\\.ToString\\(\\))?\\s*[;\\n]\\s*(\\w+)\\s*=\\s*\\$" + entries + "\\s*}\\s*}")
                .matcher(p).region(thenEnd, end);
        need(appending.lookingAt());
        String into = appending.group(1);
        String then = p.substring(merging.end(), thenEnd);
        Matcher kept = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*@\\(\\s*\\$" + entry.group(1) + "\\." + into + "\\s*\\)")
                .matcher(then);
        need(kept.find());
        String s = kept.group(1);
        StringBuilder same = new StringBuilder();
        for (String k : keys) {
            same.append(same.length() == 0 ? "" : "\\s+-and\\s+").append("\\$_\\.").append(k).append("\\s+-eq\\s+\\$\\1\\.")
                    .append(k);
        }
        need(Pattern.compile("(?i)\\bforeach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+\\$" + entries + "\\s*\\)\\s*\\{\\s*\\$(\\w+)\\s*="
                + "\\s*\\$" + s + "\\s*\\|\\s*Where-Object\\s*\\{\\s*" + same + "\\s*}[^\\n]*\\n\\s*if\\s*\\(\\s*-not\\s+\\$\\2"
                + "\\s*\\)\\s*\\{\\s*\\$" + s + "\\s*\\+=\\s*\\$\\1\\s*}\\s*}").matcher(then).find());
        need(Pattern.compile("(?i)\\bforeach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+\\$" + existing + "\\s*\\)\\s*\\{\\s*if\\s*\\(\\s*"
                + "\\$\\1\\." + key + "\\s+-eq\\s+\\$" + v + "(?:\\.ToString\\(\\))?\\s*\\)\\s*\\{\\s*\\$(\\w+)\\s*\\+=\\s*@\\{\\s*"
                + key + "\\s*=\\s*\\$\\1\\." + key + "\\s*[;\\n]\\s*" + into + "\\s*=\\s*\\$" + s + "\\s*}\\s*}\\s*else\\s*\\{"
                + "\\s*\\$\\2\\s*\\+=\\s*\\$\\1\\s*}\\s*}\\s*\\$" + existing + "\\s*=\\s*\\$\\2\\s*}?\\s*$").matcher(then).find());
        MatchResult write = calls.get(calls.size() - 1);
        String bodyVar = ListAppendReading.bodyVariable(write.group(1), p);
        Matcher body = bodyVar == null ? null : Pattern.compile("(?i)\\$" + bodyVar + "\\s*=\\s*@\\{\\s*(\\w+)\\s*=\\s*\\$"
                + existing + "\\s*}").matcher(p).region(appending.end(), write.start());
        need(body != null && body.find() && !method(write).equals("GET") && write.start() > appending.end());
        String readPath = path(get);
        String writePath = path(write);
        need(readPath != null && writePath != null);
        // every other call: a GET whose reply only names things in prompts and the output, its failure ignored
        List<String> skipped = new ArrayList<>();
        for (MatchResult c : calls) {
            if (c != get && c != write) {
                need(method(c).equals("GET") && !replyOf(c).isEmpty() && onlyShown(replyOf(c), get.start(), write.end()));
                Matcher u = URI.matcher(c.group(1));
                need(u.find());
                skipped.add("GET " + u.group(1) + " (" + at(c.start()) + ")");
            }
        }
        need(ANY_READ_HOST.matcher(p).results().allMatch(r -> answered.stream()
                .anyMatch(a -> r.start() >= a[0] && r.start() < a[1])));
        ObjectNode operation = JsonNodeFactory.instance.objectNode();
        operation.put("list", "{@1." + list.group(3) + "}");
        operation.put("op", ListEdits.MERGE);
        operation.withArray("key").add(key);
        operation.putObject("new").put(key, resource.substring(resource.indexOf('=') + 1));
        operation.put("into", into);
        operation.set("each", projection);
        keys.forEach(operation.withArray("eachKey")::add);
        operation.put("error", "-" + q + " holds no entry: the module then asks for the entries at a PowerShell"
                + " console (" + at(otherwise.start()) + ")");
        boolean goesOn = Pattern.compile("(?i)\\}\\s*catch\\s*\\{").matcher(p).region(get.end(), entry.start()).find();
        notes.add("the module reads " + list.group(3) + " first with GET " + readPath + " (" + at(get.start())
                + ") and writes it back whole: the item whose " + key + " is " + display(resource) + " keeps its "
                + into + " with each entry of -" + q + " it lacks added (the same " + String.join(" and ", keys) + ", "
                + at(merging.start()) + "), else a new item is appended (" + at(appending.start()) + ")"
                + (goesOn ? "; when the GET fails it goes on as if there were none, where the plan stops" : ""));
        if (bug != null) {
            notes.add(bug.replaceFirst("%s", Matcher.quoteReplacement(readPath.replace(unset, ""))).replace("%s",
                    goesOn ? ", and the module goes on with no items: its write then replaces the whole list with the"
                    + " new item" : ""));
        }
        for (String x : skipped) {
            notes.add("the module also sends " + x + ", whose reply feeds only its prompts and its result, and goes"
                    + " on when it fails; the plan does not send it");
        }
        String retries = ListAppendReading.retries(fn, p, write.start()); // the console loop is no retry
        if (!retries.equals(InvokeDerivation.RETRIED)) {
            notes.add(retries);
        }
        Matcher results = Pattern.compile("(?i)\\$\\w+\\s*\\+=\\s*\\$(\\w+)").matcher(p).region(write.end(), end);
        if (results.find()) {
            notes.add("the module outputs an object of its own per pass ($" + results.group(1) + ", "
                    + at(results.start()) + ") with the write's reply in it; the plan shows the reply as Graph"
                    + " returns it");
        }
        String[] read = readPath.split("\\?", 2);
        List<QueryPart> query = new ArrayList<>();
        for (String option : read.length > 1 ? read[1].split("&") : new String[0]) {
            String[] kv = option.split("=", 2);
            need(kv.length == 2);
            query.add(new QueryPart(kv[0], null, kv[1], null, null));
        }
        String via = write.group().toLowerCase(Locale.ROOT).startsWith("invoke-mg") ? "Invoke-MgGraphRequest"
                : "Invoke-GraphRequest";
        List<SetRequest> sets = new ArrayList<>();
        for (String set : fn.sets()) {
            sets.add(new SetRequest(set, method(write), writePath, List.of(), List.of(), List.of(new BodyPart(
                    body.group(1), q, BodyPart.LIST_EDIT, operation)), false, notes, List.of(), false, List.of(),
                    List.of(new LookupPart(read[0], query, List.of(), null))));
        }
        return new RequestEntry(fn.name(), fn.module(), at(write.start()), via, sets, null, List.of());
    }

    /**
     * The prompt whose "y" goes round again, answered no (one pass), and the switch that skips it ({@code if ($S) {
     * $more = $false } else { … }}), noted.
     */
    private void stop(String more, int open, int end) {
        Matcher again = find("\\$" + more + "\\s*=\\s*\\(?\\s*\\$(\\w+)\\s+-eq\\s+[\"']y[\"']", open);
        need(again.start() < end);
        MatchResult ask = READ_HOST.matcher(p).region(open, again.start()).results()
                .filter(r -> r.group(1).equalsIgnoreCase(again.group(1))).reduce((a, b) -> b)
                .orElseThrow(NotThisForm::new);
        answered.add(new int[] {ask.start(), ask.end()});
        Matcher silent = Pattern.compile("(?i)\\bif\\s*\\(\\s*\\$(\\w+)\\s*\\)\\s*\\{\\s*\\$" + more + "\\s*=\\s*\\$false"
                + "\\s*}\\s*else\\s*\\{").matcher(p).region(open, ask.start());
        String s = null;
        while (silent.find()) {
            s = PsText.close(p, silent.end() - 1) > again.end() && fn.parameter(silent.group(1)).isPresent()
                    ? fn.canonical(silent.group(1)) : s;
        }
        notes.add((s != null ? "-" + s + " skips the prompt the module asks" : "the module asks") + " after each pass"
                + " of its loop, " + ask.group(2) + " (Read-Host at " + at(ask.start()) + "), on whose y it goes"
                + " round again with new answers; a run here is one pass, as if answered n");
    }

    /**
     * The local set from -P when it is given and otherwise from a prompt whose Enter gives a literal: -P defaulted
     * (noted); {@code local=P=literal}.
     */
    private String defaulted(int open, int end) {
        Matcher given = find("\\bif\\s*\\([^\\n]*\\$PSBoundParameters\\.ContainsKey\\(\\s*['\"](\\w+)['\"]\\s*\\)\\s*\\)"
                + "\\s*\\{\\s*\\$(\\w+)\\s*=\\s*\\$(\\w+)\\s*}\\s*else\\s*\\{", open);
        int close = PsText.close(p, given.end() - 1);
        need(given.group(1).equalsIgnoreCase(given.group(3)) && fn.parameter(given.group(1)).isPresent() && close < end);
        Matcher ask = READ_HOST.matcher(p).region(given.end(), close);
        Matcher enter = Pattern.compile("(?i)else\\s*\\{\\s*\\$" + given.group(2) + "\\s*=\\s*(?:\\[\\w+\\]\\s*)?[\"']"
                + "([^\"'$`]*)[\"']\\s*}").matcher(p).region(given.end(), close);
        need(ask.find() && enter.find());
        int asked = ask.start();
        need(!ask.find());
        answered.add(new int[] {given.end(), close});
        String param = fn.canonical(given.group(1));
        notes.add(String.format(SetRequest.DEFAULTED, param, enter.group(1), "asks for it at a PowerShell console"
                + " (Read-Host at " + at(asked) + ") and takes that when Enter is pressed"));
        return given.group(2) + "={" + param + "}";
    }

    /** Whether a condition beside {@code ContainsKey('Q')} is only {@code -and $Q} and a flag set true before. */
    private boolean conditionOnly(String rest, String q, int open) {
        for (String atom : rest.split("(?i)\\s-and\\s")) {
            String a = atom.strip();
            if (a.isEmpty() || a.equalsIgnoreCase("$" + q)) {
                continue;
            }
            if (!a.matches("\\$\\w+") || !Pattern.compile("(?i)\\" + a + "\\s*=\\s*\\$true\\b").matcher(p.substring(0,
                    open)).find()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the reply and what the code computes from it outside the answered blocks (the prompts, which do not
     * run) are not used between {@code from} and {@code to} outside those blocks.
     */
    private boolean onlyShown(String reply, int from, int to) {
        List<String> derived = new ArrayList<>(List.of(reply));
        for (int i = 0; i < derived.size(); i++) {
            Matcher a = Pattern.compile("(?i)\\$(\\w+)\\s*\\+?=\\s*[^\\n]*\\$" + derived.get(i) + "\\b").matcher(p);
            while (a.find()) {
                int at = a.start();
                if (answered.stream().noneMatch(b -> at >= b[0] && at < b[1]) // the prompts' blocks do not run
                        && derived.stream().noneMatch(a.group(1)::equalsIgnoreCase)) {
                    derived.add(a.group(1));
                }
            }
        }
        for (String d : derived) {
            Matcher use = Pattern.compile("(?i)\\$" + d + "\\b").matcher(p).region(from, to);
            while (use.find()) {
                int at = use.start();
                if (answered.stream().noneMatch(b -> at >= b[0] && at < b[1])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The local a call's reply is put in ({@code $r = Invoke-…}), or "". */
    private String replyOf(MatchResult call) {
        Matcher r = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*$").matcher(p.substring(p.lastIndexOf('\n', call.start()) + 1,
                call.start()));
        return r.find() ? r.group(1) : "";
    }

    /** A call's URL read, when it starts with a version. */
    private String path(MatchResult call) {
        Matcher u = URI.matcher(call.group(1));
        String path = u.find() ? text(u.group(1), u.start(1) + call.start(1)) : null;
        return path != null && path.matches("/(?:v1\\.0|beta)/.*") ? path : null;
    }

    /**
     * A URL: a parameter {@code {P}}, a local assigned one string once, a string with those; {@code `$} a dollar.
     * {@code $X?} is read as {@code $X} then {@code ?}, noted.
     */
    private String text(String literal, int at) {
        if (literal.startsWith("$")) {
            String name = literal.substring(1);
            if (fn.parameter(name).isPresent()) {
                return "{" + fn.canonical(name) + "}";
            }
            List<MatchResult> set = Pattern.compile("(?im)^\\s*\\$" + name + "\\s*=\\s*(\"[^\"]*\"|'[^']*')\\s*$")
                    .matcher(p).results().toList();
            need(set.size() == 1);
            return text(set.get(0).group(1), set.get(0).start(1));
        }
        String inside = literal.substring(1, literal.length() - 1);
        if (literal.startsWith("'")) {
            return inside;
        }
        Matcher m = Pattern.compile("`\\$|\\$(\\w+)(\\?)?").matcher(inside);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String x = m.group(1) == null ? "$" : text("$" + m.group(1), at) + (m.group(2) == null ? "" : "?");
            if (m.group(2) != null) {
                bug = "the module's URL " + literal + " (" + at(at) + ") names the variable $" + m.group(1) + "? (PowerShell"
                        + " reads ? as part of a variable's name), which is not set, so its GET asks for %s and fails%s;"
                        + " the plan sends the GET evidently meant, with $" + m.group(1) + ", whose items the code then"
                        + " merges with the new one";
                unset = x;
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(x));
        }
        return m.appendTail(out).toString();
    }

    private static String display(String resource) {
        String v = resource.substring(resource.indexOf('=') + 1);
        return v.startsWith("{") ? "-" + v.substring(1, v.length() - 1) : v;
    }

    private static String method(MatchResult call) {
        Matcher m = METHOD.matcher(call.group(1));
        return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : "GET";
    }

    private Matcher find(String regex, int from) {
        Matcher m = Pattern.compile("(?i)" + regex).matcher(p);
        need(m.find(from));
        return m;
    }

    private static void need(boolean holds) {
        if (!holds) {
            throw new NotThisForm();
        }
    }

    /** The code departs from the form (thrown where it does, caught by {@link #read(FunctionCode, String)}). */
    private static final class NotThisForm extends RuntimeException {
        NotThisForm() {
            super(null, null, false, false);
        }
    }

    private String at(int offset) {
        return fn.source(fn.processOffset() + offset);
    }
}
