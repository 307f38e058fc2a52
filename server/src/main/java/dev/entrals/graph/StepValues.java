package dev.entrals.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * References from a plan's request to a value of an earlier step's reply ({@link RequestPlan.Lookup}: a lookup, or a
 * write sent before, as the id of the object a POST created).
 *
 * <p>In the request table a template names the value as {@code {@N.path}}: {@code N} is the lookup (1 first),
 * {@code path} a property path in its reply as the module's code reads it ({@code id}, {@code value[0].id},
 * {@code value.id} for every item's id), {@code #} the value of the code's list whose try answered, and no path
 * ({@code {@N}}) the whole object. In a planned {@link GraphRequest} the reference is a token of two private-use
 * characters around {@code N:path}, which no escaped argument can contain (the planner refuses an argument that
 * holds one); the runner replaces it by the value once the lookup has answered, and the confirmation shows a
 * placeholder naming its source instead ({@code <id from GET /v1.0/…>}).
 */
public final class StepValues {

    /** One step of a reply path: a property and an optional index ({@code value[0]}). */
    private static final Pattern STEP = Pattern.compile("([^\\[]+)?(?:\\[(\\d+)])?");

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    static final Pattern TOKEN = Pattern.compile(OPEN + "(\\d+):([^" + CLOSE + "]*)" + CLOSE);
    /** A reference as the table writes it in a path or body template: {@code {@1.id}}, {@code {@2.value[0].id}}. */
    public static final Pattern TEMPLATE = Pattern.compile("\\{@(\\d+)(?:\\.([\\w#\\[\\].]+))?}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private StepValues() {
    }

    /** The token standing for the value at {@code path} of lookup {@code lookup}'s reply (1 first). */
    public static String token(int lookup, String path) {
        return OPEN + Integer.toString(lookup) + ":" + (path == null ? "" : path) + CLOSE;
    }

