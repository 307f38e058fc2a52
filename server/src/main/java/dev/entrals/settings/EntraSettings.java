package dev.entrals.settings;

import java.util.Map;

/**
 * The {@code entra} settings section, as sent in {@code initializationOptions} and
 * {@code workspace/didChangeConfiguration}: docs sources, a severity per diagnostic kind, and session defaults.
 */
public record EntraSettings(DocsSettings docs, Map<String, Severity> diagnostics, SessionSettings session) {

    /** Every setting at its default. */
    public static final EntraSettings DEFAULT = new EntraSettings(DocsSettings.DEFAULT, Map.of(), SessionSettings.DEFAULT);

    public EntraSettings {
        diagnostics = Map.copyOf(diagnostics);
    }

    /** The severity configured for a diagnostic kind (its code), or {@code fallback} when none is. */
    public Severity severityOf(String kind, Severity fallback) {
        return diagnostics.getOrDefault(kind, fallback);
    }
}
