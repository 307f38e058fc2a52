package dev.entrals.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a set's JSON body from its {@link BodyPart}s and the call's literal arguments: plain values, string
 * templates, arrays, JSON structures whose leaves are templates (a hashtable the code writes, once per item of a
 * list), nested places ({@code a/b}) and the entries of a hashtable argument the code copies into the body.
 */
final class BodyWriter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** A leaf that is one value: {@code {0}}, {@code {0.Prop}}, {@code {Param}}, {@code {Param.Prop}}. */
    private static final Pattern WHOLE = Pattern.compile("\\{(\\w+)(?:\\.(\\w+))?}");
    private static final Pattern NAMED = Pattern.compile("\\{(@?\\w+)(?:[.|][^}]*)?}");
    /** A property of the value in a template ({@code {0.Password}}). */
    private static final Pattern PROPERTY = Pattern.compile("\\{0\\.(\\w+)}");

    private BodyWriter() {
    }

    /** The body's JSON text, or null when the set sends none; marks the arguments it uses, adds notes. */
    static String write(List<BodyPart> parts, Map<String, Object> args, Set<String> used, List<String> notes) {
        return write(parts, args, used, notes, UnaryOperator.identity());
    }

    /**
     * As {@link #write(List, Map, Set, List)}, each template first passed through {@code refs} (the plan's
     * references to earlier replies, {@link Steps#template}).
     */
    static String write(List<BodyPart> parts, Map<String, Object> args, Set<String> used, List<String> notes,
            UnaryOperator<String> refs) {
        if (parts.stream().allMatch(BodyPart::local)) {
            return null; // no body, or a file's bytes (file()), or an argument's text (text())
        }
        ObjectNode json = F.objectNode();
        for (BodyPart part : parts) {
            if (BodyPart.local(part) || !Steps.holds(part.when(), args)) {
                continue; // a file or text; a branch of the code this call does not take
            }
            BodyPart b = new BodyPart(part.property(), part.param(), refs.apply(part.template()),
                    part.value() == null ? null : resolve(part.value(), refs));
            Object v = b.param() == null ? null : args.get(b.param());
            if (b.param() != null && v == null && !BodyPart.ADDED.equals(b.template())) {
                continue;
            }
            String property = b.property();
            Matcher named = WHOLE.matcher(property);
            if (named.matches() && named.group(2) == null) {
                // a property named by an argument's value (@{ $ExtensionName = $ExtensionValue })
                Object name = args.get(named.group(1));
                if (name == null) {
                    continue;
                }
                used.add(named.group(1));
                property = ArgumentText.text(name);
            }
            if (b.param() != null) {
                used.add(b.param());
            }
            if (b.value() != null) {
                markUsed(b.value(), used);
            }
            if (BodyPart.MERGE.equals(b.property())) {
                merge(json, v, b.value(), b.template(), false);
                continue;
            }
            if (b.property().endsWith("/" + BodyPart.MERGE)) {
                // the entries inside the SDK argument's object (passwordCredential/*)
                ObjectNode inner = F.objectNode();
                merge(inner, v, b.value(), b.template(), true);
                place(json, b.property().substring(0, b.property().length() - 2), inner);
                continue;
            }
            JsonNode node = value(b, v, args, used, notes);
            if (node != null && BodyPart.ADDED.equals(b.template()) && json.get(property) instanceof ArrayNode l) {
                l.addAll((ArrayNode) node); // a second list added to the same one ($l += …; then $l += … of another)
            } else if (node != null) {
                place(json, property, node);
            }
        }
        return ArgumentText.write(json);
    }

    private static JsonNode value(BodyPart b, Object v, Map<String, Object> args, Set<String> used,
            List<String> notes) {
        if (b.template() != null && b.template().startsWith(BodyPart.CERTIFICATE_IDS + "|")) {
            String kinds = b.template().substring(BodyPart.CERTIFICATE_IDS.length() + 1);
            used.add(kinds); // computed from the file once the engine has its path ({@link LocalValues})
            return LocalValues.certificateIds(v, args.get(kinds), b.value());
        }
        if (BodyPart.parseFailure(b.template()) != null) {
            return F.booleanNode(Boolean.parseBoolean(parsedBoolean(v))); // checked first: unparsed(…)
        }
        if (SdkModels.is(b)) {
            return SdkModels.write(b, v, args, notes); // an object argument converted for the SDK (SdkModels)
        }
        if (BodyPart.LIST_EDIT.equals(b.template())) {
            // applied once the lookup has answered; a new object's {Param} leaves filled now
            return ListEdits.planned(b.value(), ArgumentText.json(v), shape -> fill(shape, v, args));
        }
        String listed = BodyPart.listProperty(b.template());
        if (listed != null) {
            // @(if ($P.List) { $P.List [| Select-Object …] } else { @() }): the list, or an empty one
            Object list = ArgumentText.property(v, listed);
            List<?> items = list == null ? List.of() : list instanceof List<?> l ? l : List.of(list);
            ArrayNode out = F.arrayNode();
            items.forEach(item -> out.add(b.value() == null ? ArgumentText.json(item) : fill(b.value(), item, args)));
            return out;
        }
        String suffix = BodyPart.keySuffix(b.template());
        if (suffix != null && b.value() != null) {
            ObjectNode out = F.objectNode(); // one key per item: foreach ($f in $P) { $c[$f (+ suffix)] = $Q }
            for (Object item : v instanceof List<?> l ? l : List.of(v)) {
                String key = ArgumentText.text(item);
                boolean add = !suffix.isEmpty() && !key.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT));
                out.set(add ? key + suffix : key, fill(b.value(), item, args));
            }
            return out;
        }
        if (BodyPart.ONE_ITEM.equals(b.template()) && b.value() != null) {
            return F.arrayNode().add(fill(b.value(), v, args)); // one hashtable for an SDK argument that is a list
        }
        if (BodyPart.ADDED.equals(b.template())) {
            ArrayNode out = F.arrayNode(); // $l = @(); foreach ($x in $P) { $l += … }: empty without the argument
            for (Object item : v == null ? List.of() : v instanceof List<?> l ? l : List.of(v)) {
                out.add(b.value() == null ? ArgumentText.json(item) : fill(b.value(), item, args));
            }
            return out;
        }
        boolean array = BodyPart.ARRAY.equals(b.template());
        if (b.value() != null) {
            if (!array) {
                return fill(b.value(), v, args);
            }
            ArrayNode out = F.arrayNode();
            for (Object item : v instanceof List<?> l ? l : List.of(v)) {
                out.add(fill(b.value(), item, args));
            }
            return out;
        }
        if (b.template() == null) {
            return ArgumentText.json(v);
        }
        if (array) {
            return ArgumentText.json(v instanceof List<?> ? v : List.of(v));
        }
        String t = ArgumentText.fill(b.template(), v, args);
        Matcher prop = PROPERTY.matcher(b.template());
        if (t == null && v != null && prop.find()) {
            notes.add("-" + b.param() + " has no " + prop.group(1) + " (give @{" + prop.group(1)
                    + " = '…'}); the body leaves " + b.property() + " out");
        }
        if (t != null) {
            markUsed(F.textNode(b.template()), used);
            if (b.template().contains("{endpoint}")) {
                notes.add("the body names the Global endpoint " + BundledRequestPlanner.GLOBAL_ENDPOINT
                        + "; the module names the session's");
            }
            return F.textNode(t);
        }
        return null;
    }

    /**
     * The module's message for the first given argument a {@link BodyPart#parsedBoolean} part cannot parse (it throws
     * before sending anything), with the argument's text; null when every one parses.
     */
    static String unparsed(List<BodyPart> parts, Map<String, Object> args) {
        String whole = SdkBodyParameters.refused(parts, args); // -BodyParameter: alone, one item, bytes
        if (whole != null) {
            return whole;
        }
        for (BodyPart b : parts) {
            String message = BodyPart.parseFailure(b.template());
            Object v = b.param() == null ? null : args.get(b.param());
            String undated = ItemBodies.unreadable(b, v);
            if (undated != null) {
                return undated;
            }
            if (BodyPart.BYTES.equals(b.property()) && v != null && DotNetEncodings.bytes(v, false) == null) {
                return "-" + b.param() + " '" + ArgumentText.text(v) + "' is not a list of bytes (numbers 0 to 255, at"
                        + " least one), which PowerShell refuses to bind as [System.Byte[]]";
            }
            if (message != null && v != null && parsedBoolean(v) == null && Steps.holds(b.when(), args)) {
                return "-" + b.param() + " '" + ArgumentText.text(v) + "' is neither true nor false ([bool]::TryParse):"
                        + " the module throws '" + message + "'";
            }
        }
        return null;
    }

    /** {@code "true"} or {@code "false"} as .NET's {@code Boolean.TryParse} reads the value's text, or null. */
    private static String parsedBoolean(Object v) {
        String t = ArgumentText.text(v).replaceAll("^\\s+|[\\s\\x00]+$", "");
        return t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false") ? t.toLowerCase(Locale.ROOT) : null;
    }

    /**
     * The local file (or the bytes the call gives) sent as the body, when a part names one and its argument is given;
     * marks the argument used.
     */
    static GraphRequest.BodyFile file(List<BodyPart> parts, Map<String, Object> args, Set<String> used) {
        for (BodyPart b : parts) {
            Object v = b.param() == null ? null : args.get(b.param());
            byte[] given = BodyPart.BYTES.equals(b.property()) && v != null ? DotNetEncodings.bytes(v, false) : null;
            if (given != null) {
                used.add(b.param());
                return GraphRequest.BodyFile.of(given, b.template());
            }
            if (BodyPart.FILE.equals(b.property()) && v != null) {
                used.add(b.param());
                return new GraphRequest.BodyFile(ArgumentText.text(v), b.template());
            }
        }
        return null;
    }

    /**
     * The part of a local kind ({@link BodyPart#TEXT}, {@link BodyPart#REPLY_FILE}) whose argument is given, or null;
     * marks the argument used.
     */
    static BodyPart given(List<BodyPart> parts, String kind, Map<String, Object> args, Set<String> used) {
        for (BodyPart b : parts) {
            if (kind.equals(b.property()) && b.param() != null && args.get(b.param()) != null) {
                used.add(b.param());
                return b;
            }
        }
        return null;
    }

    /** A structure with {@code refs} applied to its string leaves. */
    private static JsonNode resolve(JsonNode shape, UnaryOperator<String> refs) {
        if (shape.isObject()) {
            ObjectNode out = F.objectNode();
            shape.fields().forEachRemaining(e -> out.set(e.getKey(), resolve(e.getValue(), refs)));
            return out;
        }
        if (shape.isArray()) {
            ArrayNode out = F.arrayNode();
            shape.forEach(x -> out.add(resolve(x, refs)));
            return out;
        }
        return shape.isTextual() ? F.textNode(refs.apply(shape.asText())) : shape;
    }

    /** A structure with its templates filled: {@code {0}} is {@code value}. */
    static JsonNode fill(JsonNode shape, Object value, Map<String, Object> args) {
        if (shape.isObject()) {
            ObjectNode out = F.objectNode();
            shape.fields().forEachRemaining(e -> out.set(e.getKey(), fill(e.getValue(), value, args)));
            return out;
        }
        if (shape.isArray()) {
            ArrayNode out = F.arrayNode();
            shape.forEach(x -> out.add(fill(x, value, args)));
            return out;
        }
        if (!shape.isTextual() || shape.asText().indexOf('{') < 0) {
            return shape;
        }
        String t = shape.asText();
        Matcher whole = WHOLE.matcher(t);
        if (whole.matches() && !t.equals("{endpoint}")) {
            Object v = whole.group(1).equals("0") ? value : args.get(whole.group(1));
            if (whole.group(2) != null) {
                v = ArgumentText.property(v, whole.group(2));
            }
            return ArgumentText.json(v); // a value as it is; $null when absent
        }
        String filled = ArgumentText.fill(t, value, args);
        return filled == null ? F.nullNode() : F.textNode(filled);
    }

    /** Puts a value at a property or at {@code a/b} inside the object {@code a} (made when absent). */
    private static void place(ObjectNode json, String property, JsonNode node) {
        int slash = property.indexOf('/');
        if (slash < 0) {
            json.set(property, node);
            return;
        }
        String outer = property.substring(0, slash);
        JsonNode inner = json.get(outer);
        if (inner == null || !inner.isObject()) {
            inner = F.objectNode();
            json.set(outer, inner);
        }
        place((ObjectNode) inner, property.substring(slash + 1), node);
    }

    /**
     * The entries of a hashtable argument as body properties (keys as given); the items of a list as properties
     * whose value is the structure (a constant, e.g. null).
     */
    private static void merge(ObjectNode json, Object v, JsonNode each, String how, boolean model) {
        boolean nonEmpty = how != null && how.startsWith(BodyPart.NON_EMPTY);
        boolean lower = BodyPart.NON_EMPTY_LOWER_KEYS.equals(how);
        if (v instanceof Map<?, ?> map) {
            map.forEach((k, x) -> {
                String key = String.valueOf(k);
                if (model && !key.isEmpty()) {
                    key = Character.toLowerCase(key.charAt(0)) + key.substring(1);
                }
                if (!nonEmpty || truthy(x)) {
                    json.set(lower ? key.toLowerCase(java.util.Locale.ROOT) : key,
                            lower ? lowerKeys(ArgumentText.json(x)) : ArgumentText.json(x));
                }
            });
        } else if (each != null) {
            for (Object item : v instanceof List<?> l ? l : List.of(v)) {
                json.set(ArgumentText.text(item), each);
            }
        }
    }

    /** A value with every object key lower-cased. */
    private static JsonNode lowerKeys(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = F.objectNode();
            node.fields().forEachRemaining(e -> out.set(e.getKey().toLowerCase(java.util.Locale.ROOT),
                    lowerKeys(e.getValue())));
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = F.arrayNode();
            node.forEach(x -> out.add(lowerKeys(x)));
            return out;
        }
        return node;
    }

    /** Whether PowerShell counts a value as true: not null, an empty string, zero, false or an empty list. */
    static boolean truthy(Object x) {
        if (x == null || x instanceof Boolean b && !b || x instanceof String s && s.isEmpty()
                || x instanceof Number n && n.doubleValue() == 0) {
            return false;
        }
        if (x instanceof List<?> l) {
            return !l.isEmpty() && (l.size() > 1 || truthy(l.get(0)));
        }
        return true;
    }

    /** Marks the other arguments a structure's leaves name as used. */
    private static void markUsed(JsonNode shape, Set<String> used) {
        if (shape.isContainerNode()) {
            shape.forEach(x -> markUsed(x, used));
        } else if (shape.isTextual()) {
            NAMED.matcher(shape.asText()).results().map(r -> r.group(1))
                    .filter(n -> !n.equals("0") && !n.equals("endpoint")).forEach(used::add);
        }
    }
}