    /** The table's {@code {@N.path}} references of a template turned into tokens. */
    public static String tokens(String template) {
        Matcher m = TEMPLATE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(token(Integer.parseInt(m.group(1)), m.group(2))));
        }
        return m.appendTail(out).toString();
    }

    /** Whether a text holds a token (or a character of one: an argument that does is refused). */
    public static boolean holdsToken(String text) {
        return text != null && (text.indexOf(OPEN) >= 0 || text.indexOf(CLOSE) >= 0);
    }

    /** The references of a text's tokens, in order: lookup (1 first) and path. */
    public static List<Map.Entry<Integer, String>> references(String text) {
        return text == null ? List.of() : TOKEN.matcher(text).results()
                .map(r -> Map.entry(Integer.parseInt(r.group(1)), r.group(2))).toList();
    }

    /** The lookups (1 first) a text's tokens name. */
    public static List<Integer> named(String text) {
        return text == null ? List.of() : TOKEN.matcher(text).results().map(r -> Integer.parseInt(r.group(1)))
                .toList();
    }

    /**
     * The text as shown before the run: each token as a placeholder naming where its value will come from
     * ({@code <id from GET /v1.0/users?$filter=…>}; for a list tried in order, the values and that the first to
     * answer gives it).
     */
    public static String shown(String text, List<RequestPlan.Lookup> lookups) {
        if (text == null) {
            return null;
        }
        if (text.contains(ListEdits.MARK)) {
            text = shownEdits(text, lookups);
        }
        text = NewGuids.shown(text); // a GUID the module makes: made when the request is sent
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            String path = m.group(2);
            String placeholder;
            if (n < 1 || n > lookups.size()) {
                placeholder = "<value of lookup " + n + ">";
            } else {
                RequestPlan.Lookup l = lookups.get(n - 1);
                GraphRequest first = l.tries().get(0);
                if (path.equals("#")) {
                    placeholder = "<the one of " + String.join(", ", l.values()) + " whose GET answers first>";
                } else if (path.startsWith("value.") && !path.contains("[")) {
                    placeholder = "<" + path.substring("value.".length()) + " of each object from GET "
                            + shown(first.relativeUrl(), lookups) + ">";
                } else {
                    String of = l.tries().size() > 1 ? "the first that answers of GET " + shown(first.relativeUrl(),
                            lookups) + " and the " + (l.tries().size() - 1) + " like it"
                            : first.method() + " " + shown(first.relativeUrl(), lookups);
                    placeholder = "<" + (path.isEmpty() ? "the object" : path) + " from " + of + ">";
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(placeholder));
        }
        return m.appendTail(out).toString();
    }

    /** A body with each planned list operation as its placeholder ({@link ListEdits#shown}). */
    private static String shownEdits(String body, List<RequestPlan.Lookup> lookups) {
        try {
            return ArgumentText.write(shownEdits(JSON.readTree(body), lookups));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return body;
        }
    }

    private static JsonNode shownEdits(JsonNode node, List<RequestPlan.Lookup> lookups) {
        if (ListEdits.isPlanned(node)) {
            Matcher list = TOKEN.matcher(ListEdits.listToken(node));
            int n = list.matches() ? Integer.parseInt(list.group(1)) : 0;
            String path = list.matches() ? list.group(2) : "";
            String from = n < 1 || n > lookups.size() ? "lookup " + n
                    : "GET " + shown(lookups.get(n - 1).tries().get(0).relativeUrl(), lookups);
            return ListEdits.shown(node, path.substring(path.lastIndexOf('.') + 1) + " of " + from);
        }
        return copied(node, x -> shownEdits(x, lookups));
    }

    /** An object's or array's copy with each member through {@code member}; any other node as it is. */
    static JsonNode copied(JsonNode node, java.util.function.UnaryOperator<JsonNode> member) {
        if (node instanceof ObjectNode o) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            o.fields().forEachRemaining(e -> copy.set(e.getKey(), member.apply(e.getValue())));
            return copy;
        }
        if (node instanceof ArrayNode a) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            a.forEach(x -> copy.add(member.apply(x)));
            return copy;
        }
        return node;
    }

    /**
     * A URL with each token replaced by its value, escaped as {@code [uri]::EscapeDataString} does;
     * {@code value.apply(lookup, path)} gives the value (a text or number node) or throws.
     */
    public static String fillUrl(String url, BiFunction<Integer, String, JsonNode> value) {
        Matcher m = TOKEN.matcher(url);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            JsonNode v = value.apply(Integer.parseInt(m.group(1)), m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(ArgumentText.escapeData(v.isValueNode() ? v.asText()
                    : v.toString())));
        }
        return m.appendTail(out).toString();
    }

    /**
     * A JSON body with each token replaced: a string that is one token becomes the value itself (an object, an
     * array, a string), a token inside a longer string its text.
     */
    public static String fillBody(String body, BiFunction<Integer, String, JsonNode> value) {
        if (body == null || !TOKEN.matcher(body).find()) {
            return body;
        }
        try {
            return ArgumentText.write(fill(JSON.readTree(body), value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a planned body is not JSON", e);
        }
    }

    private static JsonNode fill(JsonNode node, BiFunction<Integer, String, JsonNode> value) {
        if (node.isTextual()) {
            Matcher whole = TOKEN.matcher(node.asText());
            if (whole.matches()) {
                return value.apply(Integer.parseInt(whole.group(1)), whole.group(2));
            }
            Matcher m = TOKEN.matcher(node.asText());
            StringBuilder out = new StringBuilder();
            boolean any = false;
            while (m.find()) {
                any = true;
                JsonNode v = value.apply(Integer.parseInt(m.group(1)), m.group(2));
                m.appendReplacement(out, Matcher.quoteReplacement(v.isValueNode() ? v.asText() : v.toString()));
            }
            return any ? TextNode.valueOf(m.appendTail(out).toString()) : node;
        }
        if (ListEdits.isPlanned(node)) {
            Matcher list = TOKEN.matcher(ListEdits.listToken(node));
            if (!list.matches()) {
                throw new IllegalStateException("a planned list operation names no lookup");
            }
            return ListEdits.apply(node, value.apply(Integer.parseInt(list.group(1)), ListEdits.LIST + list.group(2)));
        }
        return copied(node, x -> fill(x, value));
    }

    /**
     * The value at a property path of a reply, read as PowerShell reads it: {@code a.b}, {@code value[0]}, a
     * property of an array is every item's ({@code value.id}); property names in any case; the whole reply without
     * its {@code @odata.*} annotations for an empty path. Null when it has none (a missing property, an empty
     * {@code value}, a null).
     */
    public static JsonNode at(JsonNode reply, String path) {
        if (path == null || path.isEmpty()) {
            if (!(reply instanceof ObjectNode o)) {
                return reply;
            }
            ObjectNode copy = o.deepCopy();
            List<String> annotations = new java.util.ArrayList<>();
            copy.fieldNames().forEachRemaining(k -> {
                if (k.startsWith("@odata.")) {
                    annotations.add(k);
                }
            });
            copy.remove(annotations);
            return copy;
        }
        JsonNode node = reply;
        for (String step : path.split("\\.")) {
            Matcher m = STEP.matcher(step);
            if (!m.matches()) {
                return null;
            }
            if (m.group(1) != null) {
                node = property(node, m.group(1));
            }
            if (node != null && m.group(2) != null) {
                node = node.isArray() ? node.get(Integer.parseInt(m.group(2))) : null;
            }
            if (node == null || node.isNull() || node.isArray() && node.isEmpty()) {
                return null;
            }
        }
        return node;
    }

    private static JsonNode property(JsonNode node, String name) {
        if (node.isArray()) {
            ArrayNode all = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> {
                JsonNode v = property(item, name);
                if (v != null && !v.isNull()) {
                    all.add(v);
                }
            });
            return all;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }
}
