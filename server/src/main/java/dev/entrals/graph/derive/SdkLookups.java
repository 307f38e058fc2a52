package dev.entrals.graph.derive;

import dev.entrals.graph.BodyPart;
import dev.entrals.graph.RequestEntry.LookupPart;
import dev.entrals.graph.RequestEntry.SetRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Graph SDK read whose object's id the function passes to its SDK write: {@code $params["OrganizationId"] =
 * (Get-MgBetaDirectoryOnPremiseSynchronization).Id}, {@code (Get-MgDomainFederationConfiguration -DomainId $Id).Id}.
 * The read is a lookup of the set ({@link LookupPart}: the read cmdlet's route, its item path when its identifiers
 * are the function's arguments, else its collection, whose first object the SDK's {@code .Id} then names), and the
 * SDK parameter it fills takes {@code {@N.id}} ({@code {@N.value[0].id}} from a collection). Where the code assigns
 * the same SDK parameter from an argument when that is given ({@code $params["OrganizationId"] =
 * $PSBoundParameters["TenantId"]} beside the lookup under {@code IsNullOrWhiteSpace($TenantId)}), the value is
 * {@code {TenantId|@N.id}} and the lookup is sent only without the argument. A lookup may also be written in two
 * statements ({@code $v = Get-MgX -XId $TenantId -ErrorAction SilentlyContinue -ErrorVariable er} and later
 * {@code $v = $v.Id}); where the other branch of an {@code if} on that argument sets the local from a lookup without
 * it, each lookup is a step under its own condition ({@code when TenantId}, {@code when !TenantId}) and the value is
 * {@code {@2.id|@1.value[0].id}}: the id of the one sent.
 */
final class SdkLookups {

    private static final Pattern LOOKUP = Pattern.compile("(?i)\\(\\s*(Get-Mg(?!(?:Beta)?Organization\\b)"
            + "[A-Za-z0-9]+)([^()\\n]*)\\)\\.Id\\b");
    /** {@code $v = Get-MgX …} on a line of its own: a lookup when the code later takes {@code $v = $v.Id}. */
    private static final Pattern SPLIT = Pattern.compile("(?im)^[ \\t]*\\$(\\w+)\\s*=\\s*(Get-Mg(?!(?:Beta)?"
            + "Organization\\b)[A-Za-z0-9]+)([^\\n]*)$");
    /** A path's or body's value that is either of two lookups' ({@code {@2|@1}}, after {@link #apply}). */
    private static final Pattern EITHER = Pattern.compile("\\{@(\\d+)\\|@(\\d+)}");
    private static final Pattern ARG = Pattern.compile("-(\\w+)\\s+(\\$PSBoundParameters\\[[\"']\\w+[\"']]|\\$\\w+)");

    /**
     * One lookup.
     *
     * @param cmdlet the SDK read
     * @param start  where its expression starts in the process text
     * @param end    where it ends
     * @param part   the lookup as the table holds it (without {@code unless}), or null when its route is not known
     * @param capture what the write takes from its reply ({@code id}, {@code value[0].id})
     */
    record Found(String cmdlet, int start, int end, LookupPart part, String capture) {
    }

    private final List<Found> found;

    private SdkLookups(List<Found> found) {
        this.found = found;
    }

