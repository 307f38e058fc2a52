package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.PLANNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The bundled table's entries of branch {@code local}: a cmdlet none of whose sets sends a request, refused alike in
 * every set, has the cmdlet's reason; the one such Get-* of branch local now sends what its module evidently meant.
 */
class BundledRequestPlannerLocalCoverageTest {

    @Test
    void privilegedRoleAssignmentRequestSendsWhatTheModuleEvidentlyMeant() {
        // Get-EntraBetaPrivilegedRoleAssignmentRequest.ps1:15-16 -ProviderId mandatory in every set, :82-84 passed as
        // -ProviderId, :70-72 -Id as -PrivilegedRoleAssignmentRequestId, :102 Get-MgBetaPrivilegedRoleAssignmentRequest
        // @params: its route (sdk-requests.tsv) is /privilegedRoleAssignmentRequests[/{id}], which takes no
        // -ProviderId (PowerShell refuses every call; until section sessionrun the entry's reason said so); sent as
        // the same collection under the parent -ProviderId names (derive.ParentRoutes)
        String command = "Get-EntraBetaPrivilegedRoleAssignmentRequest";
        assertFalse(PLANNER.refusesEveryCall(command));
        RequestPlan list = PlannedCalls.planned(command, "ProviderId", "aadRoles", "Top", 5);
        assertEquals("GET /beta/privilegedAccess/aadRoles/roleAssignmentRequests?$top=5",
                list.requests().get(0).method() + " " + list.requests().get(0).relativeUrl());
        assertTrue(list.notes().stream().anyMatch(n -> n.contains("A parameter cannot be found that matches parameter"
                + " name 'ProviderId'.") && n.contains("evidently meant")), list.notes()::toString);
        RequestPlan one = PlannedCalls.planned(command, "ProviderId", "aadRoles", "Id", "r-1");
        assertEquals("GET /beta/privilegedAccess/aadRoles/roleAssignmentRequests/r-1",
                one.requests().get(0).method() + " " + one.requests().get(0).relativeUrl());
    }

    @Test
    void aCmdletWithOneSetThatRunsHasNoReason() {
        // Get-EntraBetaFederationProperty: set GetQuery refused, the others run
        RequestEntry e = RequestTable.bundled().entry("Get-EntraBetaFederationProperty").orElseThrow();
        assertEquals(null, e.reason());
        assertTrue(e.sets().stream().anyMatch(s -> s.method() != null));
    }
}
