package dev.entrals.features.completion;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The small {@code data} a completion item carries so that {@code completionItem/resolve} can find its documentation:
 * the cmdlet's name, and the parameter's name for a parameter item.
 */
record ItemData(String cmdlet, String parameter) {

    JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("cmdlet", cmdlet);
        if (parameter != null) {
            o.addProperty("parameter", parameter);
        }
        return o;
    }

    /** The data of a resolved item (a Gson tree after the round trip), or null when it is not ours. */
    static ItemData from(Object data) {
        if (data instanceof ItemData d) {
            return d;
        }
        if (!(data instanceof JsonElement e) || !e.isJsonObject()) {
            return null;
        }
        JsonObject o = e.getAsJsonObject();
        String cmdlet = string(o, "cmdlet");
        return cmdlet == null ? null : new ItemData(cmdlet, string(o, "parameter"));
    }

    private static String string(JsonObject o, String key) {
        JsonElement v = o.get(key);
        return v != null && v.isJsonPrimitive() ? v.getAsString() : null;
    }
}
