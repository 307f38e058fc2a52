package dev.entrals.execution;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import dev.entrals.graph.FollowUp;
import dev.entrals.graph.GraphRequest;
import dev.entrals.session.CancellationSignal;

/**
 * Sends a plan's follow-up ({@link FollowUp.Planned}) after its request, as the module does: only when the first
 * reply decides for it (no object of its list has the value), then hands each object of the follow-up's reply (its
 * first page, as the module reads {@code .value}) on, stamped with the module's properties. A failed follow-up ends
 * the run with its fault, saying what was sent before it.
 */
final class FollowUpRun {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private FollowUpRun() {
    }

    /**
     * Sends the follow-up when {@code firstReply} (the reply of {@code first}) decides for it; each appended object
     * goes to {@code add}. True when it was sent.
     */
    static boolean append(GraphClient client, FollowUp.Planned then, GraphRequest first, GraphReply firstReply,
                          Consumer<Map<String, Object>> add, CancellationSignal cancel) {
        if (!then.sent().holds(firstReply == null ? null : firstReply.body())) {
            return false;
        }
        GraphReply reply;
        try {
            reply = client.send(then.request(), cancel);
        } catch (GraphFault f) {
            JsonNode list = firstReply == null || firstReply.body() == null ? null
                    : firstReply.body().get(then.sent().list());
            int read = list != null && list.isArray() ? list.size() : 0;
            throw f.withHint("Sent before it: " + client.line(first) + " (answered with " + read
                    + (read == 1 ? " object" : " objects") + ", not shown). " + client.line(then.request())
                    + " was sent because that reply has no object in " + then.sent().list() + " whose "
                    + then.sent().key() + " is " + then.sent().value() + ".");
        }
        JsonNode value = reply == null || reply.body() == null ? null : reply.body().get("value");
        if (value == null || !value.isArray()) {
            return true; // the module appends $resp.value: nothing when the reply has none
        }
        for (JsonNode o : value) {
            if (o.isObject()) {
                add.accept(then.stamped(GraphClient.Json.MAPPER.convertValue(o, MAP)));
            }
        }
        return true;
    }
}
