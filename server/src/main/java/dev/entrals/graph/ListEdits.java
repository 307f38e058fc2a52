package dev.entrals.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body property that is a lookup's list changed in place ({@link BodyPart#LIST_EDIT}): the code reads
 * the tenant's current list (through a module function that maps each reply item to an object), appends the argument,
 * replaces the items whose key matches it, or removes them, and writes every object of the list back through its own
 * mapping.
 *
 * <p>The part's {@code value} is the operation as the table holds it: {@code list} the reply's list
 * ({@code {@1.value.certificateAuthorities}}), {@code op} ({@value #APPEND}, {@value #REPLACE}, {@value #REMOVE},
 * or {@value #ADD} with {@code new} the new object's structure),
 * {@code key} the object properties compared with the argument's ({@code -eq}: strings in any case), {@code read}
 * the object each reply item becomes, {@code write} the body item each object becomes, {@code error} the module's
 * message when the argument's key is already there ({@value #APPEND}) or not there (the others). Leaves of
 * {@code read} and {@code write} are {@code {0.P}} (the source's property, any case), {@code {0.P|base64}}
 * ({@code [convert]::ToBase64String}: bytes as numbers, or Graph's base64 text of binary, which the SDK reads as
 * bytes), {@code {0.P|eq:V}} ({@code "V" -eq $_.P}), {@code {0.P|if:A:B}} ({@code A} when {@code $_.P} is true, else
 * {@code B}); other leaves are written as they are.
 *
 * <p>In a planned body the operation is an object {@code {"\uE000edit": …}} holding the argument as {@code item} and
 * the list as a {@link StepValues} token; the runner applies it once the lookup has answered.
 */
public final class ListEdits {

    /** Append the argument; stop when its key is there. */
    public static final String APPEND = "append";
    /** Replace the items whose key matches the argument's; stop when none does. */
    public static final String REPLACE = "replace";
    /** Remove the items whose key matches the argument's; stop when none does. */
    public static final String REMOVE = "remove";
    /**
     * Append a new object built from the arguments ({@code new}: a structure over {@code {Param}} leaves and
     * {@link #NEW_GUID}); when an item with the same key is there, nothing is written ({@link Unchanged}). Items are
     * kept as the reply gives them (no {@code read}, {@code write}).
     */
    public static final String ADD = "add";
    /**
     * Merge a new object ({@code new}, whose {@code into} list is each item of the argument through {@code each}) into
     * the list: the items whose key is the new object's take their {@code into} list with each new entry it lacks
     * ({@code eachKey} compared), the first one's list for all; without such an item the new object is appended
     * ({@link ListMerges}).
     */
    public static final String MERGE = "merge";
    /** A leaf of a new object that is a newly generated GUID ({@code [System.Guid]::NewGuid().ToString()}). */
    public static final String NEW_GUID = "{newGuid()}";
    /** The property of a planned body's operation object. */
    static final String MARK = "\uE000edit";
    /** What a lookup path starts with when the list is wanted as it is (empty or one item still a list). */
    public static final String LIST = "*";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern LEAF = Pattern.compile("\\{0\\.(\\w+)(?:\\|(base64|eq:[^}|]*|if:[^:}]*:[^}]*))?}");

    private ListEdits() {
    }

    /** The module's argument could not be applied to the tenant's list (its key is there, or is not). */
    public static final class Stopped extends RuntimeException {
        Stopped(String message) {
            super(message);
        }
    }

    /**
     * The module's code skips its write: the list already holds an item with the new one's key ({@link #ADD}); the
     * message names the key and the item.
     */
    public static final class Unchanged extends RuntimeException {
        Unchanged(String message) {
            super(message);
        }
    }

    /**
     * The planned operation object for one call: the table's operation with its item, the argument or (for
     * {@link #ADD}) the new object {@code fill} makes of the operation's {@code new} structure.
     */
    static JsonNode planned(JsonNode operation, JsonNode argument, java.util.function.UnaryOperator<JsonNode> fill) {
        ObjectNode spec = operation.deepCopy();
        spec.set("item", operation.has("new") ? fill.apply(operation.get("new")) : argument);
        if (MERGE.equals(operation.path("op").asText())) {
            ListMerges.planned(spec, argument);
        }
        spec.remove("new");
        ObjectNode mark = F.objectNode();
        mark.set(MARK, spec);
        return mark;
    }

    /** Whether a node is a planned operation object. */
    static boolean isPlanned(JsonNode node) {
        return node instanceof ObjectNode o && o.size() == 1 && o.has(MARK);
    }

    /**
     * The placeholder shown for a planned operation: {@code <certificateAuthorities of GET … with … appended>}; for
     * {@link #ADD}, the list's items as a placeholder followed by the new object, its new GUID a placeholder too.
     */
    static JsonNode shown(JsonNode planned, String list) {
        String op = planned.get(MARK).path("op").asText();
        if (op.equals(MERGE)) {
            return ListMerges.shown(planned.get(MARK), list);
        }
        if (op.equals(ADD)) {
            return F.arrayNode().add("<each item of " + list + ", unless one's " + keys(planned) + " is the new"
                    + " item's: then nothing is written>").add(guids(planned.get(MARK).path("item"), "<a new GUID>"));
        }
        return F.textNode("<" + list + (switch (op) {
            case APPEND -> " with the new item appended";
            case REPLACE -> " with the item whose " + keys(planned) + " match replaced by the new one";
            default -> " without the item whose " + keys(planned) + " match";
        }) + ">");
    }

    /** A structure with each {@link #NEW_GUID} leaf replaced by {@code guid} (a new one each when null). */
    private static JsonNode guids(JsonNode shape, String guid) {
        if (shape instanceof ObjectNode o) {
            ObjectNode out = F.objectNode();
            o.fields().forEachRemaining(e -> out.set(e.getKey(), guids(e.getValue(), guid)));
            return out;
        }
        return shape.isTextual() && shape.asText().equals(NEW_GUID)
                ? F.textNode(guid != null ? guid : java.util.UUID.randomUUID().toString()) : shape;
    }

    private static String keys(JsonNode planned) {
        List<String> k = new java.util.ArrayList<>();
        planned.get(MARK).path("key").forEach(n -> k.add(n.asText()));
        return String.join(" and ", k);
    }

    /** The token of a planned operation's list. */
    static String listToken(JsonNode planned) {
        return planned.get(MARK).path("list").asText();
    }

    /**
     * The body list: the planned operation applied to the reply's list (items in order); throws {@link Stopped}, or
     * {@link Unchanged} when an {@link #ADD}'s key is there.
     */
    static ArrayNode apply(JsonNode planned, JsonNode replyList) {
        JsonNode spec = planned.get(MARK);
        if (MERGE.equals(spec.path("op").asText())) {
            return ListMerges.apply(spec, replyList);
        }
        JsonNode item = guids(spec.path("item"), null);
        List<String> key = new java.util.ArrayList<>();
        spec.path("key").forEach(n -> key.add(n.asText()));
        String op = spec.path("op").asText();
        List<JsonNode> objects = new java.util.ArrayList<>();
        boolean found = false;
        for (JsonNode reply : replyList == null ? F.arrayNode() : replyList.isArray() ? replyList
                : F.arrayNode().add(replyList)) {
            JsonNode object = fill(spec.path("read"), reply);
            boolean match = key.stream().allMatch(k -> equal(property(object, k), property(item, k)));
            if (match && op.equals(ADD)) {
                throw new Unchanged("the list already holds an item whose " + keys(planned) + " is the new item's: "
                        + object.toString());
            }
            found |= match;
            if (!match || op.equals(APPEND)) {
                objects.add(object);
            } else if (op.equals(REPLACE)) {
                objects.add(item);
            }
        }
        if (op.equals(APPEND) == found && !op.equals(ADD)) {
            throw new Stopped(spec.path("error").asText());
        }
        if (op.equals(APPEND) || op.equals(ADD)) {
            objects.add(item);
        }
        ArrayNode out = F.arrayNode();
        objects.forEach(o -> out.add(fill(spec.path("write"), o)));
        return out;
    }

    /** A structure whose leaves name properties of {@code source}. */
    static JsonNode fill(JsonNode shape, JsonNode source) {
        if (shape.isMissingNode()) {
            return source; // no mapping: the item as it is
        }
        if (shape instanceof ObjectNode o) {
            ObjectNode out = F.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.set(e.getKey(), fill(e.getValue(), source));
            }
            return out;
        }
        Matcher m = shape.isTextual() ? LEAF.matcher(shape.asText()) : null;
        if (m == null || !m.matches()) {
            return shape;
        }
        JsonNode v = property(source, m.group(1));
        String f = m.group(2);
        if (f == null) {
            return v == null ? F.nullNode() : v;
        }
        if (f.equals("base64")) {
            return base64(v);
        }
        if (f.startsWith("eq:")) {
            return F.booleanNode(equal(F.textNode(f.substring(3)), v));
        }
        String[] choice = f.substring(3).split(":", 2);
        return F.textNode(truthy(v) ? choice[0] : choice[1]);
    }

    /** {@code [convert]::ToBase64String}: of bytes written as numbers, or of Graph's base64 text of binary. */
    private static JsonNode base64(JsonNode v) {
        if (v == null || v.isNull()) {
            throw new Stopped("The certificate is missing: [convert]::ToBase64String of $null fails in the module.");
        }
        if (v.isTextual()) {
            try {
                return F.textNode(Base64.getEncoder().encodeToString(Base64.getDecoder().decode(v.asText())));
            } catch (IllegalArgumentException e) {
                throw new Stopped("A certificate is not base64 text of bytes: " + e.getMessage());
            }
        }
        JsonNode list = v.isArray() ? v : F.arrayNode().add(v);
        byte[] bytes = new byte[list.size()];
        for (int i = 0; i < bytes.length; i++) {
            JsonNode b = list.get(i);
            if (!b.canConvertToInt() || !b.isIntegralNumber() || b.asInt() < 0 || b.asInt() > 255) {
                throw new Stopped("A certificate's bytes must be numbers from 0 to 255; item " + i + " is " + b + ".");
            }
            bytes[i] = (byte) b.asInt();
        }
        return F.textNode(Base64.getEncoder().encodeToString(bytes));
    }

    static JsonNode property(JsonNode node, String name) {
        if (node == null) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** PowerShell's {@code -eq} of two scalars as the code compares them: text in any case, null equal to null. */
    static boolean equal(JsonNode a, JsonNode b) {
        boolean na = a == null || a.isNull();
        boolean nb = b == null || b.isNull();
        if (na || nb) {
            return na && nb;
        }
        return a.asText().toLowerCase(Locale.ROOT).equals(b.asText().toLowerCase(Locale.ROOT));
    }

    private static boolean truthy(JsonNode v) {
        return v != null && !v.isNull() && !(v.isBoolean() && !v.asBoolean()) && !(v.isTextual() && v.asText().isEmpty())
                && !(v.isNumber() && v.asDouble() == 0);
    }
}
