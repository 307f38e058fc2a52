package dev.entrals.graph.derive;

import dev.entrals.graph.FollowUp;
import dev.entrals.graph.RequestEntry;
import dev.entrals.graph.RequestEntry.SetRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A GET the code sends after its request when that reply has no object with a value, appending the objects of its
 * reply to the result ({@link FollowUp}):
 * <pre>
 * $r = (Invoke-GraphRequest -Uri $URI -Method $Method).value
 * …
 * if (($r.count -eq 0) -or $r.'@odata.type' -notcontains 'microsoft.graph.servicePrincipal') {
 *     $URI = "$baseUri/$($params.GroupId)/owners/microsoft.graph.servicePrincipal?$properties"
 *     $x = Invoke-GraphRequest -Uri $URI -Method $Method
 *     $more += $x.value | ConvertTo-Json -Depth 10 | ConvertFrom-Json
 *     $more | ForEach-Object { … Add-Member -InputObject $_ -MemberType NoteProperty -Name '@odata.type' -Value 'W' -Force }
 *     $data += $more          # $data = @($r)
 * }</pre>
 * The entry is that of the code without the block ({@link #without()}: blanked, lines kept), each GET set followed by
 * the block's request, whose URL is read as the code's other URLs are ({@link UriTemplates}). A block whose request
 * is sent under a further condition or in a loop is not this form: the entry is read without it too, and its note says
 * what the block sends and that a run does not.
 *
 * @param without the function with the block blanked
 * @param block   the function with the block's own {@code if} and the other assignments of its URL variable blanked:
 *                its URL is the one read there
 * @param list    the first reply's list the condition reads
 * @param key     the property compared
 * @param value   the value compared
 * @param stamp   the properties set on each appended object
 * @param source  {@code file:line} of the follow-up's call; for a block not of the form ({@code block} null), its
 *                lines ({@code file:first-last}); for a follow-up by what is left, the lines of its branches
 * @param pages   whether the list is every page of the first request the code follows ({@link FirstList})
 * @param left    null, or the follow-up's option computed from the objects read ({@link LeftBranches})
 */
record FollowUpReading(FunctionCode without, FunctionCode block, String list, String key, String value,
                       Map<String, String> stamp, String source, boolean pages, FollowUp.Left left) {

    private static final Pattern CONDITION = Pattern.compile("(?i)\\bif\\s*\\(\\s*(?:\\(\\s*\\$(\\w+)\\.count\\s+-eq"
            + "\\s+0\\s*\\)\\s*-or\\s+)?\\$(\\w+)\\.(['\"])([^'\"]+)\\3\\s+-notcontains\\s+(['\"])([^'\"]*)\\5\\s*\\)"
            + "\\s*\\{");
    private static final Pattern CALL = CallForms.CALL;
    /** A statement that chooses or repeats: the follow-up's call after one is not sent once, always. */
    private static final Pattern BRANCH = Pattern.compile("(?i)(?<![\\w-])(if|elseif|else|do|while|for|foreach|switch"
            + "|try)\\s*[({]");
    private static final Pattern URI = Pattern.compile("(?i)-Uri\\s+\\$(\\w+)\\b");

    /** The form read in a function, or null when it has none. */
    static FollowUpReading read(FunctionCode code) {
        String p = code.process();
        Matcher c = CONDITION.matcher(p);
        if (!c.find() || c.group(1) != null && !c.group(1).equalsIgnoreCase(c.group(2))) {
            return null;
        }
        String reply = c.group(2);
        int open = c.end() - 1;
        int close = PsText.close(p, open);
        String inside = p.substring(open + 1, close - 1);
        Matcher call = CALL.matcher(inside);
        if (!call.find() || !Pattern.compile("(?i)\\$" + reply + "\\s*=[^=\\n]*\\.value\\b").matcher(p.substring(0,
                c.start())).find()) {
            return null; // the block sends nothing, or its condition is not on a reply's list
        }
        FirstList.Gathered gathered = FirstList.read(p.substring(0, c.start()), reply);
        if (gathered == FirstList.Gathered.NOT || CALL.matcher(p.substring(close)).find()) {
            return unread(code, c, close); // one request (and its pages), its list the reply's value, then the block
        }
        LeftBranches left = LeftBranches.read(inside, reply);
        String body = left == null ? inside : left.blanked(); // by what is left: read as the branch without it
        call = CALL.matcher(body);
        if (!call.find() || call.find(call.end())) {
            return unread(code, c, close);
        }
        call.find(0);
        Matcher sent = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*$").matcher(body.substring(0, call.start()));
        Matcher uri = URI.matcher(call.group(1));
        if (!sent.find() || !uri.find() || BRANCH.matcher(body.substring(0, call.start())).find()) {
            return unread(code, c, close);
        }
        String rest = body.substring(call.end());
        Matcher listed = Pattern.compile("(?i)\\$(\\w+)\\s*\\+?=\\s*\\$" + sent.group(1) + "\\.value\\b").matcher(rest);
        if (!listed.find()) {
            return unread(code, c, close);
        }
        String more = listed.group(1);
        Matcher appended = Pattern.compile("(?i)\\$(\\w+)\\s*\\+=\\s*\\$" + more + "\\b").matcher(rest);
        if (!appended.find() || !appended.group(1).equalsIgnoreCase(reply) && !Pattern.compile("(?i)\\$"
                + appended.group(1) + "\\s*=\\s*@\\(\\s*\\$" + reply + "\\s*\\)").matcher(p.substring(0, c.start()))
                .find()) {
            return unread(code, c, close); // appended to the result read from the first reply
        }
        Map<String, String> stamp = stamps(rest, more);
        int at = code.processOffset();
        String without = blank(code.text(), at + c.start(), at + close);
        String only = blank(blank(code.text(), at + c.start(), at + open + 1), at + close - 1, at + close);
        if (left != null) { // the branch by what is left, and the other's own lines
            only = only.substring(0, at + open + 1) + body + only.substring(at + close - 1);
        }
        Matcher other = Pattern.compile("(?im)^\\s*\\$" + uri.group(1) + "\\s*=[^=\\n].*$").matcher(p);
        while (other.find()) {
            if (other.start() < open || other.start() > close) {
                only = blank(only, at + other.start(), at + other.end()); // the first request's URL
            }
        }
        return new FollowUpReading(new FunctionCode(code.module(), code.file(), code.signature(), without),
                new FunctionCode(code.module(), code.file(), code.signature(), only), "value", c.group(4), c.group(6),
                stamp, left == null ? code.source(at + open + 1 + call.start()) : code.source(at + open + 1 + left.first())
                + "-" + PsText.lineOf(code.text(), at + open + left.last()), gathered == FirstList.Gathered.PAGES,
                left == null ? null : left.left());
    }

    /**
     * A block under the same condition whose requests are not the form (sent under a further condition, in a loop,
     * besides other requests): the entry is read without it and its GET sets say so ({@link #block} null).
     */
    private static FollowUpReading unread(FunctionCode code, Matcher condition, int close) {
        int at = code.processOffset();
        return new FollowUpReading(new FunctionCode(code.module(), code.file(), code.signature(),
                blank(code.text(), at + condition.start(), at + close)), null, "value", condition.group(4),
                condition.group(6), Map.of(), code.source(at + condition.start()) + "-"
                + PsText.lineOf(code.text(), at + close - 1), false, null);
    }

    /**
     * The entry of the code without the block ({@code entry}), each GET set followed by the block's request and
     * saying so in a note; {@code entry} as it is when no set is a GET or the block's URL is not read. A block not
     * of the form ({@link #unread}) leaves each GET set a note saying what the module sends there and that a run here
     * does not.
     */
    RequestEntry attach(RequestEntry entry) {
        if (entry.reason() != null || !entry.via().matches("Invoke-(Mg)?GraphRequest")) {
            return entry;
        }
        if (block == null) {
            String note = "when no object the module read has " + key + " '" + value + "', the module also sends the"
                    + " GETs of " + source + ", chosen there by its arguments and by what it read, and appends their"
                    + " objects to the result; not read: a run here does not send them" + lacksHash("");
            return new RequestEntry(entry.command(), entry.module(), entry.source(), entry.via(), entry.sets().stream()
                    .map(s -> !"GET".equals(s.method()) ? s : s.withNotes(Stream.concat(s.notes().stream(),
                            Stream.of(note)).toList())).toList(), null, entry.columns());
        }
        UriTemplates uris = new UriTemplates(block, block.process());
        List<SetRequest> sets = new ArrayList<>();
        for (SetRequest s : entry.sets()) {
            String path = "GET".equals(s.method()) && (pages || !s.paged()) ? uris.pathFor(s.set()) : null;
            if (path == null) {
                sets.add(s);
                continue;
            }
            List<String> notes = new ArrayList<>(s.notes());
            notes.add("when " + (pages ? "the objects the module read (" + list + " of every page it follows) include"
                    + " none" : "the reply's " + list + " has no object") + " whose " + key + " is '" + value + "' (the module's"
                    + " -notcontains compares whole values, in any case; an empty reply has none)" + (left == null ? ""
                    : (", and -" + left.param() + " minus the objects read is above 0 or -" + left.param()
                    + " is not given")) + ", the module sends GET " + path + (left == null ? "" : " (with -"
                    + left.param() + ": " + left.option() + " = -" + left.param() + " minus the objects read, at most "
                    + left.cap() + ", first in its query; without it, no " + left.option() + ")") + " next (" + source
                    + ") and appends the objects of its first page to the result"
                    + (stamp.isEmpty() ? "" : ", each with " + String.join(", ", stamp.entrySet().stream()
                    .map(e -> e.getKey() + " '" + e.getValue() + "'").toList()))
                    + lacksHash(": the module sends it whatever " + (left == null ? "the first reply holds"
                    : "types the objects read have") + ", and so does a run here"));
            sets.add(s.withThen(new FollowUp(path, uris.query(s.set()), list, key, value, stamp, left), notes));
        }
        return new RequestEntry(entry.command(), entry.module(), entry.source(), entry.via(), sets, null,
                entry.columns());
    }

    /** What Graph's {@code @odata.type} values, written with a leading {@code #}, make of a value without one. */
    private String lacksHash(String so) {
        return key.equalsIgnoreCase("@odata.type") && !value.startsWith("#") ? "; Graph writes @odata.type with a"
                + " leading '#' ('#" + value + "'), which the module's value lacks, so with Graph's replies the"
                + " condition always holds" + so : "";
    }

    /** {@code $more | ForEach-Object { … Add-Member … -Name 'P' -Value 'W' -Force }}: P → W, in order. */
    private static Map<String, String> stamps(String rest, String more) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher loop = Pattern.compile("(?i)\\$" + more + "\\s*\\|\\s*ForEach-Object\\s*\\{").matcher(rest);
        if (!loop.find()) {
            return out;
        }
        String body = rest.substring(loop.end() - 1, PsText.close(rest, loop.end() - 1));
        Matcher add = Pattern.compile("(?i)Add-Member\\s+(?:-InputObject\\s+\\$_\\s+)?-MemberType\\s+NoteProperty\\s+"
                + "-Name\\s+(['\"])([^'\"]+)\\1\\s+-Value\\s+(['\"])([^'\"$]*)\\3").matcher(body);
        while (add.find()) {
            out.put(add.group(2), add.group(4));
        }
        return out;
    }

    private static String blank(String text, int from, int to) {
        StringBuilder out = new StringBuilder(text);
        for (int i = from; i < to; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }
}
