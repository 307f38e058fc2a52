package dev.entrals.graph.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loop that asks at a PowerShell console until one of some list parameters has items, run only when none is given:
 * <pre>
 * $has = (($P -and $P.Count -gt 0) -or ($Q -and $Q.Count -gt 0))
 * while (-not $has) { … Read-Host … ; $has = … }
 * </pre>
 * Given one of them, the loop does not run: {@link MissingArguments} blanks it and the sets need
 * {@code -P or -Q} ({@code SetRequest.NEEDED}).
 */
final class PromptLoops {

    /** The loop's block (offsets in the text read) and the arguments of which one is needed. */
    record Loop(MissingArguments.Need need, int from, int to) {
    }

    private static final Pattern WHILE = Pattern.compile("(?i)\\bwhile\\s*\\(\\s*-not\\s+\\$(\\w+)\\s*\\)\\s*\\{");
    private static final Pattern HAS = Pattern.compile("(?i)\\(\\s*\\$(\\w+)\\s+-and\\s+\\$(\\w+)\\.Count\\s+-gt\\s+0"
            + "\\s*\\)");
    private static final Pattern READ_HOST = Pattern.compile("(?i)\\bRead-Host\\b");

    private PromptLoops() {
    }

    /** The loops of {@code body} (at {@code start} in the function's text) that run only without the arguments. */
    static List<Loop> read(FunctionCode fn, String body, int start) {
        List<Loop> out = new ArrayList<>();
        Matcher loop = WHILE.matcher(body);
        while (loop.find()) {
            Matcher set = Pattern.compile("(?im)^\\s*\\$" + loop.group(1) + "\\s*=\\s*\\((.*?)\\)\\s*$",
                    Pattern.DOTALL).matcher(body.substring(0, loop.start()));
            String condition = null;
            while (set.find()) {
                condition = set.group(1);
            }
            List<String> params = condition == null ? List.of() : params(fn, condition);
            int end = PsText.close(body, loop.end() - 1);
            Matcher ask = READ_HOST.matcher(body).region(loop.end(), end);
            if (params.isEmpty() || !ask.find()) {
                continue;
            }
            out.add(new Loop(new MissingArguments.Need(String.join(" or -", params), "asks for them at a PowerShell"
                    + " console until one has items (Read-Host at " + fn.source(start + ask.start()) + ", in a loop"
                    + " at " + fn.source(start + loop.start()) + "), which a run here does not have", null),
                    loop.end(), end - 1));
        }
        return out;
    }

    /** The parameters of {@code ($P -and $P.Count -gt 0) -or …}, every term one; else empty. */
    private static List<String> params(FunctionCode fn, String condition) {
        List<String> out = new ArrayList<>();
        for (String term : condition.strip().split("(?i)\\s-or\\s")) {
            Matcher has = HAS.matcher(term.strip());
            if (!has.matches() || !has.group(1).equalsIgnoreCase(has.group(2)) || fn.parameter(has.group(1)).isEmpty()) {
                return List.of();
            }
            out.add(fn.canonical(has.group(1)));
        }
        return out;
    }
}
