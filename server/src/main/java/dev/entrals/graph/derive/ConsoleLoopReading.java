package dev.entrals.graph.derive;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entrals.graph.RequestEntry;
import dev.entrals.graph.BodyPart;
import dev.entrals.graph.RequestEntry.LookupPart;
import dev.entrals.graph.RequestEntry.SetRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loop that asks a person at the console until told to stop (a wizard), read as one pass with every prompt
 * answered as a run without a console can answer it:
 * <pre>
 * $more = $true
 * while ($more) {
 *     if ($first -and $PSBoundParameters.ContainsKey('P')) { $v = $P } else {
 *         $in = Read-Host "…"; if ($in …) { … $v = [guid]$in.Trim() … } else { $v = [guid]"D" } }
 *     do { $c = Read-Host "…"; $c = if ($c …) { $c.Trim().ToLower() } else { "b" } } while ($c -notin @("s", …))
 *     $f = $c -in @("s", "both")
 *     $r = Invoke-MgGraphRequest -Method GET -Uri $u
 *     $B = [PSCustomObject]@{ k = $v.ToString() }
 *     if ($f) { $x = [PSCustomObject]@{ … }; $B | Add-Member -MemberType NoteProperty -Name "n" -Value $x }
 *     $e = $r.value | Where-Object { $_.K -eq $v.ToString() } | Select-Object -First 1
 *     if ($e) { … -Method PATCH -Uri "$u/$($v.ToString())" … } else { … -Method POST -Uri $u … }
 *     do { $a = Read-Host "… (y/n)" … } while (…)
 *     $more = ($a -eq "y" -or $a -eq "yes")
 * }
 * </pre>
 * The last prompt, whose "y" goes round again, is answered no (one pass, noted); a prompt answered by a parameter when
 * it is given, else by the literal Enter gives, defaults that parameter ({@link SetRequest#DEFAULTED}); a prompt asked
 * again until its answer is in a list is the answer {@code c} ({@link SetRequest#ANSWERED}: Enter's answer unless one
 * is supplied by that name), and a flag {@code $c -in @(…)} the condition {@code c=s|c=both} on what it guards; a
 * {@code $script:} variable the function reads and never sets is a value to supply ({@link SetRequest#SESSION_VALUE});
 * the GET is the first step, the write in the branch on an object of its reply a step under {@code @1.value[K={P}]}
 * and the other the set's request under its complement. Anything else in the loop: null (not this form).
 */
final class ConsoleLoopReading {

    private static final Pattern WHILE = Pattern.compile("(?i)\\bwhile\\s*\\(\\s*\\$(\\w+)\\s*\\)\\s*\\{");
    private static final Pattern CALL = CallForms.CALL;
    private static final Pattern METHOD = CallForms.METHOD;
    private static final Pattern URI = Pattern.compile("(?i)-Uri\\s+(\\$[\\w:]+|\"[^\"]*\"|'[^']*')");
    private static final Pattern READ_HOST = CallForms.READ_HOST;
    private static final Pattern DO = Pattern.compile("(?i)\\bdo\\s*\\{");
    private static final String STRING = "(?:\\[\\w+\\]\\s*)?[\"']([^\"'$`]*)[\"']";

    private final FunctionCode fn;
    private final String p;
    private final List<String> notes = new ArrayList<>();
    private final List<Integer> answered = new ArrayList<>();

    private ConsoleLoopReading(FunctionCode fn, String p) {
        this.fn = fn;
        this.p = p;
    }

    /** The entry, or null when the function is not this form. */
    static RequestEntry read(FunctionCode fn, String p) {
        Matcher loop = WHILE.matcher(p);
        while (loop.find()) {
            if (Pattern.compile("(?i)\\$" + loop.group(1) + "\\s*=\\s*\\$true\\b").matcher(p.substring(0, loop.start()))
                    .find()) {
                return new ConsoleLoopReading(fn, p).pass(loop);
            }
        }
        return null;
    }

    private RequestEntry pass(Matcher loop) {
        int open = loop.end() - 1;
        int end = PsText.close(p, open);
        Matcher more = Pattern.compile("(?i)\\$" + loop.group(1) + "\\s*=\\s*\\(?\\s*\\$(\\w+)\\s+-eq\\s+[\"']y[\"']")
                .matcher(p).region(open, end);
        List<MatchResult> calls = CALL.matcher(p).results().toList();
        if (!more.find() || calls.isEmpty() || calls.stream().anyMatch(c -> c.start() < open || c.start() > end)) {
            return null;
        }
        MatchResult stop = READ_HOST.matcher(p).region(open, more.start()).results()
                .filter(r -> r.group(1).equalsIgnoreCase(more.group(1))).reduce((a, b) -> b).orElse(null);
        if (stop == null || calls.stream().anyMatch(c -> c.start() > stop.start())) {
            return null;
        }
        answered.add(stop.start());
        notes.add("the module asks " + stop.group(2) + " after each pass of its loop (Read-Host at " + at(stop.start())
                + ") and goes round again, with new answers, on y; a run here is one pass, as if answered n");
        List<String> choice = choice(open, end);
        MatchResult unplaced = READ_HOST.matcher(p).region(open, end).results()
                .filter(r -> !answered.contains(r.start())).findFirst().orElse(null);
        if (unplaced != null || choice == null) {
            return refused(loop, "has a prompt a run cannot answer: " + (unplaced == null ? "" : unplaced.group(2)
                    + " (Read-Host at " + at(unplaced.start()) + "), ") + "neither a parameter's with an Enter default"
                    + " nor one asked again until its answer is in a list", calls);
        }
        String writes = "sends requests other than a GET and two writes chosen by an object of its reply (from "
                + at(calls.get(0).start()) + ")";
        MatchResult get = calls.stream().filter(c -> method(c).equals("GET")).findFirst().orElse(null);
        Matcher reply = get == null ? null : Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*$").matcher(p.substring(
                p.lastIndexOf('\n', get.start()) + 1, get.start()));
        if (reply == null || !reply.find() || calls.size() != 3 || calls.get(0) != get) {
            return refused(loop, writes, calls);
        }
        Matcher entry = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*\\$" + reply.group(1) + "\\.(\\w+)\\s*\\|\\s*"
                + "Where-Object\\s*\\{\\s*\\$_\\.(\\w+)\\s+-eq\\s+\\$(\\w+)(?:\\.ToString\\(\\))?\\s*}").matcher(p);
        if (!entry.find()) {
            return refused(loop, writes, calls);
        }
        Matcher branch = Pattern.compile("(?i)\\bif\\s*\\(\\s*\\$" + entry.group(1) + "\\s*\\)\\s*\\{").matcher(p);
        if (!branch.find(entry.end())) {
            return refused(loop, writes, calls);
        }
        int thenEnd = PsText.close(p, branch.end() - 1);
        Matcher otherwise = Pattern.compile("(?i)^\\s*else\\s*\\{").matcher(p).region(thenEnd, p.length());
        String compared = value(entry.group(4));
        String getPath = path(get);
        if (!otherwise.lookingAt() || compared == null || getPath == null) {
            return refused(loop, writes, calls);
        }
        int elseEnd = PsText.close(p, otherwise.end() - 1);
        MatchResult chosen = calls.get(1).start() < thenEnd ? calls.get(1) : calls.get(2);
        MatchResult other = chosen == calls.get(1) ? calls.get(2) : calls.get(1);
        String chosenPath = path(chosen);
        String otherPath = path(other);
        List<BodyPart> body = body(chosen, choice);
        if (chosen.start() < branch.end() || other.start() < thenEnd || other.start() > elseEnd || chosenPath == null
                || otherPath == null || body == null || !body.equals(body(other, choice))
                || READ_HOST.matcher(p).region(open, end).results().anyMatch(r -> !answered.contains(r.start()))) {
            return refused(loop, writes, calls);
        }
        String when = "@1." + entry.group(2) + "[" + entry.group(3) + "=" + compared + "]";
        String shownValue = compared.startsWith("{") ? "-" + compared.substring(1, compared.length() - 1) : compared;
        notes.add("the module sends GET " + getPath + " first (" + at(get.start()) + ") and " + method(chosen) + " "
                + chosenPath + " when an object of its " + entry.group(2) + " has " + entry.group(3) + " "
                + shownValue + " (" + at(chosen.start()) + "), else " + method(other) + " " + otherPath + " ("
                + at(other.start()) + ")" + (Pattern.compile("(?i)\\}\\s*catch\\s*\\{").matcher(p)
                .region(get.end(), entry.start()).find() ? "; when the GET fails it goes on as if there were none,"
                + " where the plan stops" : ""));
        String retries = ListAppendReading.retries(fn, p, other.start()); // the wizard's own loop is no retry
        if (!retries.equals(InvokeDerivation.RETRIED)) {
            notes.add(retries);
        }
        Matcher results = Pattern.compile("(?i)\\$\\w+\\s*\\+=\\s*\\$(\\w+)").matcher(p).region(other.end(), end);
        if (results.find()) {
            notes.add("the module outputs an object of its own per pass ($" + results.group(1) + ", "
                    + at(results.start()) + ") with the write's reply in it; the plan shows the reply as Graph"
                    + " returns it");
        }
        String source = at(other.start());
        String via = other.group().toLowerCase(Locale.ROOT).startsWith("invoke-mg") ? "Invoke-MgGraphRequest"
                : "Invoke-GraphRequest";
        List<SetRequest> sets = new ArrayList<>();
        for (String set : fn.sets()) {
            sets.add(new SetRequest(set, method(other), otherPath, List.of(), List.of(), body, false, notes,
                    List.of(), false, List.of(), List.of(new LookupPart(getPath, List.of(), List.of(), null),
                    new LookupPart(chosenPath, List.of(), List.of(), null, method(chosen), body, when)),
                    "!" + when));
        }
        return new RequestEntry(fn.name(), fn.module(), source, via, sets, null, List.of());
    }

    /** The function left out: its loop read as one pass, but {@code why}. */
    private RequestEntry refused(Matcher loop, String why, List<MatchResult> calls) {
        MatchResult first = calls.get(0);
        return new RequestEntry(fn.name(), fn.module(), at(first.start()), first.group().toLowerCase(Locale.ROOT)
                .startsWith("invoke-mg") ? "Invoke-MgGraphRequest" : "Invoke-GraphRequest", List.of(), "its console"
                + " loop (" + loop.group().strip() + " at " + at(loop.start()) + "), read as one pass, " + why, List.of());
    }

    /**
     * The prompts before the writes: a parameter's Enter default (noted), and the choices asked again until in a
     * list, each flag {@code $f = $c -in @(…)} as a condition; per flag its condition, as {@code name=condition}.
     * Null when one is not read.
     */
    private List<String> choice(int open, int end) {
        List<String> flags = new ArrayList<>();
        Matcher fromParam = Pattern.compile("(?i)\\bif\\s*\\([^\\n]*\\$PSBoundParameters\\.ContainsKey\\(\\s*['\"](\\w+)"
                + "['\"]\\s*\\)\\s*\\)\\s*\\{\\s*\\$(\\w+)\\s*=\\s*\\$(\\w+)\\s*}\\s*else\\s*\\{").matcher(p).region(open, end);
        while (fromParam.find()) {
            int close = PsText.close(p, fromParam.end() - 1);
            Matcher ask = READ_HOST.matcher(p).region(fromParam.end(), close);
            Matcher enter = Pattern.compile("(?i)else\\s*\\{\\s*\\$" + fromParam.group(2) + "\\s*=\\s*" + STRING
                    + "\\s*}").matcher(p).region(fromParam.end(), close);
            if (!fromParam.group(1).equalsIgnoreCase(fromParam.group(3)) || fn.parameter(fromParam.group(1)).isEmpty()
                    || !ask.find() || !enter.find()) {
                return null;
            }
            answered.add(ask.start());
            notes.add(String.format(SetRequest.DEFAULTED, fn.canonical(fromParam.group(1)), enter.group(1),
                    "asks for it at a PowerShell console (Read-Host at " + at(ask.start())
                            + ") and takes that when Enter is pressed"));
        }
        Matcher loop = DO.matcher(p).region(open, end);
        while (loop.find()) {
            int close = PsText.close(p, loop.end() - 1);
            Matcher until = Pattern.compile("(?i)^\\s*while\\s*\\(\\s*\\$(\\w+)\\s+-notin\\s+@\\(([^)]*)\\)\\s*\\)")
                    .matcher(p).region(close, end);
            Matcher ask = READ_HOST.matcher(p).region(loop.end(), close);
            if (!until.lookingAt()) {
                continue;
            }
            Matcher enter = Pattern.compile("(?i)else\\s*\\{\\s*" + STRING + "\\s*}").matcher(p).region(loop.end(), close);
            if (!ask.find() || !ask.group(1).equalsIgnoreCase(until.group(1)) || !enter.find()) {
                return null;
            }
            answered.add(ask.start());
            String name = ask.group(1);
            List<String> allowed = strings(until.group(2));
            notes.add(String.format(SetRequest.ANSWERED, name, at(ask.start()), enter.group(1), name,
                    String.format(SetRequest.ANSWERS, String.join(", ", allowed))));
            Matcher flag = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*\\$" + name + "\\s+-in\\s+@\\(([^)]*)\\)").matcher(p)
                    .region(close, end);
            while (flag.find()) {
                flags.add(flag.group(1) + "=" + String.join("|", strings(flag.group(2)).stream()
                        .map(v -> name + "=" + v).toList()));
            }
        }
        return flags;
    }

    /**
     * The body a write sends: {@code $B = [PSCustomObject]@{ k = $v }} (an argument or a literal), then per flag
     * {@code if ($f) { $x = [PSCustomObject]@{ … }; $B | Add-Member … -Name "n" -Value $x }} (constants) under the
     * flag's condition. Null when not read.
     */
    private List<BodyPart> body(MatchResult write, List<String> flags) {
        String var = ListAppendReading.bodyVariable(write.group(1), p);
        Matcher literal = var == null ? null : Pattern.compile("(?i)\\$" + var + "\\s*=\\s*(?:\\[PSCustomObject\\]\\s*)?"
                + "@\\{").matcher(p);
        if (literal == null || !literal.find() || literal.start() > write.start()) {
            return null;
        }
        List<BodyPart> parts = new ArrayList<>();
        for (String e : BodyShapes.split(p.substring(literal.end(), PsText.close(p, literal.end() - 1) - 1), false)) {
            Matcher kv = Pattern.compile("(?s)^\\s*[\"']?(\\w+)[\"']?\\s*=\\s*\\$(\\w+)(?:\\.ToString\\(\\))?\\s*;?\\s*$")
                    .matcher(e);
            String v = kv.matches() ? value(kv.group(2)) : null;
            if (v == null || !v.matches("\\{\\w+}") || fn.parameter(v.substring(1, v.length() - 1)).isEmpty()) {
                return null;
            }
            parts.add(new BodyPart(kv.group(1), v.substring(1, v.length() - 1), null));
        }
        Matcher add = Pattern.compile("(?i)\\$" + var + "\\s*\\|\\s*Add-Member\\b[^\\n]*-Name\\s+[\"'](\\w+)[\"'][^\\n]*"
                + "-Value\\s+\\$(\\w+)").matcher(p).region(literal.end(), write.start());
        while (add.find()) {
            String when = null;
            for (String f : flags) {
                Matcher guard = Pattern.compile("(?i)\\bif\\s*\\(\\s*\\$" + f.substring(0, f.indexOf('=')) + "\\s*\\)"
                        + "\\s*\\{").matcher(p).region(literal.end(), add.start());
                while (guard.find()) {
                    when = PsText.close(p, guard.end() - 1) > add.end() ? f.substring(f.indexOf('=') + 1) : when;
                }
            }
            Matcher value = Pattern.compile("(?i)\\$" + add.group(2) + "\\s*=\\s*(?:\\[PSCustomObject\\]\\s*)?@\\{")
                    .matcher(p).region(literal.end(), add.start());
            ObjectNode object = value.find() ? constants(p.substring(value.end(), PsText.close(p, value.end() - 1) - 1))
                    : null;
            if (when == null || object == null) {
                return null;
            }
            parts.add(new BodyPart(add.group(1), null, null, object, when));
        }
        return parts;
    }

    /** A hashtable literal of string constants ({@code "@odata.type" = "#…"; kind = "allAllowed"}), or null. */
    private static ObjectNode constants(String inside) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String e : BodyShapes.split(inside, false)) {
            Matcher kv = Pattern.compile("(?s)^\\s*[\"']?([@\\w.]+)[\"']?\\s*=\\s*" + STRING + "\\s*;?\\s*$").matcher(e);
            if (!kv.matches()) {
                return null;
            }
            out.put(kv.group(1), kv.group(2));
        }
        return out;
    }

    /**
     * What a variable stands for in a URL or a body: an argument {@code {P}}; a local set from the parameter P when
     * it is given and from a prompt otherwise (read by {@link #choice}) {@code {P}}; a {@code $script:} variable the
     * file never sets, a value to supply {@code {X}} (noted); a local holding a string, that string read; else null.
     */
    private String value(String name) {
        if (name.regionMatches(true, 0, "script:", 0, 7)) {
            String x = name.substring(7);
            Matcher set = Pattern.compile("(?i)\\$script:" + x + "\\s*=[^=]").matcher(fn.text());
            int use = p.toLowerCase(Locale.ROOT).indexOf("$" + name.toLowerCase(Locale.ROOT));
            if (set.find() || fn.parameter(x).isPresent()) {
                return null;
            }
            String note = String.format(SetRequest.SESSION_VALUE, x, at(Math.max(0, use)), x);
            if (!notes.contains(note)) {
                notes.add(note);
            }
            return "{" + x + "}";
        }
        if (fn.parameter(name).isPresent()) {
            return "{" + fn.canonical(name) + "}";
        }
        Matcher fromParam = Pattern.compile("(?i)ContainsKey\\(\\s*['\"](\\w+)['\"]\\s*\\)\\s*\\)\\s*\\{\\s*\\$" + name
                + "\\s*=\\s*\\$(\\w+)\\s*}").matcher(p);
        if (fromParam.find() && fn.parameter(fromParam.group(1)).isPresent()) {
            return "{" + fn.canonical(fromParam.group(1)) + "}";
        }
        Matcher local = Pattern.compile("(?i)\\$" + name + "\\s*=\\s*(\"[^\"]*\"|'[^']*')\\s*$", Pattern.MULTILINE)
                .matcher(p);
        return local.find() ? text(local.group(1)) : null;
    }

    /** A string literal with its variables read ({@link #value}); null when one is not read. */
    private String text(String literal) {
        if (literal.startsWith("'")) {
            return literal.substring(1, literal.length() - 1);
        }
        Matcher v = Pattern.compile("\\$\\(\\s*\\$([\\w:]+?)(?:\\.ToString\\(\\))?\\s*\\)|\\$([\\w:]+)")
                .matcher(literal.substring(1, literal.length() - 1));
        StringBuilder out = new StringBuilder();
        while (v.find()) {
            String x = value(v.group(1) != null ? v.group(1) : v.group(2));
            if (x == null) {
                return null;
            }
            v.appendReplacement(out, Matcher.quoteReplacement(x));
        }
        return v.appendTail(out).toString();
    }

    /** A call's URL read, when it starts with a version. */
    private String path(MatchResult call) {
        Matcher u = URI.matcher(call.group(1));
        String path = !u.find() ? null : u.group(1).startsWith("$") ? value(u.group(1).substring(1)) : text(u.group(1));
        return path != null && path.matches("/(?:v1\\.0|beta)/.*") ? path : null;
    }

    private static String method(MatchResult call) {
        Matcher m = METHOD.matcher(call.group(1));
        return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : "GET";
    }

    private static List<String> strings(String items) {
        return BodyShapes.split(items, true).stream().map(String::strip)
                .map(s -> s.replaceAll("^[\"']|[\"']$", "")).toList();
    }

    private String at(int offset) {
        return fn.source(fn.processOffset() + offset);
    }
}
