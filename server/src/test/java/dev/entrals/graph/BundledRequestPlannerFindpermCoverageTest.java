package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.PLANNER;
import static dev.entrals.graph.PlannedCalls.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the engine's answer to {@code Find-EntraPermission} stands on (branch {@code findperm}): the table still
 * refuses the cmdlet and names the SDK cmdlet its code calls, which the engine implements
 * ({@code execution.PermissionSearch}).
 */
class BundledRequestPlannerFindpermCoverageTest {

    @Test
    void findEntraPermissionIsRefusedNamingTheSdkCmdletItsCodeCalls() {
        // Find-EntraPermission.ps1:101 Find-MgGraphPermission @params, its one call
        assertEquals(Optional.of("Find-MgGraphPermission"), PLANNER.via("Find-EntraPermission"));
        assertEquals(Optional.of("Find-MgGraphPermission"), PLANNER.via("find-entrapermission"), "any case");
        assertTrue(PLANNER.refusesEveryCall("Find-EntraPermission"));
        String why = refused("Find-EntraPermission", "SearchString", "user");
        assertTrue(why.contains("Find-MgGraphPermission") && why.contains("Find-EntraPermission.ps1:101"), why);
        // an entry with a request names its SDK cmdlet too (Get-EntraGroup.ps1 calls Get-MgGroup)
        assertEquals(Optional.of("Get-MgGroup"), PLANNER.via("Get-EntraGroup"));
        assertEquals(Optional.empty(), PLANNER.via("Get-EntraNothing"));
    }
}
