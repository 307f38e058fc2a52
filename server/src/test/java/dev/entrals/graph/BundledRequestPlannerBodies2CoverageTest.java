package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.PLANNER;
import static dev.entrals.graph.PlannedCalls.map;
import static dev.entrals.graph.PlannedCalls.planned;
import static dev.entrals.graph.PlannedCalls.plannedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the body forms read on the branch {@code bodies2}: lists an object argument holds (each item
 * reduced by {@code Select-Object}), SecureStrings read through unmanaged memory. Each expectation is written by
 * hand from the module's code (file and line named; microsoftgraph/entra-powershell at a36be76).
 */
class BundledRequestPlannerBodies2CoverageTest {

    private static String request(RequestPlan plan) {
        GraphRequest r = plan.requests().get(0);
        return r.method() + " " + r.relativeUrl() + " " + r.body();
    }

    @Test
    void assignedLicensesSendsEachAddedSkuIdAndTheRemovedList() {
        // Set-EntraUserLicense.ps1 41-54: addLicenses = @(if ($PSBoundParameters.AssignedLicenses.AddLicenses) {
        // … | Select-Object @{Name = 'skuId'; Expression = { $_.'skuId' -replace 's', 's'.ToLower() } } } else { @() });
        // removeLicenses = @(if (….RemoveLicenses) { ….RemoveLicenses } else { @() }) | ConvertTo-Json;
        // 58 "/v1.0/users/$UserId/microsoft.graph.assignLicense", 64 -Method Post. Select-Object keeps skuId alone
        // (DisabledPlans is dropped by the module).
        RequestPlan plan = planned("Set-EntraUserLicense", "UserId", "ann@contoso.com", "AssignedLicenses",
                map("AddLicenses", List.of(map("SkuId", "c42b9cae-ea4f-4ab7-9717-81576235ccac",
                        "DisabledPlans", List.of("p1")), map("SkuId", "6fd2c87f-b296-42f0-b197-1e91e994b900")),
                        "RemoveLicenses", List.of("f30db892-07e9-47e9-837c-80727f46fd3d")));
        assertEquals("POST /v1.0/users/ann%40contoso.com/microsoft.graph.assignLicense {\"addLicenses\":["
                + "{\"skuId\":\"c42b9cae-ea4f-4ab7-9717-81576235ccac\"},{\"skuId\":\"6fd2c87f-b296-42f0-b197-1e91e994b900\"}],"
                + "\"removeLicenses\":[\"f30db892-07e9-47e9-837c-80727f46fd3d\"]}", request(plan));
    }

    @Test
    void aListTheArgumentDoesNotHoldIsEmptyAndOneItemIsAList() {
        // Set-EntraBetaUserLicense.ps1 41-54 (the same code), 58 "/beta/users/$UserId/microsoft.graph.assignLicense";
        // `else { @() }` for the missing RemoveLicenses; @(…) makes the one added license a list; -replace 's','s'
        // writes an upper-case S as s (case-insensitive, as PowerShell's -replace)
        RequestPlan plan = planned("Set-EntraBetaUserLicense", "UserId", "ann@contoso.com", "AssignedLicenses",
                map("AddLicenses", map("skuid", "SKU-1")));
        assertEquals("POST /beta/users/ann%40contoso.com/microsoft.graph.assignLicense"
                + " {\"addLicenses\":[{\"skuId\":\"sKU-1\"}],\"removeLicenses\":[]}", request(plan));
    }

    @Test
    void aSecureStringReadThroughUnmanagedMemoryIsItsText() {
        // Set-EntraSignedInUserPassword.ps1 29-34 $params["NewPassword"]/["CurrentPassword"] from $PSBoundParameters;
        // 36-40 SecureStringToGlobalAllocUnicode($params.CurrentPassword) … PtrToStringUni; 42 "/v1.0/me/changePassword";
        // 43-46 $body = @{ currentPassword = $curr; newPassword = $new }; 53 -Method POST
        RequestPlan plan = planned("Set-EntraSignedInUserPassword", "CurrentPassword", "old-pw", "NewPassword", "new-pw");
        assertEquals("POST /v1.0/me/changePassword {\"currentPassword\":\"old-pw\",\"newPassword\":\"new-pw\"}",
                request(plan));
        // Set-EntraBetaSignedInUserPassword.ps1: the same on /beta
        assertEquals("POST /beta/me/changePassword {\"currentPassword\":\"o\",\"newPassword\":\"n\"}",
                request(planned("Set-EntraBetaSignedInUserPassword", "CurrentPassword", "o", "NewPassword", "n")));
    }

