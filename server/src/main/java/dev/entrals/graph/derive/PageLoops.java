package dev.entrals.graph.derive;

import dev.entrals.graph.RequestEntry.LookupPart;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link SequenceReading} needs to read a GET whose reply is every page's objects and the steps sent once per
 * object of such a list, several in one loop:
 * <pre>
 * do {
 *     $response = Invoke-MgGraphRequest -Method GET -Uri $uri
 *     $all += $response.value
 *     $uri = if ($response.ContainsKey('@odata.nextLink')) { $response.'@odata.nextLink' } else { $null }
 * } while ($uri)
 * foreach ($x in $all) { GET …$($x.id)…; foreach ($u in @($r.value)) { DELETE … }; DELETE …$($x.id) }
 * </pre>
 * The {@code do} loop holds that one call and nothing else sends; its {@code -Uri} variable, tested by the
 * {@code while}, is set in the loop from the reply's {@code @odata.nextLink} (null at the last page).
 */
final class PageLoops {

    private static final Pattern CALL = Pattern.compile("(?i)\\bInvoke-(?:Mg)?GraphRequest\\b");
    private static final Pattern WHILE = Pattern.compile("(?i)\\A\\s*while\\s*\\(\\s*\\$(\\w+)\\s*\\)");
    private static final Pattern URI = Pattern.compile("(?i)-Uri\\s+\\$(\\w+)\\b");
    /** {@code if ($list.Count -gt 0)}: a test that the list a {@code foreach} inside goes over has objects. */
    private static final Pattern NON_EMPTY = Pattern.compile("(?i)^\\s*\\$(\\w+)\\.Count\\s+-(?:gt|ne)\\s+0\\s*$");

    private PageLoops() {
    }

    /**
     * Whether the {@code do} loop whose {@code {} is at {@code open} goes over the pages of the one call it holds,
     * whose arguments are {@code args}.
     */
    static boolean pages(String text, int open, String args) {
        int close = PsText.close(text, open);
        Matcher w = WHILE.matcher(text.substring(Math.min(close, text.length())));
        Matcher uri = URI.matcher(args);
        if (!w.find() || !uri.find() || !uri.group(1).equalsIgnoreCase(w.group(1))) {
            return false;
        }
        String body = text.substring(open + 1, close - 1);
        Matcher calls = CALL.matcher(body);
        int count = 0;
        while (calls.find()) {
            count++;
        }
        return count == 1 && Pattern.compile("(?im)^\\s*\\$" + Pattern.quote(w.group(1))
                + "\\s*=[^\\n]*\\.\\s*['\"]?@odata\\.nextLink").matcher(body).find();
    }

    /** The list a condition tests for objects ({@code $all.Count -gt 0}), or null. */
    static String nonEmpty(String condition) {
        Matcher m = NON_EMPTY.matcher(condition);
        return m.matches() ? m.group(1) : null;
    }

    /** The note of a GET whose reply is every page's objects. */
    static String note(LookupPart l, String at) {
        return "the module follows @odata.nextLink from GET " + l.path() + " to the last page (do { } while at " + at
                + ") and goes on with every page's objects; the plan does too";
    }

    /**
     * The note of the steps sent once per object of step {@code per}'s reply, in order, with the set's request when
     * it is one of them.
     */
    static String groupNote(List<LookupPart> steps, int per, String request) {
        List<String> each = steps.stream().filter(l -> l.per() == per).map(l -> l.sentMethod() + " " + l.path())
                .toList();
        return "the module sends, once per object of the reply of GET " + steps.get(per - 1).path() + " and in this"
                + " order, " + String.join(", ", each) + (request == null ? "" : ", " + request) + " (its foreach over"
                + " them), and none when it has none";
    }
}
