package dev.entrals.graph.derive;

import dev.entrals.graph.RequestEntry.LookupPart;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@link SequenceReading} needs to read a write step sent once per object of an earlier reply
 * ({@code foreach ($user in $agentUsers) { DELETE … }} before the set's request): the list local, the notes, the
 * {@code catch} blocks after which the code goes on, and the hashtable entries naming a local.
 */
final class PerObjectSteps {

    /** A hashtable entry whose value is a variable: {@code principalId = $servicePrincipalId}. */
    static final Pattern ENTRY = Pattern.compile("(?m)^(\\s*[\"']?[@\\w.]+[\"']?\\s*=\\s*)\\$((?:script:)?\\w+(?:\\.\\w+)*)"
            + "(\\s*;?\\s*)$");
    /** How the note of a write step sent per object starts. */
    static final String NOTE = "the module sends the step ";
    /** The note where the code catches a step's failure and goes on (the catches' {@code file:line}). */
    static final String CAUGHT = "where the module only warns that a request failed and goes on (catch without throw"
            + " at %s), the plan stops at the failure and says which writes were sent and which requests were not";

    private PerObjectSteps() {
    }

    /** The note of a write step sent once per object of the reply of {@code from}. */
    static String note(String method, String path, LookupPart from) {
        return NOTE + method + " " + path + " once per object of the reply of " + from.sentMethod() + " "
                + from.path() + ", and none when it has none";
    }

    /**
     * A list local's one value in the code before it: its one assignment, or the one besides an empty list's
     * ({@code $users = @()} then {@code $users = @($r.value)} under a test of the reply: that list, empty when the
     * reply has none; or {@code $all += $r.value}, its one append, of a reply that is every page's objects:
     * {@link PageLoops}); null otherwise.
     */
    static String listOf(String before, String name) {
        Matcher m = Pattern.compile("(?im)^\\s*\\$" + Pattern.quote(name) + "\\s*(\\+?)=\\s*(.+?)\\s*$")
                .matcher(before);
        List<String> values = new ArrayList<>();
        while (m.find()) {
            if (!m.group(2).matches("@\\(\\s*\\)")) {
                values.add(m.group(1) + m.group(2));
            }
        }
        return values.size() == 1 ? values.get(0).replaceFirst("^\\+", "") : null;
    }

    /** The offset of each {@code catch} of the code that does not throw again (the code goes on). */
    static List<Integer> caught(String text) {
        List<Integer> at = new ArrayList<>();
        Matcher c = Pattern.compile("(?i)\\bcatch\\s*\\{").matcher(text);
        while (c.find()) {
            String body = text.substring(c.end(), Math.max(c.end(), PsText.close(text, c.end() - 1) - 1));
            if (!Pattern.compile("(?i)\\bthrow\\b").matcher(body).find()) {
                at.add(c.start());
            }
        }
        return at;
    }
}
