package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.planned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the forms read on the branch {@code multiwrite}: several writes in one set, in order, a later
 * one under its own condition on an argument and with a value from an earlier write's reply. Each expectation is
 * written by hand from the module's code (file and line named; microsoftgraph/entra-powershell at a36be76).
 */
class BundledRequestPlannerMultiwriteCoverageTest {

    private static final String TEMPLATE = "/beta/applicationTemplates/8adf8e6e-67b2-4cf2-a259-e3dc5476c621"
            + "/instantiate";
    private static final String NEW_APP = "/beta/applications/<application.objectId from POST " + TEMPLATE + ">/";
    private static final String PUBLISH = "PATCH " + NEW_APP + " {\"onPremisesPublishing\":"
            + "{\"applicationType\":\"nonwebapp\",\"isAccessibleViaZTNAClient\":true}}";

    /** The steps before the request, each as the confirmation shows it (values of earlier replies as placeholders). */
    private static List<String> steps(RequestPlan plan) {
        return plan.lookups().stream().map(l -> line(plan, l.tries().get(0))).toList();
    }

    private static List<String> requests(RequestPlan plan) {
        return plan.requests().stream().map(r -> line(plan, r)).toList();
    }

    private static String line(RequestPlan plan, GraphRequest r) {
        return StepValues.shown(r.method() + " " + r.relativeUrl() + (r.body() == null ? "" : " " + r.body()),
                plan.lookups());
    }

    @Test
    void aPrivateAccessAppIsCreatedThenPublishedThenGivenItsConnectorGroup() {
        // New-EntraBetaPrivateAccessApplication.ps1 36 $bodyJson = @{ displayName = $ApplicationName }; 39 $newApp =
        // Invoke-GraphRequest -Method POST … -Uri '/beta/applicationTemplates/8adf8e6e-…/instantiate' -Body $bodyJson;
        // 42-47 $bodyJson = @{ "onPremisesPublishing" = @{ "applicationType" = "nonwebapp"; "isAccessibleViaZTNAClient"
        // = $true } }; 49 $newAppId = $newApp.application.objectId; 52-59 $params = @{ Method = 'PATCH'; Uri =
        // "/beta/applications/$newAppId/"; Body = $bodyJson }; Invoke-GraphRequest @params; 62 if ($ConnectorGroupId) {
        // 63-65 "@odata.id" = "$rootUri/beta/onPremisesPublishingProfiles/applicationproxy/connectorGroups/$ConnectorGroupId"
        // 67-74 PUT "/beta/applications/$newAppId/connectorGroup/`$ref"
        RequestPlan plan = planned("New-EntraBetaPrivateAccessApplication", "ApplicationName", "PA1",
                "ConnectorGroupId", "cg-1");
        assertEquals(List.of("POST " + TEMPLATE + " {\"displayName\":\"PA1\"}",
                PUBLISH), steps(plan));
        assertEquals(1, plan.requests().size());
        assertEquals("PUT " + NEW_APP + "connectorGroup/$ref {\"@odata.id\":"
                + "\"https://graph.microsoft.com/beta/onPremisesPublishingProfiles/applicationproxy/connectorGroups"
                + "/cg-1\"}",
                requests(plan).get(0));
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("only when -ConnectorGroupId is given")),
                plan.notes()::toString);
    }

    @Test
    void withoutAConnectorGroupThePatchIsTheLastRequest() {
        // New-EntraBetaPrivateAccessApplication.ps1 62 if ($ConnectorGroupId) { … }: not sent without it
        RequestPlan plan = planned("New-EntraBetaPrivateAccessApplication", "ApplicationName", "PA1");
        assertEquals(List.of("POST " + TEMPLATE + " {\"displayName\":\"PA1\"}"), steps(plan));
        assertEquals(List.of(PUBLISH), requests(plan));
    }

    @Test
    void removingTheAdApplicationPatchesItsUrlsThenDeletesIt() {
        // Remove-EntraBetaApplicationProxyApplication.ps1 33 if ($null -ne $PSBoundParameters["RemoveADApplication"]
        // -and $true -eq $PSBoundParameters["RemoveADApplication"]) { 34-39 $body = @{ onPremisesPublishing = @{
        // internalUrl = "PowerShellDeleteApplication"; externalUrl = "PowerShellDeleteApplication" } } | ConvertTo-Json
        // 40 PATCH "/beta/applications/$ApplicationId" -Body $body; 41 DELETE "/beta/applications/$ApplicationId" }
        String patch = "PATCH /beta/applications/app-1 {\"onPremisesPublishing\":{\"internalUrl\":"
                + "\"PowerShellDeleteApplication\",\"externalUrl\":\"PowerShellDeleteApplication\"}}";
        RequestPlan plan = planned("Remove-EntraBetaApplicationProxyApplication", "ApplicationId", "app-1",
                "RemoveADApplication", true);
        List<String> all = new java.util.ArrayList<>(steps(plan));
        all.addAll(requests(plan));
        assertEquals(List.of(patch, "DELETE /beta/applications/app-1"), all);
        // the switch chooses the requests: it is not an argument "not part of the request"
        assertTrue(plan.notes().stream().noneMatch(n -> n.startsWith("-RemoveADApplication")), plan.notes().toString());
        // 43 if ($null -eq $PSBoundParameters["RemoveADApplication"] -or (… -and $false -eq …)) { 44-50 the PATCH alone }
        for (Object[] args : List.of(new Object[] {"ApplicationId", "app-1"},
                new Object[] {"ApplicationId", "app-1", "RemoveADApplication", false})) {
            RequestPlan only = planned("Remove-EntraBetaApplicationProxyApplication", args);
            assertEquals(List.of(), steps(only));
            assertEquals(List.of(patch), requests(only));
        }
    }
}
