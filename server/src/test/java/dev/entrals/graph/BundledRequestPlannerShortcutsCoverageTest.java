package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.plannedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the module's filter shortcuts read on the branch {@code shortcuts}: locals computed from an
 * argument or the clock before the SDK's {@code -Filter} is written with them. Each expectation is written by hand from
 * the module's code (file and line named; microsoftgraph/entra-powershell at a36be76).
 */
class BundledRequestPlannerShortcutsCoverageTest {

    private static final DateTimeFormatter Z = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private static String url(RequestPlan plan) {
        GraphRequest r = plan.requests().get(0);
        return r.method() + " " + r.relativeUrl();
    }

    @Test
    void isManagedIsWrittenAsPowerShellWritesABooleanInAString() {
        // Get-EntraDevice.ps1 156-163: $isManagedState = $PSBoundParameters["IsManaged"];
        // $params["Filter"] = "isManaged eq $isManagedState" ("True"/"False")
        assertEquals("GET /v1.0/devices?$filter=isManaged%20eq%20True",
                url(plannedIn("Get-EntraDevice", "GetQuery", "IsManaged", true)));
        assertEquals("GET /beta/devices?$filter=isManaged%20eq%20False",
                url(plannedIn("Get-EntraBetaDevice", "GetQuery", "IsManaged", false)));
    }

    @Test
    void joinTypeIsTheSwitchsFilterAndFollowsTheFilterArgumentWithAnd() {
        // Get-EntraDevice.ps1 165-177: switch ($PSBoundParameters["JoinType"]) { "MicrosoftEntraJoined" { "trustType
        // eq 'AzureAd'" } "MicrosoftEntraHybridJoined" { "trustType eq 'ServerAd'" } "MicrosoftEntraRegistered"
        // { "trustType eq 'Workplace'" } }; += " and $filterValue" after -Filter (80-86)
        assertEquals("GET /v1.0/devices?$filter=trustType%20eq%20'ServerAd'",
                url(plannedIn("Get-EntraDevice", "GetQuery", "JoinType", "MicrosoftEntraHybridJoined")));
        assertEquals("GET /v1.0/devices?$filter=accountEnabled%20eq%20true%20and%20trustType%20eq%20'Workplace'",
                url(plannedIn("Get-EntraDevice", "GetQuery", "Filter", "accountEnabled eq true", "JoinType",
                        "microsoftentraregistered")));
    }

    @Test
    void shortcutsJoinInTheCodesOrder() {
        // Get-EntraDevice.ps1: LogonTimeBefore (129), NonCompliant (148), IsManaged (156), JoinType (165)
        String url = url(plannedIn("Get-EntraDevice", "GetQuery", "JoinType", "MicrosoftEntraJoined", "IsManaged",
                true, "NonCompliant", true, "LogonTimeBefore", "2024-03-01T10:00:00Z"));
        assertEquals("GET /v1.0/devices?$filter=approximateLastSignInDateTime%20le%202024-03-01T10:00:00Z%20and%20"
                + "isCompliant%20eq%20false%20and%20isManaged%20eq%20True%20and%20trustType%20eq%20'AzureAd'", url);
    }

    @Test
    void logonTimeBeforeIsTheArgumentInUtc() {
        // Get-EntraDevice.ps1 129-136: $PSBoundParameters["LogonTimeBefore"].ToUniversalTime()
        // .ToString("yyyy-MM-ddTHH:mm:ssZ"); a date without a zone is the machine's local time
        String local = LocalDateTime.of(2024, 1, 15, 0, 0).atZone(ZoneId.systemDefault())
                .withZoneSameInstant(ZoneOffset.UTC).format(Z);
        assertEquals("GET /beta/devices?$filter=approximateLastSignInDateTime%20le%20" + local,
                url(plannedIn("Get-EntraBetaDevice", "GetQuery", "LogonTimeBefore", "2024-01-15")));
        assertEquals("GET /beta/devices?$filter=approximateLastSignInDateTime%20le%202024-01-15T08:30:00Z",
                url(plannedIn("Get-EntraBetaDevice", "GetQuery", "LogonTimeBefore", "2024-01-15T10:30:00+02:00")));
    }

    @Test
    void staleIsTwoMonthsBeforeNowInUtcAndOnlyWithTheSwitch() {
        // Get-EntraDevice.ps1 139-146: (Get-Date).AddMonths(-2).ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ")
        String before = LocalDateTime.now(ZoneOffset.UTC).minusMonths(2).format(Z);
        String url = url(plannedIn("Get-EntraDevice", "GetQuery", "Stale", true));
        String after = LocalDateTime.now(ZoneOffset.UTC).minusMonths(2).format(Z);
        String prefix = "GET /v1.0/devices?$filter=approximateLastSignInDateTime%20le%20";
        assertTrue(url.equals(prefix + before) || url.equals(prefix + after), url);
        assertEquals("GET /v1.0/devices", url(plannedIn("Get-EntraDevice", "GetQuery", "Stale", false)));
        assertEquals("GET /v1.0/devices", url(plannedIn("Get-EntraDevice", "GetQuery")));
    }

    @Test
    void servicePrincipalShortcuts() {
        // Get-EntraServicePrincipal.ps1 117-124: $assignmentRequiredState = $PSBoundParameters["AssignmentRequired"];
        // "appRoleAssignmentRequired eq $assignmentRequiredState"; 126-139: $appType = $PSBoundParameters[
        // "ApplicationType"]; $appTypeFilter = switch ($appType) { … "ManagedIdentity" { "servicePrincipalType eq
        // 'ManagedIdentity'" } "MicrosoftApps" { "appOwnerOrganizationId eq f8cdef31-…" } }
        assertEquals("GET /v1.0/servicePrincipals?$filter=appRoleAssignmentRequired%20eq%20True%20and%20"
                        + "servicePrincipalType%20eq%20'ManagedIdentity'",
                url(plannedIn("Get-EntraServicePrincipal", "GetQuery", "AssignmentRequired", true, "ApplicationType",
                        "ManagedIdentity")));
        assertEquals("GET /beta/servicePrincipals?$filter=tags/any(t:t%20eq%20'WindowsAzureActiveDirectoryOnPremApp')",
                url(plannedIn("Get-EntraBetaServicePrincipal", "GetQuery", "ApplicationType", "AppProxyApps")));
    }

