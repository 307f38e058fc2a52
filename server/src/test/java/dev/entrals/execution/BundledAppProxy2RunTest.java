package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Whole runs, as {@link BundledMultiwriteRunTest}, of the forms read on the branch {@code appproxy2}: writes whose
 * bodies hold a local trimmed in branches ({@code TrimEnd("/")}), strings joined with {@code +}, a hashtable built key
 * by key with one key rewritten in place, a PUT to a URL joined with {@code + '$ref'}, and the final GET whose reply
 * the module reshapes (shown as Graph returns it, noted).
 */
class BundledAppProxy2RunTest extends BundledRunCase {

    private static final String EXT = "https://app-contoso.msappproxy.net/";
    private static final String SET = "Set-EntraBetaApplicationProxyApplication -ApplicationId app-1 -ExternalUrl " + EXT
            + " -InternalUrl http://intranet/ -ExternalAuthenticationType AadPreAuthentication"
            + " -IsTranslateHostHeaderEnabled $true";
    // Set-EntraBetaApplicationProxyApplication.ps1:102-117 identifierUris @($exUrl) ($ExternalUrl.TrimEnd("/") when it
    // ends with "/"), web redirectUris @($ExternalUrl), homePageUrl $InternalUrl, logoutUrl $ExternalUrl +
    // "?appproxy=logout"
    private static final String URLS = "PATCH /beta/applications/app-1 {\"identifierUris\":"
            + "[\"https://app-contoso.msappproxy.net\"],\"web\":{\"redirectUris\":[\"" + EXT + "\"],"
            + "\"homePageUrl\":\"http://intranet/\",\"logoutUrl\":\"" + EXT + "?appproxy=logout\"}}";
    // :61-99 $onPremisesPublishing key by key, :80 externalAuthenticationType with a small first letter; :125-127
    private static final String PUBLISHING = "PATCH /beta/applications/app-1 {\"onPremisesPublishing\":"
            + "{\"externalUrl\":\"" + EXT + "\",\"internalUrl\":\"http://intranet/\","
            + "\"externalAuthenticationType\":\"aadPreAuthentication\",\"isTranslateHostHeaderEnabled\":true}}";
    // :135-143 only with -ConnectorGroupId: PUT "/beta/applications/$ApplicationId/connectorGroup/" + '$ref'
    private static final String CONNECTOR = "PUT /beta/applications/app-1/connectorGroup/$ref {\"@odata.id\":"
            + "\"https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationproxy/connectorGroups/cg-1\"}";
    // :155 the final GET
    private static final String READ = "GET /beta/applications/app-1/onPremisesPublishing";

    private void served() {
        graph.object("/beta/applications/app-1", Map.of("id", "app-1"))
                .object("/beta/applications/app-1/connectorGroup/$ref", Map.of())
                .object("/beta/applications/app-1/onPremisesPublishing", Map.of("externalUrl", EXT,
                        "externalAuthenticationType", "aadPreAuthentication"));
    }

    @Test
    void setSendsItsWritesInOrderAfterTheConfirmationAndShowsTheLastReply() {
        served();
        RunResult asked = run(RunInput.commandLine(SET + " -ConnectorGroupId cg-1"));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation");
        String base = graph.baseUrl();
        assertTrue(asked.request().contains("PUT " + base + "/beta/applications/app-1/connectorGroup/$ref"),
                asked.request().toString());

        RunResult whatIf = run(RunInput.commandLine(SET + " -ConnectorGroupId cg-1 -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");

        RunResult done = run(RunInput.commandLine(SET + " -ConnectorGroupId cg-1").confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of(URLS, PUBLISHING, CONNECTOR, READ), sent());
        assertTrue(done.text().contains("aadPreAuthentication"), done.text());
    }

    @Test
    void setWithoutAConnectorGroupSendsNoPut() {
        served();
        RunResult done = run(RunInput.commandLine(SET).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of(URLS, PUBLISHING, READ), sent());
    }

    @Test
    void aFailingWriteStopsSetAndSaysWhatWasChanged() {
        graph.object("/beta/applications/app-1", Map.of("id", "app-1")); // the PUT answers 404
        RunResult r = run(RunInput.commandLine(SET + " -ConnectorGroupId cg-1").confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(List.of(URLS, PUBLISHING, CONNECTOR), sent(), "nothing after the failed step");
        String base = graph.baseUrl();
        assertTrue(r.text().contains("Status: 404"), r.text());
        assertTrue(r.text().contains("Not sent: GET " + base + "/beta/applications/app-1/onPremisesPublishing."),
                r.text());
    }
}
