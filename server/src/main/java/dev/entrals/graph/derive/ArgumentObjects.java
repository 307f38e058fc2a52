package dev.entrals.graph.derive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.entrals.graph.BodyPart;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An object argument the code passes to its Graph SDK cmdlet in a form of its own, read in the argument's block
 * ({@code $TmpValue = $PSBoundParameters["P"]} … {@code $params["Target"] = $Value}):
 * <ul>
 * <li>{@code $Value = $TmpValue | ConvertTo-Json} as {@code -BodyParameter}: the argument's entries are the body;</li>
 * <li>{@code $TmpValue | ForEach-Object { $n = $_.psobject.Properties | Where-Object {$_.Value} | Select-Object
 * -ExpandProperty Name; $_ | Select-Object -Property $n | ConvertTo-Json }} as {@code -BodyParameter}: the entries
 * PowerShell counts as true;</li>
 * <li>{@code $hash = @{}; $TmpValue.PSObject.Properties | ForEach-Object { if ($_.Value) { $hash[$_.Name] =
 * $_.Value } }} as another SDK argument: those entries inside the SDK's property ({@code passwordCredential/*}, each
 * key with a small first letter, as the SDK's model writes it);</li>
 * <li>a hashtable of one key built of the argument's properties ({@code $Temp = @{ k = @( @{ type = $TmpValue.type;
 * key = [Text.Encoding]::ASCII.GetBytes($t) } ) }}) as {@code -BodyParameter}: that key of the body
 * ({@link BodyPart#SDK_BODY_PARAMETER});</li>
 * <li>a hashtable of the argument's properties ({@code $Temp = @{ condition = $TmpValue.condition }}) as another SDK
 * argument: that structure, sent as a one-item list when the parameter is declared a list (the SDK's argument is
 * then an array; {@code $TmpValue.condition} of a list is PowerShell's member enumeration).</li>
 * </ul>
 */
final class ArgumentObjects {

    /** The template of a merged part that keeps the entries PowerShell counts as true. */
    static final String NON_EMPTY = BodyPart.NON_EMPTY;

    private static final Pattern TO_JSON = Pattern.compile("(?i)^\\$TmpValue\\s*\\|\\s*ConvertTo-Json(?:\\s+-Depth\\s+\\d+)?$");
    private static final Pattern NON_EMPTY_JSON = Pattern.compile("(?is)^\\$TmpValue\\s*\\|\\s*ForEach-Object\\s*\\{\\s*"
            + "\\$(\\w+)\\s*=\\s*\\$_\\.psobject\\.Properties\\s*\\|\\s*Where-Object\\s*\\{\\s*\\$_\\.Value\\s*}\\s*\\|\\s*"
            + "Select-Object\\s+-ExpandProperty\\s+Name\\s*;?\\s*\\$_\\s*\\|\\s*Select-Object\\s+-Property\\s+\\$\\1\\s*\\|\\s*"
            + "ConvertTo-Json(?:\\s+-Depth\\s+\\d+)?\\s*}$");

    private ArgumentObjects() {
    }

    /** The body part an SDK argument the code computes from one object parameter stands for, or null. */
    static BodyPart read(FunctionCode fn, String process, Assignments.Assigned a) {
        String local = BodyReading.assignedLocal(process, a);
        BodyShapes.Scope scope = scope(fn, process, a);
        if (local == null || scope == null) {
            return null;
        }
        String text = valueText(local, scope);
        if (text == null) {
            return null;
        }
        boolean bodyParameter = a.target().equalsIgnoreCase("BodyParameter");
        if (TO_JSON.matcher(text).matches()) {
            return bodyParameter ? new BodyPart(BodyPart.MERGE, a.param(), null) : null;
        }
        if (NON_EMPTY_JSON.matcher(text.replaceAll("\\s+", " ")).matches()) {
            return bodyParameter ? new BodyPart(BodyPart.MERGE, a.param(), NON_EMPTY) : null;
        }
        String name = MgPaths.jsonName(a.target());
        if (bodyParameter) {
            return wholeBody(text, scope, a.param());
        }
        if (text.matches("\\$\\w+") && nonEmptyCopy(text.substring(1), scope.text())) {
            return new BodyPart(name + "/" + BodyPart.MERGE, a.param(), NON_EMPTY);
        }
        JsonNode shape = BodyShapes.read(text, scope);
        if (shape == null || !shape.isObject() || !BodyShapes.usesValue(shape)) {
            return null;
        }
        boolean list = fn.parameter(a.param()).map(p -> p.type().toLowerCase(Locale.ROOT))
                .filter(t -> t.contains("list`1") || t.endsWith("[]")).isPresent();
        return new BodyPart(name, a.param(), list ? BodyPart.ONE_ITEM : null, shape);
    }

    /**
     * A hashtable of one key built of the argument's properties ({@code $Temp = @{ k = @( @{ type = $TmpValue.type }
     * ) }}) as {@code -BodyParameter}: the key is the body's property ({@link BodyPart#SDK_BODY_PARAMETER}); else null.
     */
    private static BodyPart wholeBody(String text, BodyShapes.Scope scope, String param) {
        JsonNode shape = text.startsWith("@{") ? BodyShapes.read(text, scope) : null;
        if (shape == null || !shape.isObject() || shape.size() != 1 || !BodyShapes.usesValue(shape)) {
            return null;
        }
        String key = shape.fieldNames().next();
        return new BodyPart(MgPaths.jsonName(key), param, BodyPart.SDK_BODY_PARAMETER, shape.get(key));
    }

    /** The local an assignment passes ({@code $params["T"] = $Value}) and its parameter's block. */
    record Block(String local, BodyShapes.Scope scope) {
    }

    /** The assignment's {@link Block}, or null when its local or its parameter's {@code $TmpValue} block is not read. */
    static Block block(FunctionCode fn, String process, Assignments.Assigned a) {
        String local = BodyReading.assignedLocal(process, a);
        BodyShapes.Scope scope = scope(fn, process, a);
        return local == null || scope == null ? null : new Block(local, scope);
    }

    /**
     * The block of the parameter an assignment is in, when it starts {@code $TmpValue = $PSBoundParameters["P"]}
     * with that parameter; else null.
     */
    static BodyShapes.Scope scope(FunctionCode fn, String process, Assignments.Assigned a) {
        BodyShapes.Scope scope = BodyReading.scope(fn, process, a.offset());
        return scope == null || !a.param().equalsIgnoreCase(scope.blockParam())
                || !Pattern.compile("(?i)\\$TmpValue\\s*=\\s*\\$PSBoundParameters\\[[\"']" + a.param() + "[\"']]")
                .matcher(scope.text()).find() ? null : scope;
    }

    /**
     * A JSON body the code writes from an object parameter with no {@code $TmpValue} step ({@code $json = $P |
     * ForEach-Object { …non-empty properties… | ConvertTo-Json }}), its keys lower-cased when the block ends with
     * {@code [regex]::Replace($x, '(?<=")(\w+)(?=":)', { $args[0].Groups[1].Value.ToLower() })}; or null.
     */
    static BodyPart pipedBody(FunctionCode fn, String p, String var) {
        Matcher m = Pattern.compile("(?im)^\\s*\\$" + var + "\\s*=\\s*\\$(\\w+)\\s*\\|\\s*ForEach-Object\\s*\\{").matcher(p);
        if (!m.find() || fn.parameter(m.group(1)).isEmpty() || Assignments.innermost(PsText.ifBlocks(p), m.start()) != null) {
            return null;
        }
        String param = fn.canonical(m.group(1));
        String block = p.substring(m.end() - 1, PsText.close(p, m.end() - 1)).replaceAll("\\s+", " ");
        String nonEmpty = "\\{ \\$(\\w+) = \\$_\\.psobject\\.Properties \\| Where-Object \\{ ?\\$_\\.Value ?} \\| "
                + "Select-Object -ExpandProperty Name;? ";
        Matcher plain = Pattern.compile("(?i)^" + nonEmpty + "\\$_ \\| Select-Object -Property \\$\\1 \\| ConvertTo-Json ?}$")
                .matcher(block);
        if (plain.matches()) {
            return new BodyPart(BodyPart.MERGE, param, BodyPart.NON_EMPTY);
        }
        Matcher lower = Pattern.compile("(?i)^" + nonEmpty + "\\$(\\w+) = \\$_ \\| Select-Object -Property \\$\\1 \\| "
                + "ConvertTo-Json;? \\[regex]::Replace\\(\\$\\2, '\\(\\?<=\"\\)\\(\\\\w\\+\\)\\(\\?=\":\\)', \\{ ?\\$args\\[0]"
                + "\\.Groups\\[1]\\.Value\\.ToLower\\(\\) ?}\\) ?}$").matcher(block);
        return lower.matches() ? new BodyPart(BodyPart.MERGE, param, BodyPart.NON_EMPTY_LOWER_KEYS) : null;
    }

    /** The expression the local holds, followed through locals holding another local; a block after a pipe whole. */
    private static String valueText(String local, BodyShapes.Scope s) {
        String text = BodyShapes.localText(local, s);
        for (int i = 0; i < 3 && text != null && text.matches("\\$\\w+") && !text.equalsIgnoreCase("$TmpValue")
                && !"@{}".equals(BodyShapes.localText(text.substring(1), s)); i++) {
            text = BodyShapes.localText(text.substring(1), s);
        }
        if (text != null && text.endsWith("{")) {
            Matcher m = Pattern.compile("(?im)^\\s*\\$" + local + "\\s*=\\s*").matcher(s.text());
            if (m.find()) {
                int open = s.text().indexOf('{', m.end() + text.length() - 1);
                text = s.text().substring(m.end(), PsText.close(s.text(), open)).strip();
            }
        }
        return text;
    }

    /** {@code $hash = @{}} filled by {@code $TmpValue.PSObject.Properties | ForEach-Object { if ($_.Value) {…} }}. */
    private static boolean nonEmptyCopy(String hash, String text) {
        return Pattern.compile("(?is)\\$" + hash + "\\s*=\\s*@\\{\\s*}\\s*\\$TmpValue\\.PSObject\\.Properties\\s*\\|\\s*"
                + "ForEach-Object\\s*\\{\\s*if\\s*\\(\\s*\\$_\\.Value\\s*\\)\\s*\\{\\s*\\$" + hash
                + "\\[\\s*\\$_\\.Name\\s*]\\s*=\\s*\\$_\\.Value\\s*}\\s*}").matcher(text).find();
    }
}
