package dev.entrals.settings;

/**
 * Defaults for the Entra session ({@code entra.session.*}); each value may be null, meaning "not configured".
 * Sign-in secrets never live in settings.
 */
public record SessionSettings(String tenantId, String clientId, String environment, String contextScope) {

    /** Nothing configured. */
    public static final SessionSettings DEFAULT = new SessionSettings(null, null, null, null);
}
