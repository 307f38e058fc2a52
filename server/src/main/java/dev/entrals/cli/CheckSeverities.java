package dev.entrals.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.entrals.analysis.Rule;
import dev.entrals.settings.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The severities {@code entra-ls check} applies, as the editor does: from a settings file (VS Code's
 * {@code settings.json} with flat {@code entra.diagnostics.severity.<code>} keys, comments and trailing commas allowed,
 * or the server's {@code {"entra": {"diagnostics": {"severity": {…}}}}} shape, optionally under {@code "settings"}),
 * then {@code --severity CODE=LEVEL} options, which win. Unknown codes and levels are usage errors.
 */
final class CheckSeverities {

    private static final String FLAT_PREFIX = "entra.diagnostics.severity.";
    private static final JsonMapper JSONC = JsonMapper.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();

    private CheckSeverities() {
    }

    /** A setting the user got wrong, with a message that says what and where. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    /** The severity per rule code: the file's (null: none), then the options'. */
    static Map<String, Severity> of(Path settingsFile, Map<String, String> options) throws Invalid {
        Map<String, Severity> out = new LinkedHashMap<>();
        if (settingsFile != null) {
            for (Map.Entry<String, String> e : fromFile(settingsFile).entrySet()) {
                out.put(e.getKey(), parse(e.getKey(), e.getValue(), settingsFile.toString()));
            }
        }
        for (Map.Entry<String, String> e : options.entrySet()) {
            out.put(e.getKey(), parse(e.getKey(), e.getValue(), "--severity"));
        }
        return out;
    }

    private static Map<String, String> fromFile(Path file) throws Invalid {
        JsonNode root;
        try {
            root = JSONC.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new Invalid("Cannot read the settings file " + file + ": not JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException | RuntimeException e) {
            throw new Invalid("Cannot read the settings file " + file + ": " + e.getMessage());
        }
        Map<String, String> found = new LinkedHashMap<>();
        if (root == null || !root.isObject()) {
            throw new Invalid("The settings file " + file + " is not a JSON object");
        }
        root.fields().forEachRemaining(e -> {
            if (e.getKey().startsWith(FLAT_PREFIX)) {
                found.put(e.getKey().substring(FLAT_PREFIX.length()), e.getValue().asText());
            }
        });
        JsonNode nested = (root.has("settings") ? root.get("settings") : root).path("entra").path("diagnostics")
                .path("severity");
        nested.fields().forEachRemaining(e -> found.put(e.getKey(), e.getValue().asText()));
        return found;
    }

    private static Severity parse(String code, String level, String where) throws Invalid {
        if (Rule.ofCode(code) == null) {
            throw new Invalid(where + ": unknown diagnostic code '" + code + "'; the codes are " + Arrays
                    .stream(Rule.values()).map(Rule::code).collect(Collectors.joining(", ")));
        }
        if ("default".equalsIgnoreCase(level == null ? "" : level.trim())) {
            return null;
        }
        return Severity.parse(level).orElseThrow(() -> new Invalid(where + ": '" + level + "' for " + code
                + " is not one of error, warning, information, hint, off, default"));
    }
}
