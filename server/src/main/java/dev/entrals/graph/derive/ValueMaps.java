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

    /** What the plan says about a map. */
    static String note(ValueMap map) {
        StringBuilder pairs = new StringBuilder();
        map.values().forEach((k, v) -> pairs.append(pairs.length() == 0 ? "" : ", ").append(k).append(" → ").append(v));
        return "-" + map.param() + " picks the path segment as the module maps it (" + pairs + "; any case)"
                + (map.otherwise() == null ? "; another value is sent as given, as the module sends it"
                : "; the module refuses another value");
    }
}
