package dev.entrals.graph.derive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entrals.graph.BodyPart;
import dev.entrals.graph.ListEdits;
import dev.entrals.script.ParameterSignature;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body property the code rebuilds from an argument typed as a Graph SDK model class (or a list of them) in its own
 * form, read as an {@link BodyPart#SDK_MODEL_REBUILT} part whose value is the recipe ({@code graph.SdkModelRebuilds}
 * writes it). Two forms, in the parameter's {@code if ($PSBoundParameters.ContainsKey('P'))} block:
 * <pre>
 * $l = @(); foreach ($r in $P) { ITEM }; $body['p'] = $l             # one object per item
 * $h = @{}; $P.PSObject.Properties | ForEach-Object { if ($null -ne $_.Value -and $_.Name -ne 'AdditionalProperties')
 *     { PROPERTY… $h[$_.Name] = $_.Value } }; $body['p'] = $h          # the set properties by their .NET names
 * </pre>
 * ITEM: {@code $h = @{ k = … }} (a literal: {@code $r.X}, {@code $true}, a quoted text, {@code @()},
 * {@code [Guid]::NewGuid().ToString(…)}), the set properties copied ({@code $r.PSObject.Properties | Where-Object
 * {…} | ForEach-Object { $h[$_.Name] = $_.Value }}), {@code if (-not $h.ContainsKey('k')) { Write-Error "m"; continue
 * }} (the item dropped), {@code if ($h['k'] -isnot [array]) { $h['k'] = @($h['k']) }}, {@code if ($r.X) { foreach ($a
 * in $r.X) { $ah = @{…}; $h.k += $ah } }} (a nested list), {@code $l += $h}; a branch {@code if ($r -is [Hashtable])
 * {…} else {B}} is read as B (PowerShell has converted the item into the model). PROPERTY: {@code if ($_.Name -eq 'X')
 * { $l = @(); foreach ($s in $_.Value) { $sh = @{…}; $l += $sh }; $h['x'] = $l } else {…}} (X rebuilt item by item),
 * {@code if ($_.Name -eq 'X') { $v = @('a', …); if ($v -notcontains $_.Value) { … Write-Error "m"; return } }} and
 * {@code if ($_.Name -eq 'X' -and ($null -ne $_.Value -and $_.Value.Count -gt 0)) { Write-Warning "m"; return }}
 * (X left out after the message: {@code return} ends only that property's script block).
 */
final class ModelRebuilds {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String MODEL = "(?i).*\\bModels\\.MicrosoftGraph\\w+";
    private static final String MODEL_LIST = MODEL + "(?:\\[]|])";
    private static final String KEY = "\\[[\"'](\\w+)[\"']]";
    private static final String COPY_TEST = "(?:\\$_\\.Name -ne 'AdditionalProperties' -and \\$null -ne \\$_\\.Value"
            + "|\\$null -ne \\$_\\.Value -and \\$_\\.Name -ne 'AdditionalProperties')";

    private ModelRebuilds() {
    }

    /** The part the assignment {@code $var['target'] = $x} stands for, or null when the block is in no such form. */
    static BodyPart read(FunctionCode fn, String process, String var, Assignments.Assigned a) {
        String param = a.param();
        String type = param == null ? null : fn.parameter(param).map(ParameterSignature::type).orElse(null);
        PsText.IfBlock own = Assignments.innermost(PsText.ifBlocks(process), a.offset());
        if (type == null || own == null || !param.equalsIgnoreCase(Assignments.boundParam(own.condition(), fn))) {
            return null;
        }
        Reading r = new Reading(fn, process, own, param);
        List<String> st = statements(own.body());
        if (st.size() != 3 || !norm(st.get(2)).matches("(?i)\\$" + Pattern.quote(var) + "\\[[\"']"
                + Pattern.quote(a.target()) + "[\"']] = \\$\\w+;?")) {
            return null;
        }
        String last = norm(st.get(2)).replaceFirst(".* = \\$(\\w+);?$", "$1");
        ObjectNode recipe = type.matches(MODEL_LIST) ? r.items(st, last) : type.matches(MODEL) ? r.copied(st, last)
                : null;
        return recipe == null ? null : new BodyPart(a.target(), param, BodyPart.SDK_MODEL_REBUILT, recipe);
    }

    /** The statements of a block's text: split at newlines and {@code ;}, an {@code else} joined to its {@code if}. */
    static List<String> statements(String block) {
        List<String> out = new ArrayList<>();
        for (String s : BodyShapes.split(PsText.withoutComments(block), false)) {
            if (s.matches("(?is)^else\\s*\\{.*") && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + s);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    static String norm(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The text inside the braces that open at the first {@code {} at or after {@code from}. */
    static String inside(String s, int from) {
        int open = s.indexOf('{', from);
        return open < 0 ? null : s.substring(open + 1, PsText.close(s, open) - 1);
    }

    /** One block read: where its messages are. */
    private record Reading(FunctionCode fn, String process, PsText.IfBlock own, String param) {

        /** {@code file:line} of a text in the block. */
        String at(String text) {
            int in = process.indexOf(own.body());
            int i = process.indexOf(text.strip(), Math.max(0, in));
            return i < 0 ? fn.source(fn.processOffset() + Math.max(0, in)) : fn.source(fn.processOffset() + i);
        }

        /** {@code $l = @(); foreach ($r in $P) { ITEM }}: the recipe of one object per item, or null. */
        ObjectNode items(List<String> st, String list) {
            Matcher loop = Pattern.compile("(?is)^foreach\\s*\\(\\s*\\$(\\w+)\\s+in\\s+\\$" + Pattern.quote(param)
                    + "\\s*\\)\\s*\\{").matcher(st.get(1));
            if (!norm(st.get(0)).matches("(?i)\\$" + list + " = @\\(\\);?") || !loop.find()) {
                return null;
            }
            ObjectNode recipe = F.objectNode().put("each", true);
            return item(statements(inside(st.get(1), loop.end() - 1)), loop.group(1), list, recipe) ? recipe : null;
        }

        private boolean item(List<String> st, String r, String list, ObjectNode recipe) {
            List<String> flat = modelBranch(st, r);
            Matcher lit = flat == null || flat.isEmpty() ? null
                    : Pattern.compile("(?is)^\\$(\\w+)\\s*=\\s*@\\{").matcher(flat.get(0));
            if (lit == null || !lit.find()) {
                return false;
            }
            String hash = lit.group(1);
            ObjectNode start = literal(inside(flat.get(0), lit.end() - 1), r);
            if (start == null) {
                return false;
            }
            recipe.set("start", start);
            if (start.toString().contains(ListEdits.NEW_GUID)) {
                Matcher guid = Pattern.compile("(?i)\\[(?:System\\.)?Guid]::NewGuid").matcher(flat.get(0));
                recipe.put("guidAt", at(flat.get(0).substring(guid.find() ? guid.start() : 0)));
            }
            for (String s : flat.subList(1, flat.size() - 1)) {
                if (!step(s, norm(s), r, hash, recipe)) {
                    return false;
                }
            }
            return norm(flat.get(flat.size() - 1)).matches("(?i)\\$" + Pattern.quote(list) + " \\+= \\$"
                    + Pattern.quote(hash) + ";?");
        }

        /**
         * The statements with {@code if ($r -is [Hashtable] [-or $r -is [PSCustomObject]]) {…} else {B}} replaced by
         * B's (the item is a model object once bound, never a hashtable); null for such a test without an else.
         */
        private static List<String> modelBranch(List<String> st, String r) {
            List<String> out = new ArrayList<>();
            String kind = "\\$" + r + "\\s+-is\\s+\\[(?:Hashtable|PSCustomObject)]";
            for (String s : st) {
                Matcher test = Pattern.compile("(?is)^if\\s*\\(\\s*" + kind + "(?:\\s+-or\\s+" + kind + ")?\\s*\\)\\s*\\{")
                        .matcher(s);
                if (!test.find()) {
                    out.add(s);
                    continue;
                }
                String rest = s.substring(PsText.close(s, test.end() - 1)).strip();
                if (!rest.matches("(?is)^else\\s*\\{.*}$") || PsText.close(rest, rest.indexOf('{')) != rest.length()) {
                    return null;
                }
                List<String> taken = modelBranch(statements(inside(rest, 0)), r);
                if (taken == null) {
                    return null;
                }
                out.addAll(taken);
            }
            return out;
        }

        /** One statement of an item after its literal; false when not one of the forms. */
        private boolean step(String s, String n, String r, String h, ObjectNode recipe) {
            String hq = Pattern.quote(h);
            Matcher require = Pattern.compile("(?i)^if \\(-not \\$" + hq + "\\.ContainsKey\\('(\\w+)'\\)\\) \\{ "
                    + "Write-Error \"([^\"$]*)\";? continue;? }$").matcher(n);
            Matcher array = Pattern.compile("(?i)^if \\(\\$" + hq + KEY + " -isnot \\[array]\\) \\{ \\$" + hq + KEY
                    + " = @\\(\\$" + hq + KEY + "\\);? }$").matcher(n);
            Matcher nested = Pattern.compile("(?i)^if \\(\\$" + r + "\\.(\\w+)\\) \\{ foreach \\(\\$(\\w+) in \\$" + r
                    + "\\.\\1\\) \\{ \\$(\\w+) = @\\{(.*)};? \\$" + hq + "\\.(\\w+) \\+= \\$\\3;? } }$").matcher(n);
            if (n.matches("(?i)\\$" + r + "\\.PSObject\\.Properties \\| Where-Object \\{ " + COPY_TEST + " } \\| "
                    + "(?:ForEach-Object|foreach|%) \\{ (?:\\$" + hq + "\\[\\$_\\.Name] = \\$_\\.Value;? |if \\(\\$_\\.Name "
                    + "-eq '\\w+' -and \\$_\\.Value -is \\[(?:System\\.)?Guid]\\) \\{ \\$" + hq + "\\[\\$_\\.Name] = "
                    + "\\$_\\.Value\\.ToString\\('D'\\);? } else \\{ \\$" + hq + "\\[\\$_\\.Name] = \\$_\\.Value;? } )}")) {
                recipe.put("copy", true); // a GUID-typed id written in its 'D' form: the text as given here
            } else if (require.matches()) {
                ArrayNode req = recipe.has("require") ? (ArrayNode) recipe.get("require") : recipe.putArray("require");
                req.addObject().put("key", require.group(1)).put("error", require.group(2))
                        .put("at", at(s.substring(s.indexOf("Write-Error"))));
            } else if (array.matches() && array.group(1).equals(array.group(2)) && array.group(2).equals(array.group(3))) {
                (recipe.has("asList") ? (ArrayNode) recipe.get("asList") : recipe.putArray("asList")).add(array.group(1));
            } else if (nested.matches()) {
                JsonNode slot = recipe.path("start").get(nested.group(5));
                int open = s.indexOf("@{");
                ObjectNode each = literal(inside(s, open), nested.group(2));
                if (slot == null || !slot.isArray() || slot.size() > 0 || each == null) {
                    return false;
                }
                ((ObjectNode) recipe.get("start")).set(nested.group(5), F.objectNode()
                        .put("@each", "{0." + nested.group(1) + "}").set("@item", each));
            } else {
                return false;
            }
            return true;
        }

        /** {@code $h = @{}; $P.PSObject.Properties | ForEach-Object { if (…) { PROPERTY… } }}: the recipe, or null. */
        ObjectNode copied(List<String> st, String hash) {
            String hq = Pattern.quote(hash);
            String s = st.get(1);
            Matcher each = Pattern.compile("(?is)^\\$" + Pattern.quote(param) + "\\.PSObject\\.Properties\\s*\\|\\s*"
                    + "(?:ForEach-Object|foreach|%)\\s*\\{").matcher(s);
            if (!norm(st.get(0)).matches("(?i)\\$" + hq + " = @\\{};?") || !each.find()
                    || PsText.close(s, each.end() - 1) != s.length()) {
                return null;
            }
            List<String> block = statements(inside(s, each.end() - 1));
            Matcher test = Pattern.compile("(?i)^if \\(" + COPY_TEST + "\\) \\{").matcher(block.isEmpty() ? ""
                    : norm(block.get(0)));
            if (block.size() != 1 || !test.find() || PsText.close(block.get(0), block.get(0).indexOf('{'))
                    != block.get(0).length()) {
                return null;
            }
            List<String> inner = statements(inside(block.get(0), block.get(0).indexOf('{')));
            ObjectNode props = F.objectNode();
            String copy = "(?i)\\$" + hq + "\\[\\$_\\.Name] = \\$_\\.Value;?";
            for (int i = 0; i < inner.size(); i++) {
                String n = norm(inner.get(i));
                boolean last = i == inner.size() - 1;
                if (last && n.matches(copy) && !props.isEmpty()) {
                    return F.objectNode().put("copy", true).set("props", props);
                }
                if (!property(inner.get(i), n, hq, copy, props)) {
                    return null;
                }
                if (props.remove("@else") != null) { // the other properties copied in its else
                    return last ? F.objectNode().put("copy", true).set("props", props) : null;
                }
            }
            return null;
        }

        /** One {@code if ($_.Name -eq 'X')} of a copy; false when not one of the forms. */
        private boolean property(String s, String n, String hq, String copy, ObjectNode props) {
            Matcher rebuilt = Pattern.compile("(?i)^if \\(\\$_\\.Name -eq '(\\w+)'\\) \\{ \\$(\\w+) = @\\(\\);? foreach "
                    + "\\(\\$(\\w+) in \\$_\\.Value\\) \\{ \\$(\\w+) = @\\{.*};? \\$\\2 \\+= \\$\\4;? };? \\$" + hq + KEY
                    + " = \\$\\2;? } else \\{ (.*) }$").matcher(n);
            Matcher oneOf = Pattern.compile("(?i)^if \\(\\$_\\.Name -eq '(\\w+)'\\) \\{ \\$(\\w+) = @\\(((?:'\\w+',? ?)+)"
                    + "\\);? if \\(\\$\\2 -notcontains \\$_\\.Value\\) \\{ (?:Write-EntraInputValidationLog [^;]*?;? )?"
                    + "Write-Error \"([^\"]*)\";? return;? } }$").matcher(n);
            Matcher nonEmpty = Pattern.compile("(?i)^if \\(\\$_\\.Name -eq '(\\w+)' -and \\(\\$null -ne \\$_\\.Value -and "
                    + "\\$_\\.Value\\.Count -gt 0\\)\\) \\{ Write-Warning \"([^\"$]*)\";? return;? }$").matcher(n);
            if (rebuilt.matches() && rebuilt.group(6).matches(copy.replace(";?", ";? ?"))) {
                int lit = s.indexOf("@{");
                ObjectNode item = literal(inside(s, lit), rebuilt.group(3));
                if (item == null) {
                    return false;
                }
                props.set(rebuilt.group(1), F.objectNode().put("key", rebuilt.group(5)).set("item", item));
                props.put("@else", true); // the other properties copied in its else
                return true;
            }
            if (oneOf.matches()) {
                ArrayNode values = F.arrayNode();
                for (String v : oneOf.group(3).split(",")) {
                    values.add(v.strip().replace("'", ""));
                }
                String message = oneOf.group(4).replace("$($" + oneOf.group(2) + " -join ', ')",
                        String.join(", ", texts(values)));
                if (message.contains("$")) {
                    return false;
                }
                ObjectNode p = F.objectNode().put("error", message).put("at", at(s.substring(s.indexOf("Write-Error"))));
                p.set("oneOf", values);
                props.set(oneOf.group(1), p.put("logged", n.contains("Write-EntraInputValidationLog")));
                return true;
            }
            if (nonEmpty.matches()) {
                props.set(nonEmpty.group(1), F.objectNode().put("nonEmpty", true).put("warning", nonEmpty.group(2))
                        .put("at", at(s.substring(s.indexOf("Write-Warning")))));
                return true;
            }
            return false;
        }
    }

    private static List<String> texts(ArrayNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(x -> out.add(x.asText()));
        return out;
    }

    /**
     * A literal's entries ({@code k = $r.X}, {@code $true}/{@code $false}, a quoted text, {@code @()},
     * {@code [Guid]::NewGuid().ToString(…)}) as a structure: {@code {0.X}} the item's X; null when one is another.
     */
    static ObjectNode literal(String inside, String r) {
        if (inside == null) {
            return null;
        }
        ObjectNode out = F.objectNode();
        for (String entry : BodyShapes.split(inside, false)) {
            Matcher m = Pattern.compile("(?is)^['\"]?(\\w+)['\"]?\\s*=\\s*(.+)$").matcher(entry);
            if (!m.matches()) {
                return null;
            }
            String v = norm(m.group(2));
            Matcher prop = Pattern.compile("(?i)^\\$" + r + "\\.(\\w+)$").matcher(v);
            if (prop.matches()) {
                out.put(m.group(1), "{0." + prop.group(1) + "}");
            } else if (v.matches("(?i)\\[(?:System\\.)?Guid]::NewGuid\\(\\)\\.ToString\\((?:'D'|\"D\")?\\)")) {
                out.put(m.group(1), ListEdits.NEW_GUID);
            } else if (v.matches("(?i)\\$(true|false)")) {
                out.put(m.group(1), v.equalsIgnoreCase("$true"));
            } else if (v.equals("@()")) {
                out.putArray(m.group(1));
            } else if (v.matches("'[^'{}]*'|\"[^\"${}`]*\"")) {
                out.put(m.group(1), v.substring(1, v.length() - 1));
            } else {
                return null;
            }
        }
        return out;
    }
}
