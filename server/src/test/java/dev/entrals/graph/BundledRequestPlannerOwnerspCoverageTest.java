package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.planned;
import static dev.entrals.graph.PlannedCalls.requests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the form read on the branch {@code ownersp}: a GET the module sends after its request when
 * that reply has no object with a value, whose objects it appends ({@link FollowUp}). Each expectation is written by
 * hand from the module's code (file and line named, /work/shared/corpus/entra-module).
 */
class BundledRequestPlannerOwnerspCoverageTest {

    private static final String GROUP = "00000000-0000-0000-0000-0000000000a1";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void groupOwnersAreFollowedByTheServicePrincipalOwners() {
        // Get-EntraGroupOwner.ps1 39 $properties = '$select=*'; 46-48 -GroupId: "$baseUri/$($params.GroupId)/owners?
        // $properties"; 60 $response = (Invoke-MgGraphRequest … -Uri $URI -Method $Method).value (one page: no
        // nextLink loop); 71 if (($response.count -eq 0) -or $response.'@odata.type' -notcontains
        // 'microsoft.graph.servicePrincipal'); 72 "$baseUri/$($params.GroupId)/owners/microsoft.graph.servicePrincipal?
        // $properties"; 73 Invoke-MgGraphRequest; 74 $servicePrincipal += $resp.value; 79 Add-Member … -Name
        // '@odata.type' -Value '#microsoft.graph.servicePrincipal' -Force; 82 $data += $servicePrincipal
        RequestPlan plan = planned("Get-EntraGroupOwner", "GroupId", GROUP);
        assertEquals(List.of("GET /v1.0/groups/" + GROUP + "/owners?$select=*"), requests(plan));
        assertEquals(RequestPlan.Paging.SINGLE, plan.paging());
        FollowUp.Planned then = plan.then();
        assertEquals("GET /v1.0/groups/" + GROUP + "/owners/microsoft.graph.servicePrincipal?$select=*",
                then.request().method() + " " + then.request().relativeUrl());
        assertNull(then.request().body());
        assertEquals(new RequestPlan.Match(0, "value", "@odata.type", "microsoft.graph.servicePrincipal", false),
                then.sent());
        assertEquals(Map.of("@odata.type", "#microsoft.graph.servicePrincipal"), then.stamp());
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("the module sends GET /v1.0/groups/{GroupId}/owners/"
                + "microsoft.graph.servicePrincipal next (Entra/Microsoft.Entra/Groups/Get-EntraGroupOwner.ps1:73)")),
                plan.notes()::toString);
        assertTrue(plan.notes().stream().noneMatch(n -> n.contains("not read")), plan.notes()::toString);
    }

    @Test
    void theFollowUpDropsTopAndKeepsTheSelectedProperties() {
        // Get-EntraGroupOwner.ps1 41-44 -Property: $properties = "`$select=…" (joined with ','); 53-56 -Top: "…/owners?
        // `$top=$topCount&$properties"; 72 the follow-up's URL: "…/owners/microsoft.graph.servicePrincipal?$properties"
        RequestPlan top = planned("Get-EntraGroupOwner", "GroupId", GROUP, "Top", 5);
        assertEquals(List.of("GET /v1.0/groups/" + GROUP + "/owners?$top=5&$select=*"), requests(top));
        assertEquals("/v1.0/groups/" + GROUP + "/owners/microsoft.graph.servicePrincipal?$select=*",
                top.then().request().relativeUrl());
        RequestPlan selected = planned("Get-EntraGroupOwner", "GroupId", GROUP, "Property",
                List.of("id", "displayName"));
        assertEquals(List.of("GET /v1.0/groups/" + GROUP + "/owners?$select=id,displayName"), requests(selected));
        assertEquals("/v1.0/groups/" + GROUP + "/owners/microsoft.graph.servicePrincipal?$select=id,displayName",
                selected.then().request().relativeUrl());
        // 50-52 -All: the same URL as without it, and the module reads one page (60 .value, no nextLink loop)
        RequestPlan all = planned("Get-EntraGroupOwner", "GroupId", GROUP, "All", true);
        assertEquals(List.of("GET /v1.0/groups/" + GROUP + "/owners?$select=*"), requests(all));
        assertEquals(RequestPlan.Paging.SINGLE, all.paging());
        assertEquals("/v1.0/groups/" + GROUP + "/owners/microsoft.graph.servicePrincipal?$select=*",
                all.then().request().relativeUrl());
    }

    @Test
    void theFollowUpIsSentExactlyWhenTheModulesNotcontainsHolds() throws Exception {
        // Get-EntraGroupOwner.ps1 71: -notcontains compares each whole '@odata.type' value with
        // 'microsoft.graph.servicePrincipal', in any case; $response.count -eq 0 for an empty reply
        RequestPlan.Match sent = planned("Get-EntraGroupOwner", "GroupId", GROUP).then().sent();
        assertTrue(sent.holds(reply("{\"value\":[]}")), "an empty reply");
        assertTrue(sent.holds(reply("{\"value\":[{\"@odata.type\":\"#microsoft.graph.user\"}]}")), "a user only");
        assertFalse(sent.holds(reply("{\"value\":[{\"@odata.type\":\"#microsoft.graph.user\"},"
                + "{\"@odata.type\":\"Microsoft.Graph.ServicePrincipal\"}]}")), "the value compared, in any case");
        // Graph writes the type with a leading '#': the module's comparison does not match it, so it sends the GET
        assertTrue(sent.holds(reply("{\"value\":[{\"@odata.type\":\"#microsoft.graph.servicePrincipal\"}]}")));
    }

    @Test
    void theBetaTwinIsNotThisForm() {
        // Get-EntraBetaGroupOwner.ps1 65 (Invoke-GraphRequest …).value: its only request, no second one
        RequestPlan beta = planned("Get-EntraBetaGroupOwner", "GroupId", GROUP);
        assertEquals(List.of("GET /beta/groups/" + GROUP + "/owners?$select=*"), requests(beta));
        assertNull(beta.then());
        // Get-EntraGroupMember.ps1 98-128 (its follow-up by what -Top leaves): BundledRequestPlannerGroupmemberCoverageTest
    }

    private static JsonNode reply(String json) throws Exception {
        return JSON.readTree(json);
    }
}
