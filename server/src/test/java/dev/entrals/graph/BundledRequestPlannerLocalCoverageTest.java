package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.PLANNER;
import static dev.entrals.graph.PlannedCalls.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The bundled table's entries of branch {@code local}: a cmdlet none of whose sets sends a request, refused alike in
 * every set, has the cmdlet's reason.
 */
class BundledRequestPlannerLocalCoverageTest {

    @Test
    void privilegedRoleAssignmentRequestIsRefusedAsAWholeWithWhy() {
        // Get-EntraBetaPrivilegedRoleAssignmentRequest.ps1:12-13 -ProviderId mandatory in every set, :102
        // Get-MgBetaPrivilegedRoleAssignmentRequest @params: its route (sdk-requests.tsv, the SDK cmdlet's own page,
        // a retired API) is /privilegedRoleAssignmentRequests[/{id}], which takes no -ProviderId
        String command = "Get-EntraBetaPrivilegedRoleAssignmentRequest";
        assertTrue(PLANNER.refusesEveryCall(command));
        for (Object[] args : new Object[][] {{"ProviderId", "aadRoles"}, {"ProviderId", "aadRoles", "Id", "r-1"}}) {
            String why = refused(command, args);
            assertTrue(why.startsWith(command + " cannot be run without PowerShell: it sends no request in any set:"
                    + " -ProviderId, mandatory in every set, names the SDK's -ProviderId, which no documented path"),
                    why);
            assertTrue(why.contains("(a retired API, whose Graph REST page is gone"), why);
            assertTrue(why.endsWith("(EntraBeta/Microsoft.Entra.Beta/Governance/"
                    + "Get-EntraBetaPrivilegedRoleAssignmentRequest.ps1:102)."), why);
        }
    }

    @Test
    void aCmdletWithOneSetThatRunsHasNoReason() {
        // Get-EntraBetaFederationProperty: set GetQuery refused, the others run
        RequestEntry e = RequestTable.bundled().entry("Get-EntraBetaFederationProperty").orElseThrow();
        assertEquals(null, e.reason());
        assertTrue(e.sets().stream().anyMatch(s -> s.method() != null));
    }
}
