package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole runs of the form read on the branch {@code agents2}: a write step sent once per object of an earlier reply
 * (none when it has none), then the set's own request; nothing before the confirmation, a failing step stops the run
 * and says what was changed.
 */
class BundledAgents2RunTest extends BundledRunCase {

    // Remove-EntraAgentIdentity.ps1 117-118 GET the identity; 127-133 GET its agent users; 135-139 DELETE each;
    // 158-159 DELETE the identity
    private static final String IDENTITY = "/v1.0/servicePrincipals/microsoft.graph.agentIdentity/a-1";
    private static final String USERS = "/v1.0/users/microsoft.graph.agentUser";
    private static final String USERS_OF = USERS + "?$filter=identityParentId%20eq%20'a-1'";
    private static final String REMOVE = "Remove-EntraAgentIdentity -AgentId a-1";

    private void agentWithUsers(String... ids) {
        graph.object(IDENTITY, Map.of("id", "a-1", "displayName", "Agent one"))
                .collection(USERS, java.util.Arrays.stream(ids).map(id -> Map.<String, Object>of("id", id)).toList())
                .object("/v1.0/servicePrincipals/a-1", Map.of());
        for (String id : ids) {
            graph.object("/v1.0/users/" + id, Map.of("id", id));
        }
    }

    @Test
    void theConfirmationShowsEveryRequestAndNothingIsSentBeforeItNorWithWhatIf() {
        agentWithUsers("u-1", "u-2");
        RunResult asked = run(RunInput.commandLine(REMOVE));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        String base = graph.baseUrl();
        assertEquals(List.of("GET " + base + IDENTITY, "GET " + base + USERS_OF, "DELETE " + base
                + "/v1.0/users/<id of each object from GET " + USERS_OF + ">", "DELETE " + base
                + "/v1.0/servicePrincipals/a-1"), asked.request());
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation");

        RunResult whatIf = run(RunInput.commandLine(REMOVE + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");
    }

    @Test
    void eachAgentUserIsDeletedThenTheIdentity() {
        agentWithUsers("u-1", "u-2");
        RunResult done = run(RunInput.commandLine(REMOVE).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + IDENTITY, "GET " + USERS_OF, "DELETE /v1.0/users/u-1", "DELETE /v1.0/users/u-2",
                "DELETE /v1.0/servicePrincipals/a-1"), sent());
        String base = graph.baseUrl();
        assertEquals("Done: DELETE " + base + "/v1.0/users/u-1\nDone: DELETE " + base + "/v1.0/users/u-2\nDone: DELETE "
                + base + "/v1.0/servicePrincipals/a-1\n", done.text(), "each write as it was sent, ids in place");
    }

    @Test
    void anIdentityWithoutAgentUsersIsDeletedAlone() {
        // :130-133 $agentUsers stays @() when the reply has no value: the foreach sends nothing, :159 still runs
        agentWithUsers();
        RunResult done = run(RunInput.commandLine(REMOVE).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + IDENTITY, "GET " + USERS_OF, "DELETE /v1.0/servicePrincipals/a-1"), sent());
    }

