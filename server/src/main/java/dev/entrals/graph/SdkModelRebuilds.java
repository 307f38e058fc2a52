package dev.entrals.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an {@link BodyPart#SDK_MODEL_REBUILT} part: a Graph SDK model argument (or a list of them) rebuilt as the
 * module's code rebuilds it before {@code ConvertTo-Json}, following the part's recipe. The module's messages for
 * what it leaves out ({@code Write-Error}, {@code Write-Warning}) are notes starting {@code WARNING:}; a new GUID is
 * a {@link NewGuids} token, made when the request is sent. Unlike the SDK's model, the module's hashtables keep a
 * null value (written as JSON null).
 */
final class SdkModelRebuilds {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern LEAF = Pattern.compile("\\{0\\.(\\w+)}");

    private SdkModelRebuilds() {
    }

    static JsonNode write(BodyPart b, Object v, List<String> notes) {
        JsonNode recipe = b.value();
        if (!recipe.path("each").asBoolean()) {
            ObjectNode one = object(recipe, v, b.param(), notes);
            return one == null ? F.objectNode() : one;
        }
        ArrayNode out = F.arrayNode();
        List<?> items = v instanceof List<?> l ? l : List.of(v);
        boolean guid = false;
        for (int i = 0; i < items.size(); i++) {
            ObjectNode o = object(recipe, items.get(i), b.param() + "'s item " + (i + 1), notes);
            if (o != null) {
                out.add(o);
                guid |= o.toString().contains(NewGuids.TOKEN);
            }
        }
        if (guid) {
            notes.add("-" + b.param() + ": an item the call gives no id gets a new random GUID as its id, as the"
                    + " module's [Guid]::NewGuid() (" + recipe.path("guidAt").asText() + ") does; shown as "
                    + NewGuids.SHOWN + ", made when the request is sent");
        }
        return out;
    }

    /** One object of the recipe for one item, or null when the module leaves it out (a required key missing). */
    private static ObjectNode object(JsonNode recipe, Object item, String what, List<String> notes) {
        ObjectNode out = recipe.has("start") ? (ObjectNode) literal(recipe.get("start"), item) : F.objectNode();
        if (item != null && !(item instanceof Map<?, ?>)) {
            notes.add("-" + what + " is not a hashtable: PowerShell converts only a hashtable (or an object) into the"
                    + " Graph SDK model at binding; it is written here as having no properties");
        }
        if (recipe.path("copy").asBoolean() && item instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String name = SdkModels.named(String.valueOf(e.getKey()), false);
                if (e.getValue() == null || name.equalsIgnoreCase("AdditionalProperties")) {
                    continue; // $null -ne $_.Value -and $_.Name -ne 'AdditionalProperties'
                }
                JsonNode how = property(recipe.path("props"), name);
                if (how != null && !kept(how, name, e.getValue(), what, notes)) {
                    continue;
                }
                if (how != null && how.has("key")) {
                    ArrayNode list = F.arrayNode();
                    each(e.getValue()).forEach(x -> list.add(literal(how.get("item"), x)));
                    put(out, how.get("key").asText(), list);
                    continue;
                }
                if (e.getValue() instanceof Map<?, ?> || e.getValue() instanceof List<?> l
                        && l.stream().anyMatch(x -> x instanceof Map<?, ?>)) {
                    notes.add("the module's ConvertTo-Json writes -" + what + "'s " + name + " as its model objects:"
                            + " every property (unset ones as null) under its .NET name; the plan writes the set ones");
                }
                put(out, name, SdkModels.dotNet(ArgumentText.json(e.getValue())));
            }
        }
        for (JsonNode r : recipe.path("require")) {
            if (find(out, r.get("key").asText()) == null) {
                notes.add("WARNING: " + r.get("error").asText() + " (the module's Write-Error, " + r.get("at").asText()
                        + "; its continue leaves -" + what + " out of the body)");
                return null;
            }
        }
        for (JsonNode k : recipe.path("asList")) {
            String key = find(out, k.asText());
            if (key != null && !out.get(key).isArray()) {
                out.set(key, F.arrayNode().add(out.get(key))); // @($h['k'])
            }
        }
        return out;
    }

    /** Whether a property passes the module's check of it; else the module's message is noted. */
    private static boolean kept(JsonNode how, String name, Object value, String what, List<String> notes) {
        if (how.has("oneOf")) {
            String text = ArgumentText.text(value);
            for (JsonNode ok : how.get("oneOf")) {
                if (ok.asText().equalsIgnoreCase(text)) {
                    return true; // -notcontains compares in any case
                }
            }
            notes.add("WARNING: " + how.get("error").asText() + " (the module's Write-Error, " + how.get("at").asText()
                    + (how.path("logged").asBoolean() ? ", after logging the value with Write-EntraInputValidationLog"
                    + " to a local file and the system's log, which a run here does not" : "") + "). Its return inside"
                    + " ForEach-Object ends only that property's script block: the module goes on and sends the"
                    + " request without -" + what + "'s " + name + ", evidently meant to stop; the plan sends what"
                    + " the module sends");
            return false;
        }
        if (how.path("nonEmpty").asBoolean() && each(value).size() > 0) {
            notes.add("WARNING: " + how.get("warning").asText() + " (the module's Write-Warning, " + how.get("at")
                    .asText() + "; its return leaves -" + what + "'s " + name + " out of the body)");
            return false;
        }
        return true;
    }

    /** A literal filled with one item: {@code {0.X}} its X (null when unset), a nested list per item of a list. */
    private static JsonNode literal(JsonNode shape, Object item) {
        if (shape.isObject() && shape.has("@each")) {
            Matcher m = LEAF.matcher(shape.get("@each").asText());
            Object list = m.matches() ? ArgumentText.property(item, m.group(1)) : null;
            ArrayNode out = F.arrayNode();
            if (BodyWriter.truthy(list)) { // if ($r.X) { foreach ($a in $r.X) { $h.k += @{…} } }
                each(list).forEach(x -> out.add(literal(shape.get("@item"), x)));
            }
            return out;
        }
        if (shape.isObject()) {
            ObjectNode out = F.objectNode();
            shape.fields().forEachRemaining(e -> out.set(e.getKey(), literal(e.getValue(), item)));
            return out;
        }
        if (shape.isTextual() && shape.asText().equals(ListEdits.NEW_GUID)) {
            return F.textNode(NewGuids.TOKEN);
        }
        Matcher leaf = LEAF.matcher(shape.isTextual() ? shape.asText() : "");
        return leaf.matches() ? SdkModels.dotNet(ArgumentText.json(ArgumentText.property(item, leaf.group(1))))
                : shape.deepCopy();
    }

    private static List<?> each(Object value) {
        return value instanceof List<?> l ? l : value == null ? List.of() : List.of(value);
    }

    /** The recipe's entry for a .NET property name, in any case (PowerShell's {@code -eq}). */
    private static JsonNode property(JsonNode props, String name) {
        String key = find(props, name);
        return key == null ? null : props.get(key);
    }

    /** The key of an object equal to {@code name} in any case, or null. */
    private static String find(JsonNode o, String name) {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (k.equalsIgnoreCase(name)) {
                return k;
            }
        }
        return null;
    }

    /** {@code $h[k] = v} on a PowerShell hashtable: a key there in any case keeps its name and takes the value. */
    private static void put(ObjectNode o, String key, JsonNode value) {
        String there = find(o, key);
        o.set(there == null ? key : there, value);
    }
}
