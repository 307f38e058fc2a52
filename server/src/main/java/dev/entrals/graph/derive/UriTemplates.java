package dev.entrals.graph.derive;

import dev.entrals.graph.RequestEntry.QueryPart;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URLs a function builds for {@code Invoke-GraphRequest}, read statically: every string assigned to the URI
 * ({@code $params["Uri"] =} or {@code +=}, {@code $uri =}, {@code Uri = …} in a hashtable, {@code -Uri …}) expanded
 * with the function's variables ({@code $baseUri}, a variable holding {@code $select=…}, {@code $f = '$' + 'Filter'})
 * and its parameters as {@code {Param}}; the value a parameter's own {@code if} block computes ({@code $TmpValue}) is
 * that parameter. The paths are the expanded strings before {@code ?}; the query options come from after it and
 * from appended {@code &…} strings. The expressions themselves are expanded by {@link UriExpressions}.
 */
final class UriTemplates {

    /** One URI string read: expanded, whether appended, where, and the parameter whose block it is in. */
    private record Piece(String text, boolean append, int offset, String param, String onlySet) {
    }

    /** A case of {@code switch ($PSCmdlet.ParameterSetName)}: the code in [start, end) runs for that set only. */
    private record SetCase(String set, int start, int end) {
    }

    private static final Pattern TARGET = Pattern.compile("(?im)(?:\\$params\\[[\"']Uri[\"']]|\\$params\\.Uri"
            + "|\\$(?!base(?:Uri|Url)\\b)(\\w*(?:uri|url)\\w*)|^\\s*Uri)\\s*(\\+?=)\\s*(.+?)\\s*$");
    private static final Pattern URI_ARG = Pattern.compile("(?i)Invoke-(?:Mg)?GraphRequest\\b[^\\n]*?-Uri\\s+(\"[^\"]*\""
            + "|'(?:[^']|'')*'|\\$\\w+)");
    private static final Pattern SET_SWITCH = Pattern.compile("(?i)switch\\s*\\(\\s*\\$PSCmdlet\\.ParameterSetName\\s*\\)\\s*\\{");
    private static final Pattern SET_IF = Pattern.compile(
            "(?i)\\bif\\s*\\(\\s*\\$PSCmdlet\\.ParameterSetName\\s+-eq\\s+[\"'](\\w+)[\"']\\s*\\)\\s*\\{");
    private static final Pattern CASE = Pattern.compile("(?m)^\\s*[\"']?(\\w+)[\"']?\\s*\\{");
    /** Stands in the path for the value of a loop over a constant list ({@link #loop}). */
    static final String EACH = dev.entrals.graph.RequestEntry.SetRequest.EACH;
    static final String SELECT = "\u0001select\u0001";
    static final String LIST = "\u0002";
    static final String LOOKUP_NOTE = "the module first looks the user up by $filter (id or userPrincipalName) and"
            + " sends the id it finds; the plan sends the argument in the path, which Graph resolves alike";

    private final FunctionCode fn;
    private final String p;
    private final List<PsText.IfBlock> blocks;
    private final List<Piece> pieces = new ArrayList<>();
    private final StringBuilder unresolved = new StringBuilder();
    private final List<SetCase> cases = new ArrayList<>();
    private final UriExpressions ex;

    UriTemplates(FunctionCode fn, String process) {
        this(fn, process, null);
    }

    /**
     * The URLs, with {@code $loopVariable} (the variable of a loop over a constant list, or null) standing for each
     * value as {@link #EACH}.
     */
    UriTemplates(FunctionCode fn, String process, String loopVariable) {
        this.fn = fn;
        this.p = process;
        this.blocks = PsText.ifBlocks(process);
        this.ex = new UriExpressions(fn, process, blocks, loopVariable);
        Matcher setIf = SET_IF.matcher(process);
        while (setIf.find()) {
            int open = setIf.end() - 1;
            cases.add(new SetCase(setIf.group(1), open, PsText.close(process, open)));
        }
        Matcher sw = SET_SWITCH.matcher(process);
        while (sw.find()) {
            int open = sw.end() - 1;
            int end = PsText.close(process, open) - 1;
            Matcher c = CASE.matcher(process).region(open + 1, end);
            while (c.find()) {
                int caseOpen = c.end() - 1;
                int caseEnd = PsText.close(process, caseOpen);
                cases.add(new SetCase(c.group(1), caseOpen, caseEnd));
                c.region(Math.min(caseEnd, end), end);
            }
        }
        Matcher m = TARGET.matcher(process);
        while (m.find()) {
            String var = m.group(1);
            if (var != null && m.group(2).equals("=") && !m.group(3).startsWith("\"") && !m.group(3).startsWith("'")
                    && !m.group(3).startsWith("$baseUri") && !m.group(3).startsWith("\"$")) {
                continue; // $uri = $response...: not a URI the code builds
            }
            add(m.group(3), m.group(2).equals("+="), m.start());
        }
        Matcher a = URI_ARG.matcher(process);
        while (a.find()) {
            if (a.group(1).startsWith("\"") || a.group(1).startsWith("'")) {
                add(a.group(1), false, a.start());
            }
        }
        UriSources.read(process).forEach(s -> add(s.rhs(), s.append(), s.offset()));
    }

