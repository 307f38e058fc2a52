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

    /**
     * This diagnostic under a user's {@code setting} for its code (null: none): empty when the setting is
     * {@link Severity#OFF}; the setting's severity when the diagnostic has its rule's default one; else unchanged
     * (a diagnostic the script's context already lowered, such as a retired name made an alias, stays lowered).
     */
    public java.util.Optional<ScriptDiagnostic> configured(Severity setting) {
        if (setting == Severity.OFF) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(setting != null && severity == rule.defaultSeverity() ? withSeverity(setting) : this);
    }

    /** This diagnostic with another severity. */
    public ScriptDiagnostic withSeverity(Severity s) {
        return new ScriptDiagnostic(start, end, rule, s, message, helpUri, suggestions);
    }
}
