package dev.entrals.graph.derive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entrals.graph.BodyPart;
import dev.entrals.graph.ItemBodies;
import dev.entrals.script.ParameterSignature;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body list the code builds one hashtable per item of a list argument, read as an {@link ItemBodies} part:
 * <pre>
 * if ($PSBoundParameters.ContainsKey('P')) {
 *     $l = @()
 *     foreach ($x in $P) {
 *         $h = @{ k = $x.X; n = @() }                  # or $h = @{}
 *         if ($x.L) { foreach ($y in $x.L) { $h.n += @{ a = $y.A } } }
 *         if (TEST) { $h['k'] = VALUE }
 *         if (-not $h.ContainsKey('k')) { Write-Error "…"; continue }
 *         $l += $h
 *     }
 *     $body['p'] = $l
 * }
 * </pre>
 * TEST is {@code $x.X} (written when true), {@code $null -ne $x.X} (when not null) or {@code $x.ContainsKey('X') -or
 * $null -ne $x.X} (when given); VALUE is {@code $x.X}, {@code $x.X.ToUniversalTime().ToString("format")} or
 * {@code $x.X.ToString('o')}, on the property tested. A branch {@code if ($x -is [Hashtable] -or $x -is
 * [PSCustomObject]) {A} else {B}} is read as A for an argument PowerShell leaves as given ({@code [System.Object[]]})
 * and as B for one typed as a Graph SDK model class (converted at binding). The validation drops the item
 * ({@code continue}) with the module's message.
 */
final class ItemLoops {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String MODEL_TYPE = "(?i).*\\bModels\\.MicrosoftGraph\\w+.*";
    private static final Pattern TYPE_BRANCH = Pattern.compile("(?i)^if \\(\\$(\\w+) -is \\[(?:Hashtable|PSCustomObject)]"
            + "(?: -or \\$\\1 -is \\[(?:Hashtable|PSCustomObject)])?\\) (\\{.*)$");
    private static final Pattern REQUIRED = Pattern.compile("(?i)^if \\(-not \\$(\\w+)\\.ContainsKey\\(['\"](\\w+)['\"]\\)\\)"
            + " \\{ Write-Error (?:-Message )?(\"[^\"]*\"|'[^']*');? continue;? }$");
    private static final Pattern NESTED = Pattern.compile("(?i)^if \\(\\$(\\w+)\\.(\\w+)\\) \\{ foreach \\(\\$(\\w+) in "
            + "\\$\\1\\.\\2\\) \\{ \\$(\\w+)\\.(\\w+) \\+= @\\{(.*)};? } }$");
    private static final Pattern SET = Pattern.compile("(?i)^if \\((.+)\\) \\{ \\$(\\w+)\\[['\"](\\w+)['\"]] = (.+?);? }$");
    private static final Pattern ENTRY = Pattern.compile("^(\\w+) = (.+)$");

    private ItemLoops() {
    }

    /** The part the assignment {@code $var['target'] = $l} stands for, or null when the block is in no such form. */
    static BodyPart read(FunctionCode fn, String process, String var, Assignments.Assigned a) {
        String param = a.param();
        PsText.IfBlock own = Assignments.innermost(PsText.ifBlocks(process), a.offset());
        if (param == null || own == null || !param.equalsIgnoreCase(Assignments.boundParam(own.condition(), fn))) {
            return null;
        }
        boolean model = fn.parameter(param).map(ParameterSignature::type).orElse("").matches(MODEL_TYPE);
        List<String> outer = statements(PsText.withoutComments(own.body()));
        if (outer.size() != 3) {
            return null;
        }
        Matcher start = Pattern.compile("^\\$(\\w+) = @\\(\\)$").matcher(one(outer.get(0)));
        Matcher loop = Pattern.compile("(?i)^foreach \\(\\$(\\w+) in \\$" + Pattern.quote(param) + "\\) \\{.*}$")
                .matcher(one(outer.get(1)));
        if (!start.matches() || !loop.matches() || !one(outer.get(2)).matches("(?i)^\\$" + Pattern.quote(var)
                + "\\[['\"]" + Pattern.quote(a.target()) + "['\"]] = \\$" + start.group(1) + "$")) {
            return null;
        }
        ObjectNode item = item(fn, loop.group(1), start.group(1), statements(brace(outer.get(1), 0)), model);
        return item == null ? null : new BodyPart(a.target(), param, ItemBodies.template(false), item);
    }

