package dev.entrals.graph.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads assignments in a function's process block and what they take from the bound parameters: for an assignment
 * inside {@code if (… $PSBoundParameters["P"] …) { … }}, P is the parameter, and the value is read as the parameter's
 * value ({@code $PSBoundParameters["P"]}, {@code $TmpValue}, {@code $P}) or a double-quoted template of it.
 */
final class Assignments {

    /** The planner's argument for the signed-in tenant's id ({@code BundledRequestPlanner.SESSION_TENANT}). */
    static final String SESSION = dev.entrals.graph.BundledRequestPlanner.SESSION_TENANT;
    private static final Pattern SESSION_TENANT = Pattern.compile(
            "(?i)^\\(\\s*(?:(?:Get-MgContext|Get-EntraContext)\\s*\\)\\.TenantId|Get-Mg(?:Beta)?Organization\\s*\\)\\.Id)$");
    /** {@code (Get-MgOrganization).Id}: the tenant's organization, whose id is the signed-in tenant's. */
    static final Pattern ORGANIZATION_ID = Pattern.compile("(?i)\\(\\s*Get-Mg(?:Beta)?Organization\\s*\\)\\.Id\\b");

    /**
     * Whether an expression is the signed-in tenant's id ({@code (Get-MgContext).TenantId}, or the organization's
     * {@code (Get-MgOrganization).Id}, which is the same id).
     */
    static boolean isSessionTenant(String expr) {
        return SESSION_TENANT.matcher(expr.strip()).matches();
    }

    /** The body template of a value sent as a JSON array even when one value is given. */
    static final String ARRAY = dev.entrals.graph.BodyPart.ARRAY;
    private static final Pattern ARRAY_OF = Pattern.compile(
            "(?i)^@\\(\\s*(\\$\\S+?)(?:\\s+-as\\s+\\[string\\[]])?\\s*\\)$");

    /** Marks where the endpoint ({@code $rootUri}, {@code $graphEndpoint}) stands in a template. */
    static final String ENDPOINT = "{endpoint}";

    /**
     * One assignment read.
     *
     * @param target   the assigned key ({@code $params["Target"]}, {@code $body["target"]}, {@code $body.target})
     * @param param    the parameter whose block it is in, or null
     * @param template the value: null for the parameter's value as is; else a template ({@code {0}} the value)
     * @param readable false when the value is something the reading does not follow
     * @param hashtable for {@code @{ k = "v" }} values: the keys and their templates, else empty
     * @param offset   where it is in the process text
     */
    record Assigned(String target, String param, String template, boolean readable, Map<String, String> hashtable,
                    int offset) {
    }

