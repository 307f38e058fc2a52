package dev.entrals.graph.derive;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * String values the code computes in two small forms: terms joined with {@code +} ({@code $ExternalUrl +
 * "?appproxy=logout"}, {@code "/beta/applications/$Id/connectorGroup/" + '$ref'}), and a local set in the two branches
 * of {@code if ($P.EndsWith("/")) { $x = $P.TrimEnd("/") } else { $x = $P }}, which is {@code $P.TrimEnd("/")} in both
 * ({@code {P|trimEnd|/}}, filled by {@code ArgumentText}).
 */
final class TextForms {

    private TextForms() {
    }

    /**
     * The template of terms joined with {@code +}, each read by {@code term} (null when it is not text); null when the
     * expression is one term or a term is not read.
     */
    static String joined(String expr, Function<String, String> term) {
        List<String> terms = Assignments.splitPlus(expr);
        if (terms.size() < 2) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String t : terms) {
            String v = t.isBlank() ? null : term.apply(t.strip());
            if (v == null) {
                return null;
            }
            out.append(v);
        }
        return out.toString();
    }

    /**
     * {@code {P|trimEnd|c}} where the text sets the local {@code name} only in {@code if ($P.EndsWith("c")) { $name =
     * $P.TrimEnd("c") } else { $name = $P }} (one character {@code c}: without it at the end, {@code TrimEnd} leaves
     * the value as it is, so both branches are {@code $P.TrimEnd("c")}); else null.
     */
    static String trimmedLocal(String name, String text, FunctionCode fn) {
        String x = "\\$" + Pattern.quote(name);
        Matcher m = Pattern.compile("(?is)\\bif\\s*\\(\\s*\\$(\\w+)\\.EndsWith\\(\\s*([\"'])([^\"'`$])\\2\\s*\\)\\s*\\)"
                + "\\s*\\{\\s*" + x + "\\s*=\\s*\\$\\1\\.TrimEnd\\(\\s*([\"'])\\3\\4\\s*\\)\\s*;?\\s*}"
                + "\\s*else\\s*\\{\\s*" + x + "\\s*=\\s*\\$\\1\\s*;?\\s*}").matcher(text);
        if (!m.find() || !fn.parameter(m.group(1)).isPresent()) {
            return null;
        }
        Matcher any = Pattern.compile("(?im)^\\s*" + x + "\\s*=(?!=)").matcher(text);
        int count = 0;
        while (any.find()) {
            count++;
        }
        return count == 2 ? "{" + fn.canonical(m.group(1)) + "|trimEnd|" + m.group(3) + "}" : null;
    }
}
