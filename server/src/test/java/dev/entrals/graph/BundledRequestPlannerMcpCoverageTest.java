package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.plan;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code Grant-}/{@code Revoke-EntraBetaMcpServerPermission} (branch {@code mcp}): their requests are Graph SDK
 * cmdlets in functions they define in their {@code begin} blocks, which of them is sent chosen from the replies;
 * not read, so every set is refused, and the reason names what decides, with file:line (written here from the code).
 * The entries' {@code via} is {@code function} and they carry the literals of their code the engine runs them with
 * ({@code execution.McpGrants}; written here from the code with file:line).
 */
class BundledRequestPlannerMcpCoverageTest {

    private static final String GRANT = "EntraBeta/Microsoft.Entra.Beta/Applications/Grant-EntraBetaMCPServerPermission"
            + ".ps1:";
    private static final String REVOKE = "EntraBeta/Microsoft.Entra.Beta/Applications/Revoke-EntraBetaMCPServerPermission"
            + ".ps1:";

    /** The reason of a call refused in a given set. */
    private static String refusedIn(String command, String set, Object... pairs) {
        RequestPlanner.Result r = plan(command, set, pairs);
        return assertInstanceOf(RequestPlanner.Unsupported.class, r, r::toString).reason();
    }

    @Test
    void grantIsRefusedInEverySetNamingWhatDecidesItsRequests() {
        // :7-25 sets PredefinedClient (-ApplicationName), PredefinedClientScopes (+ -Scopes), CustomClient
        // (-ApplicationId), CustomClientScopes (+ -Scopes)
        List<String> reasons = List.of(
                refusedIn("Grant-EntraBetaMcpServerPermission", "PredefinedClient", "ApplicationName", "Claude"),
                refusedIn("Grant-EntraBetaMcpServerPermission", "PredefinedClientScopes", "ApplicationName", "ChatGPT",
                        "Scopes", List.of("a.Read")),
                refusedIn("Grant-EntraBetaMcpServerPermission", "CustomClient", "ApplicationId",
                        "11111111-2222-3333-4444-555555555555"),
                refusedIn("Grant-EntraBetaMcpServerPermission", "CustomClientScopes", "ApplicationId",
                        "11111111-2222-3333-4444-555555555555", "Scopes", List.of("a.Read")));
        for (String r : reasons) {
            assertTrue(r.startsWith("Grant-EntraBetaMcpServerPermission cannot be run without PowerShell: it sends its"
                    + " Graph requests from functions it defines inside itself"), r);
            // :59 if (-not $sp) { :61 $sp = New-MgBetaServicePrincipal -AppId $appId }
            assertTrue(r.contains("New-MgBetaServicePrincipal at " + GRANT + "61 when -not $sp (" + GRANT + "59)"), r);
            // :90 if (-not $targetScopes -or $targetScopes.Count -eq 0) { :91 if ($grant) { :93 Remove-… } :95 return }
            assertTrue(r.contains("Remove-MgBetaOauth2PermissionGrant at " + GRANT + "93 when -not $targetScopes -or"
                    + " $targetScopes.Count -eq 0 (" + GRANT + "90) and $grant (" + GRANT + "91)"), r);
            // :100 if (-not $grant) { … :111 return (@(New-MgBetaOauth2PermissionGrant -BodyParameter $body)[0]) }
            assertTrue(r.contains("New-MgBetaOauth2PermissionGrant at " + GRANT + "111 when -not $grant (" + GRANT
                    + "100) after the returns at " + GRANT + "95"), r);
            // :138 Update-… after :95, :111, :123 (return $grant: nothing to add), :133 (exact scopes already)
            assertTrue(r.contains("Update-MgBetaOauth2PermissionGrant at " + GRANT + "138 after the returns at " + GRANT
                    + "95, " + GRANT + "111, " + GRANT + "123, " + GRANT + "133; called at " + GRANT + "225)"), r);
            // :183-184 no enabled scope on the resource's reply; :208-210 -Scopes not among them
            assertTrue(r.contains("stops with \"Resource app exposes no enabled delegated (user) scopes.\" at " + GRANT
                    + "184 when -not $availableScopes (" + GRANT + "183)"), r);
            assertTrue(r.contains("stops with \"Invalid scopes (not available on resource): $($invalidScopes -join ',"
                    + " ')\" at " + GRANT + "210 when $Scopes -and $Scopes.Count -gt 0 (" + GRANT + "205) and"
                    + " $invalidScopes (" + GRANT + "208)"), r);
            // :198-199 catch { throw "Could not get service principal for …" }
            assertTrue(r.contains("at " + GRANT + "199 when the try before it fails (" + GRANT + "198)"), r);
            // :225 Set-ExactScopes … -Additive $additiveMode; :84 [switch]$Additive
            assertTrue(r.contains("it passes -Additive $additiveMode to Set-ExactScopes (" + GRANT + "225), whose"
                    + " -Additive is a [switch] (" + GRANT + "84)"), r);
        }
    }

