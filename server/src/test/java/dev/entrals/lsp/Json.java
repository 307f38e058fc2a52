package dev.entrals.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Small JSON builders for raw-wire tests: {@code Json.of("{'a': 1}")} with single quotes for readability. */
public final class Json {

    private Json() {
    }

    /** Parses JSON written with single quotes. */
    public static JsonObject of(String singleQuoted) {
        return JsonParser.parseString(singleQuoted.replace('\'', '"')).getAsJsonObject();
    }

    public static JsonObject initialize(Long processId) {
        JsonObject p = of("{'capabilities': {}, 'clientInfo': {'name': 'wire-test'}}");
        if (processId != null) {
            p.addProperty("processId", processId);
        }
        return p;
    }

    public static JsonObject didOpen(String uri, String text) {
        JsonObject doc = of("{'languageId': 'powershell', 'version': 1}");
        doc.addProperty("uri", uri);
        doc.addProperty("text", text);
        JsonObject p = new JsonObject();
        p.add("textDocument", doc);
        return p;
    }

    public static JsonObject at(String uri, int line, int character) {
        JsonObject p = of("{'position': {'line': " + line + ", 'character': " + character + "}}");
        JsonObject doc = new JsonObject();
        doc.addProperty("uri", uri);
        p.add("textDocument", doc);
        return p;
    }

    public static int errorCode(JsonElement response) {
        return response.getAsJsonObject().getAsJsonObject("error").get("code").getAsInt();
    }
}
