package dev.entrals.graph.derive;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.entrals.graph.ListEdits;
import dev.entrals.graph.RequestEntry;
import dev.entrals.graph.BodyPart;
import dev.entrals.graph.RequestEntry.LookupPart;
import dev.entrals.graph.RequestEntry.SetRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A write whose body property is the tenant's current list changed with the argument ({@link ListEdits}): the code
 * reads the list through a module function called without arguments ({@code Get-EntraX | ForEach-Object {…}}),
 * appends the argument ({@code $list += $_} for each, {@code Throw} when the key matches, then {@code $list += $new}),
 * replaces the item whose key matches ({@code if (match) { $list += $new; $flag = $false } else { $list += $_ }}) or
 * removes it (the same without {@code $list += $new}), stops with its {@code Throw} when no item matched
 * ({@code if ($flag) { Throw "…" }}), and writes each object through {@code $body.prop += @{…}}. The module function's
 * SDK read is the lookup, its {@code @{…}} per reply item the objects' mapping.
 */
final class ListEditReading {

    private static final String ARG = "(?i)\\$(\\w+)\\s*=\\s*\\$PSBoundParameters\\[[\"'](\\w+)[\"']]";
    private static final Pattern READ = Pattern.compile("(?i)(?<![\\w-])(Get-Entra\\w+)\\s*\\|\\s*ForEach-Object\\s*\\{");
    private static final Pattern THROW = Pattern.compile("(?i)\\bThrow\\s+(?:\\[[\\w.]+]\\s*)?\"([^\"$`]*)\"");

    private ListEditReading() {
    }

    /**
     * What a module function that returns a list reads.
     *
     * @param path    its SDK read's path (the lookup)
     * @param list    the SDK property of the reply's objects that holds the list
     * @param objects the object each item of the list becomes ({@link ListEdits} leaves)
     */
    private record ListRead(String path, String list, ObjectNode objects) {
    }

