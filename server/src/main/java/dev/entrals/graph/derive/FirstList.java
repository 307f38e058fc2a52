package dev.entrals.graph.derive;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a follow-up's condition ({@link FollowUpReading}) reads the objects of the function's first request, as the
 * code gathers them before it:
 * <ul>
 * <li>one page: {@code $r = (Invoke-GraphRequest …).value}, then at most {@code $r = $r | ConvertTo-Json … |
 * ConvertFrom-Json} (Get-EntraGroupOwner.ps1:60-62);</li>
 * <li>every page the code follows: {@code $resp = Invoke-GraphRequest …}, {@code $r = @($resp.value)} (an earlier
 * {@code $r = $resp} overwritten by it), and {@code $r += $resp.value …} only in a loop {@code while
 * (…$resp.'@odata.nextLink'…) { $U = $resp.'@odata.nextLink' … $resp = Invoke-GraphRequest -Uri $U … }}, the
 * only other requests (Get-EntraGroupMember.ps1:69-89).</li>
 * </ul>
 */
final class FirstList {

    /** How the list is gathered. */
    enum Gathered {
        /** Not the first request's objects, or gathered otherwise. */
        NOT,
        /** The first reply's {@code .value}. */
        ONE_PAGE,
        /** Every page of the first request the code follows. */
        PAGES
    }

    private FirstList() {
    }

    /** How {@code before} (the code up to the condition) gathers {@code list}; its requests are all read here. */
    static Gathered read(String before, String list) {
        Matcher first = CallForms.CALL.matcher(before);
        if (!first.find()) {
            return Gathered.NOT;
        }
        String head = before.substring(0, first.start());
        if (Pattern.compile("(?i)\\$" + list + "\\s*=\\s*\\(\\s*$").matcher(head).find()) {
            boolean value = first.group(1).matches("(?i)[^()]*\\)\\.value\\b.*");
            return value && !first.find() && onlyCopies(before, list, head.lastIndexOf('$'))
                    ? Gathered.ONE_PAGE : Gathered.NOT; // the one request before the condition
        }
        Matcher reply = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*$").matcher(head);
        if (!reply.find()) {
            return Gathered.NOT;
        }
        String r = reply.group(1);
        String after = before.substring(first.end());
        Matcher set = Pattern.compile("(?i)\\$" + list + "\\s*=\\s*(?:@\\(\\s*\\$" + r + "\\.value\\s*\\)|\\$" + r
                + "\\.value)\\s*$", Pattern.MULTILINE).matcher(after);
        if (!set.find() || Pattern.compile("(?i)\\$" + list + "\\s*=[^=]").matcher(after.substring(set.end())).find()
                || Pattern.compile("(?im)\\$" + list + "\\s*=(?!\\s*\\$" + r + "\\s*$)[^=]").matcher(after
                .substring(0, set.start())).find()) {
            return Gathered.NOT; // set from the reply's value, and no other value after
        }
        Matcher loop = Pattern.compile("(?i)\\bwhile\\s*\\(").matcher(after);
        boolean pages = false;
        int from = 0;
        while (loop.find(from)) {
            int condEnd = PsText.close(after, loop.end() - 1);
            Matcher open = Pattern.compile("\\A\\s*\\{").matcher(after.substring(condEnd));
            if (!open.find()) {
                return Gathered.NOT;
            }
            int end = PsText.close(after, condEnd + open.end() - 1);
            String cond = after.substring(loop.end(), condEnd);
            String body = after.substring(condEnd + open.end(), end - 1);
            Matcher next = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*\\$" + r + "\\.['\"]@odata\\.nextLink['\"]")
                    .matcher(body);
            Matcher call = CallForms.CALL.matcher(body);
            if (!cond.matches("(?is).*\\$" + r + "\\.['\"]@odata\\.nextLink['\"].*") || !next.find() || !call.find()
                    || !Pattern.compile("(?i)\\$" + list + "\\s*\\+=\\s*\\$" + r + "\\.value\\b").matcher(body).find()
                    || call.find() || !Pattern.compile("(?i)\\$" + r + "\\s*=\\s*Invoke-(?:Mg)?GraphRequest\\s+-Uri\\s+\\$"
                    + next.group(1) + "\\b").matcher(body).find()) {
                return Gathered.NOT;
            }
            pages = true;
            after = after.substring(0, condEnd) + " ".repeat(end - condEnd) + after.substring(end);
            from = end;
        }
        if (CallForms.CALL.matcher(after).find() || Pattern.compile("(?i)\\$" + list + "\\s*\\+=").matcher(after)
                .find()) {
            return Gathered.NOT; // another request, or the list added to outside the loop
        }
        return pages ? Gathered.PAGES : Gathered.ONE_PAGE;
    }

    /** Whether the list's assignments before the condition are the call's ({@code at}) and copies of itself. */
    private static boolean onlyCopies(String before, String list, int at) {
        Matcher a = Pattern.compile("(?i)\\$" + list + "\\s*=[^=]([^\\n]*)").matcher(before);
        while (a.find()) {
            if (a.start() != at && !a.group(1).matches("(?i)\\s*\\$" + list + "\\s*\\|\\s*ConvertTo-Json\\b[^|]*\\|"
                    + "\\s*ConvertFrom-Json\\s*")) {
                return false;
            }
        }
        return true;
    }
}
