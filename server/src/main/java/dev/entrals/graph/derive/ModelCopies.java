package dev.entrals.graph.derive;

import dev.entrals.graph.BodyPart;
import dev.entrals.script.ParameterSignature;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body property the code builds from an argument typed as a Graph SDK model class
 * ({@code [Microsoft.Graph.PowerShell.Models.MicrosoftGraphWebApplication] $Web}) by copying each of its set
 * properties, read as an {@link BodyPart#sdkModelProperties} part:
 * <pre>
 * if ($PSBoundParameters.ContainsKey('P')) {
 *     $h = @{}
 *     $P.PSObject.Properties | ForEach-Object {
 *         if ($null -ne $_.Value -and $_.Name -ne 'AdditionalProperties') { $h[$_.Name] = $_.Value }
 *     }
 *     $body['p'] = $h
 * }
 * </pre>
 * the copy keeping the .NET name or writing it camelCased ({@code $k = $_.Name.Substring(0, 1).ToLower() +
 * $_.Name.Substring(1); $h[$k] = $_.Value}), perhaps with one property whose own set properties are copied camelCased
 * ({@code if ($_.Name -eq 'X') { $n = @{}; $_.Value.PSObject.Properties | ForEach-Object {…}; $h['x'] = $n } else
 * {…}}). PowerShell converts a hashtable argument into the declared model at binding, so a branch on
 * {@code $P -is [Hashtable]} around the copy is not taken: its {@code else} is the code that runs.
 */
final class ModelCopies {

    private static final String EACH = "\\.PSObject\\.Properties \\| (?:ForEach-Object|foreach|%) \\{ if \\(\\$null -ne "
            + "\\$_\\.Value -and \\$_\\.Name -ne 'AdditionalProperties'\\) \\{ ";
    private static final String CAMEL = "\\$(?<%1$s>\\w+) = \\$_\\.Name\\.Substring\\(0, ?1\\)\\.ToLower\\(\\) \\+ "
            + "\\$_\\.Name\\.Substring\\(1\\);? \\$%2$s\\[\\$\\k<%1$s>] = \\$_\\.Value;? ";
    private static final String MODEL_TYPE = "(?i).*\\bModels\\.MicrosoftGraph\\w+";

    private ModelCopies() {
    }

    /**
     * The part the assignment {@code $var['target'] = $h} stands for, or null when the block is in no such form (nor
     * in one {@link ModelRebuilds} reads).
     */
    static BodyPart read(FunctionCode fn, String process, String var, Assignments.Assigned a) {
        BodyPart copied = copied(fn, process, var, a);
        return copied != null ? copied : ModelRebuilds.read(fn, process, var, a);
    }

    private static BodyPart copied(FunctionCode fn, String process, String var, Assignments.Assigned a) {
        String param = a.param();
        String type = param == null ? null : fn.parameter(param).map(ParameterSignature::type).orElse(null);
        PsText.IfBlock own = Assignments.innermost(PsText.ifBlocks(process), a.offset());
        if (type == null || !type.matches(MODEL_TYPE) || own == null
                || !param.equalsIgnoreCase(Assignments.boundParam(own.condition(), fn))) {
            return null;
        }
        String text = modelBranch(PsText.withoutComments(own.body()).replaceAll("\\s+", " ").strip(), param);
        Matcher h = Pattern.compile("^\\$(\\w+) = @\\{};? ").matcher(text == null ? "" : text);
        if (!h.find()) {
            return null;
        }
        String hash = Pattern.quote(h.group(1));
        String p = Pattern.quote(param);
        Matcher m = Pattern.compile("(?i)^\\$" + hash + " = @\\{};? \\$" + p + EACH
                + "(?:(?<net>\\$" + hash + "\\[\\$_\\.Name] = \\$_\\.Value;? )|(?<camel>" + String.format(CAMEL, "k1", hash)
                + ")|if \\(\\$_\\.Name -eq '(?<n>\\w+)'\\) \\{ \\$(?<i>\\w+) = @\\{};? \\$_\\.Value" + EACH
                + String.format(CAMEL, "k2", "\\k<i>") + "} };? \\$" + hash + "\\[[\"'](?<nk>\\w+)[\"']] = \\$\\k<i>;? } "
                + "else \\{ " + String.format(CAMEL, "k3", hash) + "} )} };? \\$" + Pattern.quote(var) + "\\[[\"']"
                + Pattern.quote(a.target()) + "[\"']] = \\$" + hash + ";?$").matcher(text);
        if (!m.find()) {
            return listed(text, hash, p, var, a);
        }
        String nested = m.group("n");
        if (nested != null && !m.group("nk").equals(Character.toLowerCase(nested.charAt(0)) + nested.substring(1))) {
            return null; // the nested copy under another key than its camelCased name
        }
        return new BodyPart(a.target(), param, BodyPart.sdkModelProperties(m.group("net") == null, nested));
    }

    /**
     * {@code foreach ($t in @('a', 'b')) { if ($P.PSObject.Properties[$t] -and $P.$t) { $l = @(); foreach ($c in
     * $P.$t) { $i = @{}; $c.PSObject.Properties | ForEach-Object {…$i[$_.Name] = $_.Value…}; $l += $i }; $h[$t] = $l
     * } }}: the named list properties, each item's set properties by their .NET names; else null.
     */
    private static BodyPart listed(String text, String hash, String p, String var, Assignments.Assigned a) {
        Matcher m = Pattern.compile("(?i)^\\$" + hash + " = @\\{};? foreach \\(\\$(?<t>\\w+) in @\\((?<names>'\\w+'(?:, ?'\\w+')*)"
                + "\\) ?\\) \\{ if \\(\\$" + p + "\\.PSObject\\.Properties\\[\\$\\k<t>] -and \\$" + p + "\\.\\$\\k<t>\\) \\{ "
                + "\\$(?<l>\\w+) = @\\(\\);? foreach \\(\\$(?<c>\\w+) in \\$" + p + "\\.\\$\\k<t>\\) \\{ \\$(?<i>\\w+) = @\\{};? "
                + "\\$\\k<c>" + EACH + "\\$\\k<i>\\[\\$_\\.Name] = \\$_\\.Value;? } };? \\$\\k<l> \\+= \\$\\k<i>;? } "
                + "\\$" + hash + "\\[\\$\\k<t>] = \\$\\k<l>;? } };? \\$" + Pattern.quote(var) + "\\[[\"']"
                + Pattern.quote(a.target()) + "[\"']] = \\$" + hash + ";?$").matcher(text);
        return !m.find() ? null : new BodyPart(a.target(), a.param(),
                BodyPart.sdkModelLists(m.group("names").replaceAll("[' ]", "")));
    }

    /**
     * The text with {@code if ($P -is [Hashtable] -or $P -is [PSCustomObject]) {…} else {B}} replaced by B (the
     * argument is a model object, never a hashtable); the text itself without such a test; null with no else.
     */
    private static String modelBranch(String text, String param) {
        String p = Pattern.quote(param);
        Matcher test = Pattern.compile("(?i)if \\(\\$" + p + " -is \\[(?:Hashtable|PSCustomObject)](?: -or \\$" + p
                + " -is \\[(?:Hashtable|PSCustomObject)])?\\) \\{").matcher(text);
        if (!test.find()) {
            return text;
        }
        int end = PsText.close(text, test.end() - 1);
        Matcher other = Pattern.compile("(?i)^ ?else \\{ ?").matcher(text.substring(end));
        if (!other.find()) {
            return null;
        }
        int open = text.indexOf('{', end);
        int close = PsText.close(text, open);
        return text.substring(0, test.start()) + text.substring(open + 1, close - 1).strip() + " "
                + text.substring(close).strip();
    }
}
