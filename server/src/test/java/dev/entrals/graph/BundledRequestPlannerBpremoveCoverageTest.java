package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.plannedIn;
import static dev.entrals.graph.PlannedCalls.requests;
import static dev.entrals.graph.PlannedCalls.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the form read on the branch {@code bpremove}: a GET whose reply is every page's objects (the
 * code's {@code do { … $uri = $r.'@odata.nextLink' } while ($uri)}), then several calls in one {@code foreach} over
 * those objects, sent per object in order (a GET, a DELETE per object of that GET's reply, a DELETE). Each expectation
 * is written by hand from the module's code (file and line named; microsoftgraph/entra-powershell as in the corpus).
 */
class BundledRequestPlannerBpremoveCoverageTest {

    private static String identities(String v) {
        return "GET /" + v + "/servicePrincipals/microsoft.graph.agentIdentity?$filter=agentIdentityBlueprintId%20eq%20'b-1'";
    }

    private static String each(String from) {
        return "<id of each object from " + from + ">";
    }

    /** The three calls the code sends per identity, as the confirmation shows them. */
    private static void perIdentity(RequestPlan plan, String v, int first) {
        String ids = identities(v);
        String users = "GET /" + v + "/users/microsoft.graph.agentUser?$filter=identityParentId%20eq%20'" + each(ids)
                + "'";
        assertEquals(ids, steps(plan).get(first));
        assertEquals(users, steps(plan).get(first + 1));
        assertEquals("DELETE /" + v + "/users/" + each(users), steps(plan).get(first + 2));
        RequestPlan.Lookup paged = plan.lookups().get(first);
        assertTrue(paged.pages() && paged.per() == 0, paged::toString);
        assertEquals(first + 1, plan.lookups().get(first + 1).per(), "the users' GET is sent per identity");
        assertEquals(first + 1, plan.lookups().get(first + 2).per(), "each user's DELETE is sent per identity");
        assertTrue(plan.write());
    }

    @Test
    void removeAgentIdentityByBlueprintPagesTheIdentitiesThenDeletesEachOnesUsersAndItself() {
        // Remove-EntraAgentIdentity.ps1 37 $uri = "/v1.0/servicePrincipals/microsoft.graph.agentIdentity?`$filter=
        // agentIdentityBlueprintId eq '$AgentIdentityBlueprintId'"; 40-49 do { GET $uri; $allAgentIdentities +=
        // $response.value; $uri = nextLink } while ($uri); 59 foreach ($agentIdentity in $allAgentIdentities):
        // 67-69 GET /v1.0/users/microsoft.graph.agentUser?$filter=identityParentId eq '$agentIdValue' (:60 its id);
        // 75-79 DELETE /v1.0/users/$($user.id) per user; 98-99 DELETE /v1.0/servicePrincipals/$agentIdValue
        for (String[] m : new String[][] {{"Remove-EntraAgentIdentity", "v1.0"},
                {"Remove-EntraBetaAgentIdentity", "beta"}}) {
            RequestPlan plan = plannedIn(m[0], "ByBlueprintId", "AgentIdentityBlueprintId", "b-1");
            assertEquals(3, plan.lookups().size(), plan.lookups()::toString);
            perIdentity(plan, m[1], 0);
            assertEquals(List.of("DELETE /" + m[1] + "/servicePrincipals/" + each(identities(m[1]))), requests(plan));
            assertTrue(plan.notes().stream().anyMatch(n -> n.contains("follows @odata.nextLink from GET /" + m[1]
                    + "/servicePrincipals/microsoft.graph.agentIdentity to the last page")), plan.notes()::toString);
            assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("the module sends, once per object of the"
                    + " reply of GET /" + m[1] + "/servicePrincipals/microsoft.graph.agentIdentity and in this order")
                    && n.endsWith("DELETE /" + m[1] + "/servicePrincipals/{@1.value.id} (its foreach over them), and"
                    + " none when it has none")), plan.notes()::toString);
            // 87-89 and 92-94: a failed DELETE of an agent user, or their lookup, is only a warning there
            assertTrue(plan.notes().stream().anyMatch(n -> n.contains("AgentIdentity.ps1:87") && n.contains(
                    "AgentIdentity.ps1:92") && n.contains("the plan stops at the failure")), plan.notes()::toString);
            assertTrue(plan.notes().stream().noneMatch(n -> n.startsWith("-AgentIdentityBlueprintId")),
                    "the argument is in the first GET's filter: " + plan.notes());
        }
    }

    @Test
    void removeBlueprintLooksItUpPagesItsIdentitiesDeletesEachWithItsUsersThenTheBlueprint() {
        // Remove-EntraAgentIdentityBlueprint.ps1 32-33 GET /v1.0/applications/microsoft.graph.agentIdentityBlueprint/
        // $BlueprintId; 45-54 the paging loop over the identities; 60 foreach ($agentIdentity in $allAgentIdentities):
        // 66-68 GET the agent users, 74-78 DELETE each, 99-100 DELETE /v1.0/servicePrincipals/$agentIdValue;
        // 119-120 DELETE /v1.0/applications/$BlueprintId
        for (String[] m : new String[][] {{"Remove-EntraAgentIdentityBlueprint", "v1.0"},
                {"Remove-EntraBetaAgentIdentityBlueprint", "beta"}}) {
            RequestPlan plan = plannedIn(m[0], null, "BlueprintId", "b-1", "Force", true);
            assertEquals(5, plan.lookups().size(), plan.lookups()::toString);
            assertEquals("GET /" + m[1] + "/applications/microsoft.graph.agentIdentityBlueprint/b-1",
                    steps(plan).get(0));
            perIdentity(plan, m[1], 1);
            assertEquals("DELETE /" + m[1] + "/servicePrincipals/" + each(identities(m[1])), steps(plan).get(4));
            assertEquals(2, plan.lookups().get(4).per(), "the identity's DELETE is sent per identity, after its users'");
            assertEquals(List.of("DELETE /" + m[1] + "/applications/b-1"), requests(plan));
            // 87, 92 and 108: the module warns and goes on when a user's DELETE, the users' GET or the identity's
            // DELETE fails
            assertTrue(plan.notes().stream().anyMatch(n -> n.contains("Blueprint.ps1:87") && n.contains(
                    "Blueprint.ps1:92") && n.contains("Blueprint.ps1:108") && n.contains("the plan stops")),
                    plan.notes()::toString);
        }
    }
}
