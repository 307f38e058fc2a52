package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.planned;
import static dev.entrals.graph.PlannedCalls.requests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the form read on the branch {@code groupmember}: Get-EntraGroupMember's GET of the service
 * principal members after every page of its first GET, with -Top asking for what -Top leaves ({@link FollowUp.Left}).
 * Each expectation is written by hand from the module's code (file and line named,
 * /work/shared/corpus/entra-module/module/Entra/Microsoft.Entra/Groups/Get-EntraGroupMember.ps1).
 */
class BundledRequestPlannerGroupmemberCoverageTest {

    private static final String GROUP = "00000000-0000-0000-0000-0000000000a1";
    private static final String MEMBERS = "/v1.0/groups/" + GROUP + "/members";
    private static final String PRINCIPALS = MEMBERS + "/microsoft.graph.servicePrincipal";

    @Test
    void withoutTopTheServicePrincipalMembersAreAskedForWithoutTop() {
        // 39 $properties = '$select=*'; 47-50 "$baseUri/$($params.GroupId)/members?$properties"; 69 the GET; 98 if
        // (($data.count -eq 0) -or $data.'@odata.type' -notcontains 'microsoft.graph.servicePrincipal'); 99 $URI =
        // "…/members/microsoft.graph.servicePrincipal?$properties"; 115-117 elseif ($null -eq $PSBoundParameters["Top"])
        // { Invoke-GraphRequest -Uri $URI; $serviceprincipal += $response.value }; 122 Add-Member … '@odata.type'
        // -Value '#microsoft.graph.servicePrincipal' -Force; 125 $data += $serviceprincipal
        RequestPlan plan = planned("Get-EntraGroupMember", "GroupId", GROUP);
        assertEquals(List.of("GET " + MEMBERS + "?$select=*"), requests(plan));
        assertEquals(RequestPlan.Paging.SINGLE, plan.paging(), "75: without -All or -Top no next page is read");
        FollowUp.Planned then = plan.then();
        assertEquals("GET " + PRINCIPALS + "?$select=*", then.request().method() + " " + then.request().relativeUrl());
        assertEquals(new FollowUp.Left("$top", "Top", 999), then.left());
        assertNull(then.given());
        assertEquals(then.request(), then.request(3), "no $top whatever was read");
        assertEquals(then.request(), then.shownRequest());
        assertTrue(then.sends(0, false) && then.sends(3, false), "98 $data.count -eq 0, or no servicePrincipal");
        assertFalse(then.sends(3, true), "98 -notcontains false: an object has the value");
        assertEquals(Map.of("@odata.type", "#microsoft.graph.servicePrincipal"), then.stamp());
        assertEquals(new RequestPlan.Match(0, "value", "@odata.type", "microsoft.graph.servicePrincipal", false),
                then.sent());
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("the module sends GET /v1.0/groups/{GroupId}/members/"
                + "microsoft.graph.servicePrincipal (with -Top: $top = -Top minus the objects read, at most 999, first"
                + " in its query; without it, no $top) next (Entra/Microsoft.Entra/Groups/Get-EntraGroupMember.ps1:"
                + "101-118)")), plan.notes()::toString);
        assertTrue(plan.notes().stream().noneMatch(n -> n.contains("not read")), plan.notes()::toString);
    }

    @Test
    void withTopWhatTopLeavesIsAskedForOnlyWhenSomethingIsLeft() {
        // 54-61 -Top: "…/members?`$top=$topCount&$properties"; 100 $topCount = $Top - $data.count; 101 if
        // (ContainsKey("Top") -and $topCount -gt 0); 103 $increment = 1, 112 $increment--: the do/while (106-113)
        // runs once; 107 $topValue = [Math]::Min($topCount, 999); 108 "…/microsoft.graph.servicePrincipal?`$top=
        // $topValue&$properties"
        RequestPlan plan = planned("Get-EntraGroupMember", "GroupId", GROUP, "Top", 5);
        assertEquals(List.of("GET " + MEMBERS + "?$top=5&$select=*"), requests(plan));
        assertEquals(new RequestPlan.Paging(true, 5), plan.paging(), "75-89: pages while -Top is not reached");
        FollowUp.Planned then = plan.then();
        assertEquals(5L, then.given());
        assertTrue(then.sends(3, false));
        assertEquals(PRINCIPALS + "?$top=2&$select=*", then.request(3).relativeUrl());
        assertEquals(PRINCIPALS + "?$top=5&$select=*", then.request(0).relativeUrl(), "an empty first reply");
        assertFalse(then.sends(5, false), "101 $topCount -gt 0: nothing left");
        assertFalse(then.sends(6, false));
        assertFalse(then.sends(2, true), "98 an object has the value");
        assertEquals(PRINCIPALS + "?$top={5 minus the objects read, at most 999}&$select=*",
                then.shownRequest().relativeUrl());
    }

    @Test
    void aTopAboveAPageIsCappedInBothRequests() {
        // 56-58 -Top above 999: "…?`$top=999&$properties"; 107 [Math]::Min($topCount, 999)
        RequestPlan plan = planned("Get-EntraGroupMember", "GroupId", GROUP, "Top", 1500);
        assertEquals(List.of("GET " + MEMBERS + "?$top=999&$select=*"), requests(plan));
        assertEquals(PRINCIPALS + "?$top=999&$select=*", plan.then().request(0).relativeUrl());
        assertEquals(PRINCIPALS + "?$top=900&$select=*", plan.then().request(600).relativeUrl());
    }

    @Test
    void allReadsEveryPageThenAsksWithoutTop() {
        // 51-53 -All: the URL without $top; 73-75 every nextLink followed; 115 elseif ($null -eq $PSBoundParameters["Top"])
        RequestPlan plan = planned("Get-EntraGroupMember", "GroupId", GROUP, "All", true);
        assertEquals(List.of("GET " + MEMBERS + "?$select=*"), requests(plan));
        assertEquals(new RequestPlan.Paging(true, null), plan.paging());
        assertEquals(PRINCIPALS + "?$select=*", plan.then().request(250).relativeUrl());
    }

    @Test
    void theSelectedPropertiesGoToBothRequests() {
        // 42-45 -Property: $properties = "`$select=…" joined with ','; 99 and 108 end with $properties
        RequestPlan plan = planned("Get-EntraGroupMember", "GroupId", GROUP, "Top", 4, "Property",
                List.of("id", "displayName"));
        assertEquals(List.of("GET " + MEMBERS + "?$top=4&$select=id,displayName"), requests(plan));
        assertEquals(PRINCIPALS + "?$top=3&$select=id,displayName", plan.then().request(1).relativeUrl());
    }

    @Test
    void theComparisonIsTheModulesWholeValueInAnyCase() {
        // 98 -notcontains 'microsoft.graph.servicePrincipal': whole values, any case; Graph's '#…' is another value
        FollowUp.Planned then = planned("Get-EntraGroupMember", "GroupId", GROUP).then();
        assertTrue(then.has(Map.of("@odata.type", "Microsoft.Graph.ServicePrincipal", "id", GROUP)));
        assertFalse(then.has(Map.of("@odata.type", "#microsoft.graph.servicePrincipal")));
        assertFalse(then.has(Map.of("@odata.type", "#microsoft.graph.user")));
        assertFalse(then.has(Map.of("id", GROUP)));
    }

    @Test
    void theBetaTwinCallsTheSdkCmdletAndTheOwnersFollowUpIsUnchanged() {
        // Get-EntraBetaGroupMember.ps1 98: Get-MgBetaGroupMember @params, no second request
        assertNull(planned("Get-EntraBetaGroupMember", "GroupId", GROUP).then());
        // Get-EntraGroupOwner.ps1 72-73: its follow-up has no count left: sent as read, whatever -Top
        FollowUp.Planned owners = planned("Get-EntraGroupOwner", "GroupId", GROUP, "Top", 5).then();
        assertNull(owners.left());
        assertEquals("/v1.0/groups/" + GROUP + "/owners/microsoft.graph.servicePrincipal?$select=*",
                owners.request(5).relativeUrl());
        assertTrue(owners.sends(5, false));
    }
}
