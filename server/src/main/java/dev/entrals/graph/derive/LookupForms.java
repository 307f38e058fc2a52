package dev.entrals.graph.derive;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Forms around a lookup that {@link SequenceReading} reads besides its URL: a local of the URL the code sets once in
 * each branch of an {@code if} on the arguments ({@link #choice}: one lookup per branch, each under its condition),
 * and the message the code throws when the lookup's reply has no object ({@link #none}).
 */
final class LookupForms {

    private static final Pattern LOCAL = Pattern.compile("(?<!`)\\$(\\w+)");
    private static final Pattern ELSE = Pattern.compile("(?i)\\A\\s*else\\s*\\{");

    /**
     * A local set in both branches of an {@code if}: its value where {@code when} (the table's condition) holds, and
     * otherwise.
     */
    record Choice(String local, String when, String then, String otherwise) {
    }

    private LookupForms() {
    }

    /**
     * The local of a URL expression ({@code expr}, of a call at {@code at} in {@code text}) that the code sets once in
     * each branch of an {@code if (…) { $l = A } else { $l = B }} before the call, and nowhere else before it, on a
     * condition on the arguments {@link Conditions} reads; or null.
     */
    static Choice choice(FunctionCode fn, String text, String expr, int at) {
        Matcher local = LOCAL.matcher(expr);
        while (local.find()) {
            String name = local.group(1);
            if (fn.parameter(name).isPresent()) {
                continue;
            }
            Pattern set = Pattern.compile("(?im)^\\s*\\$" + Pattern.quote(name) + "\\s*=\\s*(.+?)\\s*$");
            if (set.matcher(text.substring(0, at)).results().count() != 2) {
                continue;
            }
            for (PsText.IfBlock b : PsText.ifBlocks(text)) {
                int end = b.start() + b.body().length() + 1;
                Matcher other = ELSE.matcher(text.substring(Math.min(end, text.length())));
                String when = Conditions.read(b.condition(), fn);
                if (b.elseIf() || end > at || !other.find() || when == null) {
                    continue;
                }
                int open = end + other.end() - 1;
                Matcher a = set.matcher(b.body());
                Matcher e = set.matcher(text.substring(open + 1, PsText.close(text, open) - 1));
                if (a.find() && e.find()) {
                    return new Choice(name, when, a.group(1), e.group(1));
                }
            }
        }
        return null;
    }

    /**
     * The string the code throws, first after {@code after}, when the reply of {@code $name} has no object
     * ({@code if (-not $r.value -or $r.value.Count -eq 0) { throw "…" }}, or {@code if (-not $r)}), with its offset
     * in {@code at[0]}; null when it throws none so.
     */
    static String none(String text, String name, int after, int[] at) {
        String r = Pattern.quote(name);
        Matcher t = Pattern.compile("(?is)\\bif\\s*\\(\\s*-not\\s+\\$" + r + "(?:\\.value)?\\s*(?:-or\\s+\\$" + r
                + "\\.value\\.Count\\s+-eq\\s+0\\s*)?\\)\\s*\\{\\s*throw\\s+(\"[^\"`]*\")\\s*}").matcher(text);
        if (!t.find(after)) {
            return null;
        }
        at[0] = t.start();
        return t.group(1);
    }
}
