package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.PLANNER;
import static dev.entrals.graph.PlannedCalls.map;
import static dev.entrals.graph.PlannedCalls.planned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the forms read on the branch {@code steps2}: a JSON batch of one inner request per item of a
 * list argument. Each expectation is written by hand from the module's code (file and line named;
 * microsoftgraph/entra-powershell at a36be76).
 */
class BundledRequestPlannerSteps2CoverageTest {

    @Test
    void aBatchOfOneInnerRequestPerSponsor() {
        // Set-EntraUserSponsor.ps1 47 $batchEndpoint = "/v1.0/`$batch"; 52 $rootUri = (Get-EntraEnvironment …)
        // .GraphEndpoint; 60 $targetResource = if ($Type -eq "User") { "users" } else { "groups" }; 61 $targetEndpoint =
        // "users/$UserId/sponsors/`$ref"; 63-76 foreach ($sponsorId in $SponsorIds) { $request = @{ id = $sponsorId;
        // method = "POST"; url = "/$targetEndpoint"; body = @{ "@odata.id" = "$rootUri/v1.0/$targetResource/$sponsorId" };
        // headers = @{ "Content-Type" = "application/json" } }; $requests += $request }; 80-84 POST $batchEndpoint
        // -Body (@{ requests = $requests } | ConvertTo-Json -Depth 4)
        RequestPlan plan = planned("Set-EntraUserSponsor", "UserId", "ann@contoso.com", "Type", "group",
                "SponsorIds", List.of("g1", "g2"));
        assertEquals(1, plan.requests().size());
        GraphRequest r = plan.requests().get(0);
        assertEquals("POST /v1.0/$batch", r.method() + " " + r.relativeUrl());
        assertEquals("{\"requests\":["
                + "{\"id\":\"g1\",\"method\":\"POST\",\"url\":\"/users/ann@contoso.com/sponsors/$ref\","
                + "\"body\":{\"@odata.id\":\"https://graph.microsoft.com/v1.0/groups/g1\"},"
                + "\"headers\":{\"Content-Type\":\"application/json\"}},"
                + "{\"id\":\"g2\",\"method\":\"POST\",\"url\":\"/users/ann@contoso.com/sponsors/$ref\","
                + "\"body\":{\"@odata.id\":\"https://graph.microsoft.com/v1.0/groups/g2\"},"
                + "\"headers\":{\"Content-Type\":\"application/json\"}}]}", r.body());
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("session's cloud")), plan.notes()::toString);
        assertTrue(plan.notes().stream().noneMatch(n -> n.contains("not part of the request")), plan.notes()::toString);
    }

    @Test
    void theBetaBatchNamesBetaInsideAndOneSponsorIsOneInnerRequest() {
        // Set-EntraBetaUserSponsor.ps1 54 $batchEndpoint = "/beta/`$batch"; 69 "@odata.id" = "$rootUri/beta/…"
        RequestPlan plan = planned("Set-EntraBetaUserSponsor", "UserId", "u1", "Type", "User", "SponsorIds", "s1");
        GraphRequest r = plan.requests().get(0);
        assertEquals("POST /beta/$batch", r.method() + " " + r.relativeUrl());
        assertEquals("{\"requests\":[{\"id\":\"s1\",\"method\":\"POST\",\"url\":\"/users/u1/sponsors/$ref\","
                + "\"body\":{\"@odata.id\":\"https://graph.microsoft.com/beta/users/s1\"},"
                + "\"headers\":{\"Content-Type\":\"application/json\"}}]}", r.body());
    }

    @Test
    void aFunctionThatPromptsInLoopsSaysItNeedsAPersonAtAConsole() {
        // Add-EntraRequiredResourceAccessToAgentIdentityBlueprint.ps1 144-221: without -ResourceAccess the first pass
        // asks for the permissions, 150 Read-Host "Permission type: …" … 216 Read-Host "Add another permission …"
        // (with -ResourceAccess it runs since branch rra: BundledRequestPlannerRraCoverageTest)
        String reason = assertInstanceOf(RequestPlanner.Unsupported.class, PLANNER.plan(
                "Add-EntraRequiredResourceAccessToAgentIdentityBlueprint", null, map("AgentBlueprintId", "b1")))
                .reason();
        assertTrue(reason.contains("needs -ResourceAccess for a run here: without it the module asks for the entries at"
                + " a PowerShell console instead (6 prompts, Read-Host at Entra/Microsoft.Entra/Applications/"
                + "Add-EntraRequiredResourceAccessToAgentIdentityBlueprint.ps1:150 to line 216)"), reason);
        assertTrue(reason.contains("which a run here cannot answer"), reason);
        // New-EntraBetaAgentIdentityBlueprint.ps1 65 while (-not $hasSponsors) { 68 Read-Host "Enter sponsor user IDs…"
        // (since branch blueprint the loop runs only without the sponsor arguments: refused per call, naming it)
        String beta = assertInstanceOf(RequestPlanner.Unsupported.class, PLANNER.plan(
                "New-EntraBetaAgentIdentityBlueprint", null, map("DisplayName", "x"))).reason();
        assertTrue(beta.contains("needs -SponsorUserIds or -SponsorGroupIds for a run here: without it the module asks"
                + " for them at a PowerShell console until one has items (Read-Host at EntraBeta/Microsoft.Entra.Beta/"
                + "Applications/New-EntraBetaAgentIdentityBlueprint.ps1:68"), beta);
    }
}