    private void add(String rhs, boolean append, int offset) {
        if (rhs.contains("nextLink") || rhs.contains(".Replace(") || rhs.startsWith("if")) {
            return;
        }
        PsText.IfBlock b = Assignments.innermost(blocks, offset);
        String param = b == null ? null : Assignments.boundParam(b.condition(), fn);
        if (b != null && !Assignments.isBoundTest(b.condition()) && !SET_IF.matcher("if (" + b.condition() + ") {")
                .lookingAt()) {
            if ((param == null ? b.condition().matches("(?i)\\s*\\$\\w*top\\w*\\s+-gt\\s+999\\s*")
                    : param.matches("Top|PageSize")) && rhs.contains("$top=")) {
                return; // the cap on $top: the plan's paging takes the smaller of -Top and -PageSize, at most 999
            }
            String note = param == null ? dev.entrals.graph.RequestEntry.SetRequest.VALUE_BRANCH_ANY
                    : String.format(dev.entrals.graph.RequestEntry.SetRequest.VALUE_BRANCH, param);
            ex.note(note);
            return;
        }
        String text = ex.expand(rhs.replaceAll("\\s*;\\s*$", ""), b, param, offset, 0);
        if (text == null) {
            if (unresolved.length() == 0) {
                unresolved.append(" (").append(rhs.strip()).append(')');
            }
            return;
        }
        text = text.replace(Assignments.ENDPOINT, "");
        if (!append && !text.equals(text.strip()) || text.matches("(v1\\.0|beta)/.*")) {
            String meant = text.strip().startsWith("/") ? text.strip() : "/" + text.strip();
            String note = "the module's URL '" + text + "' is malformed; the request sends '" + meant
                    + "', which it evidently means";
            ex.note(note);
            text = meant;
        }
        String onlySet = cases.stream().filter(c -> offset >= c.start() && offset < c.end()).map(SetCase::set)
                .findFirst().orElse(null);
        pieces.add(new Piece(text, append, offset, param, onlySet));
    }

    /** The template of a local variable's value at an offset ({@code $QueryFilter}), or null when not read. */
    String valueOf(String variable, int offset) {
        return ex.variable(variable, Assignments.innermost(blocks, offset), null, offset, 0);
    }

    /** The distinct paths (before {@code ?}) of the full URIs the code assigns. */
    List<String> paths() {
        return paths(null);
    }

    /** The distinct paths of the URIs the code assigns for a set (every set when null). */
    private List<String> paths(String set) {
        List<String> out = new ArrayList<>();
        Piece base = null;
        for (Piece piece : pieces) {
            if (set != null && piece.onlySet() != null && !piece.onlySet().equalsIgnoreCase(set)) {
                continue;
            }
            String path = piece.text().split("\\?", 2)[0];
            if (!piece.append() && path.matches("/(v1\\.0|beta)/.*") && !out.contains(path)) {
                out.add(path);
            }
            if (!piece.append()) {
                base = piece;
            } else if (base != null && !piece.text().startsWith("?") && !piece.text().startsWith("&")
                    && !base.text().contains("?") && !piece.text().contains("?")) {
                String extended = (base.text() + piece.text()).replaceAll("(?<!:)//", "/");
                if (extended.matches("/(v1\\.0|beta)/.*") && !out.contains(extended)) {
                    out.add(extended); // $params["Uri"] += $Id: the path goes on
                }
            }
        }
        return out;
    }

    /** The path for a set: all identifiers bound there, the most mandatory ones first, then code order. */
    String pathFor(String set) {
        String best = pathFor(set, true);
        return best != null ? best : pathFor(set, false);
    }

    private String pathFor(String set, boolean mandatoryOnly) {
        String best = null;
        int bestScore = -1;
        for (String path : paths(set)) {
            List<String> ids = ids(path);
            if (!ids.stream().allMatch(id -> (!mandatoryOnly || fn.mandatoryIn(id, set)) && fn.inSet(id, set))) {
                continue;
            }
            if (ids.size() > bestScore) {
                best = path;
                bestScore = ids.size();
            }
        }
        return best;
    }

    boolean isItem(String path, String set) {
        return path.endsWith("}") && !path.endsWith(EACH);
    }

