package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.PLANNER;
import static dev.entrals.graph.PlannedCalls.plannedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled table planned for the invocations the issue names, each expectation written by hand from the module's
 * code (file and lines named; the corpus is microsoftgraph/entra-powershell at a36be76).
 */
class BundledRequestPlannerTest {

    /** Get-EntraUser.ps1 line 75: {@code $properties = '$select=Id,AccountEnabled,…'}. */
    private static final String USER_SELECT = "Id,AccountEnabled,AgeGroup,OfficeLocation,";

    private static GraphRequest only(RequestPlan plan) {
        assertEquals(1, plan.requests().size(), plan.toString());
        return plan.requests().get(0);
    }

    @Test
    void getEntraUserWithFilterAndTopWritesSelectTopFilterInTheCodesOrder() {
        // Get-EntraUser.ps1 77 "$baseUri/?$properties"; 99 "&`$top=$topCount"; 154 "&$f=$combinedFilter"
        RequestPlan plan = plannedIn("Get-EntraUser", null, "Filter", "department eq 'Sales'", "Top", 5L);
        GraphRequest r = only(plan);
        assertEquals("GET", r.method());
        assertTrue(r.relativeUrl().startsWith("/v1.0/users/?$select=" + USER_SELECT), r.relativeUrl());
        assertTrue(r.relativeUrl().endsWith(",licenseAssignmentStates&$top=5&$filter=department%20eq%20'Sales'"),
                r.relativeUrl());
        assertEquals("GetQuery", plan.parameterSet());
        assertEquals(new RequestPlan.Paging(true, 5), plan.paging());
        assertEquals(Map.of(), r.headers());
        assertNull(r.body());
        assertFalse(plan.write());
        // entra-docs Users/Get-EntraUser.md, example 1's output table
        assertEquals(List.of("DisplayName", "Id", "Mail", "UserPrincipalName"), plan.defaultColumns());
    }

    @Test
    void getEntraUserById() {
        // Get-EntraUser.ps1 122: $params["Uri"] = "$baseUri/$($UserId)?$properties"
        RequestPlan plan = plannedIn("Get-EntraUser", "GetById", "UserId", "5a3c9a4e-0000-4a5e-9a3c-1d2e3f405060");
        GraphRequest r = only(plan);
        assertTrue(r.relativeUrl().startsWith("/v1.0/users/5a3c9a4e-0000-4a5e-9a3c-1d2e3f405060?$select="
                + USER_SELECT), r.relativeUrl());
        assertFalse(r.relativeUrl().contains("$top"), r.relativeUrl());
        assertEquals(RequestPlan.Paging.SINGLE, plan.paging());
    }

    @Test
    void getEntraUserIdIsEscapedAsAPathSegment() {
        GraphRequest r = only(plannedIn("Get-EntraUser", "GetById", "UserId", "a b/c"));
        assertTrue(r.relativeUrl().startsWith("/v1.0/users/a%20b%2Fc?"), r.relativeUrl());
    }

    @Test
    void getEntraUserPageSizeSetsThePageAndTopTheLimit() {
        // Get-EntraUser.ps1 93: "&`$top=$pageSizeCount" when -Top is over -PageSize; 103: -PageSize alone
        RequestPlan both = plannedIn("Get-EntraUser", null, "Top", 500L, "PageSize", 100L);
        assertTrue(only(both).relativeUrl().endsWith("&$top=100"), only(both).relativeUrl());
        assertEquals(new RequestPlan.Paging(true, 500), both.paging());
        RequestPlan small = plannedIn("Get-EntraUser", null, "Top", 5L, "PageSize", 100L);
        assertTrue(only(small).relativeUrl().endsWith("&$top=5"), only(small).relativeUrl());
        RequestPlan all = plannedIn("Get-EntraUser", null, "All", true, "PageSize", 50L);
        assertTrue(only(all).relativeUrl().endsWith("&$top=50"), only(all).relativeUrl());
        assertEquals(new RequestPlan.Paging(true, null), all.paging());
    }

    @Test
    void aSwitchGivenAsFalseIsOff() {
        RequestPlan plan = plannedIn("Get-EntraUser", null, "All", false);
        assertEquals(RequestPlan.Paging.SINGLE, plan.paging());
    }

