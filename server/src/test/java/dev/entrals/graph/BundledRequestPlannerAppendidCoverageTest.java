package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.plannedIn;
import static dev.entrals.graph.PlannedCalls.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for a Graph SDK cmdlet's identifier the module passes only when given, in a set where it is
 * optional (derive.OptionalItems): the SDK cmdlet asks for one object with it, for the list without. Each expectation is
 * written by hand from the module's code (microsoftgraph/entra-powershell at a36be76).
 */
class BundledRequestPlannerAppendidCoverageTest {

    private static final String GROUP = "00000000-0000-0000-0000-000000000001";
    /** Get-EntraGroup.ps1:64 $defaultProperties, to which -AppendSelected adds -Property. */
    private static final String DEFAULTS = "id,displayName,createdDateTime,deletedDateTime,groupTypes,mailEnabled,"
            + "mailNickname,securityEnabled,visibility,description";

    private static String url(RequestPlan plan) {
        GraphRequest r = plan.requests().get(0);
        return r.method() + " " + r.relativeUrl();
    }

    @Test
    void aGroupIdInSetAppendAsksForTheOneGroup() {
        // Get-EntraGroup.ps1:26 -GroupId optional in set Append; :116-118 $params["GroupId"] only when given;
        // :128-130 -AppendSelected: $select = :64 default properties + -Property; :158 Get-MgGroup @params (its Get set:
        // GET /groups/{group-id})
        RequestPlan plan = plannedIn("Get-EntraGroup", "Append", "GroupId", GROUP, "Property", List.of("mail"),
                "AppendSelected", true);
        assertEquals(List.of("GET /v1.0/groups/" + GROUP + "?$select=" + DEFAULTS + ",mail"), List.of(url(plan)));
        assertFalse(plan.paging().followNextLink(), "one object");
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("one of two forms, by whether -GroupId is given")),
                plan.notes()::toString);
    }

    @Test
    void withoutTheGroupIdSetAppendIsTheListPaged() {
        // Get-EntraGroup.ps1:97-100 -All; :158 Get-MgGroup @params without -GroupId: its List set, GET /groups
        RequestPlan plan = plannedIn("Get-EntraGroup", "Append", "Property", List.of("mail"), "AppendSelected", true,
                "All", true);
        assertEquals("GET /v1.0/groups?$select=" + DEFAULTS + ",mail", url(plan));
        assertTrue(plan.paging().followNextLink(), "-All follows @odata.nextLink");
    }

    @Test
    void theBetaModuleReadsAlike() {
        // Get-EntraBetaGroup.ps1:158 Get-MgBetaGroup @params
        RequestPlan plan = plannedIn("Get-EntraBetaGroup", "Append", "GroupId", GROUP, "Property",
                List.of("displayName"), "AppendSelected", true);
        assertEquals("GET /beta/groups/" + GROUP + "?$select=" + DEFAULTS + ",displayName", url(plan));
    }

    @Test
    void anOptionTheOneObjectFormDoesNotTakeIsRefusedWithTheGroupId() {
        // Get-EntraGroup.ps1:68-70 $params["Top"]: Get-MgGroup -GroupId … -Top binds no parameter set of the SDK cmdlet
        String reason = refused("Get-EntraGroup", "GroupId", GROUP, "Property", List.of("mail"), "AppendSelected",
                true, "Top", 5);
        assertTrue(reason.contains("cannot be run here with -Top") && reason.contains("one-object form"), reason);
    }

    @Test
    void aTenantIdAsksForTheTenantsSynchronizationObject() {
        // Get-EntraDirSyncConfiguration.ps1:28-30 $params["OnPremisesDirectorySynchronizationId"] = TenantId only when
        // given; :64 Get-MgDirectoryOnPremiseSynchronization @params
        RequestPlan byId = plannedIn("Get-EntraDirSyncConfiguration", null, "TenantId", GROUP);
        assertEquals("GET /v1.0/directory/onPremisesSynchronization/" + GROUP, url(byId));
        assertEquals("GET /v1.0/directory/onPremisesSynchronization",
                url(plannedIn("Get-EntraDirSyncConfiguration", null)));
        // Get-EntraBetaDirSyncFeature.ps1:34-36, :70
        assertEquals("GET /beta/directory/onPremisesSynchronization/" + GROUP,
                url(plannedIn("Get-EntraBetaDirSyncFeature", null, "TenantId", GROUP)));
    }
}