    @Test
    void enabledFilterIsTheBranchItsValueTakes() {
        // Get-EntraUser.ps1 134-141: if ($PSBoundParameters["EnabledFilter"] -eq "DisabledOnly") { $stateFilter =
        // "accountEnabled eq false" } else { $stateFilter = "accountEnabled eq true" }; $filterParameters +=
        // $stateFilter; 145-148 -Synchronized; 151-154 joined with ' and ' after -Filter
        String disabled = url(plannedIn("Get-EntraUser", "GetFiltered", "EnabledFilter", "disabledonly",
                "Synchronized", true));
        assertTrue(disabled.endsWith("&$filter=accountEnabled%20eq%20false%20and%20onPremisesSyncEnabled%20eq%20true"),
                disabled);
        String enabled = url(plannedIn("Get-EntraUser", "GetFiltered", "EnabledFilter", "EnabledOnly"));
        assertTrue(enabled.endsWith("&$filter=accountEnabled%20eq%20true"), enabled); // the else: any other value
    }

    @Test
    void switchesThatFilterTheReplyBecomeThePlansFilters() {
        // Get-EntraUser.ps1 206-212: if ($PSBoundParameters.ContainsKey("HasErrorsOnly")) { if ($null -eq
        // $response.ServiceProvisioningErrors -or $response.ServiceProvisioningErrors.Count -eq 0) { continue } };
        // 233-238: if ($null -ne $PSBoundParameters["UnlicensedUsersOnly"]) { if ($response.AssignedLicenses.Count
        // -gt 0) { continue } }
        RequestPlan plan = plannedIn("Get-EntraUser", "GetFiltered", "HasErrorsOnly", true, "UnlicensedUsersOnly",
                true);
        assertEquals(java.util.List.of(new RequestPlan.Keep("ServiceProvisioningErrors", true),
                new RequestPlan.Keep("AssignedLicenses", false)), plan.keeps());
        assertTrue(plan.keeps(java.util.Map.of("serviceProvisioningErrors", java.util.List.of(java.util.Map.of()),
                "assignedLicenses", java.util.List.of())));
        assertTrue(!plan.keeps(java.util.Map.of("serviceProvisioningErrors", java.util.List.of())));
        assertTrue(plannedIn("Get-EntraUser", "GetFiltered", "HasErrorsOnly", false).keeps().isEmpty());
        // Get-EntraGroup.ps1 161: if ($PSBoundParameters.ContainsKey("HasErrorsOnly") -and ($null -eq
        // $_.ServiceProvisioningErrors -or $_.ServiceProvisioningErrors.Count -eq 0)) { continue }
        assertEquals(java.util.List.of(new RequestPlan.Keep("ServiceProvisioningErrors", true)),
                plannedIn("Get-EntraGroup", "GetQuery", "HasErrorsOnly", true).keeps());
    }

    @Test
    void licenseReconciliationKeepsUsersWithALicenseStateInError() {
        // Get-EntraUser.ps1 214-231: if ($PSBoundParameters.ContainsKey("LicenseReconciliationNeededOnly")) { if
        // ($null -eq $response.licenseAssignmentStates -or ….Count -eq 0) { continue } … foreach ($licenseAssignment in
        // $response.licenseAssignmentStates) { if ($null -ne $licenseAssignment.error -and $licenseAssignment.error -ne
        // 'None') { $hasLicenseError = $true; break } } if (-not $hasLicenseError) { continue } }
        RequestPlan plan = plannedIn("Get-EntraUser", "GetFiltered", "LicenseReconciliationNeededOnly", true);
        assertTrue(plan.keeps(java.util.Map.of("licenseAssignmentStates", java.util.List.of(
                java.util.Map.of("error", "None"), java.util.Map.of("error", "CountViolation")))));
        assertTrue(!plan.keeps(java.util.Map.of("licenseAssignmentStates", java.util.List.of(
                java.util.Map.of("error", "none")))));
        assertTrue(!plan.keeps(java.util.Map.of("licenseAssignmentStates", java.util.List.of())));
        assertTrue(!plan.keeps(java.util.Map.of("displayName", "No states")));
    }

    @Test
    void contactErrorsSelectTheDefaultPropertiesAndServiceProvisioningErrors() {
        // Get-EntraContact.ps1 36: $defaultProperties = @("addresses", …, "surname"); 95-97: if ($null -ne
        // $PSBoundParameters["HasErrorsOnly"]) { $params["Property"] = $defaultProperties + "ServiceProvisioningErrors" }
        // (an array plus a string: one more item); 105-109 Where-Object keeps those with errors
        RequestPlan plan = plannedIn("Get-EntraContact", "GetQuery", "HasErrorsOnly", true);
        assertEquals("GET /v1.0/contacts?$select=addresses,companyName,department,displayName,givenName,id,jobTitle,"
                + "mail,mailNickname,onPremisesLastSyncDateTime,onPremisesProvisioningErrors,onPremisesSyncEnabled,"
                + "phones,proxyAddresses,surname,ServiceProvisioningErrors", url(plan));
        assertEquals(java.util.List.of(new RequestPlan.Keep("ServiceProvisioningErrors", true)), plan.keeps());
    }
}