    /** The lookups of a function's process text, in source order. */
    static SdkLookups read(String process, MgCatalog catalog, FunctionCode fn) {
        List<Found> out = new ArrayList<>();
        Matcher m = LOOKUP.matcher(process);
        while (m.find()) {
            out.add(found(m.group(1), m.group(2), m.start(), m.end(), catalog, fn));
        }
        Matcher s = SPLIT.matcher(process);
        while (s.find()) {
            if (Pattern.compile("(?i)\\$" + s.group(1) + "\\s*=\\s*\\$" + s.group(1) + "\\.Id\\b").matcher(process)
                    .find(s.end())) {
                out.add(found(s.group(2), s.group(3), s.start(2), s.end(3), catalog, fn));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return new SdkLookups(out);
    }

    private static Found found(String cmdlet, String arguments, int start, int end, MgCatalog catalog,
            FunctionCode fn) {
        MgCatalog.MgRoute route = catalog.route(cmdlet);
        LookupPart part = null;
        String capture = null;
        if (route != null && route.method().equals("GET")) {
            Map<String, String> args = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            Matcher a = ARG.matcher(arguments);
            while (a.find()) {
                String param = Assignments.directParam(a.group(2), fn);
                if (param == null) {
                    param = Assignments.boundParam(a.group(2), fn); // a local copy of the argument ($Id)
                }
                if (param != null) {
                    args.put(a.group(1), param);
                }
            }
            String item = fill(route.item(), args);
            String coll = fill(route.collection(), args);
            if (item != null && route.item().contains("{")) {
                part = new LookupPart("/" + route.version() + item, List.of(), List.of(), null);
                capture = "id";
            } else if (coll != null) {
                part = new LookupPart("/" + route.version() + coll, List.of(), List.of(), null);
                capture = "value[0].id";
            }
        }
        return new Found(cmdlet, start, end, part, capture);
    }

    /** The route's path with each {@code {x-id}} replaced by the argument the call passes for it, or null. */
    private static String fill(String path, Map<String, String> args) {
        if (path == null) {
            return null;
        }
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String param = args.get(MgPaths.sdkName(m.group(1)));
            if (param == null) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement("{" + param + "}"));
        }
        return m.appendTail(out).toString();
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Whether an offset of the process text is inside a lookup (that SDK call is not the function's request). */
    boolean covers(int offset) {
        return found.stream().anyMatch(f -> f.start() <= offset && offset < f.end());
    }

    /** Why a lookup cannot be read, or null. */
    String problem() {
        for (Found f : found) {
            if (f.part() == null) {
                return "looks up an object with " + f.cmdlet() + ", whose request (a GET with the identifiers the"
                        + " code passes) is not known; not read";
            }
        }
        return null;
    }

    /**
     * The assignments with each {@code $params["K"] = (Get-MgX …).Id} as the pseudo-parameter {@code @N} (the
     * lookup's value) and, where the code also assigns K from an argument P, {@code P|@N} in its place.
     */
    List<Assignments.Assigned> rewrite(List<Assignments.Assigned> assigned, String process) {
        List<Assignments.Assigned> out = new ArrayList<>(assigned);
        for (int i = 0; i < out.size(); i++) {
            Assignments.Assigned a = out.get(i);
            int lineEnd = process.indexOf('\n', a.offset());
            int at = index(a.offset(), lineEnd < 0 ? process.length() : lineEnd);
            if (at < 0) {
                continue;
            }
            String pseudo = "@" + (at + 1);
            for (Assignments.Assigned other : List.copyOf(out)) {
                if (other != a && other.target().equalsIgnoreCase(a.target()) && other.readable()
                        && other.param() != null && other.template() == null && !other.param().startsWith("@")) {
                    pseudo = other.param() + "|" + pseudo; // the argument when given, else the lookup
                    out.remove(other);
                }
            }
            out.set(out.indexOf(a), new Assignments.Assigned(a.target(), pseudo, null, true, Map.of(), a.offset()));
        }
        return out;
    }

    /**
     * A local the call passes ({@code -OnPremisesDirectorySynchronizationId $OnPremisesDirectorySynchronizationId})
     * that the code sets to a lookup's id ({@code $v = (Get-MgX).Id}), and maybe to an argument in the other branch
     * ({@code $v = $TenantId}), or to a lookup that passes an argument in the other branch of an {@code if} on it
     * ({@code @2|@1}, that lookup first): the pseudo-parameter as in {@link #rewrite}; null when it is not such a local.
     */
    Assignments.Assigned local(String target, String variable, String process, FunctionCode fn) {
        Matcher m = Pattern.compile("(?im)^\\s*\\$" + Pattern.quote(variable) + "\\s*=\\s*(.+?)\\s*$").matcher(process);
        List<Integer> lookups = new ArrayList<>();
        String param = null;
        while (m.find()) {
            int at = index(m.start(1), m.end(1));
            String direct = Assignments.directParam(m.group(1), fn);
            if (at >= 0 && lookups.size() < 2) {
                lookups.add(at);
            } else if (direct != null && param == null) {
                param = direct;
            } else if (!m.group(1).equalsIgnoreCase("$" + variable + ".Id")) { // the second half of a split lookup
                return null; // set from something else too
            }
        }
        if (lookups.isEmpty() || lookups.size() == 2 && param != null) {
            return null;
        }
        String value = "@" + (lookups.get(0) + 1);
        if (lookups.size() == 2) {
            value = either(lookups.get(0), lookups.get(1), process, fn);
            if (value == null) {
                return null;
            }
        }
        return new Assignments.Assigned(target, (param == null ? "" : param + "|") + value, null, true, Map.of(), 0);
    }

    /**
     * {@code @a|@b} for two lookups of one local in the branches of an {@code if} on an argument P: a the one whose
     * path takes P, b the one that takes no argument; null when they are not such a pair.
     */
    private String either(int first, int second, String process, FunctionCode fn) {
        String p1 = argument(first);
        String p2 = argument(second);
        if (p1 != null == (p2 != null) || found.get(first).part() == null || found.get(second).part() == null) {
            return null;
        }
        String param = p1 != null ? p1 : p2;
        PsText.IfBlock block = Assignments.innermost(PsText.ifBlocks(process), found.get(first).start());
        if (block == null || !param.equalsIgnoreCase(Assignments.boundParam(block.condition(), fn))) {
            return null; // not chosen by an if on the argument the lookup passes
        }
        return p1 != null ? "@" + (first + 1) + "|@" + (second + 1) : "@" + (second + 1) + "|@" + (first + 1);
    }

    /** The one argument a lookup's path takes ({@code {TenantId}}), or null. */
    private String argument(int i) {
        LookupPart part = found.get(i).part();
        Matcher p = part == null ? null : Pattern.compile("\\{(\\w+)}").matcher(part.path());
        return p != null && p.find() ? p.group(1) : null;
    }

    private int index(int from, int to) {
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).start() >= from && found.get(i).start() < to) {
                return i;
            }
        }
        return -1;
    }

    /** Whether an assignment's parameter stands for a lookup ({@code @N} or {@code P|@N}). */
    static boolean isLookup(String param) {
        return param != null && param.matches("(?:\\w+\\|)?@\\d+|@\\d+\\|@\\d+");
    }

    /**
     * The set with its lookups: the path's and the body's {@code @N} as the looked-up id, the lookups that are used
     * (with {@code unless} where an argument replaces one, with {@code when} where two lookups are either's), and a
     * note naming each.
     */
    SetRequest apply(SetRequest set) {
        if (set.method() == null || found.isEmpty()) {
            return set;
        }
        String[] unless = new String[found.size()];
        String[] when = new String[found.size()];
        boolean[] used = new boolean[found.size()];
        for (int i = 0; i < found.size(); i++) {
            Matcher p = reference(i + 1).matcher(set.path());
            if (p.find()) {
                used[i] = true;
                unless[i] = p.group(1);
            }
        }
        List<String> values = new ArrayList<>(List.of(set.path()));
        set.body().stream().filter(b -> isLookup(b.param())).forEach(b -> values.add("{" + b.param() + "}"));
        for (String v : values) {
            Matcher e = EITHER.matcher(v);
            while (e.find()) {
                int a = Integer.parseInt(e.group(1)) - 1;
                int b = Integer.parseInt(e.group(2)) - 1;
                used[a] = true;
                used[b] = true;
                when[a] = argument(a);
                when[b] = "!" + when[a];
            }
        }
        for (BodyPart b : set.body()) {
            Matcher r = BODY.matcher(b.param() == null ? "" : b.param());
            if (r.matches()) {
                int n = Integer.parseInt(r.group(2));
                used[n - 1] = true;
                unless[n - 1] = r.group(1);
            }
        }
        int[] number = new int[found.size()];
        List<LookupPart> parts = new ArrayList<>();
        List<String> notes = new ArrayList<>(set.notes());
        for (int i = 0; i < found.size(); i++) {
            if (used[i]) {
                Found f = found.get(i);
                parts.add(new LookupPart(f.part().path(), List.of(), List.of(), unless[i], null, List.of(), when[i]));
                number[i] = parts.size();
                String cond = unless[i] != null ? ", unless -" + unless[i] + " is given" : when[i] == null ? ""
                        : when[i].startsWith("!") ? ", unless -" + when[i].substring(1) + " is given"
                        : ", when -" + when[i] + " is given";
                notes.add(SetRequest.LOOKS_UP + f.cmdlet() + " (" + f.part().path()
                        + ") and sends its " + ("id".equals(f.capture()) ? "id" : "first object's id") + cond);
            }
        }
        String path = resolve(set.path(), number);
        List<BodyPart> body = new ArrayList<>();
        for (BodyPart b : set.body()) {
            body.add(isLookup(b.param()) ? new BodyPart(b.property(), null, resolve("{" + b.param() + "}",
                    number)) : b);
        }
        return new SetRequest(set.set(), set.method(), path, set.query(), set.headers(), body, set.paged(),
                notes, set.each(), set.pagesAll(), set.valueMaps(), parts);
    }

    /** {@code P|@N} or {@code @N}: a body part's lookup, the argument that replaces it and its number. */
    private static final Pattern BODY = Pattern.compile("(?:(\\w+)\\|)?@(\\d+)");

    /** The text with each {@code {P|@N}} and {@code {@a|@b}} as the lookups' values in the plan's numbering. */
    private String resolve(String text, int[] number) {
        Matcher e = EITHER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (e.find()) {
            int a = Integer.parseInt(e.group(1)) - 1;
            int b = Integer.parseInt(e.group(2)) - 1;
            e.appendReplacement(out, Matcher.quoteReplacement("{@" + number[a] + "." + found.get(a).capture() + "|@"
                    + number[b] + "." + found.get(b).capture() + "}"));
        }
        String path = e.appendTail(out).toString();
        for (int i = 0; i < found.size(); i++) {
            Matcher p = reference(i + 1).matcher(path);
            if (p.find()) {
                path = path.replace(p.group(), value(p.group(1), number[i], found.get(i).capture()));
            }
        }
        return path;
    }

    private static Pattern reference(int n) {
        return Pattern.compile("\\{(?:(\\w+)\\|)?@" + n + "}");
    }

    /** {@code {@N.capture}}, or {@code {P|@N.capture}} where argument P replaces the lookup. */
    private static String value(String unless, int n, String capture) {
        return "{" + (unless == null ? "" : unless + "|") + "@" + n + "." + capture + "}";
    }
}