    private static final Pattern BOUND = Pattern.compile("\\$PSBoundParameters\\[\\s*[\"'](\\w+)[\"']\\s*]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOUND_KEY = Pattern.compile(
            "\\$PSBoundParameters\\.ContainsKey\\(\\s*[\"'](\\w+)[\"']\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCAL = Pattern.compile("(?i)^\\s*\\$(\\w+)\\s*=\\s*(.+?)\\s*$", Pattern.MULTILINE);
    private static final Pattern HASH_ENTRY = Pattern.compile("[\"']?([@\\w.]+)[\"']?\\s*=\\s*(\"[^\"]*\"|'[^']*'|\\$\\w+)");

    private Assignments() {
    }

    /** Every assignment to {@code $<table>["key"]} (or {@code $<table>.key}) in the process text. */
    static List<Assigned> read(String process, String table, FunctionCode fn) {
        Pattern p = Pattern.compile("(?i)\\$" + table + "(?:\\[\\s*[\"']([@\\w.]+)[\"']\\s*]|\\.(\\w+))\\s*=\\s*(.+)");
        List<PsText.IfBlock> blocks = PsText.ifBlocks(process);
        List<Assigned> out = new ArrayList<>();
        Matcher m = p.matcher(process);
        while (m.find()) {
            String target = m.group(1) != null ? m.group(1) : m.group(2);
            String rhs = m.group(3).trim().replaceFirst("\\s*;$", "");
            PsText.IfBlock block = innermost(blocks, m.start());
            String param = block == null ? null : boundParam(block.condition(), fn);
            if (block != null && !isBoundTest(block.condition())) {
                out.add(new Assigned(target, null, null, false, Map.of(), m.start())); // a branch on a value
                continue;
            }
            String how = BodyShapes.transform(rhs, "\\$" + table + "(?:\\.|\\[\\s*[\"'])" + Pattern.quote(target)
                    + "(?:[\"']\\s*])?");
            Assigned earlier = how == null ? null : out.stream().filter(a -> a.target().equalsIgnoreCase(target)
                    && a.readable() && a.template() == null && a.param() != null).reduce((a, b) -> b).orElse(null);
            if (earlier != null) { // $t["k"] = $t.k.Substring(0, 1).ToLower() + $t.k.Substring(1): rewritten in place
                out.set(out.indexOf(earlier), new Assigned(earlier.target(), earlier.param(), "{0|" + how + "}", true,
                        Map.of(), earlier.offset()));
                continue;
            }
            out.add(value(target, param, rhs, block, fn, m.start()));
        }
        return out;
    }

    /** The parameter an if-condition tests ({@code $PSBoundParameters["P"]} or {@code .ContainsKey("P")}). */
    static String boundParam(String condition, FunctionCode fn) {
        Matcher m = BOUND.matcher(condition);
        if (m.find()) {
            return fn.canonical(m.group(1));
        }
        m = BOUND_KEY.matcher(condition);
        if (m.find()) {
            return fn.canonical(m.group(1));
        }
        Matcher v = Pattern.compile("\\$(\\w+)").matcher(condition);
        while (v.find()) {
            if (fn.parameter(v.group(1)).isPresent()) {
                return fn.canonical(v.group(1));
            }
            Matcher copy = Pattern.compile("(?i)\\$" + v.group(1) + "\\s*=\\s*\\$PSBoundParameters\\[[\"'](\\w+)[\"']]")
                    .matcher(fn.process());
            if (!v.group(1).equalsIgnoreCase("null") && copy.find()) {
                return fn.canonical(copy.group(1)); // a local holding the parameter ($pageSizeCount)
            }
        }
        return null;
    }

    /** Whether a condition only tests that a parameter is bound (not its value). */
    static boolean isBoundTest(String condition) {
        String c = condition.replaceAll("(?i)\\.Count\\s+-gt\\s+0", "");
        return !Pattern.compile("(?i)-(?:match|notmatch|like|notlike|eq|gt|lt|ge|le|contains|notcontains|in|notin"
                + "|is|isnot)\\b").matcher(c).find() && !c.contains("ParameterSetName");
    }

    static PsText.IfBlock innermost(List<PsText.IfBlock> blocks, int offset) {
        PsText.IfBlock best = null;
        for (PsText.IfBlock b : blocks) {
            if (b.start() <= offset && offset <= b.start() + b.body().length()
                    && (best == null || b.start() > best.start())) {
                best = b;
            }
        }
        return best;
    }

    private static Assigned value(String target, String param, String rhs, PsText.IfBlock block, FunctionCode fn,
            int offset) {
        if (isSessionTenant(rhs)) {
            return new Assigned(target, SESSION, null, true, Map.of(), offset);
        }
        if (block != null && param != null) {
            rhs = ShortcutLocals.resolve(rhs, block.body(), offset - block.start(), fn); // the filter shortcuts' locals
        }
        if (rhs.equalsIgnoreCase("$true") && param != null
                && fn.parameter(param).map(dev.entrals.script.ParameterSignature::isSwitch).orElse(false)) {
            return new Assigned(target, param, null, true, Map.of(), offset); // if ($Switch) { $body["k"] = $true }
        }
        String direct = directParam(rhs, fn);
        if (direct != null) {
            return new Assigned(target, direct, null, true, Map.of(), offset);
        }
        Matcher array = ARRAY_OF.matcher(rhs);
        if (array.matches() && directParam(array.group(1), fn) != null) {
            // @($PSBoundParameters["P"]) and @(… -as [string[]]): the value as a JSON array
            return new Assigned(target, directParam(array.group(1), fn), ARRAY, true, Map.of(), offset);
        }
        Map<String, String> locals = block == null ? Map.of() : locals(block.body());
        if (rhs.matches("(?i)\\$TmpValue") && param != null && isParamCopy(locals.get("tmpvalue"), param, fn)) {
            return new Assigned(target, param, null, true, Map.of(), offset);
        }
        Matcher local = Pattern.compile("(?i)^\\$(\\w+)$").matcher(rhs);
        if (local.matches() && block != null) {
            String name = local.group(1);
            Map<String, String> keyed = keyed(block.body(), name);
            if (!keyed.isEmpty()) {
                return hashtable(target, param, keyed, fn, offset);
            }
            if (locals.containsKey(name.toLowerCase(java.util.Locale.ROOT))) {
                rhs = locals.get(name.toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (rhs.startsWith("@{") && param != null) {
            Map<String, String> entries = new LinkedHashMap<>();
            Matcher e = HASH_ENTRY.matcher(rhs.substring(2));
            while (e.find()) {
                entries.put(e.group(1), e.group(2));
            }
            return hashtable(target, param, entries, fn, offset);
        }
        if (param == null && rhs.matches("\"[^\"$`]*\"|'[^']*'")) {
            // a constant the code always writes ($body["@odata.type"] = "#microsoft.graph.socialIdentityProvider")
            return new Assigned(target, null, rhs.substring(1, rhs.length() - 1), true, Map.of(), offset);
        }
        if (param == null) {
            return new Assigned(target, null, null, false, Map.of(), offset);
        }
        String t = expression(rhs, param, fn);
        return new Assigned(target, param, "{0}".equals(t) ? null : t, t != null, Map.of(), offset);
    }

    private static Assigned hashtable(String target, String param, Map<String, String> entries, FunctionCode fn,
            int offset) {
        Map<String, String> out = new LinkedHashMap<>();
        boolean ok = param != null && !entries.isEmpty();
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String t = param == null ? null : expression(e.getValue(), param, fn);
            ok &= t != null;
            out.put(e.getKey(), t);
        }
        return new Assigned(target, param, null, ok, ok ? out : Map.of(), offset);
    }

    /** {@code $name["key"] = value} lines of a block, in order. */
    private static Map<String, String> keyed(String body, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?i)\\$" + Pattern.quote(name) + "\\[\\s*[\"']([@\\w.]+)[\"']\\s*]\\s*=\\s*(.+?)\\s*$",
                Pattern.MULTILINE).matcher(body);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    /**
     * An expression as a template: string literals, the parameter's value and other parameters joined by {@code +};
     * null when it holds anything else.
     */
    static String expression(String expr, String param, FunctionCode fn) {
        StringBuilder out = new StringBuilder();
        boolean array = false; // an array plus strings: each string is one more item (written joined by commas)
        for (String piece : splitPlus(expr.trim())) {
            String p = piece.trim();
            if (p.startsWith("(") && p.endsWith(")")) {
                p = p.substring(1, p.length() - 1).trim();
            }
            List<String> items = out.length() == 0 && p.matches("\\$\\w+") ? arrayOf(fn, p.substring(1)) : null;
            if (items != null) {
                out.append(String.join(",", items));
                array = true;
                continue;
            }
            if (array && !p.matches("\"[^\"$`]*\"|'[^']*'")) {
                return null; // only literal items are read after an array
            }
            if (array) {
                out.append(',');
            }
            String literal = p.matches("\\$\\w+") ? literalOf(fn, p.substring(1)) : null;
            if (literal != null) {
                out.append(literal);
                continue;
            }
            if (p.length() >= 2 && p.startsWith("\"") && p.endsWith("\"")) {
                String t = template(p.substring(1, p.length() - 1), param, fn);
                if (t == null) {
                    return null;
                }
                out.append(t);
            } else if (p.length() >= 2 && p.startsWith("'") && p.endsWith("'")) {
                out.append(p, 1, p.length() - 1);
            } else {
                String d = directParam(p, fn);
                if (d != null) {
                    out.append(d.equalsIgnoreCase(param) ? "{0}" : "{" + d + "}");
                } else if (p.equalsIgnoreCase("$TmpValue")) {
                    out.append("{0}");
                } else if (p.matches("(?i)\\(?\\$TmpValue\\)?\\.\\w+")) {
                    out.append("{0.").append(p.substring(p.lastIndexOf('.') + 1)).append('}'); // a property of it
                } else if (p.equalsIgnoreCase("$rootUri") || p.equalsIgnoreCase("$graphEndpoint")) {
                    out.append(ENDPOINT);
                } else {
                    return null;
                }
            }
        }
        return out.toString();
    }

    /**
     * The value of a local the function assigns once, outside any {@code if}, a plain string literal
     * ({@code $defaultProperties = "id,displayName"}); else null.
     */
    static String literalOf(FunctionCode fn, String name) {
        String value = onlyValue(fn, name);
        return value == null || !value.matches("\"[^\"$`]*\"|'[^']*'") ? null : value.substring(1, value.length() - 1);
    }

    /** The value of a local (not a parameter) the function's process block assigns exactly once; else null. */
    private static String onlyValue(FunctionCode fn, String name) {
        if (fn.parameter(name).isPresent()) {
            return null;
        }
        Matcher m = Pattern.compile("(?im)^\\s*\\$" + Pattern.quote(name) + "\\s*=\\s*(.+?)\\s*$").matcher(fn.process());
        String value = null;
        int count = 0;
        while (m.find()) {
            count++;
            value = m.group(1);
        }
        return count == 1 ? value : null;
    }

    /**
     * The items of a local the function assigns once, an array of plain string literals ({@code $defaultProperties =
     * @("id", "displayName")}); else null.
     */
    static List<String> arrayOf(FunctionCode fn, String name) {
        String value = onlyValue(fn, name);
        Matcher array = Pattern.compile("^@\\(\\s*((?:(?:\"[^\"$`]*\"|'[^']*')\\s*,\\s*)*(?:\"[^\"$`]*\"|'[^']*'))\\s*\\)$")
                .matcher(value == null ? "" : value);
        if (!array.matches()) {
            return null;
        }
        List<String> items = new ArrayList<>();
        Matcher item = Pattern.compile("\"([^\"$`]*)\"|'([^']*)'").matcher(array.group(1));
        while (item.find()) {
            items.add(item.group(1) != null ? item.group(1) : item.group(2));
        }
        return items;
    }

    /** An expression's terms joined by {@code +} outside quotes and brackets (one term when none). */
    static List<String> splitPlus(String expr) {
        List<String> out = new ArrayList<>();
        char quote = 0;
        int depth = 0;
        int from = 0;
        for (int i = 0; i < expr.length(); i++) {
            char c = expr.charAt(i);
            if (quote != 0) {
                if (c == '`' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == '+' && depth == 0) {
                out.add(expr.substring(from, i));
                from = i + 1;
            }
        }
        out.add(expr.substring(from));
        return out;
    }

    private static boolean isParamCopy(String rhs, String param, FunctionCode fn) {
        return rhs != null && param.equalsIgnoreCase(directParam(rhs, fn));
    }

    /** The parameter an expression is exactly ({@code $PSBoundParameters["P"]}, {@code $P}), or null. */
    static String directParam(String rhs, FunctionCode fn) {
        rhs = rhs.replaceFirst("(?i)\\s*-join\\s*[',\"]+\\s*$", "").trim();
        Matcher m = BOUND.matcher(rhs);
        if (m.matches()) {
            return fn.canonical(m.group(1));
        }
        Matcher v = Pattern.compile("\\$(\\w+)").matcher(rhs);
        if (v.matches() && fn.parameter(v.group(1)).isPresent()) {
            return fn.canonical(v.group(1));
        }
        return null;
    }

    /** {@code $name = value} lines of a block, by lower-case name (the last one wins). */
    static Map<String, String> locals(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = LOCAL.matcher(body);
        while (m.find()) {
            out.put(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2));
        }
        return out;
    }

    /**
     * A double-quoted string's inside as a template: the parameter's value ({@code $TmpValue}, {@code $P},
     * {@code $($P)}, {@code ${P}}) becomes {@code {0}}, another parameter {@code {Other}}, the Graph endpoint
     * {@value #ENDPOINT}, backtick escapes are resolved; null when another variable remains.
     */
    static String template(String inside, String param, FunctionCode fn) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("`(.)|\\$\\(\\$(\\w+)\\)|\\$\\{(\\w+)}|\\$(\\w+)|\\$\\(\\$PSBoundParameters\\[[\"'](\\w+)"
                + "[\"']]\\)").matcher(inside);
        int last = 0;
        while (m.find()) {
            out.append(inside, last, m.start());
            last = m.end();
            if (m.group(1) != null) {
                out.append(m.group(1));
                continue;
            }
            String var = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3)
                    : m.group(4) != null ? m.group(4) : m.group(5);
            if (var.equalsIgnoreCase("TmpValue") || (param != null && var.equalsIgnoreCase(param))) {
                out.append("{0}");
            } else if (var.equalsIgnoreCase("rootUri") || var.equalsIgnoreCase("graphEndpoint")) {
                out.append(ENDPOINT);
            } else if (fn.parameter(var).isPresent()) {
                out.append('{').append(fn.canonical(var)).append('}');
            } else {
                return null;
            }
        }
        return out.append(inside.substring(last)).toString();
    }
}