    /** The structure of one item built by the loop's statements, or null for a statement not read. */
    static ObjectNode item(FunctionCode fn, String x, String list, List<String> body, boolean model) {
        if (body.size() < 2 || !one(body.get(body.size() - 1)).matches("(?i)^\\$" + Pattern.quote(list) + " \\+= \\$\\w+$")) {
            return null;
        }
        String hash = one(body.get(body.size() - 1)).replaceFirst("^.*\\$", "");
        if (!one(body.get(0)).matches("(?i)^\\$" + Pattern.quote(hash) + " = @\\{.*}$")) {
            return null;
        }
        ObjectNode out = F.objectNode();
        for (String entry : statements(brace(body.get(0), 0))) {
            Matcher e = ENTRY.matcher(one(entry));
            String leaf = e.matches() ? leaf(x, e.group(2), "") : null;
            if (leaf == null && !(e.matches() && e.group(2).equals("@()"))) {
                return null;
            }
            out.set(e.group(1), leaf == null ? F.arrayNode() : F.textNode(leaf));
        }
        ObjectNode required = F.objectNode();
        List<String> rest = new ArrayList<>(body.subList(1, body.size() - 1));
        for (int i = 0; i < rest.size(); i++) {
            String raw = rest.get(i);
            String s = one(raw);
            Matcher branch = TYPE_BRANCH.matcher(s);
            if (branch.matches() && branch.group(1).equalsIgnoreCase(x)) {
                String chosen = branch(raw, model);
                if (chosen == null) {
                    return null;
                }
                rest.addAll(i + 1, statements(chosen)); // the branch PowerShell takes for such an argument
                continue;
            }
            Matcher req = REQUIRED.matcher(s);
            Matcher nested = NESTED.matcher(s);
            Matcher set = SET.matcher(s);
            if (req.matches() && req.group(1).equalsIgnoreCase(hash)) {
                int at = fn.text().indexOf(req.group(3));
                required.put(req.group(2), req.group(3).substring(1, req.group(3).length() - 1)
                        + (at < 0 ? "" : " (Write-Error at " + fn.source(at) + ")"));
            } else if (nested.matches() && nested.group(1).equalsIgnoreCase(x) && nested.group(4).equalsIgnoreCase(hash)
                    && out.path(nested.group(5)).isArray()) {
                ObjectNode each = F.objectNode();
                for (String entry : statements(brace(raw, raw.indexOf("@{")))) {
                    Matcher e = ENTRY.matcher(one(entry));
                    String leaf = e.matches() ? leaf(nested.group(3), e.group(2), "") : null;
                    if (leaf == null) {
                        return null;
                    }
                    each.put(e.group(1), leaf);
                }
                out.set(nested.group(5), F.objectNode().put(ItemBodies.EACH, "{0." + nested.group(2) + "|true}")
                        .set(ItemBodies.ITEM, each));
            } else if (set.matches() && set.group(2).equalsIgnoreCase(hash)) {
                String test = test(x, set.group(1));
                String leaf = test == null ? null : leaf(x, set.group(4), test.substring(test.indexOf('|')));
                if (leaf == null || !test.substring(0, test.indexOf('|')).equalsIgnoreCase(property(leaf))) {
                    return null; // a value under a test of another property
                }
                out.put(set.group(3), leaf);
            } else {
                return null;
            }
        }
        if (!required.isEmpty()) {
            out.set(ItemBodies.REQUIRED, required);
        }
        return out;
    }

