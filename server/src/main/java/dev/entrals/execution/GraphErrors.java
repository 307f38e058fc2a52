package dev.entrals.execution;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a Graph error reply ({@code {"error": {"code", "message", "innerError": {...}}}}) into a {@link GraphFault}. */
final class GraphErrors {

    private GraphErrors() {
    }

    static GraphFault fault(int status, HttpResponse<byte[]> response, String shown) {
        String code = null;
        String message = null;
        String requestId = response.headers().firstValue("request-id").orElse(null);
        String date = response.headers().firstValue("Date").orElse(null);
        byte[] body = response.body();
        try {
            JsonNode root = body == null || body.length == 0 ? null : GraphClient.Json.MAPPER.readTree(body);
            JsonNode error = root == null ? null : root.get("error");
            if (error != null && error.isObject()) {
                code = text(error.get("code"));
                message = text(error.get("message"));
                JsonNode inner = error.has("innerError") ? error.get("innerError") : error.get("innererror");
                if (inner != null && inner.isObject()) {
                    requestId = firstNonNull(text(inner.get("request-id")), requestId);
                    date = firstNonNull(text(inner.get("date")), date);
                }
            }
        } catch (java.io.IOException e) {
            String raw = new String(body, StandardCharsets.UTF_8).strip();
            message = raw.isEmpty() ? null : "(not a Graph error reply) " + (raw.length() > 200 ? raw.substring(0, 200)
                    + "…" : raw);
        }
        if (message == null || message.isBlank()) {
            message = "Microsoft Graph answered " + status + " (" + HttpStatusNames.of(status) + ").";
        }
        return new GraphFault(GraphFault.Kind.GRAPH_ERROR, message, status, code, requestId, date, shown, List.of());
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
