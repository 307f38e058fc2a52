package dev.entrals.graph.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GET sent from a function the exported function defines, read as a step where the code calls it: {@code $id =
 * Get-MSGraphServicePrincipalId}, the defined function's one {@code Invoke-(Mg)GraphRequest} a GET and its
 * {@code return $x} a value of that reply through single assignments ({@code $sp = $r.value[0]}, {@code $script:Id =
 * $sp.id}: {@code value[0].id}). A value it keeps in a {@code $script:} variable for later calls is never there in a
 * run here (no PowerShell session), so the GET is sent every run (noted).
 */
final class OwnLookups {

    private static final Pattern FUNCTION = Pattern.compile("(?i)\\bfunction\\s+([\\w-]+)\\s*\\{");
    private static final Pattern CALL = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*Invoke-(?:Mg)?GraphRequest\\b([^\\n]*)");
    private static final Pattern RETURN = Pattern.compile("(?i)\\breturn\\s+\\$([\\w:]+)\\s*$", Pattern.MULTILINE);

    /**
     * One call site: where in the scope, the defined function's call arguments, the path of its reply it returns,
     * the function's name and the {@code file:line} of its request.
     */
    record Call(int start, int end, String args, String returns, String name, String source) {
    }

    private OwnLookups() {
    }

    /** The call sites of such functions in a scope ({@code $x = Name} on a line of its own), in order. */
    static List<Call> in(FunctionCode fn, String scope) {
        List<Call> out = new ArrayList<>();
        Matcher f = FUNCTION.matcher(fn.text());
        while (f.find()) {
            int open = f.end() - 1;
            String body = fn.text().substring(open + 1, PsText.close(fn.text(), open) - 1);
            Matcher call = CALL.matcher(body);
            if (!call.find() || call.find(call.end()) || Pattern.compile("(?i)-Method\\s+(?!['\"]?GET\\b)")
                    .matcher(body).find()) {
                continue; // none, several, or a write
            }
            call.find(0);
            String returns = returns(body, call.group(1));
            if (returns == null) {
                continue;
            }
            Matcher site = Pattern.compile("(?im)^\\s*\\$\\w+\\s*=\\s*(" + Pattern.quote(f.group(1)) + ")\\s*$")
                    .matcher(scope);
            while (site.find()) {
                out.add(new Call(site.start(1), site.end(1), call.group(2), returns, f.group(1),
                        fn.source(open + 1 + call.start())));
            }
        }
        return out;
    }

    /** The reply path the last {@code return $x} of a body names ({@code value[0].id}), or null. */
    private static String returns(String body, String reply) {
        Matcher r = RETURN.matcher(body);
        String name = null;
        while (r.find()) {
            name = r.group(1);
        }
        StringBuilder path = new StringBuilder();
        for (int depth = 0; name != null && depth < 5; depth++) {
            if (name.equalsIgnoreCase(reply)) {
                return path.length() == 0 ? null : path.substring(1);
            }
            Matcher a = Pattern.compile("(?im)^\\s*\\$" + Pattern.quote(name) + "\\s*=\\s*\\$([\\w:]+)((?:\\.\\w+|\\[\\d+])*)"
                    + "\\s*$").matcher(body);
            String next = null;
            String more = "";
            while (a.find()) {
                next = a.group(1);
                more = a.group(2);
            }
            path.insert(0, more.startsWith(".") || more.isEmpty() ? more : "." + more);
            name = next;
        }
        return null;
    }

    /** The note of such a step. */
    static String note(Call c) {
        return "the module sends GET from " + c.name() + ", a function it defines (" + c.source() + "), and keeps"
                + " its value in a $script: variable for later calls in the same PowerShell session; a run here has"
                + " no session, so the plan sends it every run";
    }
}
