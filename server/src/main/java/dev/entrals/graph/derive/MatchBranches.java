package dev.entrals.graph.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.entrals.graph.RequestEntry.QueryPart;
import dev.entrals.graph.RequestEntry.SetRequest;

/**
 * A URL the code builds in two forms by whether an argument's value matches a pattern:
 * <pre>
 * if ($UserId -match '^…@…$') {                 # a user principal name
 *     $UserId = [uri]::EscapeDataString($UserId)
 *     $Filter = "UserPrincipalName eq '$UserId'"
 *     $params["Uri"] += "&amp;$f=$Filter"           # the collection, filtered
 *     $upnPresent = $true
 * } else {
 *     $params["Uri"] = "$baseUri/$($UserId)?$properties"   # the object by id
 * }
 * …
 * if ($upnPresent -and ($null -eq $response.value -or $response.value.Count -eq 0)) { Write-Error "…" }
 * </pre>
 * Each set whose path holds the argument becomes two: the item's request when the value does not match
 * ({@code when} {@code !Arg~pattern}), and the collection's, with the filter the branch appends, when it matches; the
 * error the code writes when the filtered reply has no object is that set's {@code none}. A branch of another shape
 * keeps the table's note that it is not read ({@link SetRequest#VALUE_BRANCH}).
 */
final class MatchBranches {

    private static final Pattern MATCH_IF = Pattern.compile(
            "(?i)\\bif\\s*\\(\\s*\\$(\\w+)\\s+-match\\s+'([^']+)'\\s*\\)\\s*\\{");
    private static final Pattern APPEND = Pattern.compile("(?i)\\$params\\[[\"']Uri[\"']]\\s*\\+=\\s*\"([^\"]*)\"");
    private static final Pattern ASSIGN_URI = Pattern.compile("(?i)\\$params\\[[\"']Uri[\"']]\\s*=\\s*\"");
    private static final Pattern FLAG = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*\\$true\\b");
    private static final Pattern TOKEN = Pattern.compile("`\\$|\\$(\\w+)");

    private MatchBranches() {
    }

    /**
     * The sets with each set whose path holds the branch's argument split in two (see the class); the sets as they
     * are when the code has no such branch.
     */
    static List<SetRequest> split(List<SetRequest> sets, FunctionCode fn, String p, UriTemplates uris) {
        Matcher m = MATCH_IF.matcher(p);
        if (!m.find()) {
            return sets;
        }
        String param = param(m.group(1), fn, p.substring(0, m.start()));
        String pattern = m.group(2);
        int open = m.end() - 1;
        int close = PsText.close(p, open);
        if (param == null || pattern.contains("|") || pattern.contains("&") || close <= open) {
            return sets; // a pattern the conditions of the table cannot hold: the note stays
        }
        String body = p.substring(open, close);
        Matcher otherwise = Pattern.compile("(?is)\\A\\s*else\\s*\\{").matcher(p.substring(close));
        Matcher append = APPEND.matcher(body);
        if (!otherwise.find() || !append.find() || APPEND.matcher(body).results().count() != 1
                || !ASSIGN_URI.matcher(p.substring(close, PsText.close(p, close + otherwise.end() - 1))).find()) {
            return sets;
        }
        String appended = expand(append.group(1), uris, open + append.start());
        Matcher option = appended == null ? null : Pattern.compile("^[&?](\\$\\w+)=(.*)$").matcher(appended);
        if (option == null || !option.matches() || !option.group(2).contains("{" + param + "}")) {
            return sets;
        }
        QueryPart filter = new QueryPart(option.group(1).toLowerCase(java.util.Locale.ROOT), param,
                option.group(2).replace("{" + param + "}", "{0}"), null, null);
        String none = none(body, p.substring(close), param, m.group(1));
        String line = fn.source(fn.processOffset() + m.start());
        String note = "the module sends the GET in one of two forms, by whether -" + param + " matches " + pattern
                + " (" + line + "): the collection filtered by " + option.group(2).replace("{" + param + "}",
                "<-" + param + ">") + " when it does, else the object by its id; the plan sends the one the arguments"
                + " choose";
        String branchNote = String.format(SetRequest.VALUE_BRANCH, param);
        List<SetRequest> out = new ArrayList<>();
        for (SetRequest s : sets) {
            List<String> notes = new ArrayList<>(s.notes());
            notes.remove(branchNote);
            if (s.method() == null || !s.path().contains("{" + param + "}")) {
                out.add(s.withNotes(notes)); // the argument is not in this set's path: the branch is not its concern
                continue;
            }
            String collection = collection(s.path(), param, uris);
            if (collection == null || s.when() != null && s.when().contains("|")) {
                out.add(s); // not split: the note that the branch is not read stays
                continue;
            }
            notes.add(note);
            out.add(form(s, notes, and(s.when(), "!" + param + "~" + pattern), s.path(), s.query(), s.paged(), null));
            List<QueryPart> query = new ArrayList<>(s.query());
            query.add(filter);
            out.add(form(s, notes, and(s.when(), param + "~" + pattern), collection, query, false, none));
        }
        return out;
    }

