package dev.entrals.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.entrals.graph.GraphRequest;
import dev.entrals.session.CancellationSignal;

/**
 * A step's reply as every page's objects ({@link dev.entrals.graph.RequestPlan.Lookup#pages()}), and the next page of
 * any collection reply.
 */
final class AllPages {

    private AllPages() {
    }

    /**
     * A collection reply with every page's objects in its {@code value}, following {@code @odata.nextLink} (the
     * code's {@code do { … } while} over the pages); a reply that is not a collection as it is.
     */
    static JsonNode of(GraphClient client, JsonNode first, GraphRequest r, CancellationSignal cancel) {
        if (first == null || !(first.get("value") instanceof ArrayNode v)) {
            return first;
        }
        ArrayNode all = v.deepCopy();
        JsonNode page = first;
        while (page.get("@odata.nextLink") != null && page.get("@odata.nextLink").isTextual()) {
            page = next(client, page.get("@odata.nextLink").asText(), r, cancel);
            all.addAll((ArrayNode) page.get("value"));
        }
        ObjectNode out = ((ObjectNode) first).deepCopy();
        out.set("value", all);
        out.remove("@odata.nextLink");
        return out;
    }

    /**
     * The page at {@code link} (a reply's {@code @odata.nextLink}), asked for with {@code request}'s headers; a page
     * without a {@code value} array is a malformed reply.
     */
    static JsonNode next(GraphClient client, String link, GraphRequest request, CancellationSignal cancel) {
        JsonNode page = client.sendTo(link, new GraphRequest("GET", link, request.headers(), null), cancel).body();
        if (page == null || !(page.get("value") instanceof ArrayNode)) {
            throw GraphFault.of(GraphFault.Kind.MALFORMED, "A next page of the collection has no 'value' array.",
                    "GET " + link);
        }
        return page;
    }
}
