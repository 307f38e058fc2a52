package dev.entrals.settings;

/**
 * Defaults for the Entra session ({@code entra.session.*}); each value may be null, meaning "not configured".
 * {@code redirectUri} is the loopback redirect of the interactive browser sign-in (for app registrations that list
 * only {@code http://localhost}). Sign-in secrets never live in settings.
 */
public record SessionSettings(String tenantId, String clientId, String environment, String contextScope,
        String redirectUri) {

    /** Nothing configured. */
    public static final SessionSettings DEFAULT = new SessionSettings(null, null, null, null, null);
}
