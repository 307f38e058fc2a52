package dev.entrals.graph.derive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entrals.graph.BodyPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the body values a function builds beyond one parameter per property, as JSON structures whose string leaves
 * are templates ({@link BodyPart#value()}): a hashtable or array literal, nested ({@code keyCredential = @{ type =
 * $Type … }}); a hashtable of a parameter's properties in the parameter's own block ({@code $Value = @{ password =
 * $TmpValue.Password }}); one hashtable per item of a list argument ({@code foreach ($i in $Tmp) { $hash += @{
 * cidrAddress = $i.CidrAddress } }}); a SecureString argument turned into its text; a date from the clock some
 * constant days away. Anything else is not read (null).
 */
final class BodyShapes {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern PROPERTY = Pattern.compile("^\\(?\\$(\\w+)\\)?\\.(\\w+)$");
    private static final Pattern PARAMS_KEY = Pattern.compile("(?i)^\\$\\(\\s*\\$params\\.(\\w+)\\s*\\)$|^\\$params\\.(\\w+)$");
    private static final Pattern PLAIN_TEXT = Pattern.compile(
            "(?i)^\\[(?:System\\.Runtime\\.InteropServices\\.)?Marshal]::PtrToString(?:Auto|BSTR|Uni(?:code)?)\\(\\s*\\$(\\w+)\\s*\\)$");
    private static final Pattern TO_BSTR = Pattern.compile(
            "(?i)^\\[(?:System\\.Runtime\\.InteropServices\\.)?Marshal]::SecureStringTo(?:BSTR|GlobalAllocUnicode)\\(\\s*(\\$\\w+|\\$PSBoundParameters\\[[\"']\\w+[\"']]|\\$params\\.\\w+)\\s*\\)$");
    private static final Pattern GET_BYTES = Pattern.compile(
            "(?i)^\\[(?:System\\.)?Text\\.Encoding]::(ASCII|UTF8)\\.GetBytes\\((.+)\\)$");
    private static final Pattern GET_STRING = Pattern.compile(
            "(?i)^\\[(?:System\\.)?Text\\.Encoding]::(ASCII|UTF8)\\.GetString\\((.+)\\)$");
    private static final Pattern DAYS_FROM_NOW = Pattern.compile(
            "(?i)^\\(Get-Date\\)\\.AddDays\\(\\s*(-?\\d+)\\s*\\)\\.ToString\\(\\s*[\"']([^\"']+)[\"']\\s*\\)$");

    /**
     * Where an expression is read: the function, the text its locals are looked up in, the parameter whose block it
     * is in ({@code $TmpValue} and that parameter are {@code {0}}), and the loop variable standing for each item
     * ({@code {0}} too), or null.
     */
    record Scope(FunctionCode fn, String text, String blockParam, String item) {
        Scope withItem(String variable) {
            return new Scope(fn, text, null, variable);
        }
    }

    private BodyShapes() {
    }

    /** An expression as a structure, or null when a part of it is not read. */
    static JsonNode read(String expr, Scope s) {
        return read(expr, s, 0);
    }

    private static JsonNode read(String expr, Scope s, int depth) {
        String e = expr.strip().replaceFirst(";$", "").strip();
        if (depth > 8 || e.isEmpty()) {
            return null;
        }
        if (e.startsWith("@{") && PsText.close(e, 1) == e.length()) {
            return object(e.substring(2, e.length() - 1), s, depth);
        }
        if (e.startsWith("@(") && PsText.close(e, 1) == e.length()) {
            ArrayNode out = F.arrayNode();
            for (String item : split(e.substring(2, e.length() - 1), true)) {
                JsonNode v = read(item, s, depth + 1);
                if (v == null) {
                    return null;
                }
                out.add(v);
            }
            return out;
        }
        String lower = e.toLowerCase(Locale.ROOT);
        if (lower.equals("$null")) {
            return F.nullNode();
        }
        if (lower.equals("$true") || lower.equals("$false")) {
            return F.booleanNode(lower.equals("$true"));
        }
        if (NUMBER.matcher(e).matches()) {
            return e.contains(".") ? F.numberNode(Double.parseDouble(e)) : F.numberNode(Long.parseLong(e));
        }
        if (e.length() >= 2 && e.startsWith("'") && e.endsWith("'")) {
            return F.textNode(e.substring(1, e.length() - 1).replace("''", "'"));
        }
        if (e.length() >= 2 && e.startsWith("\"") && e.endsWith("\"")) {
            String t = Assignments.template(e.substring(1, e.length() - 1), s.blockParam(), s.fn());
            return t == null ? null : F.textNode(t);
        }
        String joined = TextForms.joined(e, t -> {
            JsonNode v = read(t, s, depth + 1);
            return v != null && v.isTextual() ? v.asText() : null;
        });
        if (joined != null) {
            return F.textNode(joined); // $ExternalUrl + "?appproxy=logout"
        }
        String v = variable(e, s, depth);
        return v != null ? F.textNode(v) : local(e, s, depth);
    }

