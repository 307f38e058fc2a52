package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.map;
import static dev.entrals.graph.PlannedCalls.planned;
import static dev.entrals.graph.PlannedCalls.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for object arguments the module converts before handing them to its Graph SDK cmdlet (branch
 * {@code objargs}): projections of selected properties, copies of every property, lists built item by item, items as
 * JSON text; sent as the SDK's model writes them (keys with a small first letter, null properties left out). Each
 * expectation is written by hand from the module's code (file and line named; microsoftgraph/entra-powershell).
 */
class BundledRequestPlannerObjargsCoverageTest {

    private static String request(RequestPlan plan) {
        GraphRequest r = plan.requests().get(0);
        return r.method() + " " + r.relativeUrl() + " " + r.body();
    }

    @Test
    void webIsTheTrueOnesOfItsFourProperties() {
        // Set-EntraApplication.ps1 89-98: $Value = @{}; if ($TmpValue.HomePageUrl) { $Value["HomePageUrl"] = … }
        // LogoutUrl, RedirectUris, ImplicitGrantSettings alike; $params["Web"] = $Value; 268 Update-MgApplication
        // (PATCH /applications/{id}). LogoutUrl '' is false: left out; the nested settings in the SDK's names.
        RequestPlan plan = planned("Set-EntraApplication", "ApplicationId", "a-1", "Web", map("RedirectUris",
                List.of("https://a/cb"), "HomePageUrl", "https://h", "LogoutUrl", "", "ImplicitGrantSettings",
                map("EnableIdTokenIssuance", true)));
        assertEquals("PATCH /v1.0/applications/a-1 {\"web\":{\"homePageUrl\":\"https://h\",\"redirectUris\":"
                + "[\"https://a/cb\"],\"implicitGrantSettings\":{\"enableIdTokenIssuance\":true}}}", request(plan));
        // Set-EntraBetaApplication.ps1 112-120: the beta module projects LogoutUrl, RedirectUris, ImplicitGrantSettings
        // only (no HomePageUrl)
        assertEquals("PATCH /beta/applications/a-1 {\"web\":{\"redirectUris\":[\"https://a/cb\"]}}", request(planned(
                "Set-EntraBetaApplication", "ApplicationId", "a-1", "Web", map("RedirectUris", List.of("https://a/cb"),
                        "HomePageUrl", "https://h"))));
    }

    @Test
    void apiAndInformationalUrlAreEveryPropertyCopied() {
        // Set-EntraApplication.ps1 64-71: $Temp = $TmpValue | ConvertTo-Json; (ConvertFrom-Json $Temp).psobject
        // .properties | Foreach { $Value[$_.Name] = $_.Value }; $params["Api"] = $Value; 229-236 the same for
        // -InformationalUrl into $params["Info"] (the SDK's -Info: the body's info)
        RequestPlan plan = planned("Set-EntraApplication", "ApplicationId", "a-1", "Api", map(
                "RequestedAccessTokenVersion", 2, "Oauth2PermissionScopes", List.of(map("Id", "s-1", "Value", "read",
                        "IsEnabled", true))), "InformationalUrl", map("PrivacyStatementUrl", "https://p", "LogoUrl", null));
        assertEquals("PATCH /v1.0/applications/a-1 {\"api\":{\"requestedAccessTokenVersion\":2,"
                + "\"oauth2PermissionScopes\":[{\"id\":\"s-1\",\"value\":\"read\",\"isEnabled\":true}]},"
                + "\"info\":{\"privacyStatementUrl\":\"https://p\"}}", request(plan));
        assertTrue(plan.notes().stream().noneMatch(n -> n.contains("ConvertTo-Json")), plan.notes()::toString);
    }

