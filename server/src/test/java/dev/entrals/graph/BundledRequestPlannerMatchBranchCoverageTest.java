package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.planned;
import static dev.entrals.graph.PlannedCalls.plannedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The bundled table for a URL the code builds in two forms by whether -UserId matches a pattern (Get-EntraUser.ps1 and
 * Get-EntraBetaUser.ps1, :112-:123, the error at :161-:166). Each expectation is written by hand from the module's code
 * (microsoftgraph/entra-powershell at a36be76).
 */
class BundledRequestPlannerMatchBranchCoverageTest {

    /** Get-EntraUser.ps1:75, the default $select the module writes (its start and end). */
    private static final String SELECT = "$select=Id,AccountEnabled,AgeGroup,";

    private static String url(RequestPlan plan) {
        GraphRequest r = plan.requests().get(0);
        return r.method() + " " + r.relativeUrl();
    }

    @Test
    void aUserPrincipalNameFiltersTheCollection() {
        // :77 $params["Uri"] = "$baseUri/?$properties"; :114 if ($UserId -match '^[#a-zA-Z0-9._%+-]+@…$');
        // :117-:118 $Filter = "UserPrincipalName eq '$UserId'"; $params["Uri"] += "&$f=$Filter"
        RequestPlan plan = plannedIn("Get-EntraUser", "GetById", "UserId", "SawyerM@contoso.com");
        String url = url(plan);
        assertTrue(url.startsWith("GET /v1.0/users/?" + SELECT), url);
        assertTrue(url.endsWith(",licenseAssignmentStates&$filter=UserPrincipalName%20eq%20'SawyerM@contoso.com'"),
                url);
        // :162-:165 Write-Error "Resource '$UserId' does not exist …" when the reply's value is empty
        assertTrue(plan.none().startsWith("Resource 'SawyerM@contoso.com' does not exist or one of its queried"
                + " reference-property objects are not present."), plan.none());
        assertTrue(plan.none().endsWith("ErrorCode: Request_ResourceNotFound"), plan.none());
    }

    @Test
    void aGuestsNameWithHashAndPlusIsAUserPrincipalNameToo() {
        // the pattern's first class takes '#' and '+': a guest's name (…#EXT#@…) is filtered, escaped in the query
        String url = url(plannedIn("Get-EntraBetaUser", "GetById", "UserId", "ann+x_fabrikam.com#EXT#@contoso.com",
                "Property", java.util.List.of("DisplayName")));
        assertEquals("GET /beta/users?$select=DisplayName&$filter=UserPrincipalName%20eq%20"
                + "'ann%2Bx_fabrikam.com%23EXT%23@contoso.com'", url);
    }

    @Test
    void anythingElseIsTheObjectsPath() {
        // :121-:122 else { $params["Uri"] = "$baseUri/$($UserId)?$properties" }
        RequestPlan plan = plannedIn("Get-EntraUser", "GetById", "UserId", "4f6e2a1b-0000-4000-8000-00000000abcd");
        String url = url(plan);
        assertTrue(url.startsWith("GET /v1.0/users/4f6e2a1b-0000-4000-8000-00000000abcd?" + SELECT), url);
        assertNull(plan.none(), "no error of the module's own: Graph's 404 answers an unknown id");
        // no top-level domain of two letters or more: not the pattern, the path
        assertTrue(url(planned("Get-EntraBetaUser", "UserId", "admin@localhost")).startsWith(
                "GET /beta/users/admin%40localhost?"));
    }

    @Test
    void theBranchIsNotChosenWithoutTheArgument() {
        // :77 and :93-:99 without -UserId: the collection with $top, no filter and no error of the module's own
        RequestPlan plan = planned("Get-EntraUser", "Top", 5);
        assertTrue(url(plan).startsWith("GET /v1.0/users/?" + SELECT) && url(plan).endsWith("&$top=5"), url(plan));
        assertNull(plan.none());
    }
}
