package dev.entrals.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import dev.entrals.graph.GraphRequest;
import dev.entrals.graph.RequestPlan;
import dev.entrals.session.CancellationSignal;

/**
 * Sends a plan's requests in order and collects the last reply's objects: a collection ({@code value}) paged through
 * {@code @odata.nextLink} within {@link RequestPlan.Paging}, or one object. Keeps at most {@code keep} objects and
 * counts the rest, so memory stays flat however many pages arrive.
 */
final class PlanRunner {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    /** What the run collected. */
    record Collected(List<Map<String, Object>> objects, long count, boolean single) {
    }

    private final GraphClient client;

    PlanRunner(GraphClient client) {
        this.client = client;
    }

    Collected run(RequestPlan plan, int keep, PageListener pages, CancellationSignal cancel) {
        List<GraphRequest> requests = plan.requests();
        GraphReply reply = null;
        for (GraphRequest r : requests) {
            reply = client.send(r, cancel);
        }
        List<Map<String, Object>> kept = new ArrayList<>();
        if (reply == null || reply.body() == null) {
            return new Collected(kept, 0, true);
        }
        JsonNode body = reply.body();
        JsonNode value = body.get("value");
        if (value == null || !value.isArray()) {
            if (!body.isObject()) {
                throw GraphFault.of(GraphFault.Kind.MALFORMED, "The reply of Microsoft Graph is not a JSON object.",
                        requests.get(requests.size() - 1).method() + " " + client.endpoint()
                                + requests.get(requests.size() - 1).relativeUrl());
            }
            kept.add(object(body));
            return new Collected(kept, 1, true);
        }
        GraphRequest last = requests.get(requests.size() - 1);
        RequestPlan.Paging paging = plan.paging() == null ? RequestPlan.Paging.SINGLE : plan.paging();
        Integer limit = paging.limit();
        long count = 0;
        int page = 0;
        while (true) {
            page++;
            for (JsonNode o : value) {
                if (limit != null && count >= limit) {
                    break;
                }
                count++;
                if (kept.size() < keep) {
                    kept.add(o.isObject() ? object(o) : Map.of("Value", GraphClient.JSON.convertValue(o, Object.class)));
                }
            }
            pages.page(page, count, limit);
            JsonNode next = body.get("@odata.nextLink");
            if (!paging.followNextLink() || next == null || !next.isTextual() || limit != null && count >= limit) {
                break;
            }
            GraphRequest nextRequest = new GraphRequest("GET", next.asText(), last.headers(), null);
            body = client.sendTo(next.asText(), nextRequest, cancel).body();
            value = body == null ? null : body.get("value");
            if (value == null || !value.isArray()) {
                throw GraphFault.of(GraphFault.Kind.MALFORMED, "A next page of the collection has no 'value' array.",
                        "GET " + next.asText());
            }
        }
        return new Collected(kept, count, false);
    }

    private static Map<String, Object> object(JsonNode o) {
        return GraphClient.JSON.convertValue(o, MAP);
    }
}
