package dev.entrals.analysis;

import java.util.List;

import dev.entrals.settings.Severity;

/**
 * One problem found in a script: its UTF-16 range {@code [start, end)}, the rule, severity and message, a link to the
 * relevant help ({@code helpUri}, may be null) and the names a fix could use ({@code suggestions}: the replacement of
 * a retired cmdlet, the closest parameter names, the candidates of an ambiguous name).
 */
public record ScriptDiagnostic(int start, int end, Rule rule, Severity severity, String message, String helpUri,
                               List<String> suggestions) {

    public ScriptDiagnostic {
        suggestions = List.copyOf(suggestions);
    }

    /** The rule's code. */
    public String code() {
        return rule.code();
    }

    /** This diagnostic with another severity. */
    public ScriptDiagnostic withSeverity(Severity s) {
        return new ScriptDiagnostic(start, end, rule, s, message, helpUri, suggestions);
    }
}
