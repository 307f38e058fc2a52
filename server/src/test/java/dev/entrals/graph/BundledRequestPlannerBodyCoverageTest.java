package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.PLANNER;
import static dev.entrals.graph.PlannedCalls.map;
import static dev.entrals.graph.PlannedCalls.planned;
import static dev.entrals.graph.PlannedCalls.plannedIn;
import static dev.entrals.graph.PlannedCalls.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the body forms read on the branch {@code bodies}: structures whose leaves are an object
 * argument's properties, nested literals, one hashtable per item of a list, a hashtable built key by key and passed
 * as one Graph SDK argument, keys taken from the arguments, a body per parameter set. Each expectation is written by
 * hand from the module's code (file and line named; microsoftgraph/entra-powershell at a36be76).
 */
class BundledRequestPlannerBodyCoverageTest {

    private static String request(RequestPlan plan) {
        GraphRequest r = plan.requests().get(0);
        return r.method() + " " + r.relativeUrl() + " " + r.body();
    }

    @Test
    void anObjectArgumentsPropertiesAreTakenFromAHashtableAnyCaseAndAMissingOneIsNull() {
        // New-EntraUser.ps1 194-200: $TmpValue = $PSBoundParameters["PasswordProfile"]; $Value = @{
        // forceChangePasswordNextSignIn = $TmpValue.ForceChangePasswordNextLogin; forceChangePasswordNextSignInWithMfa
        // = $TmpValue.EnforceChangePasswordPolicy; password = $TmpValue.Password }; $params["passwordProfile"] = $Value;
        // 133 MailNickName, 139 DisplayName, 181 AccountEnabled, 187 UserPrincipalName; 234 POST /v1.0/users?$select=*
        RequestPlan plan = plannedIn("New-EntraUser", null, "DisplayName", "Ann", "AccountEnabled", true,
                "MailNickName", "ann", "UserPrincipalName", "ann@contoso.com",
                "PasswordProfile", map("Password", "x", "forcechangepasswordnextlogin", true));
        // (the module's URL also asks $select=* of the reply: a write keeps the constant options its URL writes)
        assertEquals("POST /v1.0/users?$select=* {\"MailNickName\":\"ann\",\"DisplayName\":\"Ann\","
                + "\"AccountEnabled\":true,\"UserPrincipalName\":\"ann@contoso.com\",\"passwordProfile\":{"
                + "\"forceChangePasswordNextSignIn\":true,\"forceChangePasswordNextSignInWithMfa\":null,"
                + "\"password\":\"x\"}}", request(plan));
    }

    @Test
    void aPropertyOfTheArgumentInParentheses() {
        // Add-EntraScopedRoleMembership.ps1 45 id = ($TmpValue).Id, 48 $body.roleMemberInfo = $Value, 41 $body.roleId
        RequestPlan plan = plannedIn("Add-EntraScopedRoleMembership", null, "AdministrativeUnitId", "au1",
                "RoleObjectId", "r1", "RoleMemberInfo", map("Id", "u1"));
        assertEquals("POST /v1.0/directory/administrativeUnits/au1/scopedRoleMembers"
                + " {\"roleId\":\"r1\",\"roleMemberInfo\":{\"id\":\"u1\"}}", request(plan));
    }

    @Test
    void aNestedLiteralOfParametersSendsNullForTheOnesNotGiven() {
        // New-EntraServicePrincipalKeyCredential.ps1 56-65: $params = @{ keyCredential = @{ type = $Type; usage = $Usage;
        // key = $Value; startDateTime = $StartDate; endDateTime = $EndDate; customKeyIdentifier = $CustomKeyIdentifier }
        // passwordCredential = $null; proof = $Proof }; 74 POST …/addKey -Body ($params | ConvertTo-Json -Depth 4)
        RequestPlan plan = plannedIn("New-EntraServicePrincipalKeyCredential", null, "ServicePrincipalId", "sp1",
                "Type", "AsymmetricX509Cert", "Usage", "Verify", "Value", "MIIB", "Proof", "jwt");
        assertEquals("POST /v1.0/servicePrincipals/sp1/addKey {\"keyCredential\":{\"type\":\"AsymmetricX509Cert\","
                + "\"usage\":\"Verify\",\"key\":\"MIIB\",\"startDateTime\":null,\"endDateTime\":null,"
                + "\"customKeyIdentifier\":null},\"passwordCredential\":null,\"proof\":\"jwt\"}", request(plan));
    }