    @Test
    void revokeIsRefusedInEverySetNamingWhereItEndsWithoutAWrite() {
        // :9-20 sets PredefinedClient (-ApplicationName) and CustomClient (-ApplicationId), -Scopes optional in both
        List<String> reasons = List.of(
                refusedIn("Revoke-EntraBetaMcpServerPermission", "PredefinedClient", "ApplicationName",
                        "VisualStudioCode"),
                refusedIn("Revoke-EntraBetaMcpServerPermission", "PredefinedClient", "ApplicationName", "VisualStudio",
                        "Scopes", List.of("a.Read")),
                refusedIn("Revoke-EntraBetaMcpServerPermission", "CustomClient", "ApplicationId",
                        "11111111-2222-3333-4444-555555555555"));
        for (String r : reasons) {
            // :45 Get-MgBetaServicePrincipal …; :46-47 if (-not $sp) { throw "Service principal for $name not found…" }
            assertTrue(r.contains("Get-ServicePrincipal (Get-MgBetaServicePrincipal at " + REVOKE + "45; called at "
                    + REVOKE + "124, " + REVOKE + "137)"), r);
            assertTrue(r.contains("stops with \"Service principal for $name not found. App ID: $appId\" at " + REVOKE
                    + "47 when -not $sp (" + REVOKE + "46)"), r);
            // :72 if (-not $targetScopes -or @($targetScopes).Count -eq 0) { :74 Remove-… }; :87 Update-…
            assertTrue(r.contains("Remove-MgBetaOauth2PermissionGrant at " + REVOKE + "74 when -not $targetScopes -or"
                    + " @($targetScopes).Count -eq 0 (" + REVOKE + "72) after the returns at " + REVOKE + "69"), r);
            assertTrue(r.contains("Update-MgBetaOauth2PermissionGrant at " + REVOKE + "87 after the returns at "
                    + REVOKE + "69, " + REVOKE + "75, " + REVOKE + "83; called at " + REVOKE + "191)"), r);
            // :149-151, :161-163, :177-179: Write-Warning then return, before any write
            assertTrue(r.contains("ends with the warning \"No existing permission grant found for"
                    + " $($resolvedClient.Name).\" at " + REVOKE + "150 when -not $currentGrant (" + REVOKE + "149)"), r);
            assertTrue(r.contains("ends with the warning \"No scopes currently granted to $($resolvedClient.Name).\" at "
                    + REVOKE + "162 when -not $currentScopes (" + REVOKE + "161)"), r);
            assertTrue(r.contains("ends with the warning \"No valid scopes to revoke.\" at " + REVOKE + "178 when"
                    + " $Scopes (" + REVOKE + "167) and -not $validScopesToRevoke (" + REVOKE + "177)"), r);
            // :206-207 catch { Write-Error "Failed to revoke permissions from …" -ErrorAction Stop }
            assertTrue(r.contains("stops with \"Failed to revoke permissions from $($resolvedClient.Name):"
                    + " $($_.Exception.Message)\" at " + REVOKE + "207 when the try before it fails (" + REVOKE
                    + "206)"), r);
            assertTrue(!r.contains("[switch]"), r); // Update-GrantScopes (:64) has no switch
        }
    }

