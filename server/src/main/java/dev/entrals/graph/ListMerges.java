package dev.entrals.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link ListEdits#MERGE} operation: a new object merged into a lookup's list by its key, as the code
 * <pre>
 * $e = $existing | Where-Object { $_.K -eq $v } | Select-Object -First 1
 * if ($e) {
 *     $perms = @($e.S); foreach ($n in $new) { if (-not ($perms | Where-Object { $_.a -eq $n.a -and … })) { $perms += $n } }
 *     foreach ($x in $existing) { if ($x.K -eq $v) { $u += @{ K = $x.K; S = $perms } } else { $u += $x } }
 * } else { $existing += @{ K = $v; S = $new } }
 * </pre>
 * does. The operation's {@code item} is the new object with its {@code into} list made of the argument's items
 * through {@code each} ({@code {0.id}} leaves, any case) at planning; {@code eachKey} the properties two entries are
 * the same by ({@code -eq}: text in any case, null equal to null).
 */
final class ListMerges {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ListMerges() {
    }

    /** Puts the argument's items, through {@code each}, as the planned item's {@code into} list. */
    static void planned(ObjectNode spec, JsonNode argument) {
        ArrayNode entries = F.arrayNode();
        for (JsonNode a : items(argument)) {
            entries.add(ListEdits.fill(spec.path("each"), a));
        }
        if (spec.get("item") instanceof ObjectNode item) {
            item.set(spec.path("into").asText(), entries);
        }
    }

    /** The placeholder of the merged list: the reply's items, the one merged into said, then the new object. */
    static JsonNode shown(JsonNode spec, String list) {
        String key = String.join(" and ", strings(spec.path("key")));
        String into = spec.path("into").asText();
        return F.arrayNode().add("<each item of " + list + "; the one whose " + key + " is the new item's keeps its "
                + into + " with each new entry it lacks (the same " + String.join(" and ", strings(spec.path("eachKey")))
                + ") added; without one the new item is appended>").add(spec.path("item"));
    }

    /** The merged list of the reply's list; {@link ListEdits.Stopped} when the argument has no item. */
    static ArrayNode apply(JsonNode spec, JsonNode replyList) {
        JsonNode item = spec.path("item");
        String into = spec.path("into").asText();
        List<String> key = strings(spec.path("key"));
        List<String> eachKey = strings(spec.path("eachKey"));
        List<JsonNode> news = items(item.path(into));
        if (news.isEmpty()) {
            throw new ListEdits.Stopped(spec.path("error").asText());
        }
        List<JsonNode> reply = items(replyList);
        JsonNode found = reply.stream().filter(r -> same(r, item, key)).findFirst().orElse(null);
        ArrayNode out = F.arrayNode();
        if (found == null) {
            reply.forEach(out::add);
            return out.add(item);
        }
        ArrayNode merged = F.arrayNode();
        items(ListEdits.property(found, into)).forEach(merged::add);
        for (JsonNode n : news) {
            boolean there = false;
            for (JsonNode m : merged) {
                there |= same(m, n, eachKey);
            }
            if (!there) {
                merged.add(n);
            }
        }
        for (JsonNode r : reply) {
            if (!same(r, item, key)) {
                out.add(r);
                continue;
            }
            ObjectNode replaced = F.objectNode();
            key.forEach(k -> replaced.set(k, ListEdits.property(r, k)));
            replaced.set(into, merged);
            out.add(replaced);
        }
        return out;
    }

    private static boolean same(JsonNode a, JsonNode b, List<String> key) {
        return key.stream().allMatch(k -> ListEdits.equal(ListEdits.property(a, k), ListEdits.property(b, k)));
    }

    /** A list's items; one value a one-item list (as {@code @(…)} makes it), null or missing none. */
    private static List<JsonNode> items(JsonNode list) {
        List<JsonNode> out = new ArrayList<>();
        if (list == null || list.isNull() || list.isMissingNode()) {
            return out;
        }
        if (list.isArray()) {
            list.forEach(out::add);
        } else {
            out.add(list);
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