    @Test
    void oneHashtablePerItemOfAListArgument() {
        // New-EntraNamedLocationPolicy.ps1 65-70: foreach ($i in $Tmp) { $hash += @{cidrAddress = $i.CidrAddress } };
        // $body["IpRanges"] = $hash; 109 New-MgIdentityConditionalAccessNamedLocation -BodyParameter $body
        RequestPlan plan = plannedIn("New-EntraNamedLocationPolicy", null, "DisplayName", "Office",
                "OdataType", "#microsoft.graph.ipNamedLocation", "IpRanges",
                List.of(map("CidrAddress", "10.0.0.0/8"), map("cidraddress", "192.168.0.0/16")));
        GraphRequest r = plan.requests().get(0);
        assertEquals("POST /v1.0/identity/conditionalAccess/namedLocations", r.method() + " " + r.relativeUrl());
        assertTrue(r.body().contains("\"IpRanges\":[{\"cidrAddress\":\"10.0.0.0/8\"},{\"cidrAddress\":"
                + "\"192.168.0.0/16\"}]"), r.body());
        assertTrue(r.body().contains("\"@odata.type\":\"#microsoft.graph.ipNamedLocation\""), r.body());
    }

    @Test
    void aHashtableBuiltKeyByKeyIsOneSdkArgumentAndBytesAreBase64() {
        // New-EntraApplicationKeyCredential.ps1 47 $keyCredential["CustomKeyIdentifier"] = [System.Text.Encoding]::ASCII
        // .GetBytes(…), 56 "Key" the same of -Value, 59 "Type", 62 "Usage", 64 $params["KeyCredential"] = $keyCredential;
        // 111 Add-MgApplicationKey: POST /applications/{id}/addKey, the SDK model writes camelCase, byte[] as Base64
        RequestPlan plan = plannedIn("New-EntraApplicationKeyCredential", null, "ApplicationId", "app1",
                "CustomKeyIdentifier", "Test", "Value", "abc", "Type", "Symmetric", "Usage", "Sign");
        assertEquals("POST /v1.0/applications/app1/addKey {\"keyCredential\":{\"customKeyIdentifier\":\"VGVzdA==\","
                + "\"key\":\"YWJj\",\"type\":\"Symmetric\",\"usage\":\"Sign\"}}", request(plan));
    }

    @Test
    void aSwitchAndASecureStringsTextInAHashtablePassedToTheSdk() {
        // Set-EntraUserPasswordProfile.ps1 52-54 $PlainPassword = PtrToStringAuto(SecureStringToBSTR($Temp)),
        // 94-96 $PasswordProfile["…"] = …, 102 Update-MgUser -UserId $userId -PasswordProfile $PasswordProfile
        RequestPlan plan = plannedIn("Set-EntraUserPasswordProfile", null, "UserId", "u1", "Password", "S3cret!",
                "ForceChangePasswordNextSignIn", true);
        assertEquals("PATCH /v1.0/users/u1 {\"passwordProfile\":{\"forceChangePasswordNextSignIn\":true,"
                + "\"password\":\"S3cret!\"}}", request(plan));
    }

    @Test
    void everyBoundParameterByItsNameAndAHashtableArgumentsEntries() {
        // Set-EntraUser.ps1 170-174 foreach ($param in $PSBoundParameters.Keys) { if ($param -ne "UserId" -and $param
        // -ne "AdditionalProperties" …) { $UserProperties[$param] = $PSBoundParameters[$param] } }, 178-179 the keys of
        // -AdditionalProperties; 192 PATCH /v1.0/users/$UserId
        RequestPlan plan = plannedIn("Set-EntraUser", null, "UserId", "u1", "jobtitle", "Engineer",
                "PasswordProfile", map("forceChangePasswordNextSignIn", false),
                "AdditionalProperties", map("employeeType", "Contractor"));
        assertEquals("PATCH /v1.0/users/u1 {\"jobTitle\":\"Engineer\",\"passwordProfile\":{"
                + "\"forceChangePasswordNextSignIn\":false},\"employeeType\":\"Contractor\"}", request(plan));
    }

    @Test
    void keysTakenFromTheArguments() {
        // Remove-EntraUserExtension.ps1 43 $body[$extName] = $null for each of -ExtensionNames, 47
        // $body[$PSBoundParameters["ExtensionName"]] = $null; Set-EntraUserExtension.ps1 105 @{ $ExtensionName =
        // $ExtensionValue }, 113 $properties[$key] = $ExtensionNameValues[$key]
        assertEquals("PATCH /v1.0/users/u1 {\"ext_a\":null,\"ext_b\":null}", request(plannedIn(
                "Remove-EntraUserExtension", "RemoveMultiple", "UserId", "u1", "ExtensionNames", List.of("ext_a",
                        "ext_b"))));
        assertEquals("PATCH /v1.0/users/u1 {\"ext_a\":null}", request(plannedIn("Remove-EntraUserExtension",
                "RemoveSingle", "UserId", "u1", "ExtensionName", "ext_a")));
        assertEquals("PATCH /v1.0/users/u1 {\"ext_a\":\"Group N\"}", request(plannedIn("Set-EntraUserExtension",
                "SetSingle", "UserId", "u1", "ExtensionName", "ext_a", "ExtensionValue", "Group N")));
        assertEquals("PATCH /v1.0/users/u1 {\"ext_a\":\"1\",\"ext_b\":\"2\"}", request(plannedIn(
                "Set-EntraUserExtension", "SetMultiple", "UserId", "u1", "ExtensionNameValues",
                map("ext_a", "1", "ext_b", "2"))));
    }

