package dev.entrals.graph.derive;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code one parameter set runs where a function branches on the set ({@code if ($PSCmdlet.ParameterSetName -eq
 * 'CreateApplication') { … } else { … }}): the other sets' branches blanked and the set's own condition removed, so
 * that the readings see the set's body as unconditional code. Offsets are kept (blanks stand for removed text).
 */
final class SetBranches {

    private static final Pattern SET_IF = Pattern.compile(
            "(?i)\\b(?:else)?if\\s*\\(\\s*\\$PSCmdlet\\.ParameterSetName\\s+-eq\\s+[\"'](\\w+)[\"']\\s*\\)\\s*\\{");
    private static final Pattern ELSE = Pattern.compile("(?i)^\\s*else\\s*\\{");

    private SetBranches() {
    }

    /** Whether the code branches on the parameter set with {@code if}. */
    static boolean branches(String p) {
        return SET_IF.matcher(p).find();
    }

    /** The text as the set runs it. */
    static String only(String p, String set) {
        StringBuilder out = new StringBuilder(p);
        Matcher m = SET_IF.matcher(p);
        while (m.find()) {
            int open = m.end() - 1;
            int close = PsText.close(p, open);
            boolean mine = m.group(1).equalsIgnoreCase(set);
            blank(out, m.start(), mine ? open : close); // the condition (and the body of another set)
            if (mine) {
                out.setCharAt(open, ' ');
                out.setCharAt(close - 1, ' ');
            }
            Matcher e = ELSE.matcher(p.substring(close));
            if (e.find()) {
                int elseOpen = close + e.end() - 1;
                int elseClose = PsText.close(p, elseOpen);
                blank(out, close, mine ? elseClose : elseOpen + 1); // else: the other sets
                if (!mine) {
                    out.setCharAt(elseClose - 1, ' ');
                }
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int i = from; i < to && i < out.length(); i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
    }
}
