package dev.entrals.settings;

import dev.entrals.commons.UserDirs;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Reads {@link EntraSettings} from {@code {"settings": {"entra": {...}}}} (also {@code {"entra": {...}}}).
 * Lenient: a value of the wrong type falls back to its default with one log line; it never throws.
 */
public final class SettingsReader {

    private static final Logger LOG = Logger.getLogger(SettingsReader.class.getName());

    private SettingsReader() {
    }

    /**
     * The settings in {@code json}, or empty when it holds no {@code entra} section (then keep what you have). A
     * leading {@code ~} in {@code entra.docs.paths} is the user's home ({@link UserDirs}: {@code $HOME} first).
     */
    public static Optional<EntraSettings> read(JsonElement json) {
        return read(json, UserDirs.current());
    }

    /** {@link #read(JsonElement)} with {@code ~} expanded against the given user folders. */
    static Optional<EntraSettings> read(JsonElement json, UserDirs dirs) {
        JsonObject entra = object(json, "settings").map(s -> object(s, "entra").orElse(null))
                .or(() -> object(json, "entra")).orElse(null);
        if (entra == null) {
            return Optional.empty();
        }
        return Optional.of(new EntraSettings(docs(entra, dirs), severities(entra), session(entra)));
    }

    private static DocsSettings docs(JsonObject entra, UserDirs dirs) {
        JsonObject docs = object(entra, "docs").orElse(new JsonObject());
        return new DocsSettings(paths(docs.get("paths"), dirs),
                bool(docs.get("installedModules"), "entra.docs.installedModules", DocsSettings.DEFAULT.installedModules()),
                bool(docs.get("signatures"), "entra.docs.signatures", DocsSettings.DEFAULT.signatures()));
    }

    private static List<Path> paths(JsonElement given, UserDirs dirs) {
        List<Path> paths = new ArrayList<>();
        if (given == null || given.isJsonNull()) {
            return paths;
        }
        JsonElement value = given.isJsonPrimitive() ? single(given) : given;
        if (!value.isJsonArray()) {
            LOG.warning(() -> "entra.docs.paths should be a list of folders; ignored: " + abbreviate(value));
            return paths;
        }
        for (JsonElement e : value.getAsJsonArray()) {
            String s = string(e, "entra.docs.paths[]");
            if (s == null || s.isBlank()) {
                continue;
            }
            try {
                paths.add(dirs.expandTilde(s.trim()));
            } catch (InvalidPathException bad) {
                LOG.warning(() -> "entra.docs.paths: not a path, ignored: " + s);
            }
        }
        return paths;
    }

    private static JsonElement single(JsonElement primitive) {
        com.google.gson.JsonArray a = new com.google.gson.JsonArray();
        a.add(primitive);
        return a;
    }

    private static Map<String, Severity> severities(JsonObject entra) {
        Map<String, Severity> map = new LinkedHashMap<>();
        JsonObject severity = object(entra, "diagnostics").flatMap(d -> object(d, "severity")).orElse(new JsonObject());
        for (Map.Entry<String, JsonElement> e : severity.entrySet()) {
            String text = string(e.getValue(), "entra.diagnostics.severity." + e.getKey());
            Optional<Severity> level = Severity.parse(text);
            if (level.isPresent()) {
                map.put(e.getKey(), level.get());
            } else if (text != null) {
                LOG.warning(() -> "entra.diagnostics.severity." + e.getKey() + ": '" + text
                        + "' is not one of error, warning, information, hint, off; default kept");
            }
        }
        return map;
    }

    private static SessionSettings session(JsonObject entra) {
        JsonObject s = object(entra, "session").orElse(new JsonObject());
        return new SessionSettings(string(s.get("tenantId"), "entra.session.tenantId"),
                string(s.get("clientId"), "entra.session.clientId"),
                string(s.get("environment"), "entra.session.environment"),
                string(s.get("contextScope"), "entra.session.contextScope"),
                string(s.get("redirectUri"), "entra.session.redirectUri"));
    }

    private static Optional<JsonObject> object(JsonElement parent, String key) {
        if (parent == null || !parent.isJsonObject()) {
            return Optional.empty();
        }
        JsonElement v = parent.getAsJsonObject().get(key);
        if (v == null || v.isJsonNull()) {
            return Optional.empty();
        }
        if (!v.isJsonObject()) {
            LOG.warning(() -> "settings: '" + key + "' should be an object; ignored: " + abbreviate(v));
            return Optional.empty();
        }
        return Optional.of(v.getAsJsonObject());
    }

    private static String string(JsonElement v, String name) {
        if (v == null || v.isJsonNull()) {
            return null;
        }
        if (v.isJsonPrimitive() && !v.getAsJsonPrimitive().isBoolean()) {
            return v.getAsString();
        }
        LOG.warning(() -> name + " should be a string; ignored: " + abbreviate(v));
        return null;
    }

    private static boolean bool(JsonElement v, String name, boolean fallback) {
        if (v == null || v.isJsonNull()) {
            return fallback;
        }
        if (v.isJsonPrimitive()) {
            JsonPrimitive p = v.getAsJsonPrimitive();
            if (p.isBoolean()) {
                return p.getAsBoolean();
            }
            if (p.isString() && (p.getAsString().equalsIgnoreCase("true") || p.getAsString().equalsIgnoreCase("false"))) {
                return Boolean.parseBoolean(p.getAsString());
            }
        }
        LOG.warning(() -> name + " should be true or false; default " + fallback + " kept: " + abbreviate(v));
        return fallback;
    }

    private static String abbreviate(JsonElement v) {
        String s = v.toString();
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