    @Test
    void aCopyThroughJsonNestedDeeperThanTwoIsSentWholeWithANote() {
        // Set-EntraApplication.ps1 148-155 (-ParentalControlSettings) through ConvertTo-Json, default depth 2
        RequestPlan plan = planned("Set-EntraApplication", "ApplicationId", "a-1", "ParentalControlSettings",
                map("LegalAgeGroupRule", "Allow", "X", map("a", map("b", map("c", 1)))));
        assertEquals("PATCH /v1.0/applications/a-1 {\"parentalControlSettings\":{\"legalAgeGroupRule\":\"Allow\","
                + "\"x\":{\"a\":{\"b\":{\"c\":1}}}}}", request(plan));
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("-ParentalControlSettings through ConvertTo-Json")),
                plan.notes()::toString);
    }

    @Test
    void keyCredentialsAreEachItemProjectedByTheListsProperties() {
        // Set-EntraApplication.ps1 121-141: foreach ($v in $inpu) { $hash = @{}; if ($TmpValue.Type) { $hash["Type"]
        // = $v.Type } …; $a += $hash }: the test is on the list (member enumeration), the value each item's; a null
        // value (the second item's Key) is left out by the SDK
        RequestPlan plan = planned("Set-EntraApplication", "ApplicationId", "a-1", "KeyCredentials", List.of(
                map("Type", "AsymmetricX509Cert", "Usage", "Verify", "Key", "TUlJQw=="),
                map("Type", "AsymmetricX509Cert", "Usage", "Verify", "DisplayName", "")));
        assertEquals("PATCH /v1.0/applications/a-1 {\"keyCredentials\":[{\"key\":\"TUlJQw==\",\"type\":"
                + "\"AsymmetricX509Cert\",\"usage\":\"Verify\"},{\"type\":\"AsymmetricX509Cert\",\"usage\":\"Verify\"}]}",
                request(plan));
        // 206-225 -PasswordCredentials alike; one hashtable is a one-item list
        assertEquals("PATCH /v1.0/applications/a-1 {\"passwordCredentials\":[{\"displayName\":\"ci\"}]}",
                request(planned("Set-EntraApplication", "ApplicationId", "a-1", "PasswordCredentials",
                        map("DisplayName", "ci", "Hint", null))));
    }

    @Test
    void requiredResourceAccessIsEachItemAsJson() {
        // Set-EntraApplication.ps1 102-106: $Value = $TmpValue | ForEach-Object { $_ | ConvertTo-Json }: each item
        // as JSON text, which the SDK reads into its model (a list)
        RequestPlan plan = planned("Set-EntraApplication", "ApplicationId", "a-1", "RequiredResourceAccess",
                map("ResourceAppId", "00000003-0000-0000-c000-000000000000", "ResourceAccess",
                        List.of(map("Id", "e1fe6dd8", "Type", "Scope"))));
        assertEquals("PATCH /v1.0/applications/a-1 {\"requiredResourceAccess\":[{\"resourceAppId\":"
                + "\"00000003-0000-0000-c000-000000000000\",\"resourceAccess\":[{\"id\":\"e1fe6dd8\",\"type\":\"Scope\"}]}]}",
                request(plan));
    }

    @Test
    void servicePrincipalCredentialsRenameTheAzureAdProperties() {
        // New-EntraServicePrincipal.ps1 139-157: $hash = @{ CustomKeyIdentifier = $v.CustomKeyIdentifier;
        // EndDateTime = $v.EndDate; SecretText = $v.Value; StartDateTime = $v.StartDate }; $a += $hash;
        // 228 New-MgServicePrincipal (POST /servicePrincipals)
        RequestPlan plan = planned("New-EntraServicePrincipal", "AppId", "app-1", "PasswordCredentials",
                List.of(map("EndDate", "2027-01-01T00:00:00Z", "Value", "s3cret")));
        assertEquals("POST /v1.0/servicePrincipals {\"appId\":\"app-1\",\"passwordCredentials\":[{\"endDateTime\":"
                + "\"2027-01-01T00:00:00Z\",\"secretText\":\"s3cret\"}]}", request(plan));
    }

    @Test
    void invitationCopiesTheUserAndProjectsTheMessageInfo() {
        // New-EntraInvitation.ps1 45-52: foreach ($property in $TmpValue.PSObject.Properties) { $Temp[$property.Name]
        // = $property.Value }; 53-61 $Temp["CustomizedMessageBody"] = $TmpValue.CustomizedMessageBody, MessageLanguage,
        // CcRecipients (null ones left out by the SDK); 83 New-MgInvitation (POST /invitations)
        RequestPlan plan = planned("New-EntraInvitation", "InvitedUserEmailAddress", "g@x.org", "InviteRedirectUrl",
                "https://myapps", "InvitedUser", map("Id", "u-1"), "InvitedUserMessageInfo",
                map("CustomizedMessageBody", "Hi"));
        String body = request(plan);
        assertTrue(body.startsWith("POST /v1.0/invitations {"), body);
        assertTrue(body.contains("\"invitedUser\":{\"id\":\"u-1\"}"), body);
        assertTrue(body.contains("\"invitedUserMessageInfo\":{\"customizedMessageBody\":\"Hi\"}"), body);
    }

    @Test
    void grantControlsAreTheTrueOnesUnderTheSdksNames() {
        // New-EntraConditionalAccessPolicy.ps1 43-53: if ($TmpValue._Operator) { $hash["Operator"] = … }; if ($null
        // -ne $TmpValue.BuiltInControls) {…}; if ($TmpValue.TermsOfUse) {…}; 140 New-MgIdentityConditionalAccessPolicy
        RequestPlan plan = planned("New-EntraConditionalAccessPolicy", "DisplayName", "p", "GrantControls",
                map("_Operator", "OR", "BuiltInControls", List.of("mfa"), "TermsOfUse", List.of()));
        assertEquals("POST /v1.0/identity/conditionalAccess/policies {\"displayName\":\"p\",\"grantControls\":"
                + "{\"operator\":\"OR\",\"builtInControls\":[\"mfa\"]}}", request(plan));
        // Set-EntraConditionalAccessPolicy.ps1 46-54 the same, BuiltInControls under if ($TmpValue.BuiltInControls);
        // 176 Update-MgIdentityConditionalAccessPolicy
        assertEquals("PATCH /v1.0/identity/conditionalAccess/policies/p-1 {\"grantControls\":{\"operator\":\"AND\"}}",
                request(planned("Set-EntraConditionalAccessPolicy", "PolicyId", "p-1", "GrantControls",
                        map("_Operator", "AND", "BuiltInControls", List.of()))));
    }

    @Test
    void defaultUserRolePermissionsAndRolePermissions() {
        // Set-EntraAuthorizationPolicy.ps1 49-59: $hash["AllowedToCreateApps"] = $TmpValue.AllowedToCreateApps …
        // (no test: false is sent); 113 Update-MgPolicyAuthorizationPolicy (PATCH /policies/authorizationPolicy)
        assertEquals("PATCH /v1.0/policies/authorizationPolicy {\"defaultUserRolePermissions\":"
                + "{\"allowedToCreateApps\":false}}", request(planned("Set-EntraAuthorizationPolicy",
                "DefaultUserRolePermissions", map("AllowedToCreateApps", false))));
        // Set-EntraDirectoryRoleDefinition.ps1 47-58: foreach ($val in $TmpValue) { $Temp = $val | ConvertTo-Json;
        // (ConvertFrom-Json $Temp).psobject.properties | Foreach { $hash[$_.Name] = $_.Value }; $Value += $hash }
        assertEquals("PATCH /v1.0/roleManagement/directory/roleDefinitions/r-1 {\"rolePermissions\":"
                + "[{\"allowedResourceActions\":[\"microsoft.directory/applications/basic/read\"]}]}",
                request(planned("Set-EntraDirectoryRoleDefinition", "UnifiedRoleDefinitionId", "r-1", "RolePermissions",
                        map("AllowedResourceActions", List.of("microsoft.directory/applications/basic/read")))));
    }

    @Test
    void newPolicyConditionsAreEachPropertyCopiedOneLevelDown() {
        // New-EntraConditionalAccessPolicy.ps1 99-119: $TmpValue.PSObject.Properties | foreach { if ($propName -eq
        // 'clientAppTypes') { $Value[$propName] = $propValue } elseif ($propValue -is [System.Object]) { $nestedProps
        // = @{}; $propValue.PSObject.Properties | foreach { $nestedProps[…] = … }; $Value[$propName] = $nestedProps } }
        RequestPlan plan = planned("New-EntraConditionalAccessPolicy", "DisplayName", "p", "Conditions", map(
                "Users", map("IncludeUsers", List.of("All")), "ClientAppTypes", List.of("browser"),
                "Applications", map("IncludeApplications", "All", "ExcludeApplications", null)));
        assertEquals("POST /v1.0/identity/conditionalAccess/policies {\"displayName\":\"p\",\"conditions\":"
                + "{\"users\":{\"includeUsers\":[\"All\"]},\"clientAppTypes\":[\"browser\"],\"applications\":"
                + "{\"includeApplications\":\"All\"}}}", request(plan));
        assertTrue(plan.notes().stream().noneMatch(n -> n.contains(".NET properties")), plan.notes()::toString);
        // a list there (SignInRiskLevels): the module copies the list's own properties (Count, Capacity); sent as the
        // list, with a note
        RequestPlan risk = planned("New-EntraConditionalAccessPolicy", "DisplayName", "p", "Conditions", map(
                "SignInRiskLevels", List.of("high")));
        assertEquals("POST /v1.0/identity/conditionalAccess/policies {\"displayName\":\"p\",\"conditions\":"
                + "{\"signInRiskLevels\":[\"high\"]}}", request(risk));
        assertTrue(risk.notes().stream().anyMatch(n -> n.contains("-Conditions's SignInRiskLevels")),
                risk.notes()::toString);
    }

    @Test
    void setPolicyConditionsAreProjectionsOfTheTrueSubObjects() {
        // Set-EntraConditionalAccessPolicy.ps1 117-154: if ($TmpValue.Users) { $Users = @{}; $Users["IncludeUsers"] =
        // $TmpValue.Users.IncludeUsers; … }; $hash = @{}; if ($TmpValue.Users) { $hash["Users"] = $Users }; if
        // ($TmpValue.ClientAppTypes) { $hash["ClientAppTypes"] = $TmpValue.ClientAppTypes }; …
        RequestPlan plan = planned("Set-EntraConditionalAccessPolicy", "PolicyId", "p-1", "Conditions", map(
                "Users", map("IncludeUsers", List.of("All"), "Foo", "x"), "ClientAppTypes", List.of()));
        assertEquals("PATCH /v1.0/identity/conditionalAccess/policies/p-1 {\"conditions\":"
                + "{\"users\":{\"includeUsers\":[\"All\"]}}}", request(plan));
    }

    @Test
    void privilegedRoleSettingsAreEachItemAsJson() {
        // Set-EntraBetaPrivilegedRoleSetting.ps1 116-126: foreach ($setting in $TmpValue) { $Temp = $setting |
        // ConvertTo-Json; $a += $Temp }; $params["AdminEligibleSettings"] = $a; 144 Update-MgBetaPrivilegedAccessRoleSetting
        RequestPlan plan = planned("Set-EntraBetaPrivilegedRoleSetting", "Id", "s-1", "ProviderId", "aadRoles",
                "AdminEligibleSettings", map("RuleIdentifier", "ExpirationRule", "Setting", "{\"maximumGrantPeriod\":\"180.00:00:00\"}"));
        assertEquals("PATCH /beta/privilegedAccess/aadRoles/roleSettings/s-1 {\"adminEligibleSettings\":[{\"ruleIdentifier\":"
                + "\"ExpirationRule\",\"setting\":\"{\\\"maximumGrantPeriod\\\":\\\"180.00:00:00\\\"}\"}]}", request(plan));
    }

    @Test
    void formsNotReadStayRefused() {
        // (Set-EntraApplication -AddIns and Set-EntraBetaApplication -PreAuthorizedApplications are read since branch
        // appcreds: BundledRequestPlannerAppcredsCoverageTest)
        // Get-EntraUserThumbnailPhoto.ps1 32-33 $params["FilePath"] = $PSBoundParameters["FilePath"]; 61 Get-MgUserPhoto
        // (GET /users/{id}/photo), which takes no -FilePath: no file is written, the call is refused naming it
        assertTrue(refused("Get-EntraUserThumbnailPhoto", "UserId", "u-1", "FilePath", "C:/photos").contains(
                "-FilePath is passed on to the SDK cmdlet as it is, whose request (aad-to-graph page of Get-MgUserPhoto)"
                        + " has no query option or path identifier for it; not read"));
    }
}
