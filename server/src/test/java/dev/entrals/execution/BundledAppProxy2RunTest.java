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

    // New-EntraBetaApplicationProxyApplication.ps1:109-113 POST /beta/applications {displayName}, :114 $Id =
    // $NewApp.Id; :122-137 if ($null -ne $NewApp) PATCH "/beta/applications/$Id" (identifierUris, web without
    // logoutUrl); :146-151 if ($null -ne $NewApp) POST /beta/servicePrincipals {appId = $NewApp.AppId}; :160-163 if
    // ($null -ne $ServicePrincipal -and $null -ne $NewApp) PATCH onPremisesPublishing; :172-180 PUT connectorGroup/$ref
    // with -ConnectorGroupId; :190 GET "/beta/applications/$Id/onPremisesPublishing"
    private static final String NEW = "New-EntraBetaApplicationProxyApplication -DisplayName Proxy1 -ExternalUrl " + EXT
            + " -InternalUrl http://intranet/";

    @Test
    void newCreatesTheAppThenUsesItsIdAndAppIdInTheLaterWrites() {
        graph.object("/beta/applications", Map.of("id", "obj-1", "appId", "app-id-1"))
                .object("/beta/servicePrincipals", Map.of("id", "sp-1"))
                .object("/beta/applications/obj-1", Map.of("id", "obj-1"))
                .object("/beta/applications/obj-1/connectorGroup/$ref", Map.of())
                .object("/beta/applications/obj-1/onPremisesPublishing", Map.of("externalUrl", EXT));
        RunResult asked = run(RunInput.commandLine(NEW + " -ConnectorGroupId cg-1"));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation");
        assertTrue(asked.text().contains("POST " + graph.baseUrl() + "/beta/servicePrincipals   (sent only if the POST"
                + " /beta/applications returned an object)"), asked.text());
        assertTrue(asked.text().contains("(sent only if the POST /beta/servicePrincipals and the POST"
                + " /beta/applications returned an object)"), asked.text());
        RunResult whatIf = run(RunInput.commandLine(NEW + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");

        RunResult done = run(RunInput.commandLine(NEW + " -ConnectorGroupId cg-1").confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("POST /beta/applications {\"displayName\":\"Proxy1\"}",
                "PATCH /beta/applications/obj-1 {\"identifierUris\":[\"https://app-contoso.msappproxy.net\"],"
                        + "\"web\":{\"redirectUris\":[\"" + EXT + "\"],\"homePageUrl\":\"http://intranet/\"}}",
                "POST /beta/servicePrincipals {\"appId\":\"app-id-1\"}",
                "PATCH /beta/applications/obj-1 {\"onPremisesPublishing\":{\"externalUrl\":\"" + EXT
                        + "\",\"internalUrl\":\"http://intranet/\"}}",
                "PUT /beta/applications/obj-1/connectorGroup/$ref {\"@odata.id\":\"https://graph.microsoft.com/beta"
                        + "/onPremisesPublishingProfiles/applicationproxy/connectorGroups/cg-1\"}",
                "GET /beta/applications/obj-1/onPremisesPublishing"), sent());
    }

    @Test
    void aFailingServicePrincipalStopsNewAndSaysWhatWasChanged() {
        graph.object("/beta/applications", Map.of("id", "obj-1", "appId", "app-id-1"))
                .object("/beta/applications/obj-1", Map.of("id", "obj-1")); // POST /beta/servicePrincipals: 404
        RunResult r = run(RunInput.commandLine(NEW).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(3, graph.requests.size(), sent().toString());
        assertTrue(r.text().contains("Sent and done before it (changed): POST " + graph.baseUrl()
                + "/beta/applications, PATCH "), r.text());
    }

    @Test
    void aStepWhoseReplyConditionDoesNotHoldIsNotSent(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home)
            throws Exception {
        // by hand: step 2 needs step 1's reply (the module's if ($null -ne $R)); step 1 is a PATCH that answers 204,
        // no content: $R is $null, so step 2 is not sent and the run goes on to the request
        dev.entrals.session.SessionTestKit kit = new dev.entrals.session.SessionTestKit(home);
        try (GraphStandIn g = new GraphStandIn(kit.serverTls())) {
            g.object("/v1.0/groups/g-1", Map.of("id", "g-1"));
            dev.entrals.graph.GraphRequest patch = new dev.entrals.graph.GraphRequest("PATCH", "/v1.0/groups/g-1",
                    Map.of(), "{\"description\":\"a\"}");
            dev.entrals.graph.GraphRequest post = new dev.entrals.graph.GraphRequest("POST", "/v1.0/groups/g-1",
                    Map.of(), "{}");
            dev.entrals.graph.RequestPlanner planner = TestPlanner.fixed(command -> new dev.entrals.graph.RequestPlan(
                    command, null, List.of(new dev.entrals.graph.GraphRequest("GET", "/v1.0/groups/g-1", Map.of(),
                    null)), dev.entrals.graph.RequestPlan.Paging.SINGLE, List.of(), List.of(), false, List.of(
                    new dev.entrals.graph.RequestPlan.Lookup(List.of(patch), List.of()),
                    new dev.entrals.graph.RequestPlan.Lookup(List.of(post), List.of(), null, false, 0, List.of(1)))));
            RunEngine e = new RunEngine(new dev.entrals.analysis.ParameterBinder(dev.entrals.docs.HelpIndex.load(
                    dev.entrals.docs.modules.StandardSources.of(List.of(), true, false))), planner,
                    GraphSessions.client(kit, GraphSessions.connect(kit, g)), (c, r) -> List.of());
            RunResult r = e.run(RunInput.commandLine("New-EntraGroup -DisplayName Sales -MailEnabled $false"
                    + " -SecurityEnabled $true -MailNickname sales").confirm(), PageListener.NONE,
                    dev.entrals.session.CancellationSignal.NONE);
            assertEquals(RunStatus.OK, r.status(), r.text());
            assertEquals(List.of("PATCH /v1.0/groups/g-1", "GET /v1.0/groups/g-1"),
                    g.requests.stream().map(GraphStandIn.Recorded::line).toList());
        }
    }
}
