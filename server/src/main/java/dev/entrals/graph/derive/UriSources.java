package dev.entrals.graph.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URI strings a function writes that {@link UriTemplates}' own targets ({@code $params["Uri"]}, a variable named
 * {@code …uri…}/{@code …url…}, {@code -Uri "…"}) do not name: the value of whatever variable or {@code $params} key
 * the call's {@code -Uri} names ({@code -Uri $graphApiEndpoint}, {@code -Uri $params.Url}), and a bare word
 * ({@code -Uri /beta/$TargetType/$TargetObjectId/settings}), which PowerShell reads as an expandable string; and
 * {@code -Uri $baseUri} itself, a prefix the usual targets leave out.
 */
final class UriSources {

    /** One URI expression: its text as written (quoted or not), whether appended, and where. */
    record Source(String rhs, boolean append, int offset) {
    }

    private static final Pattern CALL_URI = Pattern.compile("(?i)Invoke-(?:Mg)?GraphRequest\\b[^\\n]*?-Uri\\s+(?:"
            + "\\$params(?:\\.(\\w+)|\\[[\"'](\\w+)[\"']])|\\$(\\w+)|(/[^\\s\"'`;|)]+))");

    private UriSources() {
    }

    /** The URI expressions the call's {@code -Uri} names that the usual targets miss, in code order. */
    static List<Source> read(String process) {
        List<Source> out = new ArrayList<>();
        Matcher call = CALL_URI.matcher(process);
        while (call.find()) {
            if (call.group(4) != null) {
                out.add(new Source("\"" + call.group(4) + "\"", false, call.start(4)));
                continue;
            }
            String key = call.group(1) != null ? call.group(1) : call.group(2);
            Pattern target;
            if (key != null && !key.equalsIgnoreCase("Uri")) {
                target = Pattern.compile("(?im)\\$params(?:\\." + key + "|\\[[\"']" + key + "[\"']])\\s*(\\+?=)\\s*(.+?)"
                        + "\\s*$");
            } else if (call.group(3) != null && (!call.group(3).toLowerCase(java.util.Locale.ROOT).matches(
                    ".*(?:uri|url).*|params") || call.group(3).matches("(?i)base(?:uri|url)"))) {
                // $baseUri is not one of UriTemplates' targets (it is a prefix of them): the call sends it whole
                target = Pattern.compile("(?im)\\$" + call.group(3) + "\\s*(\\+?=)\\s*(.+?)\\s*$");
            } else {
                continue; // named by UriTemplates' own targets
            }
            Matcher m = target.matcher(process);
            while (m.find()) {
                String rhs = m.group(2);
                if (m.start() < call.start() && (rhs.startsWith("\"") || rhs.startsWith("'"))) {
                    out.add(new Source(rhs, m.group(1).equals("+="), m.start()));
                }
            }
        }
        return out;
    }
}
