package dev.entrals.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an {@link BodyPart#SDK_MODEL} part: an object argument the code converts (a projection of its properties,
 * a copy of all of them, a list of such) and hands to a Graph SDK cmdlet, as the SDK's model serialises it: JSON
 * names with a small first letter at every level, null properties left out, a list argument a list.
 */
final class SdkModels {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** A leaf that is a property of the value, written only when the argument's property is true ({@code |true}). */
    private static final Pattern LEAF = Pattern.compile("\\{0\\.([\\w.]+)(\\|true)?}");
    /** {@code ConvertTo-Json}'s default depth: containers nested deeper are written as their type's name. */
    private static final int JSON_DEPTH = 2;

    private SdkModels() {
    }

    /** Whether a part is one of these. */
    static boolean is(BodyPart b) {
        return b.template() != null && (b.template().equals(BodyPart.SDK_MODEL)
                || b.template().startsWith(BodyPart.SDK_MODEL + "|"));
    }

    /** The part's JSON value for the argument {@code v}; a note when the module's ConvertTo-Json cuts it short. */
    static JsonNode write(BodyPart b, Object v, Map<String, Object> args, List<String> notes) {
        if (b.template().equals(BodyPart.SDK_MODEL_REBUILT)) {
            return SdkModelRebuilds.write(b, v, notes); // rebuilt in the code's own form
        }
        if (ItemBodies.is(b)) {
            return ItemBodies.write(b, v, notes); // a list built one hashtable per item
        }
        if (b.template().startsWith(BodyPart.sdkModelMembers(null))) {
            return members(b, v, notes);
        }
        if (b.template().startsWith(BodyPart.SDK_MODEL + "|properties|")) {
            return properties(b, v, notes);
        }
        boolean each = b.template().contains("|each");
        boolean json = b.template().contains("|json");
        List<?> items = each ? v instanceof List<?> l ? l : List.of(v) : List.of(v);
        ArrayNode out = F.arrayNode();
        boolean deep = false;
        for (Object item : items) {
            deep |= json && depth(item) > JSON_DEPTH;
            out.add(model(b.value() == null ? ArgumentText.json(item) : fill(b.value(), item, v, args)));
        }
        if (BodyPart.SDK_BODY_PARAMETER.equals(b.template())) {
            SdkBodyParameters.note(b, v, notes); // what re-encoding its bytes changed
        }
        if (deep) {
            notes.add("the module passes -" + b.param() + " through ConvertTo-Json, whose default depth (2) writes"
                    + " what is nested deeper as its type's name; the plan sends it whole, as evidently meant");
        }
        return each ? out : out.get(0);
    }

    /**
     * Each property of the value copied one level down ({@link BodyPart#sdkModelMembers}); a list or a plain value
     * there, whose own .NET properties the module would copy (a list's Count and Capacity), is sent as it is, with a
     * note.
     */
    private static JsonNode members(BodyPart b, Object v, List<String> notes) {
        String asIs = b.template().substring(BodyPart.sdkModelMembers(null).length()).replaceFirst("^\\|", "");
        ObjectNode out = F.objectNode();
        if (v instanceof Map<?, ?> map) {
            map.forEach((k, x) -> {
                String key = String.valueOf(k);
                if (x != null && !key.equalsIgnoreCase(asIs) && !(x instanceof Map<?, ?>)) {
                    notes.add("the module copies the .NET properties of -" + b.param() + "'s " + key + " (a list's"
                            + " Count and Capacity, a text's Length) in place of its value; the plan sends the value,"
                            + " as evidently meant");
                }
                if (x != null) {
                    out.set(key, ArgumentText.json(x));
                }
            });
        }
        return model(out);
    }

