package dev.entrals.docs;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one parameter YAML block in either platyPS shape: v1 ({@code Parameter Sets: A, B}, {@code Required: True})
 * or v2 ({@code ParameterSets:} as a list of maps with {@code IsRequired}/{@code Position}). Keys are matched
 * case-insensitively with spaces ignored, so {@code Default value} and {@code DefaultValue} are the same key.
 */
final class ParameterYaml {

    static final YAMLMapper YAML = new YAMLMapper();

    /** The facts of one block; {@code type} is null when the block does not say. */
    record Facts(String type, List<String> aliases, String defaultValue, String pipelineInput, Boolean wildcards,
                 List<String> acceptedValues, List<SetMembership> sets) {
    }

    /** Thrown (inside this package only) when the block is not YAML at all. */
    static final class InvalidYaml extends Exception {
        final int line;

        InvalidYaml(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    private ParameterYaml() {
    }

    static Facts read(String yaml) throws InvalidYaml {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr() - 1);
            throw new InvalidYaml(e.getOriginalMessage().lines().findFirst().orElse("invalid YAML"), line);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new Facts(null, List.of(), "", "", null, List.of(), List.of());
        }
        if (!root.isObject()) {
            throw new InvalidYaml("expected 'Key: value' lines", 0);
        }
        Map<String, JsonNode> keys = normalizedKeys(root);
        String type = text(keys.get("type"));
        List<String> aliases = list(keys.get("aliases"));
        String defaultValue = text(keys.get("defaultvalue"));
        List<String> accepted = list(keys.get("acceptedvalues"));
        Boolean wildcards = keys.containsKey("acceptwildcardcharacters")
                ? Boolean.valueOf(isTrue(text(keys.get("acceptwildcardcharacters"))))
                : keys.containsKey("supportswildcards") ? Boolean.valueOf(isTrue(text(keys.get("supportswildcards")))) : null;
        JsonNode sets = keys.get("parametersets");
        if (sets != null && sets.isArray() && (sets.isEmpty() || sets.get(0).isObject())) {
            return v2(type, aliases, defaultValue, wildcards, accepted, sets);
        }
        String pipeline = text(keys.get("acceptpipelineinput"));
        boolean required = isTrue(text(keys.get("required")));
        String position = text(keys.get("position"));
        List<SetMembership> memberships = new ArrayList<>();
        List<String> setNames = list(sets);
        if (setNames.isEmpty()) {
            setNames = List.of(ParameterSet.ALL);
        }
        for (String set : setNames) {
            memberships.add(new SetMembership(setName(set), required, position == null || position.isBlank()
                    ? "Named" : position));
        }
        return new Facts(type, aliases, nz(defaultValue), nz(pipeline), wildcards, accepted, memberships);
    }

    private static Facts v2(String type, List<String> aliases, String defaultValue, Boolean wildcards,
                            List<String> accepted, JsonNode sets) {
        List<SetMembership> memberships = new ArrayList<>();
        boolean byValue = false;
        boolean byName = false;
        for (JsonNode set : sets) {
            Map<String, JsonNode> k = normalizedKeys(set);
            String name = text(k.get("name"));
            String position = text(k.get("position"));
            memberships.add(new SetMembership(setName(name == null ? ParameterSet.ALL : name),
                    isTrue(text(k.get("isrequired"))), position == null || position.isBlank() ? "Named" : position));
            byValue |= isTrue(text(k.get("valuefrompipeline")));
            byName |= isTrue(text(k.get("valuefrompipelinebypropertyname")));
        }
        String pipeline = byName && byValue ? "True (ByPropertyName, ByValue)"
                : byName ? "True (ByPropertyName)" : byValue ? "True (ByValue)" : "False";
        return new Facts(type, aliases, nz(defaultValue), pipeline, wildcards, accepted, memberships);
    }

    /** Normalizes a set name: {@code __AllParameterSets} and {@code (All)} both mean every set. */
    static String setName(String raw) {
        String s = raw.trim();
        return s.equalsIgnoreCase("(All)") || s.equalsIgnoreCase("__AllParameterSets") || s.equalsIgnoreCase("All")
                ? ParameterSet.ALL : s;
    }

    private static Map<String, JsonNode> normalizedKeys(JsonNode node) {
        Map<String, JsonNode> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey().replace(" ", "").toLowerCase(Locale.ROOT), e.getValue());
        }
        return out;
    }

    /** A scalar as text: booleans as {@code True}/{@code False} the way platyPS writes them; null when absent. */
    static String text(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isBoolean()) {
            return n.booleanValue() ? "True" : "False";
        }
        if (n.isContainerNode()) {
            return n.toString();
        }
        return n.asText().trim();
    }

    /** A list value: a YAML sequence, or a comma-separated v1 string; {@code None} and blanks give an empty list. */
    static List<String> list(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (n.isArray()) {
            n.forEach(e -> out.add(text(e)));
        } else {
            out.addAll(Arrays.asList(text(n).split(",")));
        }
        return out.stream().filter(s -> s != null && !s.isBlank()).map(String::trim)
                .filter(s -> !s.equalsIgnoreCase("None")).toList();
    }

    static boolean isTrue(String s) {
        return s != null && s.trim().toLowerCase(Locale.ROOT).startsWith("true");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
