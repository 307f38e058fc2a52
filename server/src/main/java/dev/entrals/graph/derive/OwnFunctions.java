package dev.entrals.graph.derive;

import dev.entrals.graph.RequestEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a function without a Graph request in its {@code process} block does instead, said precisely: the Graph
 * requests it sends from functions it defines inside itself ({@code function Get-Grant { Get-MgBetaOauth2PermissionGrant
 * … }} in its {@code begin} block, called from {@code process}), each with the blocks and returns that decide whether
 * it is sent and the messages the code stops with ({@link InnerChoices}), or a URL it opens in the browser with
 * {@code Start-Process}. Null when it does neither (the plain "no Graph request" reason stands).
 */
final class OwnFunctions {

    private static final Pattern FUNCTION = Pattern.compile("(?i)\\bfunction\\s+([\\w-]+)\\s*(?:\\([^)]*\\))?\\s*\\{");
    private static final Pattern REQUEST = Pattern.compile(
            "(?i)\\b(Invoke-(?:Mg)?GraphRequest|[A-Z][a-z]+-Mg(?!Context\\b|Environment\\b)\\w+)\\b");
    private static final Pattern BROWSER = Pattern.compile("(?i)\\bStart-Process\\s+\\$?\\w+");

    /** {@code Start-Process $u} on a local the code assigns an {@code https://} URL to ({@code $u = "https://…"}). */
    private static final Pattern OPENED = Pattern.compile("(?i)\\bStart-Process\\s+\\$(\\w+)");

    private OwnFunctions() {
    }

    /**
     * The entry's {@code via}: {@value RequestEntry#DEFINED_FUNCTIONS} for a function that sends its Graph requests from
     * functions it defines ({@link DefinedValues} then reads the literals its code writes); for one whose process block
     * opens a URL it builds in the browser ({@code $requestUri = "https://…"; …; Start-Process $requestUri})
     * {@value RequestEntry#START_PROCESS}; else null. The engine may answer such a cmdlet itself ({@code
     * execution.McpGrants}, {@code execution.ConsentPage}); the table only records the fact.
     */
    static String via(FunctionCode fn) {
        if (!inner(fn, new ArrayList<>()).isEmpty()) {
            return RequestEntry.DEFINED_FUNCTIONS;
        }
        Matcher m = OPENED.matcher(fn.process());
        while (m.find()) {
            if (Pattern.compile("(?i)\\$" + Pattern.quote(m.group(1)) + "\\s*=\\s*[\"']https://").matcher(fn.process())
                    .find()) {
                return RequestEntry.START_PROCESS;
            }
        }
        return null;
    }

    /** The reason for a function whose requests are in functions it defines, or that opens a URL; else null. */
    static String reason(FunctionCode fn) {
        List<String> switches = new ArrayList<>();
        List<String> inner = inner(fn, switches);
        if (!inner.isEmpty()) {
            List<String> stops = InnerChoices.stops(fn);
            return "sends its Graph requests from functions it defines inside itself: " + String.join("; ", inner)
                    + "; which of them it sends, and their bodies, its own code chooses from their replies; not read"
                    + " (Graph SDK cmdlets called in sequence, from functions it defines, are not read as steps)"
                    + (stops.isEmpty() ? "" : "; " + String.join("; ", stops))
                    + (switches.isEmpty() ? "" : "; " + String.join("; ", switches));
        }
        Matcher b = BROWSER.matcher(fn.process());
        if (b.find()) {
            String at = fn.source(fn.processOffset() + b.start());
            return via(fn) != null ? "sends no Graph request: it builds a URL and opens it in the browser with"
                    + " Start-Process (at " + at + "), for a person to complete there"
                    : "sends no Graph request: it starts a process with Start-Process (at " + at + ")";
        }
        return null;
    }

    /**
     * Per function {@code fn} defines that sends Graph requests, what it sends and when, and where it is called;
     * {@code switches} hears of the {@code [switch]} parameters its callers pass a value after a space.
     */
    private static List<String> inner(FunctionCode fn, List<String> switches) {
        int start = fn.signature().start();
        String body = fn.text().substring(start, Math.min(fn.text().length(), fn.signature().end()));
        List<String> inner = new ArrayList<>();
        Matcher f = FUNCTION.matcher(body);
        while (f.find()) {
            if (f.group(1).equalsIgnoreCase(fn.name())) {
                continue; // the function itself
            }
            int end = PsText.close(body, f.end() - 1);
            List<String> calls = new ArrayList<>();
            String inside = body.substring(f.end(), end);
            Matcher r = REQUEST.matcher(inside);
            while (r.find()) {
                calls.add(r.group(1) + " at " + fn.source(start + f.end() + r.start())
                        + InnerChoices.around(fn, inside, start + f.end(), r.start()));
            }
            if (!calls.isEmpty()) {
                inner.add(f.group(1) + " (" + String.join(", ", calls) + "; called at " + String.join(", ",
                        callers(fn, f.group(1))) + ")");
            }
            switches.addAll(InnerChoices.switchValues(fn, body, start, f.group(1), f.start(), end));
        }
        return inner;
    }

    /** {@code file:line} of each call of a function the code defines, in the process block and in other such functions. */
    private static List<String> callers(FunctionCode fn, String name) {
        List<String> out = new ArrayList<>();
        int start = fn.signature().start();
        String body = fn.text().substring(start, Math.min(fn.text().length(), fn.signature().end()));
        Matcher m = Pattern.compile("(?i)(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(body);
        while (m.find()) {
            if (!body.substring(Math.max(0, m.start() - 9), m.start()).toLowerCase(java.util.Locale.ROOT)
                    .matches(".*function\\s*")) {
                out.add(fn.source(start + m.start()));
            }
        }
        return out.isEmpty() ? List.of("nowhere") : out;
    }
}
