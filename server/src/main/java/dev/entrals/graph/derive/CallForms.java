package dev.entrals.graph.derive;

import java.util.regex.Pattern;

/** The forms of a Graph call and a console prompt that several readings look for, written once. */
final class CallForms {

    /** An Invoke-GraphRequest (or Invoke-MgGraphRequest) call, the rest of its line in group 1. */
    static final Pattern CALL = Pattern.compile("(?i)\\bInvoke-(?:Mg)?GraphRequest\\b([^\\n]*)");

    /** A call's {@code -Method}, the method in group 1. */
    static final Pattern METHOD = Pattern.compile("(?i)-Method\\s+[\"']?(GET|POST|PATCH|PUT|DELETE)\\b");

    /** A call's {@code -Uri}: a variable or a quoted string, in group 1. */
    static final Pattern URI = Pattern.compile("(?i)-Uri\\s+(\\$\\w+|\"[^\"]*\"|'[^']*')");

    /** {@code $v = Read-Host "prompt"}: the variable in group 1, the quoted prompt in group 2. */
    static final Pattern READ_HOST = Pattern.compile("(?i)\\$(\\w+)\\s*=\\s*Read-Host\\s+(\"[^\"]*\"|'[^']*')");

    private CallForms() {
    }
}
