package dev.entrals.graph.derive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entrals.graph.BodyPart;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An object argument the code converts in its block ({@code $TmpValue = $PSBoundParameters["P"]} …
 * {@code $params["Target"] = $Value}) before handing it to its Graph SDK cmdlet, read as an
 * {@link BodyPart#SDK_MODEL} part under the SDK's JSON name of the target:
 * <ul>
 * <li>a projection: {@code $Value = @{}} with {@code if ($TmpValue.X) { $Value["X"] = $TmpValue.X }} (written only
 * when true), {@code if ($null -ne $TmpValue.X) {…}} or a plain {@code $Value["K"] = $TmpValue.X} (written when not
 * null: the SDK leaves null properties out);</li>
 * <li>a copy of every property: {@code $Temp = $TmpValue | ConvertTo-Json; (ConvertFrom-Json $Temp).psobject.properties
 * | Foreach { $Value[$_.Name] = $_.Value }}, or {@code foreach ($p in $TmpValue.PSObject.Properties) { $Value[$p.Name]
 * = $p.Value }};</li>
 * <li>a list: {@code $a = @(); foreach ($v in $TmpValue) { $hash = …; $a += $hash }} with each item projected
 * ({@code if ($TmpValue.X) { $hash["X"] = $v.X }}: the test is on the list's member enumeration, the value the
 * item's), built as a literal ({@code $hash = @{ K = $v.X }}) or copied through JSON as above; and
 * {@code $TmpValue | ForEach-Object { $_ | ConvertTo-Json }} (or {@code $t = $v | ConvertTo-Json; $a += $t} in the
 * loop), each item as JSON text, which the SDK reads into its model;</li>
 * <li>a copy one level down of every property ({@link BodyPart#sdkModelMembers}); a projection holding a local
 * projected from one property in its own {@code if ($TmpValue.A) {…}} block.</li>
 * </ul>
 */
final class ObjectConversions {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String S = "\\s*";
    private static final Pattern EACH_JSON = Pattern.compile(
            "(?i)^\\$TmpValue\\s*\\|\\s*(?:ForEach-Object|foreach|%)\\s*\\{\\s*\\$_\\s*\\|\\s*ConvertTo-Json\\s*}$");
    private static final Pattern LOOP = Pattern.compile("(?i)foreach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+\\$(\\w+)\\s*\\)\\s*\\{");
    /**
     * {@code [if (test) {] $h["K"] = $src.X [}]}: groups test's negation, test's variable and property, K, src, and
     * the property path ({@code .X}, {@code .A.X}; empty for a local built as such a projection).
     */
    private static final String KEYED = "(?i)(?:if\\s*\\(\\s*(\\$null\\s*-ne\\s*)?\\$(\\w+)\\.(\\w+)\\s*\\)\\s*\\{\\s*)?"
            + "\\$%s\\[\\s*[\"'](\\w+)[\"']\\s*]\\s*=\\s*\\$(\\w+)((?:\\.\\w+)*)\\s*;?\\s*(?:}\\s*)?";

    /**
     * {@code $TmpValue.PSObject.Properties | foreach { $n = $_.Name; $v = $_.Value; [if ($n -eq 'x') { $V[$n] = $v }
     * else]if ($v -is [System.Object]) { $p = @{}; $v.PSObject.Properties | foreach { $pn = $_.Name; $pv = $_.Value;
     * $p[$pn] = $pv }; $V[$n] = $p } }} (whitespace made one space): groups x, a (V), b (V).
     */
    private static final Pattern MEMBERS = Pattern.compile("(?i)\\$TmpValue\\.PSObject\\.Properties \\| (?:foreach|ForEach-Object)"
            + " \\{ \\$(?<n>\\w+) = \\$_\\.Name;? \\$(?<v>\\w+) = \\$_\\.Value;? (?:if \\(\\$\\k<n> -eq '(?<x>\\w+)'\\) \\{ "
            + "\\$(?<a>\\w+)\\[\\$\\k<n>] = \\$\\k<v>;? } else)?if \\(\\$\\k<v> -is \\[System\\.Object]\\) \\{ \\$(?<p>\\w+) = @\\{};? "
            + "\\$\\k<v>\\.PSObject\\.Properties \\| (?:foreach|ForEach-Object) \\{ \\$(?<pn>\\w+) = \\$_\\.Name;? "
            + "\\$(?<pv>\\w+) = \\$_\\.Value;? \\$\\k<p>\\[\\$\\k<pn>] = \\$\\k<pv>;? } \\$(?<b>\\w+)\\[\\$\\k<n>] = \\$\\k<p>;? } ?}");

    private ObjectConversions() {
    }

    /** The part the assignment's object argument stands for, or null when the block is in no such form. */
    static BodyPart read(FunctionCode fn, String process, Assignments.Assigned a) {
        ArgumentObjects.Block block = ArgumentObjects.block(fn, process, a);
        if (block == null) {
            return null;
        }
        String local = block.local();
        BodyShapes.Scope scope = block.scope();
        String text = scope.text();
        for (int i = 0; i < 3; i++) { // $Value = $a: the local it holds
            String held = BodyShapes.localText(local, scope);
            if (held == null || !held.matches("\\$\\w+") || held.equalsIgnoreCase("$TmpValue")) {
                break;
            }
            local = held.substring(1);
        }
        String name = MgPaths.jsonName(a.target());
        String value = BodyShapes.localText(local, scope);
        if (value == null) {
            return null;
        }
        if (EACH_JSON.matcher(value.replaceAll("\\s+", " ")).matches()) {
            return new BodyPart(name, a.param(), BodyPart.sdkModel(true, true));
        }
        if (value.matches("@\\(\\s*\\)")) {
            return list(fn, name, a.param(), local, text);
        }
        if (!value.matches("@\\{\\s*}")) {
            return null;
        }
        Matcher members = MEMBERS.matcher(text.replaceAll("\\s+", " "));
        if (members.find() && members.group("b").equalsIgnoreCase(local)
                && (members.group("x") == null || members.group("a").equalsIgnoreCase(local))) {
            return new BodyPart(name, a.param(), BodyPart.sdkModelMembers(members.group("x")));
        }
        if (copied(local, "TmpValue", text)) {
            return new BodyPart(name, a.param(), BodyPart.sdkModel(false, jsonCopy(local, "TmpValue", text)));
        }
        JsonNode shape = keyed(local, "TmpValue", text);
        return shape == null ? null : new BodyPart(name, a.param(), BodyPart.sdkModel(false, false), shape);
    }

    /** {@code $a = @(); foreach ($v in $TmpValue) { …; $a += $hash }}: the list of items built, or null. */
    private static BodyPart list(FunctionCode fn, String name, String param, String list, String text) {
        Matcher loop = LOOP.matcher(text);
        if (!loop.find() || LOOP.matcher(text).results().count() != 1) {
            return null;
        }
        String over = loop.group(2);
        if (!over.equalsIgnoreCase("TmpValue") && !("$TmpValue".equalsIgnoreCase(localIn(over, text)))) {
            return null;
        }
        String item = loop.group(1);
        int open = loop.end() - 1;
        String body = text.substring(open + 1, PsText.close(text, open) - 1);
        Matcher added = Pattern.compile("(?im)^\\s*\\$" + list + "\\s*\\+=\\s*\\$(\\w+)\\s*;?\\s*$").matcher(body);
        if (!added.find() || Pattern.compile("(?i)\\$" + list + "\\s*\\+=").matcher(body).results().count() != 1) {
            return null;
        }
        String hash = added.group(1);
        String built = localIn(hash, body);
        if (built != null && built.matches("(?i)\\$" + item + "\\s*\\|\\s*ConvertTo-Json")) {
            return new BodyPart(name, param, BodyPart.sdkModel(true, true)); // each item as JSON text
        }
        if (built != null && built.startsWith("@{") && !built.matches("@\\{\\s*}")) {
            JsonNode shape = BodyShapes.read(built, new BodyShapes.Scope(fn, body, null, item));
            return shape == null || !shape.isObject() || !BodyShapes.usesValue(shape) ? null
                    : new BodyPart(name, param, BodyPart.sdkModel(true, false), shape);
        }
        if (built == null || !built.matches("@\\{\\s*}")) {
            return null;
        }
        if (copied(hash, item, body)) {
            return new BodyPart(name, param, BodyPart.sdkModel(true, jsonCopy(hash, item, body)));
        }
        JsonNode shape = keyed(hash, item, body);
        return shape == null ? null : new BodyPart(name, param, BodyPart.sdkModel(true, false), shape);
    }

    /**
     * The structure of {@code $h["K"] = $src.X} lines (each perhaps under {@code if ($TmpValue.X)} or
     * {@code if ($null -ne $TmpValue.X)}), when they are all the text does with {@code $h[…]}; else null.
     */
    private static JsonNode keyed(String hash, String source, String text) {
        Matcher m = Pattern.compile(String.format(KEYED, Pattern.quote(hash))).matcher(text);
        ObjectNode out = F.objectNode();
        int count = 0;
        while (m.find()) {
            count++;
            boolean tested = m.group(2) != null;
            boolean onlyTrue = tested && m.group(1) == null;
            if (!tested && text.substring(0, m.start()).strip().matches("(?s).*(?:\\{|\\belse)$")) {
                return null; // under a test not read
            }
            if (tested && !m.group(2).equalsIgnoreCase("TmpValue")) {
                return null;
            }
            if (m.group(6).isEmpty()) { // if ($TmpValue.A) { $h["A"] = $A }, $A built from $TmpValue.A's properties
                JsonNode inner = onlyTrue && source.equalsIgnoreCase("TmpValue") ? built(m.group(5), m.group(3), text)
                        : null;
                if (inner == null) {
                    return null;
                }
                out.set(m.group(4), inner);
                continue;
            }
            String path = m.group(6).substring(1);
            if (!m.group(5).equalsIgnoreCase(source) || path.contains(".") && !source.equalsIgnoreCase("TmpValue")
                    || tested && !m.group(3).equalsIgnoreCase(path)) {
                return null; // a value from elsewhere, or a test on another property than the one copied
            }
            out.put(m.group(4), "{0." + path + (onlyTrue ? "|true" : "") + "}");
        }
        long all = Pattern.compile("(?i)\\$" + Pattern.quote(hash) + "\\[").matcher(text).results().count();
        return count == 0 || count != all ? null : out;
    }

    /**
     * The local {@code $name} built in {@code if ($TmpValue.A) { $name = @{}; $name["K"] = $TmpValue.A.X … }}, as a
     * structure written only when A is true ({@link BodyPart#SDK_MODEL_IF}); else null.
     */
    private static JsonNode built(String name, String tested, String text) {
        Matcher block = Pattern.compile("(?i)if\\s*\\(\\s*\\$TmpValue\\." + tested + "\\s*\\)\\s*\\{").matcher(text);
        while (block.find()) {
            int open = block.end() - 1;
            String body = text.substring(open + 1, PsText.close(text, open) - 1);
            if (body.matches("(?s)\\s*\\$" + Pattern.quote(name) + "\\s*=\\s*@\\{\\s*}.*")) {
                JsonNode inner = keyed(name, "TmpValue", body);
                if (inner == null || !inner.isObject()) {
                    return null;
                }
                ObjectNode out = F.objectNode().put(BodyPart.SDK_MODEL_IF, "{0." + tested + "|true}");
                for (JsonNode leaf : inner) {
                    if (!leaf.isTextual() || !leaf.asText().toLowerCase(java.util.Locale.ROOT)
                            .startsWith("{0." + tested.toLowerCase(java.util.Locale.ROOT) + ".")) {
                        return null; // a property of another value than the one tested
                    }
                }
                return out.setAll((ObjectNode) inner);
            }
        }
        return null;
    }

    /** Whether every property of {@code $source} is copied into {@code $hash}, through JSON or directly. */
    private static boolean copied(String hash, String source, String text) {
        return jsonCopy(hash, source, text) || Pattern.compile("(?is)foreach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+\\$" + source
                + "\\.PSObject\\.Properties\\s*\\)\\s*\\{\\s*\\$" + Pattern.quote(hash) + "\\[\\s*\\$\\1\\.Name\\s*]\\s*=\\s*"
                + "\\$\\1\\.Value\\s*;?\\s*}").matcher(text).find()
                || Pattern.compile("(?is)\\$" + source + "\\.PSObject\\.Properties\\s*\\|\\s*(?:ForEach-Object|foreach|%)"
                + "\\s*\\{\\s*\\$" + Pattern.quote(hash) + "\\[\\s*\\$_\\.Name\\s*]\\s*=\\s*\\$_\\.Value\\s*;?\\s*}")
                .matcher(text).find();
    }

    /** {@code $t = $source | ConvertTo-Json; (ConvertFrom-Json $t).psobject.properties | Foreach { $hash[$_.Name] = $_.Value }}. */
    private static boolean jsonCopy(String hash, String source, String text) {
        Matcher json = Pattern.compile("(?im)^\\s*\\$(\\w+)\\s*=\\s*\\$" + source + "\\s*\\|\\s*ConvertTo-Json\\s*$")
                .matcher(text);
        return json.find() && Pattern.compile("(?is)\\(\\s*ConvertFrom-Json\\s+\\$" + json.group(1) + "\\s*\\)"
                + "\\.psobject\\.properties\\s*\\|\\s*(?:ForEach-Object|foreach|%)\\s*\\{\\s*\\$" + Pattern.quote(hash)
                + "\\[\\s*\\$_\\.Name\\s*]\\s*=\\s*\\$_\\.Value\\s*;?\\s*}").matcher(text).find();
    }

    /** The one value {@code $name = …} a text assigns, or null. */
    private static String localIn(String name, String text) {
        Matcher m = Pattern.compile("(?im)^\\s*\\$" + Pattern.quote(name) + "\\s*=(?![=+])\\s*(.+?)\\s*$").matcher(text);
        String out = null;
        while (m.find()) {
            if (out != null) {
                return null;
            }
            out = m.group(1);
            if (out.startsWith("@{") && !out.matches("@\\{\\s*}")) {
                int from = m.start(1);
                out = text.substring(from, PsText.close(text, from + 1));
            }
        }
        return out;
    }
}