    @Test
    void aFailingDeleteStopsTheRunAndSaysWhatWasChanged() {
        agentWithUsers("u-1", "u-3");
        graph.collection(USERS, List.of(Map.of("id", "u-1"), Map.of("id", "u-2"), Map.of("id", "u-3"))); // u-2's
        // DELETE answers 404 (no such object at the stand-in)
        RunResult r = run(RunInput.commandLine(REMOVE).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(List.of("GET " + IDENTITY, "GET " + USERS_OF, "DELETE /v1.0/users/u-1", "DELETE /v1.0/users/u-2"),
                sent(), "nothing after the failed step");
        String base = graph.baseUrl();
        assertTrue(r.text().contains("Status: 404"), r.text());
        assertTrue(r.text().contains("Sent and done before it (changed): DELETE " + base + "/v1.0/users/u-1. Not sent:"
                + " DELETE " + base + "/v1.0/users/u-3, DELETE " + base + "/v1.0/servicePrincipals/a-1."), r.text());
    }

    @Test
    void anIdentityThatIsNotFoundStopsTheRunBeforeAnyDelete() {
        // :118 the GET of the identity throws (caught at :172 and thrown again): nothing is deleted
        RunResult r = run(RunInput.commandLine(REMOVE).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(List.of("GET " + IDENTITY), sent());
        assertTrue(r.text().contains("nothing was changed"), r.text());
    }

    // Add-EntraPermissionToCreateAgentUsersToAgentIdentityBlueprintPrincipal.ps1 85 GET the blueprint's service
    // principal; 103 (-> 58) GET Microsoft Graph's in the function it defines; 108-112 the body; 121/127 the POST
    private static final String SPS = "/v1.0/servicePrincipals";
    private static final String GRANT = "Add-EntraPermissionToCreateAgentUsersToAgentIdentityBlueprintPrincipal"
            + " -AgentBlueprintId bp-app";
    private static final String BLUEPRINT_SP = SPS + "?$filter=appId%20eq%20'bp-app'&$select=id,appId,displayName";
    private static final String GRAPH_SP = SPS + "?$filter=appId%20eq%20'00000003-0000-0000-c000-000000000000'"
            + "&$select=id,appId,displayName";

    private void principals() {
        graph.filtered(SPS, "appId eq 'bp-app'", List.of(Map.of("id", "sp-bp", "appId", "bp-app")))
                .filtered(SPS, "appId eq '00000003-0000-0000-c000-000000000000'", List.of(Map.of("id", "sp-graph")))
                .object(SPS + "/sp-bp/appRoleAssignments", Map.of("id", "assignment-1"));
    }

    @Test
    void theAppRoleAssignmentNamesBothLookedUpPrincipalsAfterTheConfirmation() {
        principals();
        RunResult asked = run(RunInput.commandLine(GRANT));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        String base = graph.baseUrl();
        assertEquals(List.of("GET " + base + BLUEPRINT_SP, "GET " + base + GRAPH_SP, "POST " + base + SPS
                + "/<value[0].id from GET " + BLUEPRINT_SP + ">/appRoleAssignments", "{\"principalId\":\"<value[0].id"
                + " from GET " + BLUEPRINT_SP + ">\",\"resourceId\":\"<value[0].id from GET " + GRAPH_SP + ">\","
                + "\"appRoleId\":\"4aa6e624-eee0-40ab-bdd8-f9639038a614\"}"), asked.request());
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation");
        assertEquals(RunStatus.WHAT_IF, run(RunInput.commandLine(GRANT + " -WhatIf").confirm()).status());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");

        RunResult done = run(RunInput.commandLine(GRANT).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + BLUEPRINT_SP, "GET " + GRAPH_SP, "POST " + SPS + "/sp-bp/appRoleAssignments"
                + " {\"principalId\":\"sp-bp\",\"resourceId\":\"sp-graph\",\"appRoleId\":"
                + "\"4aa6e624-eee0-40ab-bdd8-f9639038a614\"}"), sent());
    }

    @Test
    void aBlueprintWithoutServicePrincipalStopsBeforeThePost() {
        // :87-89 no value: the module throws "Blueprint Service Principal not found in tenant"
        graph.filtered(SPS, "appId eq 'bp-app'", List.of());
        RunResult r = run(RunInput.commandLine(GRANT).confirm());
        assertEquals(List.of("GET " + BLUEPRINT_SP), sent().subList(0, 1));
        assertTrue(sent().stream().noneMatch(x -> x.startsWith("POST")), sent()::toString);
        assertTrue(r.text().contains("nothing was changed"), r.text());
    }

    @Test
    void withoutTheBlueprintIdNothingIsSentAndTheArgumentIsNamed() {
        RunResult r = run(RunInput.commandLine("Add-EntraPermissionToCreateAgentUsersToAgentIdentityBlueprintPrincipal")
                .confirm());
        assertEquals(RunStatus.NOT_EVALUATED, r.status(), r.text());
        assertEquals(List.of("AgentBlueprintId"), r.unevaluated());
        assertTrue(r.text().contains("without -AgentBlueprintId the module takes the value an earlier command left"),
                r.text());
        assertEquals(List.of(), graph.requests);
    }
}
