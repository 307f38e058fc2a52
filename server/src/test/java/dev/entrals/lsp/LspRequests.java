package dev.entrals.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * The request methods of LSP 3.17 with their params, from {@code protocol/lsp-requests.json} (the client's contract
 * test reads the same file), made concrete for one case: {@code valid}, {@code empty} or {@code closed}.
 */
final class LspRequests {

    /** One request to send, and whether the server implements it. */
    record Request(String method, JsonObject params, boolean implemented) {
    }

    final String uri;
    final String text;
    private final JsonObject fixture;

    private LspRequests(JsonObject fixture) {
        this.fixture = fixture;
        JsonObject document = fixture.getAsJsonObject("document");
        this.uri = document.get("uri").getAsString();
        this.text = document.get("text").getAsString();
    }

    static LspRequests load() throws IOException {
        try (InputStream in = LspRequests.class.getResourceAsStream("/protocol/lsp-requests.json")) {
            if (in == null) {
                throw new IOException("protocol/lsp-requests.json is not on the test class path");
            }
            return new LspRequests(JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject());
        }
    }

    /** Every request, for the case {@code valid}, {@code empty} or {@code closed}. */
    List<Request> forCase(String name) {
        JsonObject positions = fixture.getAsJsonObject("positions");
        JsonObject position = positions.getAsJsonObject(name.equals("empty") ? "empty" : "valid");
        String caseUri = name.equals("closed") ? fixture.getAsJsonObject("document").get("closedUri").getAsString() : uri;
        JsonObject range = new JsonObject();
        range.add("start", position.deepCopy());
        range.add("end", position.deepCopy());
        Map<String, JsonElement> values = Map.of("$uri", new JsonPrimitive(caseUri),
                "$position", position, "$range", range);
        List<Request> out = new ArrayList<>();
        for (JsonElement e : fixture.getAsJsonArray("requests")) {
            JsonObject r = e.getAsJsonObject();
            JsonElement params = name.equals("empty") && r.has("emptyParams") ? r.get("emptyParams") : r.get("params");
            out.add(new Request(r.get("method").getAsString(), substitute(params, values).getAsJsonObject(),
                    r.has("implemented") && r.get("implemented").getAsBoolean()));
        }
        return out;
    }

    private static JsonElement substitute(JsonElement e, Map<String, JsonElement> values) {
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() && values.containsKey(e.getAsString())) {
            return values.get(e.getAsString()).deepCopy();
        }
        if (e.isJsonArray()) {
            JsonArray a = new JsonArray();
            e.getAsJsonArray().forEach(x -> a.add(substitute(x, values)));
            return a;
        }
        if (e.isJsonObject()) {
            JsonObject o = new JsonObject();
            e.getAsJsonObject().entrySet().forEach(m -> o.add(m.getKey(), substitute(m.getValue(), values)));
            return o;
        }
        return e;
    }

    /**
     * What is wrong with a reply by vscode-jsonrpc's rule (a reply has {@code result} or {@code error}; JSON-RPC: not
     * both) and this server's (an unimplemented method gets -32601, an implemented one a result); null when it is fine.
     */
    static String fault(JsonObject reply, boolean implemented) {
        boolean result = reply.has("result");
        boolean error = reply.has("error");
        if (!result && !error) {
            return "neither result nor error: " + reply;
        }
        if (result && error) {
            return "both result and error: " + reply;
        }
        if (implemented && error) {
            return "an error from an implemented method: " + reply;
        }
        if (!implemented && (!error || Json.errorCode(reply) != -32601)) {
            return "not -32601 Method not found: " + reply;
        }
        return null;
    }
}
