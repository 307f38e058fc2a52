package dev.entrals.graph.derive;

import dev.entrals.graph.RequestEntry.QueryPart;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parts of {@link SequenceReading}'s reading that need none of its state: the text one parameter set runs, and the
 * query options of a call's URL template.
 */
final class SequenceParts {

    private static final Pattern SET_IF = Pattern.compile("(?i)ParameterSetName\\s*-eq\\s*['\"](\\w+)['\"]");

    private SequenceParts() {
    }

    /** The text the set runs: its own branch on the parameter set, the else after another set's, or all. */
    static String scope(String p, String set, int[] at) {
        List<PsText.IfBlock> branches = new ArrayList<>();
        for (PsText.IfBlock b : PsText.ifBlocks(p)) {
            Matcher m = SET_IF.matcher(b.condition());
            if (m.find() && !b.condition().contains("-and") && !b.condition().contains("-or")) {
                if (!SequenceReading.CALL.matcher(b.body()).find()) {
                    continue; // a branch that sends nothing (it reads a certificate, …)
                }
                if (m.group(1).equalsIgnoreCase(set)) {
                    at[0] = b.start();
                    return b.body();
                }
                branches.add(b);
            }
        }
        for (PsText.IfBlock b : branches) {
            int end = b.start() + b.body().length() + 1;
            Matcher e = Pattern.compile("(?i)\\A\\s*else\\s*\\{").matcher(p.substring(Math.min(end, p.length())));
            if (e.find()) {
                int open = end + e.end() - 1;
                at[0] = open + 1;
                return p.substring(open + 1, PsText.close(p, open) - 1);
            }
        }
        at[0] = 0;
        return p;
    }

    /** Query options of a template ({@code $filter=… '{AgentId}'}); null when one of the request names a reply. */
    static List<QueryPart> query(String q, boolean step) {
        List<QueryPart> out = new ArrayList<>();
        if (q.isEmpty()) {
            return out;
        }
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0 || pair.contains("{@") && !step) {
                return null;
            }
            out.add(new QueryPart(pair.substring(0, eq), null, pair.substring(eq + 1), null, null));
        }
        return out;
    }
}