    @Test
    void theEntriesCarryTheLiteralsOfTheirCodeUnderViaFunction() {
        RequestPlanner planner = PlannedCalls.PLANNER;
        Map<String, Object> apps = Map.of( // Grant :41-46, Revoke :36-41 $PredefinedApps
                "VisualStudioCode", Map.of("Name", "Visual Studio Code", "AppId", "aebc6443-996d-45c2-90f0-388ff96faa56"),
                "VisualStudio", Map.of("Name", "Visual Studio", "AppId", "04f0c124-f2bc-4f59-8241-bf6df9866bbd"),
                "ChatGPT", Map.of("Name", "Chat GPT", "AppId", "e0476654-c1d5-430b-ab80-70cbd947616a"),
                "Claude", Map.of("Name", "Claude", "AppId", "08ad6f98-a4f8-4635-bb8d-f1a3044760f0"));
        String grantFilter = "clientId eq '{ClientSpId}' and resourceId eq '{ResourceSpId}' and consentType eq"
                + " 'AllPrincipals'";
        Map<String, Object> grant = planner.values("Grant-EntraBetaMcpServerPermission");
        assertEquals(Optional.of("function"), planner.via("Grant-EntraBetaMcpServerPermission"));
        assertEquals(List.of("$resourceAppId", "$PredefinedApps", "Get-MgBetaServicePrincipal -Filter",
                "Get-MgBetaServicePrincipal -Property", "Get-MgBetaOauth2PermissionGrant -Filter",
                "Get-MgBetaOauth2PermissionGrant -Property"), List.copyOf(grant.keySet()));
        assertEquals("e8c77dc2-69b3-43f4-bc51-3213c9d915b4", grant.get("$resourceAppId")); // :40
        assertEquals(apps, grant.get("$PredefinedApps"));
        assertEquals("appId eq '{appId}'", grant.get("Get-MgBetaServicePrincipal -Filter")); // :54
        assertEquals("id,appId,displayName,publishedPermissionScopes", grant.get("Get-MgBetaServicePrincipal"
                + " -Property")); // :56
        assertEquals(grantFilter, grant.get("Get-MgBetaOauth2PermissionGrant -Filter")); // :73
        assertEquals("id,scope,clientId,resourceId,consentType", grant.get("Get-MgBetaOauth2PermissionGrant"
                + " -Property")); // :74
        Map<String, Object> revoke = planner.values("Revoke-EntraBetaMcpServerPermission");
        assertEquals(Optional.of("function"), planner.via("Revoke-EntraBetaMcpServerPermission"));
        // :35, :36-41; :45 the service principal read without -Property; :58-59 the grant's
        assertEquals(List.of("$resourceAppId", "$PredefinedApps", "Get-MgBetaServicePrincipal -Filter",
                "Get-MgBetaOauth2PermissionGrant -Filter", "Get-MgBetaOauth2PermissionGrant -Property"),
                List.copyOf(revoke.keySet()));
        assertEquals(apps, revoke.get("$PredefinedApps"));
        assertEquals(grantFilter, revoke.get("Get-MgBetaOauth2PermissionGrant -Filter"));
        // no other entry of either module has that via or values
        List<String> marked = RequestTable.bundled().entries().stream().filter(e -> "function".equals(e.via())
                || !e.values().isEmpty()).map(RequestEntry::command).toList();
        assertEquals(List.of("Grant-EntraBetaMcpServerPermission", "Revoke-EntraBetaMcpServerPermission"), marked);
    }
}