    @Test
    void getEntraUserAllFollowsNextLinkWithoutLimit() {
        // Get-EntraUser.ps1 172: while nextLink and $all
        RequestPlan plan = plannedIn("Get-EntraUser", null, "All", true);
        assertEquals(new RequestPlan.Paging(true, null), plan.paging());
        assertFalse(only(plan).relativeUrl().contains("$top"));
    }

    @Test
    void getEntraUserTopAboveTheCapAsksForPagesOf999AndStopsAtTop() {
        // Get-EntraUser.ps1 96: "&`$top=999" when $topCount -gt 999; 172: pages until $topCount
        RequestPlan plan = plannedIn("Get-EntraUser", null, "Top", 1500L);
        assertTrue(only(plan).relativeUrl().endsWith("&$top=999"), only(plan).relativeUrl());
        assertEquals(new RequestPlan.Paging(true, 1500), plan.paging());
    }

    @Test
    void getEntraUserSearchStringSearchesNinePropertiesWithEventualConsistency() {
        // Get-EntraUser.ps1 108: $search="userprincipalname:…" OR …; 110: ConsistencyLevel = 'eventual'
        RequestPlan plan = plannedIn("Get-EntraUser", null, "SearchString", "jo");
        GraphRequest r = only(plan);
        assertEquals("GetVague", plan.parameterSet());
        assertTrue(r.relativeUrl().endsWith("&$search=%22userprincipalname:jo%22%20OR%20%22state:jo%22%20OR%20"
                + "%22mailNickName:jo%22%20OR%20%22mail:jo%22%20OR%20%22jobTitle:jo%22%20OR%20%22displayName:jo%22"
                + "%20OR%20%22department:jo%22%20OR%20%22country:jo%22%20OR%20%22city:jo%22"), r.relativeUrl());
        assertEquals(Map.of("ConsistencyLevel", "eventual"), r.headers());
    }

    @Test
    void getEntraGroupMemberWritesTopBeforeSelect() {
        // Get-EntraGroupMember.ps1 61: "$baseUri/$($params.GroupId)/members?`$top=$topCount&$properties"
        RequestPlan plan = plannedIn("Get-EntraGroupMember", null, "GroupId", "0b1c", "Top", 3L);
        assertEquals("/v1.0/groups/0b1c/members?$top=3&$select=*", only(plan).relativeUrl());
        assertEquals(new RequestPlan.Paging(true, 3), plan.paging());
        RequestPlan all = plannedIn("Get-EntraGroupMember", null, "GroupId", "0b1c", "All", true);
        assertEquals("/v1.0/groups/0b1c/members?$select=*", only(all).relativeUrl());
        RequestPlan props = plannedIn("Get-EntraGroupMember", null, "GroupId", "0b1c", "Property",
                List.of("Id", "DisplayName"));
        assertEquals("/v1.0/groups/0b1c/members?$select=Id,DisplayName", only(props).relativeUrl());
    }

    @Test
    void newEntraGroupPostsTheBoundPropertiesAsTheSdkNamesThem() {
        // New-EntraGroup.ps1: $params['DisplayName'] = …; New-MgGroup @params (POST /groups, aad-to-graph)
        RequestPlan plan = plannedIn("New-EntraGroup", null, "DisplayName", "Sales", "MailEnabled", false,
                "SecurityEnabled", true, "MailNickname", "sales");
        GraphRequest r = only(plan);
        assertEquals("POST", r.method());
        assertEquals("/v1.0/groups", r.relativeUrl());
        // $null -ne $PSBoundParameters['MailEnabled'] holds for $false: the SDK sends mailEnabled false
        assertEquals("{\"securityEnabled\":true,\"mailEnabled\":false,\"mailNickname\":\"sales\","
                + "\"displayName\":\"Sales\"}", r.body());
        assertTrue(plan.write());
    }

    @Test
    void setEntraGroupPatchesTheGroup() {
        // Set-EntraGroup.ps1: $params['GroupId'], $params['Description']; Update-MgGroup (PATCH /groups/{group-id})
        GraphRequest r = only(plannedIn("Set-EntraGroup", null, "GroupId", "g1", "Description", "new"));
        assertEquals("PATCH", r.method());
        assertEquals("/v1.0/groups/g1", r.relativeUrl());
        assertEquals("{\"description\":\"new\"}", r.body());
    }

