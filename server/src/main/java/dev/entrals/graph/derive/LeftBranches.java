package dev.entrals.graph.derive;

import dev.entrals.graph.FollowUp;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A follow-up's GET chosen by an argument and by the objects read ({@link FollowUpReading}'s block,
 * Get-EntraGroupMember.ps1:98-118):
 * <pre>
 * $URI = "$baseUri/$($params.GroupId)/members/microsoft.graph.servicePrincipal?$properties"
 * $left = $Top - $data.count
 * if ($PSBoundParameters.ContainsKey("Top") -and $left -gt 0) {
 *     $i = 1
 *     do {
 *         $n = [Math]::Min($left, 999)
 *         $URI = "$baseUri/$($params.GroupId)/members/microsoft.graph.servicePrincipal?`$top=$n&$properties"
 *         $x = Invoke-GraphRequest -Uri $URI …;  $more += $x.value …;  $i--
 *     } while ($i -gt 0 -and …)
 * }
 * elseif ($null -eq $PSBoundParameters["Top"]) {
 *     $x = Invoke-GraphRequest -Uri $URI …;  $more += $x.value …
 * }</pre>
 * With the argument, the GET of the URL before the branches with {@code option = min($left, cap)} first in its
 * query, once (the loop's counter is 1 and goes down once), only when something is left; without it, that URL as it
 * is. Read as the second branch alone ({@link #blanked}), the first branch's request being the same GET with the
 * option ({@link #left}).
 *
 * @param blanked the block with the first branch and the second's own {@code elseif (…) {} } blanked (lengths kept)
 * @param left    the option, argument and cap
 * @param first   the offset in the block of the first branch's {@code if}
 * @param last    the offset in the block just after the second branch's {@code }}
 */
record LeftBranches(String blanked, FollowUp.Left left, int first, int last) {

    private static final Pattern GIVEN = Pattern.compile("(?i)\\bif\\s*\\(\\s*\\$PSBoundParameters\\.ContainsKey\\(\\s*"
            + "['\"](\\w+)['\"]\\s*\\)\\s*-and\\s+\\$(\\w+)\\s+-gt\\s+0\\s*\\)\\s*\\{");

    /** The form read in a follow-up's block ({@code reply} the first request's list), or null. */
    static LeftBranches read(String block, String reply) {
        Matcher g = GIVEN.matcher(block);
        if (!g.find()) {
            return null;
        }
        String param = g.group(1);
        String count = g.group(2);
        int open = g.end() - 1;
        int close = PsText.close(block, open);
        Matcher absent = Pattern.compile("(?i)\\A\\s*elseif\\s*\\(\\s*(?:\\$null\\s+-eq\\s+\\$PSBoundParameters\\[\\s*"
                + "['\"]" + param + "['\"]\\s*\\]|-not\\s+\\$PSBoundParameters\\.ContainsKey\\(\\s*['\"]" + param
                + "['\"]\\s*\\))\\s*\\)\\s*\\{").matcher(block.substring(close));
        if (!absent.find()) {
            return null;
        }
        int open2 = close + absent.end() - 1;
        int close2 = PsText.close(block, open2);
        String before = block.substring(0, g.start());
        String given = block.substring(open + 1, close - 1);
        Matcher uri = Pattern.compile("(?im)^\\s*\\$(\\w+)\\s*=\\s*\"([^\"\\n]*)\"\\s*$").matcher(before);
        Matcher left = Pattern.compile("(?i)\\$" + count + "\\s*=\\s*\\$" + param + "\\s*-\\s*\\$" + reply
                + "\\.count\\b").matcher(before);
        if (!uri.find() || !left.find() || Pattern.compile("(?i)^\\s*else\\b").matcher(block.substring(close2)).find()
                || CallForms.CALL.matcher(given).results().count() != 1
                || CallForms.CALL.matcher(block.substring(open2, close2)).results().count() != 1) {
            return null; // the URL and what is left computed before the branches; one GET in each, no third branch
        }
        Matcher min = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*\\[Math\\]::Min\\(\\s*\\$" + count + "\\s*,\\s*(\\d+)\\s*\\)")
                .matcher(given);
        if (!min.find() || !once(given)) {
            return null;
        }
        String url = uri.group(2);
        Matcher asked = Pattern.compile("(?i)\\$" + uri.group(1) + "\\s*=\\s*\"([^\"\\n]*)\"").matcher(given);
        Matcher option = Pattern.compile("\\?`?(\\$\\w+)=\\$" + min.group(1) + "&").matcher(asked.find()
                ? asked.group(1) : "");
        if (!option.find() || url.indexOf('?') < 0 || !asked.group(1).equals(url.replaceFirst("\\?",
                java.util.regex.Matcher.quoteReplacement(option.group(0))))) {
            return null; // the same URL, the option first in its query
        }
        if (!sends(given, uri.group(1)) || !sends(block.substring(open2, close2), uri.group(1))) {
            return null;
        }
        String out = blank(block, g.start(), close);
        out = blank(out, close, open2 + 1);
        out = blank(out, close2 - 1, close2);
        return new LeftBranches(out, new FollowUp.Left(option.group(1), param, Integer.parseInt(min.group(2))),
                g.start(), close2);
    }

    /** A {@code do { … } while ($i -gt 0 …)} whose counter is 1 before it and goes down once in it: sent once. */
    private static boolean once(String given) {
        Matcher loop = Pattern.compile("(?i)\\bdo\\s*\\{").matcher(given);
        if (!loop.find()) {
            return !Pattern.compile("(?i)(?<![\\w-])(if|elseif|else|while|for|foreach|switch)\\s*[({]").matcher(given)
                    .find(); // no loop: once, unless under a further choice
        }
        int end = PsText.close(given, loop.end() - 1);
        Matcher cond = Pattern.compile("(?i)\\A\\s*while\\s*\\((.*)\\)\\s*\\z").matcher(given.substring(end));
        Matcher counter = Pattern.compile("(?i)\\$(\\w+)\\s+-gt\\s+0\\b").matcher(cond.find() ? cond.group(1) : "");
        if (!counter.find()) {
            return false;
        }
        String i = counter.group(1);
        String body = given.substring(loop.end(), end - 1);
        List<String> set = Pattern.compile("(?im)^\\s*\\$" + i + "\\s*=\\s*([^\\n]*?)\\s*$").matcher(given.substring(0,
                loop.start())).results().map(r -> r.group(1)).toList();
        return !set.isEmpty() && "1".equals(set.get(set.size() - 1))
                && Pattern.compile("(?i)\\$" + i + "--").matcher(body).results().count() == 1
                && !Pattern.compile("(?i)\\$" + i + "\\s*[-+*/]?=").matcher(body).find();
    }

    /** Whether the branch sends its URL variable and reads the reply's {@code .value}. */
    private static boolean sends(String branch, String uri) {
        Matcher call = CallForms.CALL.matcher(branch);
        if (!call.find() || !Pattern.compile("(?i)-Uri\\s+\\$" + uri + "\\b").matcher(call.group(1)).find()) {
            return false;
        }
        Matcher sent = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*$").matcher(branch.substring(0, call.start()));
        return sent.find() && Pattern.compile("(?i)\\$\\w+\\s*\\+=\\s*\\$" + sent.group(1) + "\\.value\\b")
                .matcher(branch.substring(call.end())).find();
    }

    static String blank(String text, int from, int to) {
        StringBuilder out = new StringBuilder(text);
        for (int i = from; i < to; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }
}