    @Test
    void aBodyPerParameterSetAndNoNoteForArgumentsNotGiven() {
        // New-EntraApplication.ps1 106 if ($PSCmdlet.ParameterSetName -eq 'CreateApplication') { 110
        // $appBody['displayName'] = $DisplayName … (every optional argument read since sections approles and appcreds:
        // the refusal of one not read is in the spec, section newapp) … } else { 537 $appBody =
        // $AdditionalProperties }; POST /v1.0/applications
        assertEquals("POST /v1.0/applications {\"displayName\":\"App\",\"signInAudience\":\"AzureADMyOrg\"}",
                request(plannedIn("New-EntraApplication", null, "DisplayName", "App", "SignInAudience", "AzureADMyOrg")));
        assertEquals("POST /v1.0/applications {\"displayName\":\"App\",\"web\":{\"homePageUrl\":\"https://x\"}}",
                request(plannedIn("New-EntraApplication", "CreateWithAdditionalProperties", "AdditionalProperties",
                        map("displayName", "App", "web", map("homePageUrl", "https://x")))));
        // arguments not given are not this call's concern: no note about them
        List<String> notes = plannedIn("New-EntraApplication", null, "DisplayName", "App").notes();
        assertTrue(notes.stream().noneMatch(n -> n.contains("by code not read")), notes.toString());
    }

    @Test
    void aConstantNestedBodyWithADateSomeDaysAhead() {
        // Add-EntraClientSecretToAgentIdentityBlueprint.ps1 45-48 $passwordCredential = @{ displayName = "1st …";
        // endDateTime = (Get-Date).AddDays(90).ToString("yyyy-MM-ddTHH:mm:ssZ") }, 62 while (…) retries
        RequestPlan plan = plannedIn("Add-EntraClientSecretToAgentIdentityBlueprint", null, "AgentBlueprintId", "b1");
        String body = plan.requests().get(0).body();
        String in90 = LocalDate.now(ZoneOffset.UTC).plusDays(90).toString();
        assertTrue(body.startsWith("{\"passwordCredential\":{\"displayName\":\"1st blueprint secret for dev/test. Not"
                + " recommended for production use\",\"endDateTime\":\"" + in90 + "T"), body);
        assertTrue(plan.notes().contains("the module sends the request again when it fails (a retry loop); the plan"
                + " sends it once"), plan.notes().toString());
    }

    @Test
    void aLocalCopyOfAnArgumentInTheBody() {
        // Remove-EntraBetaServicePrincipalPasswordCredential.ps1 34 $params["KeyId"] = $PSBoundParameters["KeyId"],
        // 37 "keyId" = $($params.KeyId); POST /beta/servicePrincipals/{id}/removePassword
        assertEquals("POST /beta/servicePrincipals/sp1/removePassword {\"keyId\":\"k1\"}", request(plannedIn(
                "Remove-EntraBetaServicePrincipalPasswordCredential", null, "ServicePrincipalId", "sp1", "KeyId",
                "k1")));
    }

    @Test
    void bodiesStillNotReadSayWhy() {
        // (Set-EntraApplicationLogo -FilePath is read on the branch bodies2: BundledRequestPlannerBodies2CoverageTest;
        // New-/Set-EntraBetaTrustFrameworkPolicy's XML on inplace-values: BundledRequestPlannerXmlBodyCoverageTest;
        // New-EntraTrustedCertificateAuthority's list changed in place on inplace: BundledRequestPlannerInplaceCoverageTest;
        // Set-EntraBetaApplicationProxyApplicationSingleSignOn's nested property under a condition on appproxy:
        // BundledRequestPlannerAppProxyCoverageTest). Set-EntraBetaApplicationProxyApplication.ps1:102-109
        // identifierUris = @($exUrl), $exUrl being -ExternalUrl with TrimEnd("/") in one branch, is read on appproxy2
        // (BundledRequestPlannerAppProxy2CoverageTest): its three writes are planned.
        assertEquals(3, planned("Set-EntraBetaApplicationProxyApplication", "ApplicationId", "app-1", "ExternalUrl",
                "https://app.contoso.com/", "InternalUrl", "http://i/", "ConnectorGroupId", "cg-1").lookups().size());
    }
}