    /** A variable standing for a value: {@code {0}}, {@code {0.Prop}}, {@code {Param}} or a date; else null. */
    private static String variable(String e, Scope s, int depth) {
        String direct = Assignments.directParam(e, s.fn());
        if (direct != null && e.startsWith("$") && !e.startsWith("$PSBound") && reassigned(direct, s.fn())) {
            String how = rewritten(direct, s.fn());
            return how == null ? null // the code changes the parameter's value before using it
                    : "{" + (direct.equalsIgnoreCase(s.blockParam()) ? "0" : direct) + "|" + how + "}";
        }
        if (direct != null) {
            return direct.equalsIgnoreCase(s.blockParam()) ? "{0}" : "{" + direct + "}";
        }
        if (isValue(e.replaceFirst("^\\$", ""), s) && e.startsWith("$")) {
            return "{0}";
        }
        Matcher prop = PROPERTY.matcher(e);
        if (prop.matches()) {
            if (isValue(prop.group(1), s)) {
                return "{0." + prop.group(2) + "}";
            }
            if (s.fn().parameter(prop.group(1)).isPresent() && !prop.group(1).equalsIgnoreCase("params")) {
                String p = s.fn().canonical(prop.group(1));
                return p.equalsIgnoreCase(s.blockParam()) ? "{0." + prop.group(2) + "}"
                        : "{" + p + "." + prop.group(2) + "}";
            }
        }
        Matcher key = PARAMS_KEY.matcher(e);
        if (key.matches()) {
            // $($params.KeyId) where the code wrote $params["KeyId"] = $PSBoundParameters["KeyId"]
            String k = key.group(1) != null ? key.group(1) : key.group(2);
            Matcher m = Pattern.compile("(?i)\\$params\\[[\"']" + k + "[\"']]\\s*=\\s*(\\S+)").matcher(s.fn().process());
            String p = m.find() ? Assignments.directParam(m.group(1), s.fn()) : null;
            return p == null ? null : p.equalsIgnoreCase(s.blockParam()) ? "{0}" : "{" + p + "}";
        }
        Matcher plain = PLAIN_TEXT.matcher(e);
        if (plain.matches()) {
            // [Marshal]::PtrToStringAuto([Marshal]::SecureStringToBSTR($P)): the SecureString's text
            Matcher bstr = TO_BSTR.matcher(String.valueOf(localText(plain.group(1), s)));
            return bstr.matches() ? variable(expand(bstr.group(1), s), s, depth + 1) : null;
        }
        Matcher bytes = GET_BYTES.matcher(e);
        if (bytes.matches()) {
            // [System.Text.Encoding]::ASCII.GetBytes($P): the SDK writes a byte array as Base64
            String v = variable(bytes.group(2).strip(), s, depth + 1);
            return v == null ? recoded(bytes.group(2).strip(), bytes.group(1), s, depth)
                    : !v.matches("\\{\\w+}") ? null
                    : v.replace("}", "|" + bytes.group(1).toLowerCase(Locale.ROOT) + "Base64}");
        }
        Matcher days = DAYS_FROM_NOW.matcher(e);
        if (days.matches()) {
            // a date some constant days from now: the default of a clock date with no parameter
            return "{|daysAgo|" + ClockDates.javaPattern(days.group(2)) + "|" + (-Long.parseLong(days.group(1))) + "}";
        }
        return null;
    }

