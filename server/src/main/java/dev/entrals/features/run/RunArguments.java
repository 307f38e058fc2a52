package dev.entrals.features.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import dev.entrals.execution.ResultFormat;

/**
 * The one JSON object of {@code entra.run}: {@code {uri, range}} or {@code {commandLine}}, and optionally
 * {@code confirm}, {@code whatIf}, {@code arguments} (parameter name to value) and {@code format}. Anything else is
 * refused as invalid params with a sentence saying what is expected.
 */
record RunArguments(String uri, int startLine, int startCharacter, int endLine, int endCharacter, String commandLine,
                    boolean confirm, boolean whatIf, Map<String, String> arguments, ResultFormat format) {

    static final String COMMAND = "entra.run";
    private static final Set<String> FIELDS = Set.of("uri", "range", "commandLine", "confirm", "whatIf", "arguments",
            "format", "origin");
    private static final String SHAPE = COMMAND + " takes one JSON object: {\"uri\", \"range\"} or {\"commandLine\"}, "
            + "optionally \"confirm\", \"whatIf\", \"arguments\" and \"format\"";
    private static final Gson GSON = new Gson();

    static RunArguments read(List<Object> args) {
        if (args.size() != 1) {
            throw invalid(SHAPE + " (" + args.size() + " arguments given).");
        }
        JsonElement e = args.get(0) instanceof JsonElement j ? j : GSON.toJsonTree(args.get(0));
        if (e == null || !e.isJsonObject()) {
            throw invalid(SHAPE + ".");
        }
        JsonObject o = e.getAsJsonObject();
        for (String k : o.keySet()) {
            if (!FIELDS.contains(k)) {
                throw invalid(SHAPE + "; '" + k + "' is not one of its fields.");
            }
        }
        String line = text(o, "commandLine");
        String uri = text(o, "uri");
        if ((line == null) == (uri == null)) {
            throw invalid(SHAPE + ": give either uri and range or commandLine.");
        }
        int[] range = uri == null ? new int[4] : range(o.get("range"));
        Map<String, String> supplied = new LinkedHashMap<>();
        JsonElement a = o.get("arguments");
        if (a != null && !a.isJsonNull()) {
            if (!a.isJsonObject()) {
                throw invalid(COMMAND + ": \"arguments\" must be an object of parameter names and values.");
            }
            for (Map.Entry<String, JsonElement> v : a.getAsJsonObject().entrySet()) {
                if (!v.getValue().isJsonPrimitive()) {
                    throw invalid(COMMAND + ": the value of argument '" + v.getKey() + "' must be a string, number or "
                            + "boolean.");
                }
                supplied.put(v.getKey(), v.getValue().getAsString());
            }
        }
        ResultFormat format = ResultFormat.AUTO;
        String f = text(o, "format");
        if (f != null) {
            try {
                format = ResultFormat.parse(f);
            } catch (IllegalArgumentException ex) {
                throw invalid(COMMAND + ": " + ex.getMessage());
            }
        }
        return new RunArguments(uri, range[0], range[1], range[2], range[3], line, bool(o, "confirm"),
                bool(o, "whatIf"), supplied, format);
    }

    private static int[] range(JsonElement r) {
        String what = COMMAND + ": \"range\" must be {\"start\": {\"line\", \"character\"}, \"end\": {...}}.";
        if (r == null || !r.isJsonObject()) {
            throw invalid(what);
        }
        JsonObject o = r.getAsJsonObject();
        int[] start = position(o.get("start"), what);
        int[] end = position(o.get("end"), what);
        return new int[] {start[0], start[1], end[0], end[1]};
    }

    private static int[] position(JsonElement p, String what) {
        if (p == null || !p.isJsonObject()) {
            throw invalid(what);
        }
        JsonObject o = p.getAsJsonObject();
        return new int[] {number(o.get("line"), what), number(o.get("character"), what)};
    }

    private static int number(JsonElement n, String what) {
        if (n instanceof JsonPrimitive p && p.isNumber()) {
            double d = p.getAsDouble();
            if (d >= 0 && d <= Integer.MAX_VALUE && d == Math.rint(d)) {
                return (int) d;
            }
        }
        throw invalid(what);
    }

    private static String text(JsonObject o, String field) {
        JsonElement v = o.get(field);
        if (v == null || v.isJsonNull()) {
            return null;
        }
        if (!(v instanceof JsonPrimitive p) || !p.isString()) {
            throw invalid(COMMAND + ": \"" + field + "\" must be a string.");
        }
        return p.getAsString();
    }

    private static boolean bool(JsonObject o, String field) {
        JsonElement v = o.get(field);
        if (v == null || v.isJsonNull()) {
            return false;
        }
        if (!(v instanceof JsonPrimitive p) || !p.isBoolean()) {
            throw invalid(COMMAND + ": \"" + field + "\" must be true or false.");
        }
        return p.getAsBoolean();
    }

    static ResponseErrorException invalid(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }
}
