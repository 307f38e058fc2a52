package dev.entrals.graph.derive;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entrals.graph.BodyPart;
import dev.entrals.graph.ItemBodies;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list argument the code turns into a list of hashtables, one per item, for its Graph SDK cmdlet (in the block
 * {@code if ($null -ne $PSBoundParameters["P"]) { $T = $PSBoundParameters["P"] … }}), read as an {@link ItemBodies}
 * part the SDK's model writes:
 * <ul>
 * <li>written into another argument's value: {@code $l = @(); foreach ($x in $T) { $h = @{}; if ($x.A) { $h["A"] =
 * $x.A } …; $l += $h }; if ($null -ne $params["Q"]) { $params["Q"]["K"] = $l } else { $params["Q"] = @{ "K" = $l }
 * }}: the list placed at {@code q/k}, inside Q's object when Q's own argument is given too;</li>
 * <li>a list collected from the items' member enumeration and given to each item: {@code $L = @(); foreach ($p in
 * $T.N) { $t = $p | ConvertTo-Json; $h = @{}; (ConvertFrom-Json $t).psobject.properties | Foreach { $h[$_.Name] =
 * $_.Value }; $L += $h }; foreach ($d in $T) { $h = @{ K = $d.X …; N = $L }; $V += $h }}: every item would get the N
 * of all items; each is sent with its own N, as evidently meant, with a note when that differs.</li>
 * </ul>
 */
final class SdkItemLoops {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SdkItemLoops() {
    }

    /** The part the assignment stands for, or null when its block is in neither form. */
    static BodyPart read(FunctionCode fn, String process, Assignments.Assigned a) {
        PsText.IfBlock own = Assignments.innermost(PsText.ifBlocks(process), a.offset());
        if (own == null || !a.param().equalsIgnoreCase(Assignments.boundParam(own.condition(), fn))) {
            return null;
        }
        List<String> s = ItemLoops.statements(PsText.withoutComments(own.body()));
        Matcher tmp = Pattern.compile("(?i)^\\$(\\w+) = \\$PSBoundParameters\\[['\"]" + Pattern.quote(a.param())
                + "['\"]]$").matcher(s.isEmpty() ? "" : ItemLoops.one(s.get(0)));
        if (!tmp.matches() || s.size() < 4) {
            return null;
        }
        String t = tmp.group(1);
        return s.size() == 4 ? into(fn, t, a, s) : pooled(fn, t, a, s);
    }

    /** {@code $l = @(); foreach ($x in $T) {…}; if ($null -ne $params["Q"]) {…} else {…}}; else null. */
    private static BodyPart into(FunctionCode fn, String t, Assignments.Assigned a, List<String> s) {
        Matcher start = Pattern.compile("^\\$(\\w+) = @\\(\\)$").matcher(ItemLoops.one(s.get(1)));
        Matcher loop = Pattern.compile("(?i)^foreach \\(\\$(\\w+) in \\$" + t + "\\) \\{.*}$").matcher(ItemLoops.one(s.get(2)));
        if (!start.matches() || !loop.matches()) {
            return null;
        }
        String l = start.group(1);
        Matcher put = Pattern.compile("(?i)^if \\(\\$null -ne \\$params\\[['\"](\\w+)['\"]]\\) \\{ \\$params\\[['\"]\\1['\"]]"
                + "\\[['\"](\\w+)['\"]] = \\$" + l + ";? } else \\{ \\$params\\[['\"]\\1['\"]] = @\\{ ['\"]?\\2['\"]? = \\$"
                + l + ";? };? }$").matcher(ItemLoops.one(s.get(3)));
        if (!put.matches() || !put.group(1).equalsIgnoreCase(a.target())) {
            return null;
        }
        ObjectNode item = ItemLoops.item(fn, loop.group(1), l, ItemLoops.statements(ItemLoops.brace(s.get(2), 0)), false);
        return item == null ? null : new BodyPart(MgPaths.jsonName(put.group(1)) + "/"
                + MgPaths.jsonName(put.group(2)), a.param(), ItemBodies.template(true), item);
    }

    /** The list collected from the items' member enumeration, given to every item; else null. */
    private static BodyPart pooled(FunctionCode fn, String t, Assignments.Assigned a, List<String> s) {
        if (s.size() != 6) {
            return null;
        }
        Matcher v = Pattern.compile("^\\$(\\w+) = @\\(\\)$").matcher(ItemLoops.one(s.get(1)));
        Matcher pool = Pattern.compile("^\\$(\\w+) = @\\(\\)$").matcher(ItemLoops.one(s.get(2)));
        Matcher first = Pattern.compile("(?i)^foreach \\(\\$(?<p>\\w+) in \\$" + t + "\\.(?<n>\\w+)\\) \\{ \\$(?<j>\\w+) = "
                + "\\$\\k<p> \\| ConvertTo-Json;? \\$(?<h>\\w+) = @\\{};? \\(ConvertFrom-Json \\$\\k<j>\\)\\.psobject\\.properties"
                + " \\| (?:Foreach|ForEach-Object|%) \\{ \\$\\k<h>\\[\\$_\\.Name] = \\$_\\.Value;? };? \\$(?<l>\\w+) \\+= "
                + "\\$\\k<h>;? }$").matcher(ItemLoops.one(s.get(3)));
        Matcher second = Pattern.compile("(?i)^foreach \\(\\$(?<d>\\w+) in \\$" + t + "\\) \\{ \\$(?<h>\\w+) = @\\{(?<e>.*)};?"
                + " \\$(?<v>\\w+) \\+= \\$\\k<h>;? }$").matcher(ItemLoops.one(s.get(4)));
        if (!v.matches() || !pool.matches() || !first.matches() || !second.matches()
                || !first.group("l").equals(pool.group(1)) || !second.group("v").equals(v.group(1))
                || !ItemLoops.one(s.get(5)).matches("(?i)^\\$params\\[['\"]" + Pattern.quote(a.target())
                + "['\"]] = \\$" + v.group(1) + "$")) {
            return null;
        }
        String n = first.group("n");
        ObjectNode item = F.objectNode();
        boolean pooledUsed = false;
        for (String entry : ItemLoops.statements(ItemLoops.brace(s.get(4), s.get(4).indexOf("@{")))) {
            Matcher e = Pattern.compile("(?i)^(\\w+) = \\$(\\w+)(?:\\.(\\w+))?$").matcher(ItemLoops.one(entry));
            if (!e.matches()) {
                return null;
            }
            if (e.group(3) == null && e.group(2).equals(pool.group(1)) && e.group(1).equalsIgnoreCase(n)) {
                item.set(e.group(1), F.objectNode().put(ItemBodies.EACH, "{0." + n + "}").put(ItemBodies.ITEM, "{0}"));
                pooledUsed = true;
            } else if (e.group(3) != null && e.group(2).equalsIgnoreCase(second.group("d"))) {
                item.put(e.group(1), "{0." + e.group(3) + "}");
            } else {
                return null;
            }
        }
        if (!pooledUsed) {
            return null;
        }
        int from = fn.text().indexOf(s.get(3));
        int to = fn.text().indexOf(s.get(4));
        item.put(ItemBodies.POOLED, n).put(ItemBodies.POOLED_AT, from < 0 || to < 0 ? fn.file()
                : fn.source(from) + "-" + PsText.lineOf(fn.text(), to + s.get(4).indexOf("@{")));
        return new BodyPart(MgPaths.jsonName(a.target()), a.param(), ItemBodies.template(true), item);
    }
}