    /** Why the form is not read (a refusal), or the entry; null when the function is not this form. */
    static RequestEntry read(FunctionCode fn, Function<String, String> functions, MgCatalog catalog, String source,
            String via) {
        String p = fn.process();
        Matcher loop = READ.matcher(p);
        Matcher arg = Pattern.compile(ARG).matcher(p);
        if (!loop.find() || !arg.find() || fn.parameter(arg.group(2)).isEmpty()) {
            return null;
        }
        String reader = loop.group(1);
        String item = arg.group(1);
        String param = fn.canonical(arg.group(2));
        int open = loop.end() - 1;
        int end = PsText.close(p, open);
        String inLoop = p.substring(open + 1, end - 1);
        Matcher cond = Pattern.compile("(?i)\\bif\\s*\\(((?:\\s*\\(\\s*\\$_\\.\\w+\\s+-eq\\s+\\$" + item
                + "\\.\\w+\\s*\\)\\s*(?:-and)?)+)\\)\\s*\\{").matcher(inLoop);
        if (!cond.find()) {
            return refused(fn, source, via, "compares the items of " + reader + " with -" + param + " in a way not read");
        }
        List<String> key = new ArrayList<>();
        Matcher eq = Pattern.compile("(?i)\\$_\\.(\\w+)\\s+-eq\\s+\\$" + item + "\\.(\\w+)").matcher(cond.group(1));
        while (eq.find()) {
            if (!eq.group(1).equalsIgnoreCase(eq.group(2))) {
                return refused(fn, source, via, "compares different properties of the items of " + reader + " and -"
                        + param + "; not read");
            }
            key.add(eq.group(1));
        }
        int thenEnd = PsText.close(inLoop, cond.end() - 1);
        String then = inLoop.substring(cond.end(), thenEnd - 1);
        Matcher elseM = Pattern.compile("^\\s*else\\s*\\{").matcher(inLoop.substring(thenEnd));
        String otherwise = elseM.find() ? inLoop.substring(thenEnd + elseM.end(),
                PsText.close(inLoop, thenEnd + elseM.end() - 1) - 1) : "";
        String before = inLoop.substring(0, cond.start());
        Matcher kept = Pattern.compile("\\$(\\w+)\\s*\\+=\\s*\\$_\\s*$", Pattern.MULTILINE)
                .matcher(before + "\n" + otherwise);
        if (!kept.find()) {
            return refused(fn, source, via, "keeps the items of " + reader + " in a way not read");
        }
        String list = kept.group(1);
        String after = p.substring(end);
        String op;
        String error;
        Matcher thrown = THROW.matcher(then);
        if (before.contains("$" + list) && thrown.find() && Pattern.compile("(?i)\\$" + list + "\\s*\\+=\\s*\\$" + item
                + "\\s*$", Pattern.MULTILINE).matcher(after).find()) {
            op = ListEdits.APPEND;
            error = thrown.group(1);
        } else {
            Matcher flag = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*\\$false").matcher(then);
            Matcher stop = flag.find() ? Pattern.compile("(?i)\\bif\\s*\\(\\s*\\$" + flag.group(1) + "\\s*\\)\\s*\\{\\s*"
                    + THROW.pattern().substring(4)).matcher(after) : null;
            if (stop == null || !stop.find() || !otherwise.contains("$" + list)) {
                return refused(fn, source, via, "changes the list " + reader + " returns in a way not read");
            }
            error = stop.group(1);
            boolean adds = Pattern.compile("(?i)\\$" + list + "\\s*\\+=\\s*\\$" + item + "\\b").matcher(then).find();
            op = adds ? ListEdits.REPLACE : ListEdits.REMOVE;
        }
        Matcher bodyList = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*@\\{\\s*(\\w+)\\s*=\\s*@\\(\\s*\\)\\s*}").matcher(p);
        Matcher writeLoop = Pattern.compile("(?i)\\$" + list + "\\s*\\|\\s*ForEach-Object\\s*\\{").matcher(p);
        if (!bodyList.find() || !writeLoop.find()) {
            return refused(fn, source, via, "writes the list " + reader + " returns in a way not read");
        }
        String writes = p.substring(writeLoop.end(), PsText.close(p, writeLoop.end() - 1) - 1);
        ObjectNode write = mapping(writes, "\\$" + bodyList.group(1) + "\\." + bodyList.group(2));
        String get = functions.apply(reader);
        ListRead lookup = get == null ? null : lookup(reader, get, catalog);
        if (write == null || lookup == null) {
            return refused(fn, source, via, (write == null ? "writes each item of the list" : "reads the list through "
                    + reader + ",") + " in a way not read");
        }
        ObjectNode operation = JsonNodeFactory.instance.objectNode();
        operation.put("list", "{@1.value." + MgPaths.jsonName(lookup.list()) + "}");
        operation.put("op", op);
        key.forEach(operation.withArray("key")::add);
        operation.set("read", lookup.objects());
        operation.set("write", write);
        operation.put("error", error);
        UriTemplates uris = new UriTemplates(fn, p);
        Matcher method = Pattern.compile("(?i)\\[[\"']Method[\"']]\\s*=\\s*[\"'](\\w+)[\"']").matcher(p);
        List<SetRequest> sets = new ArrayList<>();
        for (String set : fn.sets()) {
            String path = uris.pathFor(set);
            if (path == null || !method.find(0)) {
                sets.add(MgDerivation.unsupported(set, "builds its URL in a way not read"));
                continue;
            }
            sets.add(new SetRequest(set, method.group(1).toUpperCase(java.util.Locale.ROOT), path, List.of(),
                    List.of(), List.of(new BodyPart(bodyList.group(2), param, BodyPart.LIST_EDIT, operation)), false,
                    List.of("the module reads the tenant's list first with " + reader + " (" + lookup.path() + ") and"
                            + " writes it back whole " + switch (op) {
                                case ListEdits.APPEND -> "with -" + param + " appended";
                                case ListEdits.REPLACE -> "with -" + param + " in place of the item whose "
                                        + String.join(" and ", key) + " match";
                                default -> "without the item whose " + String.join(" and ", key) + " match -" + param
                                        + "'s";
                            }),
                    List.of(), false, List.of(), List.of(new LookupPart(lookup.path(), List.of(), List.of(),
                    null))));
        }
        return new RequestEntry(fn.name(), fn.module(), source, via, sets, null, List.of());
    }

