package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.planned;
import static dev.entrals.graph.PlannedCalls.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The bundled table for the agent identity and MCP permission cmdlets read on the branch {@code agents}: arguments
 * without which the module prompts or takes an earlier command's session value are needed, and the reasons of
 * functions that send their requests from functions they define or open a URL in the browser. Each expectation is
 * written by hand from the module's code (file and line named; microsoftgraph/entra-powershell at a36be76).
 */
class BundledRequestPlannerAgentsCoverageTest {

    @Test
    void anAgentUserIsCreatedWithTheArgumentsThatAvoidThePrompts() {
        // New-EntraAgentUserForAgentId.ps1 46 $baseUri = '/v1.0/users/'; 103-110 $Body = [PSCustomObject]@{
        // "@odata.type" = "microsoft.graph.agentUser"; displayName = $DisplayName; userPrincipalName =
        // $UserPrincipalName; identityParentId = $AgentIdentityId; mailNickname = $MailNickname; accountEnabled = $true };
        // 117 $JsonBody = $Body | ConvertTo-Json -Depth 5; 126-150 while ($retryCount -lt $maxRetries …) { 135
        // Invoke-MgGraphRequest -Method POST -Uri $baseUri -Body $JsonBody }
        RequestPlan plan = planned("New-EntraAgentUserForAgentId", "DisplayName", "Helper Bot", "UserPrincipalName",
                "helper@contoso.com", "MailNickname", "helper", "AgentIdentityId", "ai-1");
        assertEquals(1, plan.requests().size());
        GraphRequest r = plan.requests().get(0);
        assertEquals("POST /v1.0/users/", r.method() + " " + r.relativeUrl());
        assertEquals("{\"@odata.type\":\"microsoft.graph.agentUser\",\"displayName\":\"Helper Bot\","
                + "\"userPrincipalName\":\"helper@contoso.com\",\"identityParentId\":\"ai-1\","
                + "\"mailNickname\":\"helper\",\"accountEnabled\":true}", r.body());
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("retry loop); the plan sends it once")),
                plan.notes()::toString);
        assertTrue(plan.notes().stream().noneMatch(n -> n.contains("is needed for a run here")),
                plan.notes()::toString);
        // New-EntraBetaAgentUserForAgentId.ps1 46 $baseUri = '/beta/users/'
        GraphRequest beta = planned("New-EntraBetaAgentUserForAgentId", "DisplayName", "b", "UserPrincipalName",
                "b@contoso.com", "MailNickname", "b", "AgentIdentityId", "ai-2").requests().get(0);
        assertEquals("POST /beta/users/", beta.method() + " " + beta.relativeUrl());
    }

    @Test
    void withoutAnArgumentThatAvoidsAPromptTheCallIsRefusedNamingIt() {
        // New-EntraAgentUserForAgentId.ps1 49 if (-not $UserPrincipalName -or $UserPrincipalName.Trim() -eq "") { …
        // 68 Read-Host "Enter a username prefix or full UPN …" }
        String upn = refused("New-EntraAgentUserForAgentId", "DisplayName", "Helper Bot", "MailNickname", "helper",
                "AgentIdentityId", "ai-1");
        assertTrue(upn.startsWith("New-EntraAgentUserForAgentId needs -UserPrincipalName for a run here: without it"
                + " the module asks for it at a PowerShell console (Read-Host at Entra/Microsoft.Entra/Users/"
                + "New-EntraAgentUserForAgentId.ps1:68)"), upn);
        // 93 if (-not $MailNickname -or $MailNickname.Trim() -eq "") { 94 Read-Host "Enter mail nickname …" }
        assertTrue(refused("New-EntraAgentUserForAgentId", "DisplayName", "d", "UserPrincipalName", "d@contoso.com",
                "AgentIdentityId", "ai-1").contains("needs -MailNickname for a run here"));
        // 33 if (-not $AgentIdentityId) { 35 $storedAgentIdentityId = $global:EntraCurrentAgentIdentityId … }
        String id = refused("New-EntraAgentUserForAgentId", "DisplayName", "d", "UserPrincipalName", "d@contoso.com",
                "MailNickname", "d");
        assertTrue(id.contains("needs -AgentIdentityId for a run here: without it the module takes the value an"
                + " earlier command left in the PowerShell session ($global:EntraCurrentAgentIdentityId at"
                + " Entra/Microsoft.Entra/Users/New-EntraAgentUserForAgentId.ps1:35)"), id);
    }

    @Test
    void aCoveredAgentCmdletNeedsTheIdItWouldOtherwiseAskFor() {
        // New-EntraAgentIdentityBlueprintPrincipal.ps1 22 if ([string]::IsNullOrEmpty($AgentBlueprintId)) { 24
        // $script:CurrentAgentBlueprintId … 29 Read-Host "Enter the Agent Identity Blueprint ID" }; the body's appId
        // is $AgentBlueprintId (without it the plan would have POSTed no appId)
        String r = refused("New-EntraAgentIdentityBlueprintPrincipal");
        assertTrue(r.contains("needs -AgentBlueprintId for a run here") && r.contains("$script:CurrentAgentBlueprintId")
                && r.contains("Read-Host at Entra/Microsoft.Entra/Applications/New-EntraAgentIdentityBlueprintPrincipal"
                + ".ps1:29"), r);
        RequestPlan plan = planned("New-EntraAgentIdentityBlueprintPrincipal", "AgentBlueprintId", "app-1");
        assertEquals("{\"appId\":\"app-1\"}", plan.requests().get(0).body());
        // Get-EntraAgentIdentityBlueprint.ps1 48 GET /v1.0/applications/microsoft.graph.agentIdentityBlueprint/$BlueprintId
        assertTrue(refused("Get-EntraAgentIdentityBlueprint").contains("needs -BlueprintId for a run here"));
        assertEquals("/v1.0/applications/microsoft.graph.agentIdentityBlueprint/b1", planned(
                "Get-EntraAgentIdentityBlueprint", "BlueprintId", "b1").requests().get(0).relativeUrl());
    }

    @Test
    void mcpPermissionCmdletsNameTheRequestsOfTheFunctionsTheyDefine() {
        // Grant-EntraBetaMCPServerPermission.ps1 48 function Get-ServicePrincipal { 53 Get-MgBetaServicePrincipal … 61
        // New-MgBetaServicePrincipal }; 67 function Get-Grant { 72 Get-MgBetaOauth2PermissionGrant }; 79 function
        // Set-ExactScopes { 93 Remove-… 111 New-… 138 Update-MgBetaOauth2PermissionGrant }; process 179, 194, 225
        String grant = refused("Grant-EntraBetaMcpServerPermission", "ApplicationName", "VisualStudioCode");
        String file = "EntraBeta/Microsoft.Entra.Beta/Applications/Grant-EntraBetaMCPServerPermission.ps1:";
        assertTrue(grant.contains("sends its Graph requests from functions it defines inside itself: Get-ServicePrincipal"
                + " (Get-MgBetaServicePrincipal at " + file + "53, New-MgBetaServicePrincipal at " + file + "61 when -not $sp ("
                + file + "59); called at "
                + file + "179, " + file + "194)"), grant);
        assertTrue(grant.contains("Set-ExactScopes (Remove-MgBetaOauth2PermissionGrant at " + file + "93 when"), grant);
        assertTrue(grant.contains(" New-MgBetaOauth2PermissionGrant at " + file + "111 when"), grant);
        assertTrue(grant.contains(" Update-MgBetaOauth2PermissionGrant at " + file + "138 after the returns at"), grant);
        assertTrue(grant.contains("; called at " + file + "225)"), grant);
        assertTrue(!grant.contains("no Graph request"), grant);
        // Revoke-EntraBetaMCPServerPermission.ps1 64 function Update-GrantScopes { 74 Remove-… 87 Update-… }; 191
        String revoke = refused("Revoke-EntraBetaMcpServerPermission", "ApplicationName", "Claude");
        assertTrue(revoke.contains("Update-GrantScopes (Remove-MgBetaOauth2PermissionGrant at EntraBeta/Microsoft.Entra"
                + ".Beta/Applications/Revoke-EntraBetaMCPServerPermission.ps1:74"), revoke);
    }

    @Test
    void aConsentPageOpenedInTheBrowserIsNamedAsSuch() {
        // Add-EntraPermissionsToInheritToAgentIdentityBlueprintPrincipal.ps1 94 $requestUri =
        // "https://login.microsoftonline.com/$tenantId/v2.0/adminconsent" …; 125 Start-Process $requestUri
        String r = refused("Add-EntraPermissionsToInheritToAgentIdentityBlueprintPrincipal", "AgentBlueprintId", "a");
        assertTrue(r.contains("sends no Graph request: it builds a URL and opens it in the browser with Start-Process"
                + " (at Entra/Microsoft.Entra/Applications/Add-EntraPermissionsToInheritToAgentIdentityBlueprintPrincipal"
                + ".ps1:125)"), r);
        // the Beta file's Start-Process is at line 122
        assertTrue(refused("Add-EntraBetaPermissionsToInheritToAgentIdentityBlueprintPrincipal").contains(
                "Add-EntraBetaPermissionsToInheritToAgentIdentityBlueprintPrincipal.ps1:122)"));
    }
}