    static List<String> ids(String path) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(path); // not {TenantId|@TenantId}: it has a fallback
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The query options for a set, in the order the code writes them. */
    List<QueryPart> query(String set) {
        Map<String, QueryPart> parts = new LinkedHashMap<>();
        Map<String, Integer> order = new LinkedHashMap<>();
        List<List<String>> together = new ArrayList<>();
        boolean capped = p.contains("$top=999");
        String path = pathFor(set);
        for (Piece piece : pieces) {
            if (piece.onlySet() != null && !piece.onlySet().equalsIgnoreCase(set)) {
                continue;
            }
            String q = piece.append() ? piece.text().replaceFirst("^[?&]", "")
                    : piece.text().contains("?") ? piece.text().split("\\?", 2)[1] : "";
            int i = 0;
            List<String> inPiece = new ArrayList<>();
            together.add(inPiece);
            for (String option : q.split("&")) {
                i++;
                for (QueryPart part : parts(option, piece.param(), capped)) {
                    if (part.param() != null && !fn.inSet(part.param(), set)) {
                        continue;
                    }
                    if (part.param() == null && !part.option().equals("$select") && (piece.append()
                            || !piece.text().split("\\?", 2)[0].equals(path))) {
                        continue; // a constant option counts only in the URL the set sends
                    }
                    String key = part.option() + "\u0000" + part.param();
                    parts.putIfAbsent(key, part);
                    order.merge(key, piece.offset() * 100 + i, Math::min);
                    inPiece.add(key);
                }
            }
        }
        List<String> keys = new ArrayList<>(parts.keySet());
        keys.sort(Comparator.comparing(order::get));
        // where one string writes two options, its order wins over where each is first written
        for (int pass = 0; pass < keys.size(); pass++) {
            for (int i = 0; i + 1 < keys.size(); i++) {
                String a = keys.get(i);
                String b = keys.get(i + 1);
                if (together.stream().anyMatch(l -> l.contains(a) && l.contains(b) && l.indexOf(b) < l.indexOf(a))) {
                    keys.set(i, b);
                    keys.set(i + 1, a);
                }
            }
        }
        return keys.stream().map(parts::get).toList();
    }

    private List<QueryPart> parts(String option, String blockParam, boolean capped) {
        Matcher list = Pattern.compile("(\\$\\w+)=" + LIST + "(\\w+)" + LIST).matcher(option);
        if (!list.matches()) {
            QueryPart one = part(option, blockParam, capped);
            return one == null ? List.of() : List.of(one);
        }
        List<QueryPart> out = new ArrayList<>();
        Matcher push = Pattern.compile("(?im)\\$" + list.group(2) + "\\s*\\+=\\s*(.+?)\\s*$").matcher(p);
        while (push.find()) {
            PsText.IfBlock b = Assignments.innermost(blocks, push.start());
            String param = b == null ? null : Assignments.boundParam(b.condition(), fn);
            if (param == null || !Assignments.isBoundTest(b.condition())) {
                continue;
            }
            String value = ex.expand(push.group(1), b, param, push.start(), 0);
            if (value == null) { // a local set per branch on the parameter's value (-EnabledFilter)
                value = ShortcutLocals.branched(push.group(1), b.body(), fn);
            }
            if (value == null) {
                String note = "-" + param + " adds to " + list.group(1) + " a value not read; not sent";
                ex.note(note);
                continue;
            }
            QueryPart one = part(list.group(1) + "=" + value, param, capped);
            if (one != null) {
                out.add(one);
            }
        }
        return out;
    }

    private QueryPart part(String option, String blockParam, boolean capped) {
        if (option.equals(SELECT)) {
            return new QueryPart("$select", fn.parameter("Property").isPresent() ? "Property" : null, null,
                    ex.selectDefault, null);
        }
        int eq = option.indexOf('=');
        if (eq < 1 || !option.startsWith("$")) {
            return null;
        }
        String name = option.substring(0, eq).toLowerCase(Locale.ROOT);
        String value = option.substring(eq + 1);
        List<String> ids = ids(value).stream().distinct().toList();
        if (name.equals("$top") && value.equals("999") && fn.parameter("Top").isPresent()) {
            return null; // the cap branch
        }
        if (name.equals("$select") && ids.isEmpty()) {
            ex.selectDefault = ex.selectDefault == null ? value : ex.selectDefault;
            return new QueryPart("$select", fn.parameter("Property").isPresent() ? "Property" : null, null,
                    value, null);
        }
        Matcher date = Pattern.compile("\\{(\\w+)\\|daysAgo\\|").matcher(value);
        if (ids.isEmpty() && date.find()) {
            return new QueryPart(name, date.group(1), value.replace("{" + date.group(1) + "|", "{0|"), null, null);
        }
        String param = ids.size() == 1 ? ids.get(0) : ids.isEmpty() ? blockParam : null;
        if (param == null && ids.isEmpty() && !value.isEmpty() && !value.contains(SELECT) && !value.contains(LIST)) {
            return new QueryPart(name, null, null, value, null); // a constant option the code always writes
        }
        if (param == null) {
            return null;
        }
        String template = value.equals("{" + param + "}") ? null : value.replace("{" + param + "}", "{0}");
        if (name.equals("$select")) {
            return new QueryPart("$select", param, template, ex.selectDefault, null);
        }
        Integer cap = name.equals("$top") && capped ? 999 : null;
        return new QueryPart(name, param, template, null, cap);
    }

    List<String> notes() { return ex.notes(); }

    /** The path arguments the code maps by value ({@link ValueMaps}). */
    List<dev.entrals.graph.RequestEntry.ValueMap> valueMaps() {
        return ex.valueMaps();
    }

    String unresolved() {
        return unresolved.toString();
    }
}
