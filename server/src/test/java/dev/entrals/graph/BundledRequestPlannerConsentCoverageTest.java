package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.PLANNER;
import static dev.entrals.graph.PlannedCalls.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The bundled table's entries of branch {@code consent}: {@code Add-Entra[Beta]PermissionsToInheritToAgentIdentity
 * BlueprintPrincipal} send no Graph request but build the tenant's admin consent URL and open it with
 * {@code Start-Process}; the table keeps them refused, with {@code via} {@code Start-Process} (the engine answers them:
 * {@code execution.ConsentPage}, {@code BundledConsentRunTest}). Expectations hand-written from the code.
 */
class BundledRequestPlannerConsentCoverageTest {

    private static final String V1 = "Add-EntraPermissionsToInheritToAgentIdentityBlueprintPrincipal";
    private static final String BETA = "Add-EntraBetaPermissionsToInheritToAgentIdentityBlueprintPrincipal";
    private static final String V1_FILE = "Entra/Microsoft.Entra/Applications/" + V1 + ".ps1";
    private static final String BETA_FILE = "EntraBeta/Microsoft.Entra.Beta/Applications/" + BETA + ".ps1";

    @Test
    void bothEntriesSayTheyOpenAUrlInTheBrowserViaStartProcess() {
        // Microsoft.Entra file: :6 the function; :94 $requestUri = "https://login.microsoftonline.com/$tenantId/v2.0/
        // adminconsent" + …; :125 Start-Process $requestUri; no Invoke-GraphRequest, no Graph SDK cmdlet
        RequestEntry v1 = RequestTable.bundled().entry(V1).orElseThrow();
        assertEquals(RequestEntry.START_PROCESS, v1.via());
        assertEquals("Start-Process", v1.via());
        assertEquals(V1_FILE + ":6", v1.source());
        assertEquals(List.of(), v1.sets());
        assertEquals("sends no Graph request: it builds a URL and opens it in the browser with Start-Process (at "
                + V1_FILE + ":125), for a person to complete there", v1.reason());
        // the Beta file: the same code, its prompt for the id replaced by a throw (:46), so 3 lines earlier: :91, :122
        RequestEntry beta = RequestTable.bundled().entry(BETA).orElseThrow();
        assertEquals("Start-Process", beta.via());
        assertEquals(BETA_FILE + ":6", beta.source());
        assertEquals("sends no Graph request: it builds a URL and opens it in the browser with Start-Process (at "
                + BETA_FILE + ":122), for a person to complete there", beta.reason());
    }

    @Test
    void thePlannerStillRefusesThemAndNoOtherEntryOpensAUrl() {
        assertTrue(PLANNER.refusesEveryCall(V1));
        assertTrue(PLANNER.refusesEveryCall(BETA));
        assertEquals(Optional.of("Start-Process"), PLANNER.via(V1));
        String why = refused(V1, "AgentBlueprintId", "00000000-0000-0000-0000-000000000001");
        assertTrue(why.contains("opens it in the browser with Start-Process"), why);
        // grep -rl Start-Process over the modules' *.ps1: these two files alone
        assertEquals(List.of(BETA, V1), RequestTable.bundled().entries().stream()
                .filter(x -> "Start-Process".equals(x.via())).map(RequestEntry::command).sorted().toList());
    }
}