    /**
     * {@code [Text.Encoding]::TO.GetBytes($t)} where the code assigns {@code $t = [Text.Encoding]::FROM.GetString(X)}
     * once and X is a byte array of the value ({@code $TmpValue.key}): {@code {0.key|recoded|from|to}}, the bytes
     * re-encoded as .NET does; else null.
     */
    private static String recoded(String arg, String to, Scope s, int depth) {
        Matcher local = Pattern.compile("^\\$(\\w+)$").matcher(arg);
        String text = local.matches() ? localText(local.group(1), s) : null;
        Matcher string = GET_STRING.matcher(text == null ? "" : text);
        if (!string.matches() || Pattern.compile("(?i)\\$" + local.group(1) + "(?:\\[[^\\]\\n]+]|\\.\\w+)*\\s*\\+?=(?!=)")
                .matcher(s.text()).results().count() != 1) {
            return null; // not a text decoded from bytes, or a local the code changes
        }
        String v = variable(string.group(2).strip(), s, depth + 1);
        return v == null || !v.matches("\\{\\w+(?:\\.\\w+)?}") ? null : v.replace("}", "|recoded|"
                + string.group(1).toLowerCase(Locale.ROOT) + "|" + to.toLowerCase(Locale.ROOT) + "}");
    }

    /**
     * Whether the code assigns the parameter's variable something other than its own value
     * ({@code $Mode = $Mode.Substring(0, 1).ToLower() + …}; a switch set to {@code $true} is its value).
     */
    private static boolean reassigned(String param, FunctionCode fn) {
        Matcher m = Pattern.compile("(?im)^\\s*\\$" + param + "\\s*=\\s*(.+?)\\s*;?\\s*$").matcher(fn.process());
        while (m.find()) {
            String rhs = m.group(1);
            boolean same = param.equalsIgnoreCase(Assignments.directParam(rhs, fn))
                    || rhs.equalsIgnoreCase("$true") && fn.parameter(param).map(x -> x.isSwitch()).orElse(false);
            if (!same) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one way the code rewrites the parameter's variable ({@code $P = $P.Substring(0, 1).ToLower() +
     * $P.Substring(1)}: {@code lowerFirst}; {@code $P = $P.ToLower()}: {@code lower}), its copies of the argument
     * aside; null for another or several.
     */
    static String rewritten(String param, FunctionCode fn) {
        String v = "\\$" + Pattern.quote(param);
        Matcher m = Pattern.compile("(?im)^\\s*" + v + "\\s*=\\s*(.+?)\\s*;?\\s*$").matcher(fn.process());
        String how = null;
        while (m.find()) {
            String rhs = m.group(1);
            String one = transform(rhs, v);
            if (one == null && !param.equalsIgnoreCase(Assignments.directParam(rhs, fn))) {
                return null;
            }
            if (one != null && how != null) {
                return null; // rewritten twice
            }
            how = one != null ? one : how;
        }
        return how;
    }

    /**
     * How an expression transforms a subject (a regular expression): {@code S.Substring(0, 1).ToLower() +
     * S.Substring(1)} is {@code lowerFirst}, {@code S.ToLower()} {@code lower}; null for anything else.
     */
    static String transform(String rhs, String subject) {
        return Pattern.compile("(?i)^" + subject + "\\.Substring\\(0,\\s*1\\)\\.ToLower\\(\\)\\s*\\+\\s*" + subject
                + "\\.Substring\\(1\\)$").matcher(rhs).matches() ? "lowerFirst"
                : Pattern.compile("(?i)^" + subject + "\\.ToLower\\(\\)$").matcher(rhs).matches() ? "lower" : null;
    }

    /** A local variable's value expression, followed one step ({@code $Temp = $PSBoundParameters["P"]}). */
    private static String expand(String e, Scope s) {
        if (e.matches("\\$\\w+") && Assignments.directParam(e, s.fn()) == null) {
            String t = localText(e.substring(1), s);
            return t == null ? e : t;
        }
        return e;
    }

    private static boolean isValue(String name, Scope s) {
        return name.equalsIgnoreCase(s.item()) || s.item() == null && s.blockParam() != null
                && name.equalsIgnoreCase("TmpValue");
    }