    @Test
    void removeEntraGroupDeletesTheGroup() {
        // Remove-EntraGroup.ps1: $params["GroupId"]; Remove-MgGroup (DELETE /groups/{group-id})
        GraphRequest r = only(plannedIn("Remove-EntraGroup", null, "GroupId", "g1"));
        assertEquals(new GraphRequest("DELETE", "/v1.0/groups/g1", Map.of(), null), r);
    }

    @Test
    void addEntraGroupMemberPostsTheDirectoryObjectReference() {
        // Add-EntraGroupMember.ps1 51, 54: POST "/v1.0/groups/$GroupId/members/`$ref", "@odata.id" = "$graphEndpoint/…"
        RequestPlan plan = plannedIn("Add-EntraGroupMember", null, "GroupId", "g1", "MemberId", "m1");
        GraphRequest r = only(plan);
        assertEquals("/v1.0/groups/g1/members/$ref", r.relativeUrl());
        assertEquals("{\"@odata.id\":\"https://graph.microsoft.com/v1.0/directoryObjects/m1\"}", r.body());
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("Global endpoint")), plan.notes().toString());
    }

    @Test
    void aMalformedModuleUrlIsSentAsItEvidentlyMeantAndNoted() {
        // Remove-EntraBetaObjectSetting.ps1 47: ' /beta/{0}/{1}/settings/{2}' -f … (a leading space)
        RequestPlan plan = plannedIn("Remove-EntraBetaObjectSetting", null, "TargetType", "groups",
                "TargetObjectId", "g1", "Id", "s1");
        assertEquals(new GraphRequest("DELETE", "/beta/groups/g1/settings/s1", Map.of(), null), only(plan));
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("malformed")), plan.notes().toString());
    }

    @Test
    void getEntraGroupAppendSelectedAddsToTheDefaultProperties() {
        // Get-EntraGroup.ps1 64: $defaultProperties = "id,displayName,…"; 129: $params["Property"] =
        // $defaultProperties + "," + ($Property -join ','); Get-MgGroup lists /groups with $select
        RequestPlan plan = plannedIn("Get-EntraGroup", "Append", "AppendSelected", true, "Property",
                List.of("onPremisesSyncEnabled"));
        assertEquals("/v1.0/groups?$select=id,displayName,createdDateTime,deletedDateTime,groupTypes,mailEnabled,"
                + "mailNickname,securityEnabled,visibility,description,onPremisesSyncEnabled", only(plan).relativeUrl());
    }

    @Test
    void getEntraGroupSearchStringIsTheModulesFilterShortcut() {
        // Get-EntraGroup.ps1: $Value = "mailNickName eq '$TmpValue' or (mail eq … startswith(displayName,'$TmpValue')))"
        RequestPlan plan = plannedIn("Get-EntraGroup", null, "SearchString", "Sales");
        assertEquals("/v1.0/groups?$filter=mailNickName%20eq%20'Sales'%20or%20(mail%20eq%20'Sales'%20or%20"
                + "(displayName%20eq%20'Sales'%20or%20startswith(displayName,'Sales')))", only(plan).relativeUrl());
        assertEquals("GetVague", plan.parameterSet());
    }

    @Test
    void namesAreMatchedInAnyCase() {
        RequestPlan plan = plannedIn("get-entrauser", "getbyid", "userid", "u1");
        assertTrue(only(plan).relativeUrl().startsWith("/v1.0/users/u1?"));
        assertTrue(PLANNER.knows("GET-ENTRAUSER"));
    }

    @Test
    void unknownAndUnreadableCmdletsSayWhy() {
        RequestPlanner.Result unknown = PLANNER.plan("Get-Nothing", null, Map.of());
        assertTrue(((RequestPlanner.Unsupported) unknown).reason().contains("not a cmdlet"));
        RequestPlanner.Result session = PLANNER.plan("Get-EntraContext", null, Map.of());
        assertTrue(((RequestPlanner.Unsupported) session).reason().contains("sends no Graph request"),
                session.toString());
        RequestPlanner.Result missing = PLANNER.plan("Get-EntraUser", "GetById", Map.of());
        assertTrue(((RequestPlanner.Unsupported) missing).reason().contains("needs -UserId"), missing.toString());
    }
}
