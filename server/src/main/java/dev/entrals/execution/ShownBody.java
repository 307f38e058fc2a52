package dev.entrals.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;

/**
 * A request body as results show it: the values of secret properties (names ending in {@code password},
 * {@code secret}, {@code secretText} or {@code token}, and {@code proof}, {@code privateKey}; anywhere in the JSON,
 * also inside a JSON batch's inner bodies) replaced by {@value #MASK}: strings and numbers, and each string or number
 * of a list, so that a password a run sends never appears in its result, its confirmation or a log. Booleans
 * ({@code forceChangePasswordNextSignIn}) and objects ({@code passwordProfile}, searched inside) are not secrets. The
 * body sent is not changed.
 */
final class ShownBody {

    /** What stands for a secret value. */
    static final String MASK = "********";
    private static final Pattern SECRET = Pattern.compile("(?i)\\w*(?:password|secret|secretText|token)|proof|privateKey");
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
                boolean secret = SECRET.matcher(name).matches();
                if (secret && isSecretValue(v)) {
                    o.put(name, MASK);
                    changed = true;
                } else if (secret && v.isArray() && v.size() > 0 && allSecretValues(v)) {
                    var masked = o.putArray(name);
                    v.forEach(x -> masked.add(MASK));
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

    private static boolean isSecretValue(JsonNode v) {
        return v.isTextual() || v.isNumber();
    }

    private static boolean allSecretValues(JsonNode array) {
        for (JsonNode x : array) {
            if (!isSecretValue(x)) {
                return false;
            }
        }
        return true;
    }
}