    /** What the module function {@code name} of a script reads, or null when not read. */
    private static ListRead lookup(String name, String script, MgCatalog catalog) {
        Matcher f = Pattern.compile("(?im)^\\s*function\\s+" + Pattern.quote(name) + "\\s*\\{").matcher(script);
        if (!f.find()) {
            return null;
        }
        String g = script.substring(f.end(), PsText.close(script, f.end() - 1) - 1);
        Matcher sdk = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*(Get-Mg\\w+)\\s+@(\\w+)").matcher(g);
        if (!sdk.find()) {
            return null;
        }
        MgCatalog.MgRoute route = catalog.route(sdk.group(2));
        Map<String, String> args = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Matcher tenant = Pattern.compile("(?i)\\$" + sdk.group(3) + "\\[[\"'](\\w+)[\"']]\\s*=\\s*(\\([^\\n]*?\\)\\.\\w+)")
                .matcher(g);
        while (tenant.find()) {
            if (Assignments.isSessionTenant(tenant.group(2).strip())) {
                args.put(tenant.group(1), Assignments.SESSION);
            }
        }
        if (route == null || !route.method().equals("GET") || route.collection() == null) {
            return null;
        }
        Matcher id = Pattern.compile("\\{([^}]+)}").matcher(route.collection());
        StringBuilder path = new StringBuilder("/" + route.version());
        while (id.find()) {
            String a = args.get(MgPaths.sdkName(id.group(1)));
            if (a == null) {
                return null;
            }
            id.appendReplacement(path, Matcher.quoteReplacement("{" + a + "}"));
        }
        id.appendTail(path);
        Matcher each = Pattern.compile("(?i)\\$" + sdk.group(1) + "\\.(\\w+)\\s*\\|\\s*ForEach-Object\\s*\\{").matcher(g);
        if (!each.find()) {
            return null;
        }
        String inEach = g.substring(each.end(), PsText.close(g, each.end() - 1) - 1);
        // every item when the function is called without arguments: its filter's first case is that none is given
        Matcher all = Pattern.compile("(?i)^\\s*if\\s*\\(\\s*\\(\\s*\\[string]::IsNullOrEmpty\\(\\$\\w+\\)(?:\\s*-and\\s*"
                + "\\[string]::IsNullOrEmpty\\(\\$\\w+\\))*\\s*\\)\\s*-or").matcher(inEach);
        if (!all.find() && inEach.strip().toLowerCase(java.util.Locale.ROOT).startsWith("if")) {
            return null;
        }
        Matcher data = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*@\\{").matcher(inEach);
        if (!data.find()) {
            return null;
        }
        ObjectNode read = mapping(inEach, null);
        if (read == null) {
            return null;
        }
        Matcher set = Pattern.compile("(?i)\\bif\\s*\\(\\s*\\$_\\.(\\w+)\\s*\\)\\s*\\{\\s*\\$" + data.group(1)
                + "\\.(\\w+)\\s*=\\s*\"([^\"$`]*)\"\\s*}").matcher(inEach);
        while (set.find()) {
            String k = set.group(2);
            String name2 = null;
            for (java.util.Iterator<String> it = read.fieldNames(); it.hasNext(); ) {
                String x = it.next();
                name2 = x.equalsIgnoreCase(k) ? x : name2;
            }
            if (name2 == null || !read.get(name2).isTextual() || read.get(name2).asText().startsWith("{")) {
                return null;
            }
            read.put(name2, "{0." + set.group(1) + "|if:" + set.group(3) + ":" + read.get(name2).asText() + "}");
        }
        return new ListRead(path.toString(), each.group(1), read);
    }

    /**
     * The first {@code $x = @{ K = … }} of a loop's text as a {@link ListEdits} mapping, checked to be what
     * {@code into} ({@code $body.prop}) takes when not null; null when an entry is not read.
     */
    private static ObjectNode mapping(String text, String into) {
        Matcher m = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*@\\{").matcher(text);
        if (!m.find() || into != null && !Pattern.compile("(?i)" + into + "\\s*\\+=\\s*\\$" + m.group(1) + "\\b")
                .matcher(text).find()) {
            return null;
        }
        String inside = text.substring(m.end(), PsText.close(text, m.end() - 1) - 1);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String entry : BodyShapes.split(inside, false)) {
            Matcher line = Pattern.compile("^\\s*[\"']?(\\w+)[\"']?\\s*=\\s*(.+?)\\s*;?\\s*$").matcher(entry);
            if (!line.matches()) {
                return null;
            }
            String v = line.group(2);
            Matcher prop = Pattern.compile("\\$_\\.(\\w+)").matcher(v);
            Matcher b64 = Pattern.compile("(?i)\\[(?:System\\.)?convert]::tobase64string\\(\\s*\\$_\\.(\\w+)\\s*\\)")
                    .matcher(v);
            Matcher lit = Pattern.compile("\"([^\"$`{}]*)\"").matcher(v);
            Matcher local = Pattern.compile("\\$(\\w+)").matcher(v);
            if (prop.matches()) {
                out.put(line.group(1), "{0." + prop.group(1) + "}");
            } else if (b64.matches()) {
                out.put(line.group(1), "{0." + b64.group(1) + "|base64}");
            } else if (lit.matches()) {
                out.put(line.group(1), lit.group(1));
            } else if (local.matches() && flag(text, local.group(1)) != null) {
                out.put(line.group(1), flag(text, local.group(1)));
            } else {
                return null;
            }
        }
        return out;
    }

    /** {@code $v = $false; if ("V" -eq $_.P) { $v = $true }} as {@code {0.P|eq:V}}, or null. */
    private static String flag(String text, String local) {
        Matcher m = Pattern.compile("(?i)\\$" + local + "\\s*=\\s*\\$false\\s+if\\s*\\(\\s*\"([^\"$`]*)\"\\s+-eq\\s+"
                + "\\$_\\.(\\w+)\\s*\\)\\s*\\{\\s*\\$" + local + "\\s*=\\s*\\$true\\s*}").matcher(text);
        return m.find() ? "{0." + m.group(2) + "|eq:" + m.group(1) + "}" : null;
    }

    private static RequestEntry refused(FunctionCode fn, String source, String via, String why) {
        return new RequestEntry(fn.name(), fn.module(), source, via, List.of(), "sends a body property it changes in"
                + " place from a list its code reads first, but " + why, List.of());
    }
}
