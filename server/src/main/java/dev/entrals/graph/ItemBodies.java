package dev.entrals.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a list the code builds one hashtable per item of a list argument ({@link #template}): the part's structure
 * filled once per item. Its leaves are {@code {0.X}} (the item's X as it is, null when absent), {@code {0.X|true}}
 * (written when PowerShell counts it as true), {@code {0.X|notNull}} and {@code {0.X|given}} (when the item has the
 * key, whatever its value), perhaps followed by {@code |utc|pattern} ({@code [DateTime]} then
 * {@code .ToUniversalTime().ToString(…)}, {@link ArgumentDates}) or {@code |o} ({@code .ToString('o')},
 * {@link ArgumentDates#roundTrip}); {@code {0}} is the item itself. An object holding {@value #EACH} (a leaf) and
 * {@value #ITEM} (a structure) is a list of the structure filled per item of that property, empty when the leaf is
 * not written; {@value #REQUIRED} maps keys the item must have to the module's message (it drops the item without).
 * In a {@link #template(boolean) sdk} part every key has a small first letter and null values are left out,
 * as the Graph SDK's model writes them; else keys and nulls are as the code writes them ({@code ConvertTo-Json}).
 */
public final class ItemBodies {

    /** In a structure: the leaf whose items a nested list is built from. */
    public static final String EACH = "@each";
    /** In a structure: the structure of each item of a nested list. */
    public static final String ITEM = "@item";
    /** In a structure: the keys an item must have, each with the module's message when it drops one without. */
    public static final String REQUIRED = "@required";
    /** In a structure: where the code gives every item the nested list of all items (the note's place). */
    public static final String POOLED = "@pooled";
    /** In a structure: the code's lines that pool the nested list ({@code file:from-to}), named in the note. */
    public static final String POOLED_AT = "@pooledAt";

    private static final String PREFIX = BodyPart.SDK_MODEL + "|items";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern LEAF = Pattern.compile("\\{0\\.(\\w+)(?:\\|(true|notNull|given))?(\\|utc\\|[^}]*|\\|o)?}");

    private ItemBodies() {
    }

    /** The template: {@code sdk} for a list handed to a Graph SDK cmdlet, {@code json} for one the code sends. */
    public static String template(boolean sdk) {
        return PREFIX + (sdk ? "|sdk" : "|json");
    }

    /** Whether a part is one of these. */
    static boolean is(BodyPart b) {
        return b.template() != null && b.template().startsWith(PREFIX);
    }

    /** The list for the argument {@code v}, with notes for items dropped and dates read. */
    static JsonNode write(BodyPart b, Object v, List<String> notes) {
        boolean sdk = b.template().endsWith("|sdk");
        ArrayNode out = F.arrayNode();
        List<?> items = items(v);
        JsonNode required = b.value().path(REQUIRED);
        int n = 0;
        for (Object item : items) {
            n++;
            ObjectNode one = fill(b.value(), item, b.param(), notes);
            String missing = missing(required, one);
            if (missing != null) {
                notes.add("the module leaves item " + n + " of -" + b.param() + " out of the request: " + missing);
                continue;
            }
            out.add(sdk ? SdkModels.model(one) : one);
        }
        String pooled = b.value().path(POOLED).asText(null);
        if (pooled != null && items.stream().filter(i -> BodyWriter.truthy(ArgumentText.property(i, pooled))).count() > 1) {
            notes.add("the module gives every item of -" + b.param() + " the " + pooled + " of all of them ("
                    + b.value().path(POOLED_AT).asText() + "); the plan sends each item its own, as evidently meant");
        }
        return out;
    }

    /**
     * Why the call cannot be planned: a date leaf whose value PowerShell does not read as a date; null when every
     * one is read.
     */
    static String unreadable(BodyPart b, Object v) {
        if (!is(b) || v == null) {
            return null;
        }
        for (Object item : items(v)) {
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) b.value()::fields) {
                Matcher leaf = LEAF.matcher(e.getValue().asText(""));
                Object x = leaf.matches() && leaf.group(3) != null ? ArgumentText.property(item, leaf.group(1)) : null;
                if (x != null && (!(x instanceof String s) || !ArgumentDates.isDate(s))) {
                    return "-" + b.param() + "'s " + leaf.group(1) + " '" + ArgumentText.text(x) + "' is not a date"
                            + " PowerShell reads ([DateTime]: ISO 8601, or M/d/yyyy with an optional time)";
                }
            }
        }
        return null;
    }

    private static List<?> items(Object v) {
        return v == null ? List.of() : v instanceof List<?> l ? l : List.of(v);
    }

    /** The structure filled with one item. */
    private static ObjectNode fill(JsonNode shape, Object item, String param, List<String> notes) {
        ObjectNode out = F.objectNode();
        shape.fields().forEachRemaining(e -> {
            JsonNode s = e.getValue();
            if (e.getKey().startsWith("@")) {
                return;
            }
            if (s.has(EACH)) {
                ArrayNode list = F.arrayNode();
                JsonNode of = leaf(s.get(EACH).asText(), item, param, notes);
                for (Object x : of == null ? List.of() : items(ArgumentText.property(item, property(s.get(EACH))))) {
                    list.add(s.get(ITEM).isObject() ? fill(s.get(ITEM), x, param, notes) : ArgumentText.json(x));
                }
                out.set(e.getKey(), list);
            } else if (s.isTextual() && s.asText().equals("{0}")) {
                out.set(e.getKey(), ArgumentText.json(item));
            } else if (s.isTextual()) {
                JsonNode x = leaf(s.asText(), item, param, notes);
                if (x != null) {
                    out.set(e.getKey(), x);
                }
            } else {
                out.set(e.getKey(), s); // a constant ([] for @() no loop adds to)
            }
        });
        return out;
    }

    /** A leaf's value for the item, or null when its test does not hold (the key is not written). */
    private static JsonNode leaf(String template, Object item, String param, List<String> notes) {
        Matcher m = LEAF.matcher(template);
        if (!m.matches()) {
            return F.textNode(template);
        }
        Object x = ArgumentText.property(item, m.group(1));
        boolean given = item instanceof Map<?, ?> map && map.keySet().stream()
                .anyMatch(k -> String.valueOf(k).equalsIgnoreCase(m.group(1)));
        String test = m.group(2) == null ? "" : m.group(2);
        if (test.equals("true") && !BodyWriter.truthy(x) || test.equals("notNull") && x == null
                || test.equals("given") && !given && x == null) {
            return null;
        }
        if (m.group(3) == null || x == null) {
            return m.group(3) == null ? ArgumentText.json(x) : null; // $null.ToString(): the module sets no value
        }
        String text = ArgumentText.text(x);
        if (m.group(3).equals("|o")) {
            return F.textNode(ArgumentDates.roundTrip(text));
        }
        String note = "-" + param + "'s " + m.group(1) + " is text, which the module's .ToUniversalTime() cannot take"
                + " (PowerShell leaves a [System.Object[]] argument's values as given, and the module writes an error"
                + " and sends the item without it); the plan reads it as a [DateTime], as the module means";
        if (!notes.contains(note)) {
            notes.add(note);
        }
        return F.textNode(ArgumentDates.utc(text, m.group(3).substring("|utc|".length())));
    }

    private static String property(JsonNode leaf) {
        Matcher m = LEAF.matcher(leaf.asText());
        return m.matches() ? m.group(1) : "";
    }

    /** The module's message for the first required key the item lacks, or null. */
    private static String missing(JsonNode required, ObjectNode item) {
        List<String> out = new ArrayList<>();
        required.fields().forEachRemaining(r -> {
            if (out.isEmpty() && !item.has(r.getKey())) {
                out.add(r.getValue().asText());
            }
        });
        return out.isEmpty() ? null : out.get(0);
    }
}