    /**
     * The set properties of a model argument copied by their .NET names ({@link BodyPart#sdkModelProperties}): a key
     * with a capital first letter ({@code net}) or a small one ({@code camel}), the nested property's own set
     * properties camelCased; AdditionalProperties left out, as the code leaves it out.
     */
    private static JsonNode properties(BodyPart b, Object v, List<String> notes) {
        String[] t = b.template().split("\\|");
        boolean camel = t[2].equals("camel");
        String nested = t.length > 3 ? t[3] : null;
        if (!(v instanceof Map<?, ?> map)) {
            return ArgumentText.json(v);
        }
        ObjectNode out = F.objectNode();
        if (t[2].equals("lists")) {
            for (String name : t[3].split(",")) {
                map.forEach((k, x) -> {
                    if (String.valueOf(k).equalsIgnoreCase(name) && BodyWriter.truthy(x)) {
                        ArrayNode items = F.arrayNode();
                        (x instanceof List<?> l ? l : List.of(x)).forEach(i -> items.add(dotNet(ArgumentText.json(i))));
                        out.set(name, items); // $h[$t] = $l: under the name the code lists
                    }
                });
            }
            return out;
        }
        map.forEach((k, x) -> {
            String key = named(String.valueOf(k), camel);
            if (x == null || key.equalsIgnoreCase("AdditionalProperties")) {
                return;
            }
            if (nested != null && key.equalsIgnoreCase(nested) && x instanceof Map<?, ?> inner) {
                ObjectNode copy = F.objectNode();
                inner.forEach((ik, ix) -> {
                    if (ix != null && !String.valueOf(ik).equalsIgnoreCase("AdditionalProperties")) {
                        copy.set(named(String.valueOf(ik), true), ArgumentText.json(ix));
                    }
                });
                out.set(key, copy);
                return;
            }
            if (depth(x) > 0 || x instanceof Map<?, ?>) {
                notes.add("the module's ConvertTo-Json writes -" + b.param() + "'s " + key + " as its model object:"
                        + " every property (unset ones as null) under its .NET name, and its AdditionalProperties; the"
                        + " plan writes the set ones under their .NET names");
            }
            out.set(key, dotNet(ArgumentText.json(x)));
        });
        return out;
    }

    /** A property's .NET name in the model (a capital first letter), or camelCased. */
    static String named(String key, boolean camel) {
        return key.isEmpty() ? key : (camel ? Character.toLowerCase(key.charAt(0))
                : Character.toUpperCase(key.charAt(0))) + key.substring(1);
    }

    /** A nested value as ConvertTo-Json writes a model object's set properties: .NET names, null entries left out. */
    static JsonNode dotNet(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = F.objectNode();
            node.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    out.set(named(e.getKey(), false), dotNet(e.getValue()));
                }
            });
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = F.arrayNode();
            node.forEach(x -> out.add(dotNet(x)));
            return out;
        }
        return node;
    }

    /** The structure filled with one item; a {@code |true} leaf only when the whole argument's property is true. */
    private static JsonNode fill(JsonNode shape, Object item, Object whole, Map<String, Object> args) {
        if (shape.isObject()) {
            ObjectNode out = F.objectNode();
            shape.fields().forEachRemaining(e -> {
                JsonNode test = e.getValue().get(BodyPart.SDK_MODEL_IF);
                Matcher leaf = LEAF.matcher(test != null ? test.asText() : e.getValue().isTextual()
                        ? e.getValue().asText() : "");
                if (!leaf.matches()) {
                    out.set(e.getKey(), fill(e.getValue(), item, whole, args));
                } else if (leaf.group(2) != null && !BodyWriter.truthy(property(whole, leaf.group(1)))) {
                    return; // if ($TmpValue.X) { … } not taken
                } else if (test != null) {
                    ObjectNode rest = ((ObjectNode) e.getValue()).deepCopy();
                    rest.remove(BodyPart.SDK_MODEL_IF);
                    out.set(e.getKey(), fill(rest, item, whole, args));
                } else {
                    out.set(e.getKey(), ArgumentText.json(property(item, leaf.group(1))));
                }
            });
            return out;
        }
        if (shape.isArray()) {
            ArrayNode out = F.arrayNode();
            shape.forEach(x -> out.add(fill(x, item, whole, args)));
            return out;
        }
        return BodyWriter.fill(shape, item, args);
    }

    /** The value at a property path ({@code A.X}), each step as PowerShell's member access. */
    private static Object property(Object value, String path) {
        Object v = value;
        for (String step : path.split("\\.")) {
            v = ArgumentText.property(v, step);
        }
        return v;
    }

    /** A value as the SDK's model writes it: keys with a small first letter, null entries left out. */
    static JsonNode model(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = F.objectNode();
            node.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    String k = e.getKey();
                    out.set(k.isEmpty() ? k : Character.toLowerCase(k.charAt(0)) + k.substring(1), model(e.getValue()));
                }
            });
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = F.arrayNode();
            node.forEach(x -> out.add(model(x)));
            return out;
        }
        return node;
    }

    /** How deep containers nest in a value: 0 for a value with no container inside it. */
    private static int depth(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().mapToInt(x -> isContainer(x) ? 1 + depth(x) : 0).max().orElse(0);
        }
        if (value instanceof List<?> list) {
            return list.stream().mapToInt(x -> isContainer(x) ? 1 + depth(x) : 0).max().orElse(0);
        }
        return 0;
    }

    private static boolean isContainer(Object x) {
        return x instanceof Map<?, ?> || x instanceof List<?>;
    }
}
