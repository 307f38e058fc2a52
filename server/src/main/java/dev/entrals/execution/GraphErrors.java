package dev.entrals.execution;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a Graph error reply ({@code {"error": {"code", "message", "innerError": {...}}}}) into a {@link GraphFault}, and
 * says what a run's 404 and 403 mean for its call.
 */
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

    /** A 404 names the object not found; a 403 names the scopes that would allow the call ({@code allowing}). */
    static GraphFault explain(GraphFault f, Map<String, Object> arguments, List<String> allowing) {
        if (f.status() == 404) {
            return f.withHint(notFound(f.request(), arguments));
        }
        if (f.status() == 403) {
            return f.withHint(allowing.isEmpty() ? "The session's permissions do not allow this call."
                    : "Any one of these permissions would allow the call (narrowest first): " + String.join(", ", allowing)
                    + ". Connect again with it (entra-ls connect --scopes " + allowing.get(0) + ").");
        }
        return f;
    }

    /** Which object was not found: the argument whose value is a segment of the failed URL's path. */
    static String notFound(String request, Map<String, Object> arguments) {
        String url = request == null ? "" : request.substring(request.indexOf(' ') + 1);
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        List<String> segments = new ArrayList<>();
        for (String s : path.split("/")) {
            segments.add(URLDecoder.decode(s, StandardCharsets.UTF_8));
        }
        for (Map.Entry<String, Object> a : arguments.entrySet()) {
            if (a.getValue() instanceof String v && segments.contains(v)) {
                int i = segments.indexOf(v);
                String kind = i > 0 ? segments.get(i - 1) : "object";
                return "Not found: the object '" + v + "' (-" + a.getKey() + ") in " + kind + ".";
            }
        }
        return "Not found: " + path + ".";
    }
}