    @Test
    void anObjectArgumentConvertedToJsonIsTheBodyParameter() {
        // New-EntraBetaPasswordSingleSignOnCredential.ps1 50-52 $Value = $TmpValue | ConvertTo-Json;
        // $params["BodyParameter"] = $Value; 80 New-MgBetaServicePrincipalPasswordSingleSignOnCredential: POST
        // /servicePrincipals/{id}/createPasswordSingleSignOnCredentials (Graph REST reference)
        RequestPlan plan = planned("New-EntraBetaPasswordSingleSignOnCredential", "ServicePrincipalId", "sp1",
                "PasswordSSOCredential", map("Id", "u1", "Credentials", List.of(map("FieldId", "param_username",
                        "Value", "ann", "Type", "username"))));
        assertEquals("POST /beta/servicePrincipals/sp1/createPasswordSingleSignOnCredentials {\"Id\":\"u1\","
                + "\"Credentials\":[{\"FieldId\":\"param_username\",\"Value\":\"ann\",\"Type\":\"username\"}]}",
                request(plan));
    }

    @Test
    void onlyTheNonEmptyPropertiesAreTheBodyParameter() {
        // Set-EntraBetaDirectorySetting.ps1 63-68: $TmpValue | ForEach-Object { $NonEmptyProperties =
        // $_.psobject.Properties | Where-Object {$_.Value} | Select-Object -ExpandProperty Name; $_ | Select-Object
        // -Property $NonEmptyProperties | ConvertTo-Json }; 95 Update-MgBetaDirectorySetting: PATCH /settings/{id}
        RequestPlan plan = planned("Set-EntraBetaDirectorySetting", "Id", "s1", "DirectorySetting",
                map("DisplayName", "", "TemplateId", "t1", "Values", List.of(map("Name", "EnableGroupCreation",
                        "Value", "false"))));
        assertEquals("PATCH /beta/settings/s1 {\"TemplateId\":\"t1\",\"Values\":[{\"Name\":\"EnableGroupCreation\","
                + "\"Value\":\"false\"}]}", request(plan));
    }

    @Test
    void nonEmptyPropertiesCopiedIntoAHashtableGoInsideTheSdkArgument() {
        // New-EntraApplicationPassword.ps1 43-52: $hash = @{}; $TmpValue.PSObject.Properties | ForEach-Object {
        // if ($_.Value) { $hash[$_.Name] = $_.Value } }; $params["PasswordCredential"] = $hash; 87
        // Add-MgApplicationPassword: POST /applications/{id}/addPassword; the SDK's model names displayName
        RequestPlan plan = planned("New-EntraApplicationPassword", "ApplicationId", "app1", "PasswordCredential",
                map("DisplayName", "ci", "EndDateTime", "2027-01-01T00:00:00Z", "Hint", null));
        assertEquals("POST /v1.0/applications/app1/addPassword {\"passwordCredential\":{\"displayName\":\"ci\","
                + "\"endDateTime\":\"2027-01-01T00:00:00Z\"}}", request(plan));
    }

    @Test
    void aHashtableOfAListArgumentsPropertiesIsAOneItemList() {
        // New-EntraDirectoryRoleDefinition.ps1 44-51: $Temp = @{ allowedResourceActions =
        // $TmpValue.allowedResourceActions; condition = $TmpValue.condition }; $params["RolePermissions"] = $Value;
        // 112 New-MgRoleManagementDirectoryRoleDefinition: POST /roleManagement/directory/roleDefinitions; the
        // parameter is a List`1[RolePermission] (10), $TmpValue.allowedResourceActions enumerates every item's
        RequestPlan plan = planned("New-EntraDirectoryRoleDefinition", "DisplayName", "Reader", "IsEnabled", true,
                "RolePermissions", List.of(map("allowedResourceActions", List.of("a/read", "b/read")),
                        map("AllowedResourceActions", List.of("c/read"))));
        String body = plan.requests().get(0).body();
        assertEquals("POST /v1.0/roleManagement/directory/roleDefinitions", request(plan).split(" \\{")[0]);
        assertEquals(true, body.contains("\"rolePermissions\":[{\"allowedResourceActions\":[\"a/read\",\"b/read\","
                + "\"c/read\"],\"condition\":null}]"), body);
        assertEquals(true, body.contains("\"displayName\":\"Reader\"") && body.contains("\"isEnabled\":true"), body);
    }

