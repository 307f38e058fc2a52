package dev.entrals.session;

import java.util.List;

import dev.entrals.commons.BuildInfo;

/** Builds contexts from what a sign-in returned, so every flow fills the fields the same way. */
final class ContextFacts {

    /** Microsoft Graph's public command-line client, the default for delegated sign-in. */
    static final String GRAPH_CLI_CLIENT_ID = "14d82eec-204b-4c2f-b7e8-296a70dab67e";
    static final String GRAPH_CLI_APP_NAME = "Microsoft Graph Command Line Tools";

    private ContextFacts() {
    }

    /** "entra-ls {version}" as PSHostVersion. */
    static String hostVersion() {
        return BuildInfo.NAME + " " + BuildInfo.version();
    }

    static String appName(TokenClaims claims, String clientId) {
        String name = claims.text("app_displayname");
        if (name.isEmpty() && GRAPH_CLI_CLIENT_ID.equalsIgnoreCase(clientId)) {
            return GRAPH_CLI_APP_NAME;
        }
        return name;
    }

    static String tenant(TokenClaims claims, String fallback) {
        String tid = claims.text("tid");
        return tid.isEmpty() ? (fallback == null ? "" : fallback) : tid;
    }

    static List<String> scopes(TokenClaims claims, List<String> fallback) {
        List<String> s = claims.scopes();
        return s.isEmpty() ? fallback : s;
    }
}
