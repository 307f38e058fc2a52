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
 * Sends a plan's follow-up ({@link FollowUp.Planned}) after its request, as the module does: only when the objects
 * read from the first request (every page it followed) decide for it (none has the value; with a count left to ask
 * for, one above 0), then hands each object of the follow-up's reply (its first page, as the module reads
 * {@code .value}) on, stamped with the module's properties. A failed follow-up ends the run with its fault, saying
 * what was sent before it.
 */
final class FollowUpRun {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private FollowUpRun() {
    }

    /**
     * Sends the follow-up when the {@code read} objects of {@code first}'s replies decide for it ({@code has}: one of
     * them has the value compared); each appended object goes to {@code add}. True when it was sent.
     */
    static boolean append(GraphClient client, FollowUp.Planned then, GraphRequest first, long read, boolean has,
                          Consumer<Map<String, Object>> add, CancellationSignal cancel) {
        if (!then.sends(read, has)) {
            return false;
        }
        GraphRequest next = then.request(read);
        GraphReply reply;
        try {
            reply = client.send(next, cancel);
        } catch (GraphFault f) {
            throw f.withHint("Sent before it: " + client.line(first) + " (answered with " + read
                    + (read == 1 ? " object" : " objects") + ", not shown). " + client.line(next)
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