    /** {@code if (…) {A} else {B}}: A for an argument left as given, B for a model; null without an else. */
    private static String branch(String raw, boolean model) {
        int open = raw.indexOf('{', PsText.close(raw, raw.indexOf('(')));
        int end = PsText.close(raw, open);
        Matcher other = Pattern.compile("(?i)^\\s*else\\s*\\{").matcher(raw.substring(end));
        if (!other.find() || PsText.close(raw, end + other.end() - 1) != raw.length()) {
            return null;
        }
        return model ? brace(raw, end) : raw.substring(open + 1, end - 1);
    }

    /** The inside of the first brace at or after {@code from}. */
    static String brace(String raw, int from) {
        int open = raw.indexOf('{', Math.max(0, from));
        return open < 0 ? "" : raw.substring(open + 1, Math.max(open + 1, PsText.close(raw, open) - 1));
    }

    /** A statement with its blanks made one space. */
    static String one(String raw) {
        return raw.replaceAll("\\s+", " ").strip();
    }

    /** {@code X|true}, {@code X|notNull} or {@code X|given} for a test on the item's property X; else null. */
    private static String test(String x, String condition) {
        String v = "\\$" + Pattern.quote(x) + "\\.(\\w+)";
        Matcher m;
        if ((m = Pattern.compile("(?i)^" + v + "$").matcher(condition)).matches()) {
            return m.group(1) + "|true";
        }
        if ((m = Pattern.compile("(?i)^\\$null -ne " + v + "$").matcher(condition)).matches()) {
            return m.group(1) + "|notNull";
        }
        m = Pattern.compile("(?i)^\\$" + Pattern.quote(x) + "\\.ContainsKey\\(['\"](\\w+)['\"]\\) -or \\$null -ne " + v + "$")
                .matcher(condition);
        return m.matches() && m.group(1).equalsIgnoreCase(m.group(2)) ? m.group(1) + "|given" : null;
    }

    /** The leaf of {@code $x.X} (perhaps re-formatted as a date) under a test ({@code |true}…), or null. */
    private static String leaf(String x, String value, String test) {
        Matcher m = Pattern.compile("(?i)^\\$" + Pattern.quote(x) + "\\.(\\w+)(?<utc>\\.ToUniversalTime\\(\\))?"
                + "(?:\\.ToString\\((?<f>\"[^\"]+\"|'[^']+')\\))?$").matcher(value);
        if (!m.matches() || m.group("utc") != null && m.group("f") == null) {
            return null;
        }
        String f = m.group("f") == null ? null : m.group("f").substring(1, m.group("f").length() - 1);
        String date = f == null ? "" : m.group("utc") != null ? "|utc|" + ClockDates.javaPattern(f)
                : f.equals("o") || f.equals("O") ? "|o" : null;
        return date == null ? null : "{0." + m.group(1) + test + date + "}";
    }

    /** The property a leaf names. */
    private static String property(String leaf) {
        return leaf.substring(3).replaceFirst("[|}].*", "");
    }

    /**
     * The statements of a block's text, as written: lines and {@code ;}-separated
     * statements, a statement running on to the brace or parenthesis that closes what it opens.
     */
    static List<String> statements(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '(' || c == '\'' || c == '"') {
                int end = c == '\'' || c == '"' ? text.indexOf(c, i + 1) + 1 : PsText.close(text, i);
                end = end <= i ? text.length() : end;
                cur.append(text, i, end);
                i = end - 1;
            } else if (c == '\n' || c == ';') {
                String rest = text.substring(i + 1).stripLeading();
                if (c == '\n' && rest.regionMatches(true, 0, "else", 0, 4) && cur.toString().strip().endsWith("}")) {
                    cur.append(' '); // } else {: one statement
                    continue;
                }
                add(out, cur);
            } else {
                cur.append(c);
            }
        }
        add(out, cur);
        return out;
    }

    private static void add(List<String> out, StringBuilder cur) {
        String s = cur.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        cur.setLength(0);
    }
}