    /** The parameter the variable is, or the one it is copied from ({@code $UserId = $PSBoundParameters["UserId"]}). */
    private static String param(String variable, FunctionCode fn, String before) {
        Matcher copy = Pattern.compile("(?i)\\$" + Pattern.quote(variable)
                + "\\s*=\\s*\\$PSBoundParameters\\[[\"'](\\w+)[\"']]").matcher(before);
        String name = null;
        while (copy.find()) {
            name = copy.group(1);
        }
        if (name == null && fn.parameter(variable).isPresent()) {
            name = variable;
        }
        return name == null || fn.parameter(name).isEmpty() ? null : fn.canonical(name);
    }

    /** The appended string with its variables expanded as {@link UriTemplates} expands them there; null if not read. */
    private static String expand(String text, UriTemplates uris, int offset) {
        StringBuilder out = new StringBuilder();
        Matcher t = TOKEN.matcher(text);
        int last = 0;
        while (t.find()) {
            out.append(text, last, t.start());
            last = t.end();
            String v = t.group(1) == null ? "$" : uris.valueOf(t.group(1), offset);
            if (v == null) {
                return null;
            }
            out.append(v);
        }
        return out.append(text.substring(last)).toString();
    }

    /**
     * The error the code writes after the request when the branch's flag is set and the reply has no object, its
     * variables as the argument ({@code {Param}}); null when it writes none.
     */
    private static String none(String body, String after, String param, String variable) {
        Matcher flag = FLAG.matcher(body);
        if (!flag.find()) {
            return null;
        }
        Matcher error = Pattern.compile("(?is)\\bif\\s*\\(\\s*\\$" + flag.group(1) + "\\s+-and\\s*\\(\\s*\\$null\\s+-eq"
                + "\\s+\\$\\w+\\.value\\s+-or\\s+\\$\\w+\\.value\\.Count\\s+-eq\\s+0\\s*\\)\\s*\\)\\s*\\{\\s*"
                + "Write-Error\\s+\"([^\"]*)\"").matcher(after);
        if (!error.find()) {
            return null;
        }
        return error.group(1).lines().map(String::strip).filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + "\n" + b).orElse("")
                .replaceAll("(?i)\\$" + Pattern.quote(variable) + "\\b", "{" + param + "}");
    }

    /** The collection's path the code starts from: the item's path without the argument's segment. */
    private static String collection(String item, String param, UriTemplates uris) {
        String parent = item.replace("/{" + param + "}", "");
        return uris.paths().stream().filter(x -> !x.contains("{") && (x.equals(parent) || x.equals(parent + "/")))
                .findFirst().orElse(null);
    }

    private static String and(String when, String term) {
        return when == null ? term : when + "&" + term;
    }

    /** One form of the set: its request with these notes, condition, path, query, paging and error when empty. */
    private static SetRequest form(SetRequest s, List<String> notes, String when, String path,
                                   List<QueryPart> query, boolean paged, String none) {
        return new SetRequest(s.set(), s.method(), path, query, s.headers(), s.body(), paged, notes, s.each(),
                s.pagesAll(), s.valueMaps(), s.lookups(), when, s.perObject(), none);
    }
}