    private static JsonNode local(String e, Scope s, int depth) {
        Matcher m = Pattern.compile("^\\$(\\w+)$").matcher(e);
        if (!m.matches()) {
            return null;
        }
        String text = localText(m.group(1), s);
        if (text == null) { // if ($P.EndsWith("/")) { $x = $P.TrimEnd("/") } else { $x = $P }
            String trimmed = TextForms.trimmedLocal(m.group(1), s.text(), s.fn());
            trimmed = trimmed != null ? trimmed : TextForms.trimmedLocal(m.group(1), s.fn().process(), s.fn());
            return trimmed == null ? null : F.textNode(trimmed);
        }
        Matcher changed = Pattern.compile("(?i)\\$" + m.group(1) + "(?:(?:\\[[^\\]\\n]+]|\\.\\w+)+\\s*\\+?=|\\s*\\+=)(?!=)")
                .matcher(s.fn().process());
        return text == null || changed.find() ? null : read(text, s, depth + 1); // not one changed after
    }

    /**
     * The expression a local is assigned once in the scope's text ({@code $x = …}, a hashtable or array literal over
     * several lines whole), or null.
     */
    static String localText(String name, Scope s) {
        String own = localText(name, s.text());
        return own != null || s.text().equals(s.fn().process()) ? own : localText(name, s.fn().process());
    }

    private static String localText(String name, String text) {
        Matcher m = Pattern.compile("(?im)^\\s*\\$" + Pattern.quote(name) + "\\s*=(?!=)\\s*").matcher(text);
        String out = null;
        while (m.find()) {
            if (out != null) {
                return null; // assigned more than once
            }
            int from = m.end();
            if (text.startsWith("@{", from) || text.startsWith("@(", from)) {
                out = text.substring(from, PsText.close(text, from + 1));
            } else {
                int eol = text.indexOf('\n', from);
                out = text.substring(from, eol < 0 ? text.length() : eol).strip();
            }
        }
        return out;
    }

    private static JsonNode object(String inside, Scope s, int depth) {
        ObjectNode out = F.objectNode();
        for (String entry : split(inside, false)) {
            int eq = topLevelEquals(entry);
            if (eq < 0) {
                return null;
            }
            String key = entry.substring(0, eq).strip();
            if (key.matches("'[^']*'|\"[^\"$`]*\"")) {
                key = key.substring(1, key.length() - 1);
            } else if (!key.matches("[@\\w.]+")) {
                return null; // a key computed by the code
            }
            JsonNode v = read(entry.substring(eq + 1), s, depth + 1);
            if (v == null) {
                return null;
            }
            out.set(key, v);
        }
        return out;
    }

    /** Where a hashtable entry's {@code =} is: after its key (a bareword or a quoted string), or -1. */
    private static int topLevelEquals(String entry) {
        int from = 0;
        if (entry.startsWith("'") || entry.startsWith("\"")) {
            from = entry.indexOf(entry.charAt(0), 1) + 1;
            if (from == 0) {
                return -1;
            }
        }
        return entry.indexOf('=', from);
    }

    /** The entries of a literal's inside, split at newlines and {@code ;} (and commas in an array) outside brackets. */
    static List<String> split(String inside, boolean commas) {
        List<String> out = new ArrayList<>();
        int from = 0;
        char quote = 0;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (quote != 0) {
                if (c == '`' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '{' || c == '[') {
                i = PsText.close(inside, i) - 1;
            } else if (c == '\n' || c == ';' || commas && c == ',') {
                add(out, inside.substring(from, i));
                from = i + 1;
            }
        }
        add(out, inside.substring(from));
        return out;
    }

    private static void add(List<String> out, String piece) {
        if (!piece.isBlank()) {
            out.add(piece.strip());
        }
    }

    /** Whether a structure names the value itself ({@code {0}}, {@code {0.Prop}}). */
    static boolean usesValue(JsonNode shape) {
        if (shape.isContainerNode()) {
            for (JsonNode x : shape) {
                if (usesValue(x)) {
                    return true;
                }
            }
            return false;
        }
        return shape.isTextual() && shape.asText().matches("(?s).*\\{0[.}|].*");
    }
}
