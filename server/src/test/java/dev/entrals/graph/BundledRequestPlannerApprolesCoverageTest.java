package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.map;
import static dev.entrals.graph.PlannedCalls.planned;
import static dev.entrals.graph.PlannedCalls.refused;
import static dev.entrals.graph.PlannedCalls.requests;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for New-Entra[Beta]Application's model arguments the code rebuilds in its own form (branch
 * {@code approles}): -AppRoles (a new GUID per role, the set properties, roles missing a required key left out after
 * the module's Write-Error), -RequiredResourceAccess (a literal per item, a nested list per ResourceAccess item), -Api
 * (Oauth2PermissionScopes rebuilt as a six-key literal per scope) and -ParentalControlSettings (a property left out
 * after the module's message). Each expectation is written by hand from the module's code (file and line named;
 * microsoftgraph/entra-powershell; the Beta file has the same lines).
 */
class BundledRequestPlannerApprolesCoverageTest {

    private static final String APP = "POST /v1.0/applications {\"displayName\":\"app\",";

    private static String request(RequestPlan plan) {
        GraphRequest r = plan.requests().get(0);
        return r.method() + " " + r.relativeUrl() + " " + r.body();
    }

    @Test
    void eachRoleGetsANewGuidThenItsSetPropertiesByTheirNetNames() {
        // New-EntraApplication.ps1 46 [List[MicrosoftGraphAppRole]] $AppRoles; 142-198: 146-149 $roleHash = @{ id =
        // [Guid]::NewGuid().ToString('D'); isEnabled = $true }; 153 ($role -is [hashtable]) false once bound: 165-175
        // each set property by its .NET name ($roleHash[$_.Name] = $_.Value: a hashtable in any case, so Id and
        // IsEnabled replace the values of id and isEnabled under their first names); 192-194 allowedMemberTypes made
        // a list; 560 POST with ConvertTo-Json -Depth 10
        RequestPlan plan = planned("New-EntraApplication", "DisplayName", "app", "AppRoles", List.of(
                map("AllowedMemberTypes", "User", "DisplayName", "Readers", "Value", "read", "Description", null),
                map("allowedMemberTypes", List.of("Application"), "displayName", "Writers", "value", "write",
                        "IsEnabled", false, "Id", "00000000-0000-0000-0000-0000000000a1")));
        assertEquals(List.of(APP + "\"appRoles\":[{\"id\":\"<a new GUID>\",\"isEnabled\":true,\"AllowedMemberTypes\":"
                + "[\"User\"],\"DisplayName\":\"Readers\",\"Value\":\"read\"},{\"id\":\"00000000-0000-0000-0000-0000000000a1"
                + "\",\"isEnabled\":false,\"AllowedMemberTypes\":[\"Application\"],\"DisplayName\":\"Writers\",\"Value\":"
                + "\"write\"}]}"), requests(plan));
        // the planned body holds the token the engine makes into a GUID when it sends (NewGuids)
        String made = NewGuids.made(request(plan));
        assertTrue(Pattern.compile("\"id\":\"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\"")
                .matcher(made).find(), made);
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("-AppRoles: an item the call gives no id gets a"
                + " new random GUID") && n.contains("New-EntraApplication.ps1:147")), plan.notes()::toString);
    }

    @Test
    void aRoleWithoutARequiredKeyIsLeftOutWithTheModulesError() {
        // New-EntraApplication.ps1 177-188: if (-not $roleHash.ContainsKey('displayName')) { Write-Error "AppRole must
        // specify displayName"; continue }: that role is not sent, the others are, and the request still goes
        RequestPlan plan = planned("New-EntraBetaApplication", "DisplayName", "app", "AppRoles", List.of(
                map("AllowedMemberTypes", List.of("User"), "Value", "read"),
                map("AllowedMemberTypes", List.of("User"), "DisplayName", "Writers", "Value", "write")));
        assertEquals(List.of("POST /beta/applications {\"displayName\":\"app\",\"appRoles\":[{\"id\":\"<a new GUID>\","
                + "\"isEnabled\":true,\"AllowedMemberTypes\":[\"User\"],\"DisplayName\":\"Writers\",\"Value\":"
                + "\"write\"}]}"), requests(plan));
        assertTrue(plan.notes().contains("WARNING: AppRole must specify displayName (the module's Write-Error,"
                + " EntraBeta/Microsoft.Entra.Beta/Applications/New-EntraBetaApplication.ps1:182; its continue leaves"
                + " -AppRoles's item 1 out of the body)"), plan.notes()::toString);
        // every role left out: the module sends an empty list (176-197: $appBody['appRoles'] = @())
        RequestPlan none = planned("New-EntraApplication", "DisplayName", "app", "AppRoles", map("Value", "read"));
        assertEquals(APP + "\"appRoles\":[]}", request(none));
        assertTrue(none.notes().stream().anyMatch(n -> n.startsWith("WARNING: AppRole must specify allowedMemberTypes")));
    }

    @Test
    void requiredResourceAccessIsALiteralPerItemWithItsAccessList() {
        // New-EntraApplication.ps1 50 [MicrosoftGraphRequiredResourceAccess[]]; 200-244 both branches alike:
        // $resourceHash = @{ resourceAppId = $resource.ResourceAppId; resourceAccess = @() }; if
        // ($resource.ResourceAccess) { foreach ($access in …) { $resourceHash.resourceAccess += @{ id = $access.Id;
        // type = $access.Type } } }: one hashtable is a one-item list, an unset value null (ConvertTo-Json writes it)
        RequestPlan plan = planned("New-EntraApplication", "DisplayName", "app", "RequiredResourceAccess", List.of(
                map("ResourceAppId", "00000003-0000-0000-c000-000000000000", "ResourceAccess", List.of(
                        map("Id", "e1fe6dd8-ba31-4d61-89e7-88639da4683d", "Type", "Scope"),
                        map("id", "df021288-bdef-4463-88db-98f22de89214"))),
                map("resourceAppId", "00000002-0000-0000-c000-000000000000")));
        assertEquals(APP + "\"requiredResourceAccess\":[{\"resourceAppId\":\"00000003-0000-0000-c000-000000000000\","
                + "\"resourceAccess\":[{\"id\":\"e1fe6dd8-ba31-4d61-89e7-88639da4683d\",\"type\":\"Scope\"},{\"id\":"
                + "\"df021288-bdef-4463-88db-98f22de89214\",\"type\":null}]},{\"resourceAppId\":"
                + "\"00000002-0000-0000-c000-000000000000\",\"resourceAccess\":[]}]}", request(plan));
        RequestPlan one = planned("New-EntraBetaApplication", "DisplayName", "app", "RequiredResourceAccess",
                map("ResourceAppId", "00000003-0000-0000-c000-000000000000", "ResourceAccess",
                        map("Id", "e1fe6dd8-ba31-4d61-89e7-88639da4683d", "Type", "Role")));
        assertEquals("POST /beta/applications {\"displayName\":\"app\",\"requiredResourceAccess\":[{\"resourceAppId\":"
                + "\"00000003-0000-0000-c000-000000000000\",\"resourceAccess\":[{\"id\":"
                + "\"e1fe6dd8-ba31-4d61-89e7-88639da4683d\",\"type\":\"Role\"}]}]}", request(one));
    }

    @Test
    void apiIsCopiedWithItsScopesRebuiltAsSixKeys() {
        // New-EntraApplication.ps1 54 [MicrosoftGraphApiApplication] $Api; 246-272: each set property by its .NET
        // name ($apiHash[$_.Name] = $_.Value), but Oauth2PermissionScopes (-eq: any case) rebuilt per scope as
        // @{ id; adminConsentDescription; adminConsentDisplayName; isEnabled; type; value } (257-264): what a scope
        // sets besides (userConsentDisplayName) is not sent, what it does not set is null
        RequestPlan plan = planned("New-EntraApplication", "DisplayName", "app", "Api", map("RequestedAccessTokenVersion",
                2, "oauth2PermissionScopes", List.of(map("Id", "00000000-0000-0000-0000-0000000000b1", "Value",
                        "read", "Type", "User", "IsEnabled", true, "UserConsentDisplayName", "Read"))));
        assertEquals(APP + "\"api\":{\"RequestedAccessTokenVersion\":2,\"oauth2PermissionScopes\":[{\"id\":"
                + "\"00000000-0000-0000-0000-0000000000b1\",\"adminConsentDescription\":null,\"adminConsentDisplayName\":"
                + "null,\"isEnabled\":true,\"type\":\"User\",\"value\":\"read\"}]}}", request(plan));
    }

    @Test
    void parentalControlSettingsLeaveOutWhatTheModuleRejectsAndStillSend() {
        // New-EntraApplication.ps1 70 [MicrosoftGraphParentalControlSettings]; 360-384: 364-372 a legalAgeGroupRule
        // not among five values (-notcontains: any case) is Write-Error then `return`, which inside ForEach-Object
        // ends only that property's block: the request is still sent, without it (the module's bug, noted);
        // 374-378 a non-empty countriesBlockedForMinors: Write-Warning, `return`: left out
        RequestPlan bad = planned("New-EntraApplication", "DisplayName", "app", "ParentalControlSettings",
                map("LegalAgeGroupRule", "Sometimes", "CountriesBlockedForMinors", List.of("GB")));
        assertEquals(APP + "\"parentalControlSettings\":{}}", request(bad));
        assertTrue(bad.notes().stream().anyMatch(n -> n.startsWith("WARNING: Invalid value specified for property"
                + " 'legalAgeGroupRule'. Valid values are: Allow, RequireConsentForMinors, RequireConsentForKids,"
                + " RequireConsentForPrivacyServices, BlockMinors (the module's Write-Error,"
                + " Entra/Microsoft.Entra/Applications/New-EntraApplication.ps1:369") && n.contains("evidently meant to"
                + " stop")), bad.notes()::toString);
        assertTrue(bad.notes().contains("WARNING: The 'countriesBlockedForMinors' property must be set to its default"
                + " value (null or empty). Ignoring this property. (the module's Write-Warning,"
                + " Entra/Microsoft.Entra/Applications/New-EntraApplication.ps1:376; its return leaves"
                + " -ParentalControlSettings's CountriesBlockedForMinors out of the body)"), bad.notes()::toString);
        RequestPlan good = planned("New-EntraApplication", "DisplayName", "app", "ParentalControlSettings",
                map("legalAgeGroupRule", "blockMinors", "CountriesBlockedForMinors", List.of()));
        assertEquals(APP + "\"parentalControlSettings\":{\"LegalAgeGroupRule\":\"blockMinors\","
                + "\"CountriesBlockedForMinors\":[]}}", request(good));
        assertFalse(good.notes().stream().anyMatch(n -> n.startsWith("WARNING")), good.notes()::toString);
    }

    // (-AddIns, -KeyCredentials, -PasswordCredentials, once refused here, are read since branch appcreds:
    // BundledRequestPlannerAppcredsCoverageTest)
}
