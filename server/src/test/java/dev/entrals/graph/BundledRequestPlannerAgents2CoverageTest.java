package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.planned;
import static dev.entrals.graph.PlannedCalls.refused;
import static dev.entrals.graph.PlannedCalls.requests;
import static dev.entrals.graph.PlannedCalls.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the form read on the branch {@code agents2}: a write step sent once per object of an earlier
 * reply, before the set's own request ({@code foreach ($user in $agentUsers) { DELETE }} then the identity's DELETE),
 * the list a local that is empty or the reply's {@code value}. Each expectation is written by hand from the module's
 * code (file and line named; microsoftgraph/entra-powershell as in the corpus).
 */
class BundledRequestPlannerAgents2CoverageTest {

    private static final String AGENT = "a-1";

    @Test
    void removeAgentIdentityByIdDeletesEachAgentUserThenTheIdentity() {
        // Remove-EntraAgentIdentity.ps1 117-118 GET /v1.0/servicePrincipals/microsoft.graph.agentIdentity/$AgentId;
        // 127-129 GET /v1.0/users/microsoft.graph.agentUser?$filter=identityParentId eq '$AgentId'; 130-133
        // $agentUsers = @() then @($userResponse.value) when it has one; 135-139 foreach ($user in $agentUsers)
        // DELETE "/v1.0/users/$($user.id)"; 158-159 DELETE /v1.0/servicePrincipals/$AgentId
        RequestPlan plan = planned("Remove-EntraAgentIdentity", "AgentId", AGENT);
        String users = "GET /v1.0/users/microsoft.graph.agentUser?$filter=identityParentId%20eq%20'" + AGENT + "'";
        assertEquals(List.of("GET /v1.0/servicePrincipals/microsoft.graph.agentIdentity/" + AGENT, users,
                "DELETE /v1.0/users/<id of each object from " + users + ">"), steps(plan));
        assertEquals(List.of("DELETE /v1.0/servicePrincipals/" + AGENT), requests(plan));
        assertTrue(plan.write());
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("once per object of the reply of GET"
                + " /v1.0/users/microsoft.graph.agentUser, and none when it has none")), plan.notes()::toString);
        // 147-149 and 152-154: a failed DELETE of an agent user, or of their lookup, is only a warning there
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("Remove-EntraAgentIdentity.ps1:147")
                && n.contains("Remove-EntraAgentIdentity.ps1:152") && n.contains("the plan stops at the failure")),
                plan.notes()::toString);
    }

    @Test
    void theBetaModuleDoesTheSameOnBeta() {
        // Remove-EntraBetaAgentIdentity.ps1 117, 127, 138, 158: the same calls on /beta
        RequestPlan plan = planned("Remove-EntraBetaAgentIdentity", "AgentId", AGENT);
        assertEquals(3, steps(plan).size());
        assertEquals("GET /beta/servicePrincipals/microsoft.graph.agentIdentity/" + AGENT, steps(plan).get(0));
        assertTrue(steps(plan).get(1).startsWith("GET /beta/users/microsoft.graph.agentUser?$filter=identityParentId"),
                steps(plan)::toString);
        assertEquals("DELETE /beta/users/<id of each object from " + steps(plan).get(1) + ">", steps(plan).get(2));
        assertEquals(List.of("DELETE /beta/servicePrincipals/" + AGENT), requests(plan));
    }

    // set ByBlueprintId and Remove-EntraAgentIdentityBlueprint (a paging loop, then several calls per identity):
    // BundledRequestPlannerBpremoveCoverageTest

    @Test
    void permissionToCreateAgentUsersLooksBothPrincipalsUpThenPostsTheAssignment() {
        // Add-EntraPermissionToCreateAgentUsersToAgentIdentityBlueprintPrincipal.ps1 85 GET
        // ${baseUri}?$filter=appId eq '$AgentBlueprintId'&$select=id,appId,displayName; 91-98 $servicePrincipalId =
        // $script:…Id = $blueprintServicePrincipalResponse.value[0].id; 103 $msGraphServicePrincipalId =
        // Get-MSGraphServicePrincipalId, defined at 45-75: 58 GET v1.0/servicePrincipals?$filter=appId eq
        // '00000003-…'&$select=…, 64-68 returns its value[0].id; 106 $appRoleId = "4aa6e624-…"; 108-112 the body;
        // 121 $apiUrl = "${baseUri}/$servicePrincipalId/appRoleAssignments"; 127 POST
        RequestPlan plan = planned("Add-EntraPermissionToCreateAgentUsersToAgentIdentityBlueprintPrincipal",
                "AgentBlueprintId", "bp-app");
        String blueprint = "GET /v1.0/servicePrincipals?$filter=appId%20eq%20'bp-app'&$select=id,appId,displayName";
        String graph = "GET /v1.0/servicePrincipals?$filter=appId%20eq%20'00000003-0000-0000-c000-000000000000'"
                + "&$select=id,appId,displayName";
        assertEquals(List.of(blueprint, graph), steps(plan));
        String sp = "<value[0].id from " + blueprint + ">";
        assertEquals(List.of("POST /v1.0/servicePrincipals/" + sp + "/appRoleAssignments {\"principalId\":\"" + sp
                + "\",\"resourceId\":\"<value[0].id from " + graph + ">\",\"appRoleId\":"
                + "\"4aa6e624-eee0-40ab-bdd8-f9639038a614\"}"), requests(plan));
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("Get-MSGraphServicePrincipalId, a function it defines"
                + " (Entra/Microsoft.Entra/Applications/Add-EntraPermissionToCreateAgentUsersToAgentIdentityBlueprint"
                + "Principal.ps1:58)")), plan.notes()::toString);
    }

    @Test
    void permissionToCreateAgentUsersNeedsTheBlueprintId() {
        // :23-34 without -AgentBlueprintId the module takes $script:CurrentAgentBlueprintId or asks with Read-Host
        assertTrue(refused("Add-EntraPermissionToCreateAgentUsersToAgentIdentityBlueprintPrincipal")
                .contains("needs -AgentBlueprintId for a run here"));
        // the Beta module the same on /beta (its :124 POST), without the Read-Host
        RequestPlan beta = planned("Add-EntraBetaPermissionToCreateAgentUsersToAgentIdentityBlueprintPrincipal",
                "AgentBlueprintId", "bp-app");
        assertTrue(requests(beta).get(0).startsWith("POST /beta/servicePrincipals/<value[0].id from GET"
                + " /beta/servicePrincipals?$filter=appId%20eq%20'bp-app'"), requests(beta)::toString);
        assertEquals(2, steps(beta).size());
    }
}
