package dev.entrals.graph.derive;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.entrals.graph.BodyPart;
import dev.entrals.graph.RequestEntry.SetRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body the code builds in the branches of an {@code if} on an argument's value ({@code if ($P -eq "v") { $body =
 * @{…} } else { $body = @{…} }}): each branch's hashtable read as a body, every part written only when its branch is
 * taken ({@link BodyPart#when()} {@code P=v} or {@code !P=v}). Where a branch calls a method on an optional
 * argument ({@code $Protocol.ToLower()}) inside a {@code try}, the module fails there without that argument and
 * sends nothing: the set's condition is then the complement, with a {@link SetRequest#SENDS_NOTHING} note. Also the
 * values such a hashtable takes that other readings do not: {@code $P.ToLower()} (with {@code -join ","}), a local
 * a {@code switch ($P)} sets per value ({@code {0|map|a=x|…}}), and a list started empty and added to once per item
 * of a list argument ({@link BodyPart#ADDED}, an item through {@code if (!$x.Contains("-")) { $l += "$x-$x" } else {
 * $l += $x }} as {@code {0|unlessContains|-|*-*}}).
 */
final class BodyVariants {

    private static final Pattern BRANCH = Pattern.compile(
            "(?i)\\bif\\s*\\(\\s*\\$(\\w+)\\s+-(eq|ne)\\s+[\"']([^\"'$`]+)[\"']\\s*\\)\\s*\\{");
    private static final Pattern ELSE = Pattern.compile("(?i)^\\s*else\\s*\\{");
    private static final Pattern LOWER = Pattern.compile(
            "(?i)^\\$(\\w+)\\.ToLower(?:Invariant)?\\(\\)(\\s*-join\\s*([\"']),\\3)?$");
    private static final Pattern LOCAL = Pattern.compile("^\\$(\\w+)$");
    private static final Pattern CALL_ON = Pattern.compile("\\$(\\w+)\\.\\w+\\(");

    /** A read: the parts with their conditions, the set's condition and its note (both null: always), or why not. */
    record Read(List<BodyPart> parts, String when, String note, String problem) {
    }

    private BodyVariants() {
    }

    /** The read of {@code $var} built in two branches on an argument's value, or null when it is not built so. */
    static Read read(FunctionCode fn, String p, String var) {
        Matcher m = BRANCH.matcher(p);
        while (m.find()) {
            int thenEnd = PsText.close(p, m.end() - 1);
            Matcher other = ELSE.matcher(p.substring(thenEnd));
            if (fn.parameter(m.group(1)).isEmpty() || !other.find()) {
                continue;
            }
            int elseOpen = thenEnd + other.end() - 1;
            String[] branches = {p.substring(m.end(), thenEnd - 1),
                    p.substring(elseOpen + 1, PsText.close(p, elseOpen) - 1)};
            Pattern assigned = Pattern.compile("(?i)\\$" + Pattern.quote(var) + "\\s*=\\s*@\\{");
            if (!assigned.matcher(branches[0]).find() || !assigned.matcher(branches[1]).find()) {
                continue;
            }
            String test = fn.canonical(m.group(1)) + "=" + m.group(3);
            boolean eq = m.group(2).equalsIgnoreCase("eq");
            String[] conditions = {eq ? test : "!" + test, eq ? "!" + test : test};
            List<BodyPart> parts = new ArrayList<>();
            List<String> sends = new ArrayList<>();
            List<String> fails = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                List<BodyPart> own = new ArrayList<>();
                String problem = InvokeBodies.hashtable(fn, branches[i], var, own, null);
                if (problem != null) {
                    return new Read(List.of(), null, null, problem);
                }
                String condition = conditions[i];
                own.forEach(b -> parts.add(b.under(condition)));
                Set<String> needed = optionalCalledOn(fn, branches[i]);
                if (!needed.isEmpty() && !inTry(p, m.start())) {
                    return new Read(List.of(), null, null, "sends a body whose branch on -" + fn.canonical(m.group(1))
                            + " calls a method on -" + String.join(", -", needed) + ", which may be absent; not read");
                }
                sends.add(conditions[i] + needed.stream().map(n -> "&" + n).reduce("", String::concat));
                for (String n : needed) {
                    fails.add(shown(conditions[i]) + " and -" + n + " is not given ($" + n + "." + method(branches[i], n)
                            + " on $null fails, " + fn.source(fn.processOffset() + offsetIn(fn, branches[i], n)) + ")");
                }
            }
            return fails.isEmpty() ? new Read(parts, null, null, null)
                    : new Read(parts, String.join("|", sends), SetRequest.SENDS_NOTHING + String.join(", or ", fails),
                    null);
        }
        return null;
    }

    /** A hashtable entry's value of a form only this reading reads, as a part of {@code key}; or null. */
    static BodyPart entry(String key, String value, FunctionCode fn) {
        String v = value.strip();
        Matcher lower = LOWER.matcher(v);
        if (lower.matches() && fn.parameter(lower.group(1)).isPresent() && (lower.group(2) != null
                || !fn.parameter(lower.group(1)).get().type().endsWith("[]"))) {
            return new BodyPart(key, fn.canonical(lower.group(1)), "{0|lower}");
        }
        Matcher local = LOCAL.matcher(v);
        if (!local.matches() || fn.parameter(local.group(1)).isPresent()) {
            return null;
        }
        BodyPart mapped = switched(key, local.group(1), fn);
        return mapped != null ? mapped : added(key, local.group(1), fn);
    }

    /** {@code switch ($P) { "a" { $name = 'x' } … }}, the only assignments of the local: {@code {0|map|a=x|…}}. */
    private static BodyPart switched(String key, String name, FunctionCode fn) {
        String p = fn.process();
        Matcher sw = Pattern.compile("(?i)\\bswitch\\s*\\(\\s*\\$(\\w+)\\s*\\)\\s*\\{").matcher(p);
        while (sw.find()) {
            String inside = p.substring(sw.end(), PsText.close(p, sw.end() - 1) - 1);
            Matcher c = Pattern.compile("(?i)[\"'](\\w+)[\"']\\s*\\{\\s*\\$" + Pattern.quote(name)
                    + "\\s*=\\s*[\"']([^\"'$`|=}]+)[\"']\\s*;?\\s*}").matcher(inside);
            StringBuilder map = new StringBuilder();
            int cases = 0;
            while (c.find()) {
                map.append('|').append(c.group(1)).append('=').append(c.group(2));
                cases++;
            }
            long all = Pattern.compile("(?i)\\$" + Pattern.quote(name) + "\\s*=(?!=)").matcher(p).results().count();
            if (cases > 0 && cases == all && fn.parameter(sw.group(1)).isPresent()) {
                return new BodyPart(key, fn.canonical(sw.group(1)), "{0|map" + map + "}");
            }
        }
        return null;
    }

    /**
     * {@code $name = @()} and {@code foreach ($x in $P) { $name += … }} the only changes of the local: each item as
     * written ({@code $x}, {@code "$x-$x"}, or either by {@code if (!$x.Contains("s")) … else …}).
     */
    private static BodyPart added(String key, String name, FunctionCode fn) {
        String p = fn.process();
        String n = Pattern.quote(name);
        Matcher start = Pattern.compile("(?im)^\\s*\\$" + n + "\\s*=\\s*@\\(\\s*\\)\\s*$").matcher(p);
        Matcher loop = Pattern.compile("(?i)\\bforeach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+\\$(\\w+)\\s*\\)\\s*\\{").matcher(p);
        if (!start.find() || !loop.find(start.end()) || fn.parameter(loop.group(2)).isEmpty()) {
            return null;
        }
        String x = Pattern.quote(loop.group(1));
        String body = p.substring(loop.end(), PsText.close(p, loop.end() - 1) - 1).strip();
        long adds = Pattern.compile("(?i)\\$" + n + "\\s*\\+?=(?!=)").matcher(p).results().count();
        String add = "\\$" + n + "\\s*\\+=\\s*(\\$" + x + "|\"[^\"`]*\")\\s*;?";
        Matcher plain = Pattern.compile("(?i)^" + add + "$").matcher(body);
        Matcher chosen = Pattern.compile("(?is)^if\\s*\\(\\s*(?:!|-not\\s*)\\$" + x + "\\.Contains\\(\\s*[\"']([^\"'$`|*}]+)"
                + "[\"']\\s*\\)\\s*\\)\\s*\\{\\s*" + add + "\\s*}\\s*else\\s*\\{\\s*\\$" + n + "\\s*\\+=\\s*\\$" + x
                + "\\s*;?\\s*}$").matcher(body);
        String item;
        if (plain.matches() && adds == 2) {
            item = itemText(plain.group(1), loop.group(1));
        } else if (chosen.matches() && adds == 3) {
            String t = itemText(chosen.group(2), loop.group(1));
            item = t == null ? null : "{0|unlessContains|" + chosen.group(1) + "|" + t.replace("{0}", "*") + "}";
        } else {
            return null;
        }
        return item == null ? null : new BodyPart(key, fn.canonical(loop.group(2)), BodyPart.ADDED,
                item.equals("{0}") ? null : JsonNodeFactory.instance.textNode(item));
    }

    /** {@code $x} or a string naming only {@code $x}, as a template ({@code {0}}); null for another. */
    private static String itemText(String e, String x) {
        if (e.startsWith("$")) {
            return "{0}";
        }
        String t = e.substring(1, e.length() - 1).replaceAll("(?i)\\$(?:" + Pattern.quote(x) + "\\b|\\{"
                + Pattern.quote(x) + "})", "{0}");
        return t.contains("$") || t.contains("*") ? null : t;
    }

    /** The optional arguments (mandatory in no set) the text calls a method on ({@code $Protocol.ToLower()}). */
    private static Set<String> optionalCalledOn(FunctionCode fn, String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher c = CALL_ON.matcher(text);
        while (c.find()) {
            String name = c.group(1);
            if (fn.parameter(name).isPresent() && fn.sets().stream().noneMatch(s -> fn.mandatoryIn(name, s))) {
                out.add(fn.canonical(name));
            }
        }
        return out;
    }

    private static String method(String text, String param) {
        Matcher c = Pattern.compile("(?i)\\$" + Pattern.quote(param) + "\\.(\\w+\\(\\))").matcher(text);
        return c.find() ? c.group(1) : "";
    }

    private static int offsetIn(FunctionCode fn, String branch, String param) {
        Matcher c = Pattern.compile("(?i)\\$" + Pattern.quote(param) + "\\.\\w+\\(").matcher(branch);
        int in = fn.process().indexOf(branch);
        return (in < 0 ? 0 : in) + (c.find() ? c.start() : 0);
    }

    /** Whether the offset is inside a {@code try { … }} (a failure there goes to the {@code catch}). */
    private static boolean inTry(String p, int at) {
        Matcher t = Pattern.compile("(?i)\\btry\\s*\\{").matcher(p);
        while (t.find()) {
            if (t.end() <= at && at < PsText.close(p, t.end() - 1)) {
                return true;
            }
        }
        return false;
    }

    /** A condition as a note says it. */
    private static String shown(String when) {
        boolean not = when.startsWith("!");
        String[] t = (not ? when.substring(1) : when).split("=", 2);
        return "-" + t[0] + " is " + (not ? "not " : "") + t[1];
    }
}
