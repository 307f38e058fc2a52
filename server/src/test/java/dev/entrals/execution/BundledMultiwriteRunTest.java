package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Whole runs, as {@link BundledSteps2RunTest}, of the forms read on the branch {@code multiwrite}: several writes in
 * one set, sent in order after the one confirmation, a later one under its own condition on an argument and with a
 * value from an earlier write's reply; a failing step stops the run and says what was changed and what was not sent.
 */
class BundledMultiwriteRunTest extends BundledRunCase {

    // New-EntraBetaPrivateAccessApplication.ps1:36-39 POST instantiate {displayName}, :49 $newAppId from its
    // reply's application.objectId, :42-57 PATCH applications/$newAppId/ onPremisesPublishing, :62-74 PUT
    // connectorGroup/$ref only if ($ConnectorGroupId)
    private static final String TEMPLATE = "/beta/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621"
            + "/instantiate";
    private static final String NEW_APP = "New-EntraBetaPrivateAccessApplication -ApplicationName PA1";
    private static final String CREATE = "POST " + TEMPLATE + " {\"displayName\":\"PA1\"}";
    private static final String PUBLISH = "PATCH /beta/applications/obj-1/ {\"onPremisesPublishing\":"
            + "{\"applicationType\":\"nonwebapp\",\"isAccessibleViaZTNAClient\":true}}";

    // :33 $rootUri = (Get-EntraEnvironment -Name $environment).GraphEndpoint: the session's cloud's (the public one)
    private static final String CONNECTOR = "{\"@odata.id\":\"https://graph.microsoft.com/beta"
            + "/onPremisesPublishingProfiles/applicationproxy/connectorGroups/cg-1\"}";

    private void created() {
        graph.object(TEMPLATE, Map.of("application", Map.of("objectId", "obj-1", "appId", "app-1")))
                .object("/beta/applications/obj-1", Map.of("id", "obj-1"))
                .object("/beta/applications/obj-1/connectorGroup/$ref", Map.of());
    }

    @Test
    void writesInSequenceAreConfirmedOnceAndALaterOneUsesTheFirstReply() {
        created();
        RunResult asked = run(RunInput.commandLine(NEW_APP + " -ConnectorGroupId cg-1"));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        String base = graph.baseUrl();
        assertEquals(List.of("POST " + base + TEMPLATE, "{\"displayName\":\"PA1\"}",
                "PATCH " + base + "/beta/applications/<application.objectId from POST " + TEMPLATE + ">/",
                "{\"onPremisesPublishing\":{\"applicationType\":\"nonwebapp\",\"isAccessibleViaZTNAClient\":true}}",
                "PUT " + base + "/beta/applications/<application.objectId from POST " + TEMPLATE
                        + ">/connectorGroup/$ref",
                CONNECTOR), asked.request());
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation");

        RunResult whatIf = run(RunInput.commandLine(NEW_APP + " -ConnectorGroupId cg-1 -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");

        RunResult done = run(RunInput.commandLine(NEW_APP + " -ConnectorGroupId cg-1").confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of(CREATE, PUBLISH, "PUT /beta/applications/obj-1/connectorGroup/$ref " + CONNECTOR), sent());
    }

    @Test
    void aLaterWriteUnderItsConditionIsNotSentWhenItDoesNotHold() {
        created();
        RunResult done = run(RunInput.commandLine(NEW_APP).confirm()); // no -ConnectorGroupId: :62 is false
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of(CREATE, PUBLISH), sent());
    }

    @Test
    void aFailingStepAfterAWriteStopsAndSaysWhatWasChanged() {
        graph.object(TEMPLATE, Map.of("application", Map.of("objectId", "obj-1"))); // the PATCH answers 404
        RunResult r = run(RunInput.commandLine(NEW_APP + " -ConnectorGroupId cg-1").confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(List.of(CREATE, PUBLISH), sent(), "nothing after the failed step");
        String base = graph.baseUrl();
        assertTrue(r.text().contains("Status: 404"), r.text());
        assertTrue(r.text().contains("Sent and done before it (changed): POST " + base + TEMPLATE + ". Not sent: PUT "
                + base + "/beta/applications/<application.objectId from POST " + TEMPLATE + ">/connectorGroup/$ref."),
                r.text());
    }

    @Test
    void aFailingFirstWriteSaysNothingWasChangedAndWhatWasNotSent() {
        created();
        graph.failNext(GraphStandIn.Fault.FORBIDDEN); // :36-39 the POST instantiate answers 403
        RunResult r = run(RunInput.commandLine(NEW_APP + " -ConnectorGroupId cg-1").confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(List.of(CREATE), sent(), "nothing after the failed step");
        String base = graph.baseUrl();
        String app = base + "/beta/applications/<application.objectId from POST " + TEMPLATE + ">/";
        assertTrue(r.text().contains("Status: 403"), r.text());
        assertTrue(r.text().contains("Nothing was changed. Not sent: PATCH " + app + ", PUT " + app
                + "connectorGroup/$ref."), r.text());
    }

    // Remove-EntraBetaApplicationProxyApplication.ps1:33-41 with -RemoveADApplication true: PATCH the urls to
    // PowerShellDeleteApplication, then DELETE the application; :43-51 otherwise the PATCH alone
    private static final String PATCH_URLS = "PATCH /beta/applications/app-1 {\"onPremisesPublishing\":"
            + "{\"internalUrl\":\"PowerShellDeleteApplication\",\"externalUrl\":\"PowerShellDeleteApplication\"}}";

    @Test
    void aSwitchChoosesWhichWritesAreSent() {
        graph.object("/beta/applications/app-1", Map.of("id", "app-1"));
        RunResult both = run(RunInput.commandLine("Remove-EntraBetaApplicationProxyApplication -ApplicationId app-1"
                + " -RemoveADApplication $true").confirm());
        assertEquals(RunStatus.OK, both.status(), both.text());
        assertEquals(List.of(PATCH_URLS, "DELETE /beta/applications/app-1"), sent());
        graph.requests.clear();
        RunResult one = run(RunInput.commandLine("Remove-EntraBetaApplicationProxyApplication -ApplicationId app-1")
                .confirm());
        assertEquals(RunStatus.OK, one.status(), one.text());
        assertEquals(List.of(PATCH_URLS), sent());
    }
}
