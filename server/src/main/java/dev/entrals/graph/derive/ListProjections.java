package dev.entrals.graph.derive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entrals.graph.BodyPart;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body property that is a list held by a property of an object argument, as the code writes it:
 * {@code @(if ($PSBoundParameters.AssignedLicenses.RemoveLicenses) { $PSBoundParameters.AssignedLicenses.RemoveLicenses }
 * else { @() })} is the list (empty when the argument has none), and with {@code | Select-Object @{Name = 'skuId';
 * Expression = { $_.'skuId' }}} (or {@code Select-Object a, b}) each item reduced to the properties selected, as
 * {@link BodyPart#listOf} with a structure. An item's property may pass through {@code -replace 'a', 'b'} with
 * word-only texts ({@code 'b'.ToLower()} evaluated), a case-insensitive replacement ({@code {0.p|replace|a|b}}).
 */
final class ListProjections {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern SOURCE = Pattern.compile(
            "(?i)^\\$(?:PSBoundParameters(?:\\.(\\w+)|\\[[\"'](\\w+)[\"']])|(\\w+))\\.(\\w+)$");
    private static final Pattern SELECT = Pattern.compile("(?is)^(.+?)\\|\\s*Select-Object\\s+(?:-Property\\s+)?(.+)$");
    private static final Pattern CALCULATED = Pattern.compile(
            "(?is)^@\\{\\s*(?:Name|N|Label|L)\\s*=\\s*['\"](\\w+)['\"]\\s*;?\\s*(?:Expression|E)\\s*=\\s*\\{(.+)}\\s*}$");
    private static final Pattern ITEM_PROPERTY = Pattern.compile(
            "(?is)^\\$_\\.(?:(\\w+)|'(\\w+)'|\"(\\w+)\")(?:\\s+-replace\\s+'(\\w*)'\\s*,\\s*'(\\w*)'(\\.To(?:Lower|Upper)(?:Invariant)?\\(\\))?)?$");

    private ListProjections() {
    }

    /** The part {@code property = rhs} where rhs is such a list, or null. */
    static BodyPart read(String property, String rhs, BodyShapes.Scope s) {
        String e = rhs.strip();
        if (!e.startsWith("@(") || PsText.close(e, 1) != e.length()) {
            return null;
        }
        String[] parts = ifElseEmpty(e.substring(2, e.length() - 1).strip());
        if (parts == null) {
            return null;
        }
        String test = parts[0];
        String then = parts[1];
        Matcher select = SELECT.matcher(then);
        String listed = select.matches() ? select.group(1).strip() : then;
        if (!listed.equalsIgnoreCase(test)) {
            return null; // the list sent is not the one tested
        }
        Matcher src = SOURCE.matcher(listed);
        if (!src.matches()) {
            return null;
        }
        String name = src.group(1) != null ? src.group(1) : src.group(2) != null ? src.group(2) : src.group(3);
        if (s.fn().parameter(name).isEmpty() || src.group(3) != null
                && Assignments.directParam("$" + name, s.fn()) == null) {
            return null;
        }
        String param = s.fn().canonical(name);
        String template = BodyPart.listOf(src.group(4));
        if (!select.matches()) {
            return new BodyPart(property, param, template);
        }
        JsonNode shape = selected(select.group(2).strip());
        return shape == null ? null : new BodyPart(property, param, template, shape);
    }

    /** {@code if (test) { then } else { @() }} as {test, then}, or null. */
    private static String[] ifElseEmpty(String e) {
        Matcher head = Pattern.compile("(?i)^if\\s*\\(").matcher(e);
        if (!head.find()) {
            return null;
        }
        int testEnd = PsText.close(e, head.end() - 1);
        String rest = e.substring(testEnd).stripLeading();
        if (!rest.startsWith("{")) {
            return null;
        }
        int thenEnd = PsText.close(rest, 0);
        Matcher tail = Pattern.compile("(?is)^\\s*else\\s*\\{\\s*@\\(\\s*\\)\\s*}$").matcher(rest.substring(thenEnd));
        return tail.matches() ? new String[] {e.substring(head.end(), testEnd - 1).strip(),
                rest.substring(1, thenEnd - 1).strip()} : null;
    }

    /** The properties {@code Select-Object} keeps, as a structure over the item ({@code {0.p}}), or null. */
    private static JsonNode selected(String args) {
        ObjectNode out = F.objectNode();
        for (String one : BodyShapes.split(args, true)) {
            if (one.matches("\\w+")) {
                out.put(one, "{0." + one + "}");
                continue;
            }
            Matcher calc = CALCULATED.matcher(one);
            if (!calc.matches()) {
                return null;
            }
            Matcher item = ITEM_PROPERTY.matcher(calc.group(2).strip());
            if (!item.matches()) {
                return null;
            }
            String prop = item.group(1) != null ? item.group(1) : item.group(2) != null ? item.group(2) : item.group(3);
            if (item.group(4) == null) {
                out.put(calc.group(1), "{0." + prop + "}");
                continue;
            }
            String with = item.group(5);
            if (item.group(6) != null) {
                with = item.group(6).contains("Lower") ? with.toLowerCase(java.util.Locale.ROOT)
                        : with.toUpperCase(java.util.Locale.ROOT);
            }
            out.put(calc.group(1), "{0." + prop + "|replace|" + item.group(4) + "|" + with + "}");
        }
        return out.isEmpty() ? null : out;
    }
}