    @Test
    void nonEmptyPropertiesWithEveryKeyLowerCased() {
        // Set-EntraBetaObjectSetting.ps1 52-57: $DirectorySetting | ForEach-Object { …non-empty properties… |
        // ConvertTo-Json; [regex]::Replace($propertyValues, '(?<=")(\w+)(?=":)', { ….ToLower() }) };
        // PATCH /beta/$TargetType/$TargetObjectId/settings/$ID
        RequestPlan plan = planned("Set-EntraBetaObjectSetting", "TargetType", "groups", "TargetObjectId", "g1",
                "Id", "s1", "DirectorySetting", map("TemplateId", "t1", "Values",
                        List.of(map("Name", "AllowToAddGuests", "Value", "False"))));
        assertEquals("PATCH /beta/groups/g1/settings/s1 {\"templateid\":\"t1\",\"values\":[{\"name\":"
                + "\"AllowToAddGuests\",\"value\":\"False\"}]}", request(plan));
    }

    @Test
    void aBodyChosenByAFlagIsTheNewPasswordWhenGivenAndAnEmptyObjectElse() {
        // Update-EntraUserFromFederated.ps1 61 $params["Url"] = "/v1.0/users/$($UserPrincipalName)/authentication/
        // methods/$authenticationMethodId/resetPassword" (59: 28c10230-…); 66-79 $passwordRedacted = $true when
        // -NewPassword is given, its text through PtrToStringUni; 82-93 $body = if ($passwordRedacted) { … else {
        // @{ newPassword = $newPasswordValue } | ConvertTo-Json } } else { @{} | ConvertTo-Json }; 98 POST
        String url = "POST /v1.0/users/ann%40contoso.com/authentication/methods/28c10230-6103-485e-b985-444c60001490"
                + "/resetPassword ";
        assertEquals(url + "{\"newPassword\":\"N3w\"}", request(planned("Update-EntraUserFromFederated",
                "UserPrincipalName", "ann@contoso.com", "NewPassword", "N3w")));
        assertEquals(url + "{}", request(planned("Update-EntraUserFromFederated", "UserPrincipalName",
                "ann@contoso.com")));
        // Update-EntraBetaUserFromFederated.ps1: the same on /beta
        assertEquals(url.replace("/v1.0/", "/beta/") + "{}", request(planned("Update-EntraBetaUserFromFederated",
                "UserPrincipalName", "ann@contoso.com")));
    }

    @Test
    void aLogoIsTheBytesOfTheLocalFileWithTheModulesContentType() {
        // Set-EntraApplicationLogo.ps1 34-38 $URI = "$baseUri/$($params.ApplicationId)/logo", $Method = "PUT";
        // 47-48 $logoBytes = [System.IO.File]::ReadAllBytes($($params.FilePath)); 69 -ContentType "image/*" -Body
        // $logoBytes; a URL (44-45 Invoke-WebRequest) is refused; set Stream sends no body in the module (set
        // ByteArray: BundledRequestPlannerSmallargsCoverageTest)
        RequestPlan plan = planned("Set-EntraApplicationLogo", "ApplicationId", "app1", "FilePath", "logo.png");
        GraphRequest r = plan.requests().get(0);
        assertEquals("PUT /v1.0/applications/app1/logo null", r.method() + " " + r.relativeUrl() + " " + r.body());
        assertEquals(new GraphRequest.BodyFile("logo.png", "image/*"), r.file());
        RequestPlanner.Result url = PLANNER.plan("Set-EntraApplicationLogo", null, map("ApplicationId", "app1",
                "FilePath", "https://contoso.com/logo.png"));
        assertEquals("Set-EntraApplicationLogo: the module downloads a URL given as the file (Invoke-WebRequest); a run"
                + " here sends a local file only (https://contoso.com/logo.png).",
                assertInstanceOf(RequestPlanner.Unsupported.class, url).reason());
        // set Stream: the module never reads -FileStream (24-26); the stream's bytes as meant, the file it reads
        GraphRequest stream = plannedIn("Set-EntraBetaApplicationLogo", "Stream", "ApplicationId", "app1",
                "FileStream", "logo.png").requests().get(0);
        assertEquals("PUT /beta/applications/app1/logo null", stream.method() + " " + stream.relativeUrl() + " "
                + stream.body());
        assertEquals(new GraphRequest.BodyFile("logo.png", "image/*"), stream.file());
    }
}
