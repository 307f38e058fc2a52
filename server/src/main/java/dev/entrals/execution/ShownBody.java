package dev.entrals.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;

/**
 * A request body as results show it: the string values of secret properties ({@code password}, {@code secretText},
 * anywhere in the JSON) replaced by {@value #MASK}, so that a password a run sends never appears in its result, its
 * confirmation or a log. The body sent is not changed.
 */
final class ShownBody {

    /** What stands for a secret value. */
    static final String MASK = "********";
    private static final Pattern SECRET = Pattern.compile("(?i)\\w*password|secretText|clientSecret");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ShownBody() {
    }

    /** The body with its secret values masked (a body that is not JSON as it is). */
    static String of(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return mask(node) ? JSON.writeValueAsString(node) : body;
        } catch (java.io.IOException notJson) {
            return body;
        }
    }

    private static boolean mask(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode o) {
            var names = new java.util.ArrayList<String>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode v = o.get(name);
                if (v.isTextual() && SECRET.matcher(name).matches()) {
                    o.put(name, MASK);
                    changed = true;
                } else {
                    changed |= mask(v);
                }
            }
        } else if (node != null && node.isArray()) {
            for (JsonNode v : node) {
                changed |= mask(v);
            }
        }
        return changed;
    }
}
