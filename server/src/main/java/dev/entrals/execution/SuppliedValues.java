package dev.entrals.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.entrals.docs.ParameterHelp;

/**
 * Values given from outside the script ({@code --arg NAME=VALUE}, an editor's input box) read by the parameter's
 * type: switches and booleans from {@code true}/{@code false}/{@code $true}/{@code $false}, integers as numbers,
 * arrays split on commas, a literal hashtable or array as written, else the text itself.
 */
final class SuppliedValues {

    private SuppliedValues() {
    }

    static Object convert(ParameterHelp p, String raw) {
        String v = raw == null ? "" : raw.strip();
        String type = p.type() == null ? "" : p.type().toLowerCase(Locale.ROOT);
        if (v.startsWith("@{") || v.startsWith("@(")) {
            Object parsed = HashtableLiteral.parse(v);
            if (parsed != LiteralValues.NOT_LITERAL) {
                return parsed;
            }
        }
        if (p.isSwitch() || type.endsWith("bool") || type.endsWith("boolean")) {
            String b = v.startsWith("$") ? v.substring(1) : v;
            if (b.equalsIgnoreCase("true") || b.isEmpty()) {
                return Boolean.TRUE;
            }
            if (b.equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
        }
        if (type.endsWith("[]")) {
            List<Object> out = new ArrayList<>();
            for (String part : v.split(",")) {
                out.add(scalar(type.substring(0, type.length() - 2), part.strip()));
            }
            return out;
        }
        return scalar(type, v);
    }

    private static Object scalar(String type, String v) {
        if (type.matches(".*(int|int32|int64|long|uint32|byte)")) {
            Object n = LiteralValues.number(v);
            if (n != LiteralValues.NOT_LITERAL) {
                return n;
            }
        }
        return v;
    }
}
