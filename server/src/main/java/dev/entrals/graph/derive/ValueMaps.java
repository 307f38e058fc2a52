package dev.entrals.graph.derive;

import dev.entrals.graph.RequestEntry.ValueMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path segment the code picks by an argument's value, read as data ({@link UriTemplates}): a {@code $params} key
 * copied from a parameter ({@code $params["Type"] = $Type}) and then overwritten with a string in branches on its
 * value ({@code if ($params.type -eq "tokenLifetimePolicy") { $params.type = "tokenLifetimePolicies" } elseif …}).
 * A value no branch names keeps the argument's value, as the module sends it.
 */
final class ValueMaps {

    private ValueMaps() {
    }

    /** The read of a {@code $params} key: the parameter, and the map of its branches (null when it has none). */
    record Keyed(String param, ValueMap map) {
    }

    /**
     * The parameter a {@code $params} key holds ({@code $params["Type"] = $Type}, or {@code = $PSBoundParameters[…]}),
     * with the map of the branches that overwrite it; null when it is not read that way (a value the code computes,
     * or an overwrite not in a branch on the key's own value).
     */
    static Keyed ofKey(String process, String key, FunctionCode fn) {
        String target = "\\$params(?:\\." + Pattern.quote(key) + "|\\[[\"']" + Pattern.quote(key) + "[\"']])";
        Matcher assign = Pattern.compile("(?im)^\\s*" + target + "\\s*=\\s*(.+?)\\s*;?\\s*$").matcher(process);
        List<PsText.IfBlock> blocks = PsText.ifBlocks(process);
        String param = null;
        Map<String, String> values = new LinkedHashMap<>();
        while (assign.find()) {
            PsText.IfBlock b = Assignments.innermost(blocks, assign.start());
            String direct = Assignments.directParam(assign.group(1), fn);
            if (b == null && param == null && direct != null) {
                param = direct; // the copy of the argument
                continue;
            }
            if (b != null && param == null && direct != null && Assignments.isBoundTest(b.condition())) {
                param = direct; // if ($null -ne $PSBoundParameters["P"]) { $params["P"] = $PSBoundParameters["P"] }
                continue;
            }
            Matcher eq = b == null ? null : Pattern.compile("(?i)^\\s*" + target
                    + "\\s+-eq\\s+[\"']([^\"'$]+)[\"']\\s*$").matcher(b.condition());
            Matcher to = Pattern.compile("^[\"']([^\"'$`]+)[\"']$").matcher(assign.group(1));
            if (param == null || eq == null || !eq.matches() || !to.matches()) {
                return null;
            }
            values.putIfAbsent(eq.group(1), to.group(1));
        }
        return param == null ? null : new Keyed(param, values.isEmpty() ? null : new ValueMap(param, values, null));
    }

    private static final Pattern LOOKUP = Pattern.compile("(?i)^if\\s*\\(\\s*\\$(\\w+)\\.ContainsKey\\(\\s*\\$(\\w+)\\s*\\)"
            + "\\s*\\)\\s*\\{\\s*\\$\\1\\[\\s*\\$\\2\\s*]\\s*}\\s*else\\s*\\{.*$");
    private static final Pattern ENTRY = Pattern.compile("(?m)^\\s*[\"']?(\\w+)[\"']?\\s*=\\s*[\"']([^\"'$`]+)[\"']\\s*;?\\s*$");

    /**
     * A local that looks an argument up in a hashtable the code writes ({@code $type = if
     * ($policyTypeMap.ContainsKey($type)) { $policyTypeMap[$type] } else { Write-Error "…" }} after {@code
     * $policyTypeMap = @{ "TokenLifetimePolicy" = "tokenLifetimePolicies"; … }}): the argument with the map, a value
     * outside it refused with the module's own message; null when the value is not read that way.
     *
     * @param rhs    the local's value as assigned (its first line)
     * @param offset where the assignment is
     */
    static Keyed ofLookup(String process, String rhs, int offset, FunctionCode fn) {
        Matcher m = rhs == null ? null : LOOKUP.matcher(rhs.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        String param = fn.parameter(m.group(2)).isPresent() ? fn.canonical(m.group(2)) : null;
        Matcher table = Pattern.compile("(?im)^\\s*\\$" + Pattern.quote(m.group(1)) + "\\s*=\\s*@\\{").matcher(process);
        if (param == null || !table.find()) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        Matcher entry = ENTRY.matcher(process.substring(table.end(), PsText.close(process, table.end() - 1) - 1));
        while (entry.find()) {
            values.putIfAbsent(entry.group(1), entry.group(2));
        }
        int at = process.indexOf(rhs.strip(), Math.max(0, offset));
        int open = at < 0 ? -1 : process.indexOf('{', process.toLowerCase(java.util.Locale.ROOT).indexOf("else", at));
        String otherwise = "the module refuses this value";
        if (open > 0) {
            Matcher error = Pattern.compile("(?is)(?:Write-Error|throw)\\s+\"([^\"]*)\"")
                    .matcher(process.substring(open, PsText.close(process, open)));
            if (error.find()) {
                otherwise = error.group(1).replaceAll("\\s+", " ").strip();
            }
        }
        return values.isEmpty() ? null : new Keyed(param, new ValueMap(param, values, otherwise));
    }

    /** What the plan says about a map. */
    static String note(ValueMap map) {
        StringBuilder pairs = new StringBuilder();
        map.values().forEach((k, v) -> pairs.append(pairs.length() == 0 ? "" : ", ").append(k).append(" → ").append(v));
        return "-" + map.param() + " picks the path segment as the module maps it (" + pairs + "; any case)"
                + (map.otherwise() == null ? "; another value is sent as given, as the module sends it"
                : "; the module refuses another value");
    }
}
