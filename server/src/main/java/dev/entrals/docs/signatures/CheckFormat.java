package dev.entrals.docs.signatures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entrals.docs.ValueCheck;
import java.util.ArrayList;
import java.util.List;

/**
 * A parameter's {@link ValueCheck}s in the signature index, one object each in the parameter's {@code checks}:
 * {@code {"notEmpty":true}}, {@code {"range":[1,999]}}, {@code {"length":[1,256]}}, {@code {"pattern":"…",
 * "message":"…"}} and {@code {"script":["…","…"],"message":"…"}} (a message only when the code gives one). An object
 * of another shape (a later index) is skipped: it checks nothing.
 */
final class CheckFormat {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CheckFormat() {
    }

    static ObjectNode write(ValueCheck check) {
        ObjectNode n = NODES.objectNode();
        if (check instanceof ValueCheck.NotEmpty) {
            n.put("notEmpty", true);
        } else if (check instanceof ValueCheck.Range r) {
            n.putArray("range").add(number(r.min())).add(number(r.max()));
        } else if (check instanceof ValueCheck.Length l) {
            n.putArray("length").add(l.min()).add(l.max());
        } else if (check instanceof ValueCheck.Match m) {
            n.put("pattern", m.pattern());
            message(n, m.message());
        } else if (check instanceof ValueCheck.Script s) {
            s.patterns().forEach(n.putArray("script")::add);
            message(n, s.message());
        }
        return n;
    }

    static List<ValueCheck> read(JsonNode checks) {
        List<ValueCheck> out = new ArrayList<>();
        for (JsonNode c : checks) {
            String message = c.path("message").asText("");
            if (c.path("notEmpty").asBoolean(false)) {
                out.add(new ValueCheck.NotEmpty());
            } else if (c.path("range").size() == 2) {
                out.add(new ValueCheck.Range(c.get("range").get(0).asDouble(), c.get("range").get(1).asDouble()));
            } else if (c.path("length").size() == 2) {
                out.add(new ValueCheck.Length(c.get("length").get(0).asInt(), c.get("length").get(1).asInt()));
            } else if (c.path("pattern").isTextual()) {
                out.add(new ValueCheck.Match(c.get("pattern").asText(), message));
            } else if (c.path("script").size() > 0) {
                List<String> patterns = new ArrayList<>();
                c.get("script").forEach(p -> patterns.add(p.asText()));
                out.add(new ValueCheck.Script(patterns, message));
            }
        }
        return out;
    }

    private static void message(ObjectNode n, String message) {
        if (!message.isEmpty()) {
            n.put("message", message);
        }
    }

    private static JsonNode number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e18 ? NODES.numberNode((long) d) : NODES.numberNode(d);
    }
}
