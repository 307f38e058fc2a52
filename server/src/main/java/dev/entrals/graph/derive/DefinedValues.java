package dev.entrals.graph.derive;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The literal values a function that sends its requests from functions it defines writes (the entry's {@code values},
 * section {@code mcp}): each local its {@code begin} block assigns at its top level a string or a hashtable of them
 * ({@code $resourceAppId = "e8c7…"}, {@code $PredefinedApps = @{ "Claude" = @{ Name = "…"; AppId = "…" } }}), keyed
 * {@code $name}; and each string a function it defines passes a Graph SDK cmdlet by name ({@code Get-MgBetaServicePrincipal
 * -Filter "appId eq '$appId'" -Property "id,appId"}), keyed {@code Cmdlet -Parameter}, a {@code $var} in a
 * double-quoted string as {@code {var}}. A value written twice differently, or not a plain literal, is left out.
 */
final class DefinedValues {

    private static final Pattern LOCAL = Pattern.compile("(?m)^[ \\t]*\\$(\\w+)[ \\t]*=[ \\t]*");
    private static final Pattern FUNCTION = Pattern.compile("(?i)\\bfunction\\s+([\\w-]+)\\s*(?:\\([^)]*\\))?\\s*\\{");
    private static final Pattern SDK = Pattern.compile("(?i)(?<![\\w-])([A-Z][a-z]+-Mg\\w+)\\b");
    private static final Pattern ARGUMENT = Pattern.compile("(?i)(?<![\\w-])-(\\w+)\\s+(\"[^\"]*\"|'[^']*')");
    private static final Pattern VARIABLE = Pattern.compile("\\$(\\w+)");
    private static final Object CONFLICT = new Object();

    private DefinedValues() {
    }

    /** The values of {@code fn}'s code, in the order written (empty when none). */
    static Map<String, Object> read(FunctionCode fn) {
        Map<String, Object> out = new LinkedHashMap<>();
        String begin = fn.begin();
        Matcher m = LOCAL.matcher(begin);
        while (m.find()) {
            if (depth(begin, m.start()) == 0) {
                Object v = value(begin, m.end(), true);
                if (v != null) {
                    put(out, "$" + m.group(1), v);
                }
            }
        }
        String body = fn.text().substring(fn.signature().start(), Math.min(fn.text().length(), fn.signature().end()));
        Matcher f = FUNCTION.matcher(body);
        while (f.find()) {
            if (f.group(1).equalsIgnoreCase(fn.name())) {
                continue;
            }
            String inside = body.substring(f.end(), PsText.close(body, f.end() - 1));
            Matcher c = SDK.matcher(inside);
            while (c.find()) {
                Matcher a = ARGUMENT.matcher(topLevel(statement(inside, c.end())));
                while (a.find()) {
                    String v = string(a.group(2));
                    if (v != null) {
                        put(out, c.group(1) + " -" + a.group(1), v);
                    }
                }
            }
        }
        out.values().removeIf(v -> v == CONFLICT);
        return out;
    }

    private static void put(Map<String, Object> out, String key, Object v) {
        out.merge(key, v, (a, b) -> a.equals(b) ? a : CONFLICT);
    }

    /** The call's text from {@code from}: its line and the lines a trailing backtick continues it on. */
    private static String statement(String text, int from) {
        int end = from;
        while (true) {
            int nl = text.indexOf('\n', end);
            if (nl < 0) {
                return text.substring(from);
            }
            if (!text.substring(end, nl).stripTrailing().endsWith("`")) {
                return text.substring(from, nl);
            }
            end = nl + 1;
        }
    }

    /** The text with what is inside brackets blanked: an operator's operand in {@code @{…}} is not the call's argument. */
    private static String topLevel(String text) {
        StringBuilder out = new StringBuilder(text);
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quote != 0) {
                quote = ch == quote ? 0 : quote;
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == '{' || ch == '(') {
                depth++;
            } else if ((ch == '}' || ch == ')') && depth > 0) {
                depth--;
            }
            if (depth > 0 && ch != '{' && ch != '(') {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /** A string literal or a hashtable of them at {@code at}; {@code alone} requires nothing else on its line. */
    private static Object value(String text, int at, boolean alone) {
        Object v;
        int end;
        if (text.startsWith("@{", at)) {
            end = PsText.close(text, at + 1);
            v = hashtable(text.substring(at + 2, end - 1));
        } else if (at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'')) {
            end = text.indexOf(text.charAt(at), at + 1) + 1;
            v = end <= 0 ? null : string(text.substring(at, end));
        } else {
            return null;
        }
        int nl = text.indexOf('\n', end);
        String rest = text.substring(end, nl < 0 ? text.length() : nl).strip();
        return v != null && (!alone || rest.isEmpty()) ? v : null;
    }

    /** The entries of a hashtable's inside ({@code key = value} split by {@code ;} or line), or null. */
    private static Map<String, Object> hashtable(String inside) {
        Map<String, Object> out = new LinkedHashMap<>();
        int i = 0;
        Pattern key = Pattern.compile("\\s*(?:\"([^\"]+)\"|'([^']+)'|(\\w+))\\s*=\\s*");
        while (true) {
            while (i < inside.length() && (Character.isWhitespace(inside.charAt(i)) || inside.charAt(i) == ';')) {
                i++;
            }
            if (i >= inside.length()) {
                return out;
            }
            Matcher k = key.matcher(inside).region(i, inside.length());
            if (!k.lookingAt()) {
                return null;
            }
            String name = k.group(1) != null ? k.group(1) : k.group(2) != null ? k.group(2) : k.group(3);
            int at = k.end();
            Object v = value(inside, at, false);
            if (v == null) {
                return null;
            }
            out.put(name, v);
            i = inside.startsWith("@{", at) ? PsText.close(inside, at + 1) : inside.indexOf(inside.charAt(at), at + 1) + 1;
        }
    }

    /** A quoted literal's value: single-quoted as written, double-quoted with {@code $var} as {@code {var}}; or null. */
    private static String string(String quoted) {
        String inner = quoted.substring(1, quoted.length() - 1);
        if (quoted.charAt(0) == '\'') {
            return inner;
        }
        if (inner.contains("$(") || inner.contains("`")) {
            return null; // a subexpression or an escape: not a plain literal
        }
        return VARIABLE.matcher(inner).replaceAll("{$1}");
    }

    /** How many braces are open at {@code offset} (quoted text skipped). */
    private static int depth(String text, int offset) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < offset; i++) {
            char ch = text.charAt(i);
            if (quote != 0) {
                quote = ch == quote ? 0 : quote;
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == '{') {
                depth++;
            } else if (ch == '}') {
                depth--;
            }
        }
        return depth;
    }
}
