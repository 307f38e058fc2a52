package dev.entrals.features.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;

/**
 * The arguments of an {@code entra.*} command: the one JSON object the command takes, and the code lens marker
 * {@code {"origin": "codeLens"}} (with a {@code refused} reason when the lens cannot run its line).
 */
record CommandArguments(Map<String, Object> object, boolean fromLens, String refused) {

    static final String ORIGIN = "origin";
    static final String CODE_LENS = "codeLens";
    static final String REFUSED = "refused";
    private static final Gson GSON = new Gson();

    /**
     * Reads the arguments: the first JSON object that is not the lens marker is the command's object. Anything else
     * (null, a value, an array, a second object) is refused as invalid params: a command never guesses what a
     * malformed call meant (a {@code null} read as "no object" would start the settings' sign-in).
     */
    static CommandArguments read(String command, List<Object> args) {
        return read(command, args, true);
    }

    /** Reads the arguments of a command that takes none: only the lens marker is accepted. */
    static CommandArguments none(String command, List<Object> args) {
        return read(command, args, false);
    }

    private static CommandArguments read(String command, List<Object> args, boolean takesObject) {
        Map<String, Object> object = null;
        boolean lens = false;
        String refused = null;
        String shape = takesObject ? " takes one JSON object argument, not " : " takes no arguments, not ";
        for (Object a : args) {
            JsonElement e = a instanceof JsonElement j ? j : GSON.toJsonTree(a);
            if (e == null || e.isJsonNull()) {
                throw invalid(command + shape + "null.");
            }
            if (!e.isJsonObject()) {
                throw invalid(command + shape + describe(e) + ".");
            }
            JsonObject o = e.getAsJsonObject();
            if (isLensMarker(o)) {
                lens = true;
                refused = o.has(REFUSED) && o.get(REFUSED).isJsonPrimitive() ? o.get(REFUSED).getAsString() : null;
            } else if (!takesObject) {
                throw invalid(command + shape + "an object.");
            } else if (object == null) {
                object = GSON.fromJson(o, new TypeToken<LinkedHashMap<String, Object>>() { }.getType());
            } else {
                throw invalid(command + " takes one JSON object argument, not several.");
            }
        }
        return new CommandArguments(object == null ? new LinkedHashMap<>() : object, lens, refused);
    }

    /** The marker a code lens adds to its command's arguments. */
    static Map<String, String> lensMarker() {
        return Map.of(ORIGIN, CODE_LENS);
    }

    /** The marker of a lens that cannot run its line, with the reason shown when it is clicked. */
    static Map<String, String> refusedLensMarker(String reason) {
        return Map.of(ORIGIN, CODE_LENS, REFUSED, reason);
    }

    /** A text field, matched ignoring case; null when absent or JSON null. */
    String text(String field) {
        for (Map.Entry<String, Object> e : object.entrySet()) {
            if (e.getKey().equalsIgnoreCase(field) && e.getValue() != null) {
                if (e.getValue() instanceof Map || e.getValue() instanceof List) {
                    throw invalid("The field '" + field + "' must be text.");
                }
                return String.valueOf(e.getValue());
            }
        }
        return null;
    }

    static ResponseErrorException invalid(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }

    private static boolean isLensMarker(JsonObject o) {
        JsonElement origin = o.get(ORIGIN);
        return origin != null && origin.isJsonPrimitive() && CODE_LENS.equals(origin.getAsString());
    }

    private static String describe(JsonElement e) {
        return e.isJsonArray() ? "an array" : "a single value";
    }
}
