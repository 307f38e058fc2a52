package dev.entrals.features.session;

import dev.entrals.session.EntraContext;

/** One-line descriptions of a session for messages ("Connected to Entra as adele@contoso.com in ..."). */
final class Summaries {

    private Summaries() {
    }

    static String connected(EntraContext c) {
        return "Connected to Entra as " + who(c) + " in tenant " + c.tenantId() + " (" + c.authType() + ", "
                + c.contextScope() + ").";
    }

    static String signedOut(EntraContext c) {
        return "Signed out of Entra: " + who(c) + " (" + c.tenantId() + ").";
    }

    static String current(EntraContext c) {
        return "Entra: " + who(c) + " in tenant " + c.tenantId() + " (" + c.authType() + ", "
                + c.tokenCredentialType() + ", " + c.contextScope() + ").";
    }

    static String restored(EntraContext c) {
        return "Restored the Entra session of " + who(c) + " (" + c.tenantId() + ").";
    }

    private static String who(EntraContext c) {
        return c.who();
    }
}
