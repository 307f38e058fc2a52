package dev.entrals.graph.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expressions a function builds its URLs from, expanded for {@link UriTemplates}: string literals and their
 * {@code $(…)} and {@code $x} parts, {@code '… {0} …' -f $a}, {@code +} joins, and a variable's value (a parameter as
 * {@code {Param}}, {@code $params.X} set from one, a local's assignment, a value map, a date so many days ago, the
 * session's tenant, a {@code -join} of a list, a {@code $select=…} default). What it notes on the way (value maps, an
 * alias used as a variable, a lookup the argument stands for) and the {@code $select} default are kept here.
 */
final class UriExpressions {

    private final FunctionCode fn;
    private final String p;
    private final List<PsText.IfBlock> blocks;
    private final String loopVariable;
    private final List<String> notes = new ArrayList<>();
    private final List<dev.entrals.graph.RequestEntry.ValueMap> maps = new ArrayList<>();
    /** The default list of {@code $select} where the code writes one, the first read. */
    String selectDefault;

    UriExpressions(FunctionCode fn, String p, List<PsText.IfBlock> blocks, String loopVariable) {
        this.fn = fn;
        this.p = p;
        this.blocks = blocks;
        this.loopVariable = loopVariable;
    }

    /** The expression with variables resolved, or null. */
    String expand(String expr, PsText.IfBlock block, String param, int offset, int depth) {
        if (depth > 4) {
            return null;
        }
        String bare = expr.strip();
        if (bare.startsWith("(") && PsText.close(bare, 0) == bare.length()) {
            bare = bare.substring(1, bare.length() - 1).strip(); // ("… {0} …" -f $x)
        }
        Matcher format = Pattern.compile("(?s)^(['\"])(.*)\\1\\s+-f\\s+(.+)$").matcher(bare);
        if (format.matches()) {
            String pattern = format.group(1).equals("'") ? format.group(2)
                    : inside(format.group(2), block, param, offset, depth);
            String[] args = format.group(3).split("\\s*,\\s*");
            for (int i = 0; pattern != null && i < args.length; i++) {
                String arg = expand(args[i], block, param, offset, depth + 1);
                pattern = arg == null ? null : pattern.replace("{" + i + "}", arg);
            }
            return pattern;
        }
        StringBuilder out = new StringBuilder();
        for (String piece : expr.split("\\s\\+\\s")) {
            String s = piece.trim();
            if (s.startsWith("(") && s.endsWith(")")) {
                s = s.substring(1, s.length() - 1).trim();
            }
            String v;
            if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
                v = s.substring(1, s.length() - 1).replace("''", "'");
            } else if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
                v = inside(s.substring(1, s.length() - 1), block, param, offset, depth);
            } else if (s.matches("\\$[\\w.\\[\\]\"']+")) {
                v = variable(s.substring(1), block, param, offset, depth);
            } else {
                v = null;
            }
            if (v == null) {
                return null;
            }
            out.append(v);
        }
        return out.toString();
    }

    private String inside(String s, PsText.IfBlock block, String param, int offset, int depth) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("`(.)|\\$\\(([^()]*)\\)|\\$\\{(\\w+)}|\\$(\\w+)").matcher(s);
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start());
            last = m.end();
            String v = m.group(1) != null ? m.group(1)
                    : variable(m.group(2) != null ? m.group(2).trim().replaceFirst("^\\$", "")
                    : m.group(3) != null ? m.group(3) : m.group(4), block, param, offset, depth);
            if (v == null) {
                return null;
            }
            out.append(v);
        }
        return out.append(s.substring(last)).toString();
    }

    /** A variable's value: a parameter, a {@code $params.X} set from one, or a local assignment. */
    String variable(String name, PsText.IfBlock block, String param, int offset, int depth) {
        Matcher key = Pattern.compile("(?i)params(?:\\.(\\w+)|\\[[\"'](\\w+)[\"']])").matcher(name);
        if (key.matches()) {
            String k = key.group(1) != null ? key.group(1) : key.group(2);
            Matcher from = Pattern.compile("(?i)\\$params\\[[\"']" + k + "[\"']]\\s*=\\s*\\$PSBoundParameters\\[[\"'](\\w+)")
                    .matcher(p);
            if (from.find()) {
                return "{" + fn.canonical(from.group(1)) + "}";
            }
            ValueMaps.Keyed keyed = ValueMaps.ofKey(p, k, fn); // $params["Type"] = $Type, then mapped by its value
            return keyed == null ? null : map(keyed);
        }
        if (!name.matches("\\w+")) {
            return null;
        }
        if (name.equalsIgnoreCase(loopVariable)) {
            return UriTemplates.EACH;
        }
        if (name.equalsIgnoreCase("TmpValue") && param != null) {
            return "{" + param + "}";
        }
        if (name.equalsIgnoreCase("rootUri") || name.equalsIgnoreCase("graphEndpoint")) {
            return Assignments.ENDPOINT;
        }
        String rhs = LocalValues.value(p, blocks, name, block, offset);
        ValueMaps.Keyed looked = ValueMaps.ofLookup(p, rhs, 0, fn); // $t = if ($map.ContainsKey($T)) { $map[$T] } …
        if (looked != null) {
            return map(looked);
        }
        String date = rhs == null ? null : ClockDates.daysAgo(rhs, fn);
        if (date != null) {
            note(ClockDates.NOTE);
            return date;
        }
        if (rhs != null && rhs.matches("\\$\\w+\\.value\\[0]\\.id") && fn.parameter(name).isPresent()
                && p.contains("userPrincipalName eq")) {
            // $UserId = $userLookup.value[0].id after a lookup by id or user principal name: Graph resolves either
            // in /users/{…}, so the argument itself stands there
            note(UriTemplates.LOOKUP_NOTE);
            return "{" + fn.canonical(name) + "}";
        }
        if (rhs != null && Assignments.isSessionTenant(rhs)) {
            // $TenantID = (Get-EntraContext).TenantId when -TenantId is not given: the argument, else the session's
            return fn.parameter(name).isPresent() ? "{" + fn.canonical(name) + "|" + Assignments.SESSION + "}"
                    : "{" + Assignments.SESSION + "}";
        }
        Matcher join = rhs == null ? null : Pattern.compile("(?i)\\$(\\w+)\\s+-join\\s+'([^']*)'").matcher(rhs);
        if (join != null && join.matches()) {
            return UriTemplates.LIST + join.group(1) + UriTemplates.LIST;
        }
        if (rhs != null) {
            Matcher esc = Pattern.compile("(?i)\\[(?:System\\.)?(?:uri|Web\\.HttpUtility)]::(?:EscapeDataString|UrlEncode)"
                    + "\\(\\s*(.+?)\\s*\\)").matcher(rhs);
            if (esc.matches()) {
                rhs = esc.group(1);
            }
            String d = Assignments.directParam(rhs, fn);
            if (d != null) {
                return "{" + d + "}";
            }
            if (rhs.startsWith("'$select=") || rhs.startsWith("\"`$select=")) {
                String sel = expand(rhs, block, param, offset, depth + 1);
                if (sel != null && sel.matches("[^{\u0001\u0002]*") && selectDefault == null) {
                    selectDefault = sel.substring("$select=".length());
                }
                return UriTemplates.SELECT;
            }
            PsText.IfBlock b = Assignments.innermost(blocks, p.indexOf(rhs));
            String bp = b == null ? param : Assignments.boundParam(b.condition(), fn);
            return expand(rhs, b, bp == null ? param : bp, offset, depth + 1);
        }
        if (fn.parameter(name).isEmpty() && fn.aliasOf(name).isPresent()) {
            String meant = fn.aliasOf(name).get();
            note("$" + name + " is an alias of -" + meant + ", which PowerShell does not set as a variable: the module's"
                    + " URL has an empty segment there; the request sends -" + meant + ", which it evidently means");
            return "{" + meant + "}";
        }
        return fn.parameter(name).isPresent() ? "{" + fn.canonical(name) + "}" : null;
    }

    /** Keeps the map of a path argument; the argument's place in the path. */
    private String map(ValueMaps.Keyed keyed) {
        if (keyed.map() != null && maps.stream().noneMatch(x -> x.param().equals(keyed.param()))) {
            maps.add(keyed.map());
            note(ValueMaps.note(keyed.map()));
        }
        return "{" + keyed.param() + "}";
    }

    void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    List<String> notes() {
        return notes;
    }

    List<dev.entrals.graph.RequestEntry.ValueMap> valueMaps() {
        return maps;
    }
}
