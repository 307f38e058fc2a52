package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.PLANNER;
import static dev.entrals.graph.PlannedCalls.plannedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the forms the derivation learnt to read after the first table: SDK cmdlets no aad-to-graph
 * page names (the project's facts, the SDK naming rule), a loop over a list written in the code, a switch on the
 * parameter set, constant query options. Each expectation is written by hand from the module's code (file and line
 * named; microsoftgraph/entra-powershell at a36be76) and, for an SDK cmdlet, its Graph REST reference page.
 */
class BundledRequestPlannerCoverageTest {

    private static List<String> urls(RequestPlan plan) {
        return plan.requests().stream().map(r -> r.method() + " " + r.relativeUrl()).toList();
    }

    @Test
    void sdkCmdletNamedByNoPageTakesItsRequestFromTheFacts() {
        // Get-EntraBetaAuditSignInLog.ps1 43 $params["Filter"], 46 $params["Top"], 95 Get-MgBetaAuditLogSignIn @params;
        // signin-list (beta): GET /auditLogs/signIns; the SDK writes $top before $filter
        RequestPlan plan = plannedIn("Get-EntraBetaAuditSignInLog", null, "Filter", "userDisplayName eq 'A'", "Top", 5L);
        assertEquals(List.of("GET /beta/auditLogs/signIns?$top=5&$filter=userDisplayName%20eq%20'A'"), urls(plan));
        assertEquals(new RequestPlan.Paging(true, 5), plan.paging());
        assertFalse(plan.combined());
    }

    @Test
    void betaAdministrativeUnitIsTheRootCollectionNotTheDirectoryOne() {
        // Get-EntraBetaAdministrativeUnit.ps1 63 $params["AdministrativeUnitId"], 102 Get-MgBetaAdministrativeUnit;
        // directory-list-administrativeunits (beta): GET /administrativeUnits/{id}
        assertEquals(List.of("GET /beta/administrativeUnits/au1"),
                urls(plannedIn("Get-EntraBetaAdministrativeUnit", "GetById", "AdministrativeUnitId", "au1")));
    }

    @Test
    void aWriteOfANounTheFactsNameFollowsTheConvention() {
        // Remove-EntraBetaDirectorySetting.ps1 60 $params["DirectorySettingId"] = $PSBoundParameters["Id"],
        // 83 Remove-MgBetaDirectorySetting; the fact of Get-MgBetaDirectorySetting: /settings/{directorySetting-id}
        RequestPlan plan = plannedIn("Remove-EntraBetaDirectorySetting", null, "Id", "s1");
        assertEquals(List.of("DELETE /beta/settings/s1"), urls(plan));
        assertTrue(plan.write());
    }

    @Test
    void refBodyOfAnSdkByRefCmdletNamesTheDirectoryObject() {
        // Add-EntraBetaAdministrativeUnitMember.ps1 45 $Value = @{ "@odata.id" = "$rootUri/beta/directoryObjects/$TmpValue" },
        // 84 New-MgBetaAdministrativeUnitMemberByRef: the members relation plus /$ref
        RequestPlan plan = plannedIn("Add-EntraBetaAdministrativeUnitMember", null, "AdministrativeUnitId", "au1",
                "MemberId", "u1");
        assertEquals(List.of("POST /beta/administrativeUnits/au1/members/$ref"), urls(plan));
        assertEquals("{\"@odata.id\":\"https://graph.microsoft.com/beta/directoryObjects/u1\"}",
                plan.requests().get(0).body());
    }

    @Test
    void theSdkNamingRuleFindsADocumentedPathUnderTheCurrentSpelling() {
        // Get-EntraDirSyncConfiguration.ps1 64 Get-MgDirectoryOnPremiseSynchronization; the aad-to-graph page names it
        // Get-MgDirectoryOnPremisSynchronization with /directory/onPremisesSynchronization
        RequestPlan plan = plannedIn("Get-EntraDirSyncConfiguration", null);
        assertEquals(List.of("GET /v1.0/directory/onPremisesSynchronization"), urls(plan));
        // -TenantId: the tenant's object (BundledRequestPlannerAppendidCoverageTest)
        assertEquals(List.of("GET /v1.0/directory/onPremisesSynchronization/t1"),
                urls(plannedIn("Get-EntraDirSyncConfiguration", null, "TenantId", "t1")));
    }

    @Test
    void aLoopOverAListInTheCodeSendsOneRequestPerValueAndJoinsTheReplies() {
        // Get-EntraPolicy.ps1 31 $baseUrl = "/v1.0/policies/", 32 $endpoints = @("homeRealmDiscoveryPolicies", …),
        // 42 foreach ($endpoint in $endpoints), 43 $url = "${baseUrl}${endpoint}"
        RequestPlan plan = plannedIn("Get-EntraPolicy", "GetQuery");
        assertEquals(11, plan.requests().size());
        assertEquals("GET /v1.0/policies/homeRealmDiscoveryPolicies", urls(plan).get(0));
        assertEquals("GET /v1.0/policies/authenticationMethodsPolicy", urls(plan).get(9));
        assertEquals("GET /v1.0/policies/permissionGrantPolicies", urls(plan).get(10));
        assertTrue(plan.combined());
        // -Id filters the replies (line 64: Where-Object { $_.id -eq $Id }): not part of any request
        RequestPlan byId = plannedIn("Get-EntraPolicy", "GetById", "Id", "p1");
        assertEquals(urls(plan), urls(byId));
        assertTrue(byId.notes().contains(
                "-Id is not part of the request (the module uses it, if at all, after the reply)"), byId.notes()
                .toString());
    }

    @Test
    void aLoopedUrlKeepsItsConstantQueryOptions() {
        // Get-EntraDirectoryObjectOnPremisesProvisioningError.ps1 33 $Object = @('users', 'groups', 'contacts'),
        // 38 $uri = "/v1.0/" + $obj + "?`$filter=onPremisesProvisioningErrors/any(o:o/category ne null)&`$select=…&`$top=999"
        RequestPlan plan = plannedIn("Get-EntraDirectoryObjectOnPremisesProvisioningError", null);
        String query = "?$filter=onPremisesProvisioningErrors/any(o:o/category%20ne%20null)&$select=Id,"
                + "UserPrincipalName,DisplayName,Mail,ProxyAddresses,onPremisesProvisioningErrors,onPremisesSyncEnabled"
                + "&$top=999";
        assertEquals(List.of("GET /v1.0/users" + query, "GET /v1.0/groups" + query, "GET /v1.0/contacts" + query),
                urls(plan));
        assertTrue(plan.combined());
    }

    @Test
    void aSwitchOnTheParameterSetGivesEachSetItsOwnUrl() {
        // Get-EntraBetaPrivateAccessApplication.ps1 33 switch ($PSCmdlet.ParameterSetName): 36 the tags filter
        // (single-quoted, '' for ') for "AllPrivateAccessApps", 48 DisplayName eq '$ApplicationName' for "SingleAppName"
        String select = "$select=displayName,appId,id,tags,createdDateTime,servicePrincipalType,createdDateTime,"
                + "servicePrincipalNames";
        assertEquals(List.of("GET /beta/applications?$count=true&" + select + "&$filter=tags/Any(x:%20x%20eq%20"
                + "'PrivateAccessNonWebApplication')%20or%20tags/Any(x:%20x%20eq%20'NetworkAccessManagedApplication')"
                + "%20or%20tags/Any(x:%20x%20eq%20'NetworkAccessQuickAccessApplication')"),
                urls(plannedIn("Get-EntraBetaPrivateAccessApplication", "AllPrivateAccessApps")));
        assertEquals(List.of("GET /beta/applications?$count=true&" + select + "&$filter=DisplayName%20eq%20'App'"),
                urls(plannedIn("Get-EntraBetaPrivateAccessApplication", "SingleAppName", "ApplicationName", "App")));
        // Get-EntraBetaPrivateAccessApplicationSegment.ps1: the "SingleApplicationSegment" case adds the segment id
        assertEquals(List.of("GET /beta/applications/a1/onPremisesPublishing/segmentsConfiguration/"
                + "microsoft.graph.ipSegmentConfiguration/applicationSegments/s1"),
                urls(plannedIn("Get-EntraBetaPrivateAccessApplicationSegment", "SingleApplicationSegment",
                        "ApplicationId", "a1", "ApplicationSegmentId", "s1")));
    }

    @Test
    void anArgumentWhoseValuePicksTheSdkCmdletIsThePathSegment() {
        // Get-EntraPermissionGrantConditionSet.ps1 85 Get-MgPolicyPermissionGrantPolicyInclude when "$conditionalSet"
        // -eq "includes", 88 …Exclude for "excludes"; aad-to-graph Get-AzureADMSPermissionGrantConditionSet.md
        RequestPlan plan = plannedIn("Get-EntraPermissionGrantConditionSet", "GetById", "PolicyId", "p1",
                "ConditionSetType", "excludes", "Id", "c1");
        assertEquals(List.of("GET /v1.0/policies/permissionGrantPolicies/p1/excludes/c1"), urls(plan));
        // Remove-EntraPermissionGrantConditionSet.ps1: Remove-MgPolicyPermissionGrantPolicyInclude/Exclude
        assertEquals(List.of("DELETE /v1.0/policies/permissionGrantPolicies/p1/includes/c1"),
                urls(plannedIn("Remove-EntraPermissionGrantConditionSet", null, "PolicyId", "p1",
                        "ConditionSetType", "includes", "Id", "c1")));
    }

    @Test
    void aBodyConvertedFromAnotherHashtableIsRead() {
        // Get-EntraExtensionProperty.ps1 29 $bodyParams = @{ isSyncedFromOnPremises = $IsSyncedFromOnPremises },
        // 33 $body = $bodyParams | ConvertTo-Json, 54 Invoke-MgGraphRequest -Method POST -Uri $uri -Body $body
        RequestPlan plan = plannedIn("Get-EntraExtensionProperty", null, "IsSyncedFromOnPremises", true);
        assertEquals(List.of("POST /v1.0/directoryObjects/microsoft.graph.getAvailableExtensionProperties"),
                urls(plan));
        assertEquals("{\"isSyncedFromOnPremises\":true}", plan.requests().get(0).body());
    }

    @Test
    void theSignedInTenantIsAnArgumentTheCallerAdds() {
        // Get-EntraPartnerInformation.ps1 33 $TenantID = (Get-EntraContext).TenantId when -TenantId is blank,
        // 36 -Uri "/v1.0/organization/$TenantID/partnerInformation"
        RequestPlanner.Result none = PLANNER.plan("Get-EntraPartnerInformation", null, Map.of());
        assertTrue(((RequestPlanner.Unsupported) none).reason().contains("needs the signed-in tenant's id (@TenantId,"
                + " or -TenantId)"), none.toString());
        assertEquals(List.of("GET /v1.0/organization/t1/partnerInformation"),
                urls(plannedIn("Get-EntraPartnerInformation", null, BundledRequestPlanner.SESSION_TENANT, "t1")));
        RequestPlan own = plannedIn("Get-EntraPartnerInformation", "GetById", "TenantId", "t2",
                BundledRequestPlanner.SESSION_TENANT, "t1");
        assertEquals(List.of("GET /v1.0/organization/t2/partnerInformation"), urls(own));
        assertTrue(own.notes().stream().noneMatch(n -> n.contains("@TenantId")), own.notes().toString());
        // Get-EntraTrustedCertificateAuthority.ps1 31 $params["OrganizationId"] = (Get-MgContext).TenantId,
        // 79 Get-MgOrganizationCertificateBasedAuthConfiguration
        assertEquals(List.of("GET /v1.0/organization/t1/certificateBasedAuthConfiguration"),
                urls(plannedIn("Get-EntraTrustedCertificateAuthority", null, BundledRequestPlanner.SESSION_TENANT,
                        "t1")));
    }

    @Test
    void writesOfSdkCmdletsNoPageNames() {
        // Revoke-EntraUserAllRefreshToken.ps1 61 Revoke-MgUserSignInSession; user-revokesigninsessions: POST …/revokeSignInSessions
        RequestPlan revoke = plannedIn("Revoke-EntraUserAllRefreshToken", null, "UserId", "u1");
        assertEquals(List.of("POST /v1.0/users/u1/revokeSignInSessions"), urls(revoke));
        assertTrue(revoke.write());
        // Add-EntraBetaScopedRoleMembership.ps1 103 New-MgBetaDirectoryAdministrativeUnitScopedRoleMember, 64 $params["RoleId"], 72 $params["AdministrativeUnitId"],
        // 92 $params["AdministrativeUnitId1"] (the SDK's body property administrativeUnitId beside the path's);
        // the collection is the prefix of the documented …/scopedRoleMembers/{scopedRoleMembership-id}
        RequestPlan add = plannedIn("Add-EntraBetaScopedRoleMembership", null, "AdministrativeUnitId", "au1",
                "RoleObjectId", "r1", "AdministrativeUnitObjectId", "au1");
        assertEquals(List.of("POST /beta/directory/administrativeUnits/au1/scopedRoleMembers"), urls(add));
        assertEquals("{\"roleId\":\"r1\",\"administrativeUnitId\":\"au1\"}", add.requests().get(0).body());
    }

    @Test
    void aDateFromTheClockIsComputedWhenPlanning() {
        // Get-EntraInactiveSignInUser.ps1 13 [int] $LastSignInBeforeDaysAgo = 30,
        // 31 $queryDate = (Get-Date).AddDays(-$LastSignInBeforeDaysAgo).ToString("yyyy-MM-ddTHH:mm:ssZ")
        String filter = "GET /v1.0/users\\?\\$filter=\\(signInActivity/lastSignInDateTime%20le%20"
                + "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\)&\\$select=signInActivity,.*";
        RequestPlan byDefault = plannedIn("Get-EntraInactiveSignInUser", null);
        assertTrue(urls(byDefault).get(0).matches(filter), urls(byDefault).toString());
        RequestPlan tenDays = plannedIn("Get-EntraInactiveSignInUser", null, "LastSignInBeforeDaysAgo", 10L);
        java.time.LocalDate shown = java.time.LocalDate.parse(urls(tenDays).get(0).replaceFirst(".*%20le%20(\\d{4}-\\d\\d-\\d\\d).*", "$1"));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        assertTrue(!shown.isAfter(today.minusDays(10)) && !shown.isBefore(today.minusDays(11)), shown.toString());
        // Get-EntraUserInactiveSignIn.ps1 48 -UFormat %Y-%m-%dT00:00:00Z, 57 Get-MgUser -Filter $QueryFilter
        // -PageSize 999 -All -Property signInActivity, …: every page, 999 a page
        RequestPlan sdk = plannedIn("Get-EntraUserInactiveSignIn", null, "Ago", 7L);
        assertTrue(urls(sdk).get(0).matches("GET /v1.0/users\\?\\$top=999&\\$filter=\\(signInActivity/lastSignInDateTime"
                + "%20le%20\\d{4}-\\d\\d-\\d\\dT00:00:00Z\\)&\\$select=signInActivity,UserPrincipalName,.*"), urls(sdk).toString());
        assertEquals(new RequestPlan.Paging(true, null), sdk.paging());
    }

    @Test
    void aPropertyOfAnObjectArgumentIsTakenFromAHashtable() {
        // Get-EntraBetaPasswordSingleSignOnCredential.ps1 68 $TmpValue = $PSBoundParameters["PasswordSSOObjectId"],
        // 69 $Value = $TmpValue.Id, 70 $params["Id"] = $Value, 83 Get-MgBetaServicePrincipalPasswordSingleSignOnCredential;
        // serviceprincipal-getpasswordsinglesignoncredentials (beta): POST …/getPasswordSingleSignOnCredentials
        RequestPlan plan = plannedIn("Get-EntraBetaPasswordSingleSignOnCredential", null, "ServicePrincipalId", "sp1",
                "PasswordSSOObjectId", Map.of("Id", "u1"));
        assertEquals(List.of("POST /beta/servicePrincipals/sp1/getPasswordSingleSignOnCredentials"), urls(plan));
        assertEquals("{\"id\":\"u1\"}", plan.requests().get(0).body());
        RequestPlan bare = plannedIn("Get-EntraBetaPasswordSingleSignOnCredential", null, "ServicePrincipalId", "sp1",
                "PasswordSSOObjectId", "u1");
        assertTrue(bare.notes().contains("-PasswordSSOObjectId has no Id (give @{Id = '…'}); the body leaves id out"),
                bare.notes().toString());
    }

    @Test
    void aBodyLiteralInAParametersBlockAndASwitchsTrue() {
        // Add-EntraAdministrativeUnitMember.ps1 41 $Value = @{ "@odata.id" = "$rootUri/v1.0/directoryObjects/$TmpValue" }
        // in -MemberId's block, 49 Invoke-GraphRequest … -Method "POST" -Body $Value
        RequestPlan add = plannedIn("Add-EntraAdministrativeUnitMember", null, "AdministrativeUnitId", "au1",
                "MemberId", "u1");
        assertEquals(List.of("POST /v1.0/directory/administrativeUnits/au1/members/$ref"), urls(add));
        assertEquals("{\"@odata.id\":\"https://graph.microsoft.com/v1.0/directoryObjects/u1\"}",
                add.requests().get(0).body());
        // Restore-EntraDeletedDirectoryObject.ps1 48 $body["autoReconcileProxyConflict"] = $true under the switch
        RequestPlan restore = plannedIn("Restore-EntraDeletedDirectoryObject", null, "Id", "d1",
                "AutoReconcileProxyConflict", true);
        assertEquals(List.of("POST /v1.0/directory/deletedItems/d1/microsoft.graph.restore"), urls(restore));
        assertEquals("{\"autoReconcileProxyConflict\":true}", restore.requests().get(0).body());
    }

    @Test
    void aConstantBodyPropertyIsAlwaysSent() {
        // New-EntraIdentityProvider.ps1 39 $body["identityProviderType"] = $PSBoundParameters["Type"],
        // 83 $body["@odata.type"] = "#microsoft.graph.socialIdentityProvider", 84 $params["BodyParameter"] = $body
        RequestPlan plan = plannedIn("New-EntraIdentityProvider", null, "Type", "Google", "Name", "G", "ClientId", "c",
                "ClientSecret", "s");
        assertEquals(List.of("POST /v1.0/identity/identityProviders"), urls(plan));
        assertTrue(plan.requests().get(0).body().endsWith(",\"@odata.type\":\"#microsoft.graph.socialIdentityProvider\"}"),
                plan.requests().get(0).body());
    }

    @Test
    void aValueTheCodeWrapsInAnArrayIsAJsonArray() {
        // Set-EntraPartnerInformation.ps1 64 $body["supportEmails"] = @($PSBoundParameters["PartnerSupportEmails"])
        RequestPlan plan = plannedIn("Set-EntraPartnerInformation", null, "PartnerSupportEmails", "a@b.c",
                BundledRequestPlanner.SESSION_TENANT, "t1");
        assertEquals(List.of("PATCH /v1.0/organization/t1/partnerInformation"), urls(plan));
        assertEquals("{\"supportEmails\":[\"a@b.c\"]}", plan.requests().get(0).body());
    }

    @Test
    void aParameterReplacedByALookedUpIdIsTheArgumentInTheUsersPath() {
        // Get-EntraUserCBAAuthorizationInfo.ps1 50 $userId = $userLookup.value[0].id (the lookup filters on id or
        // userPrincipalName), 53 $apiCallUrl = "/v1.0/users/$userId`?`$select=id,displayName,…,authorizationInfo"
        RequestPlan plan = plannedIn("Get-EntraUserCBAAuthorizationInfo", null, "UserId", "a@b.c");
        assertEquals(List.of("GET /v1.0/users/a%40b.c?$select=id,displayName,userPrincipalName,userType,"
                + "authorizationInfo"), urls(plan));
        assertTrue(plan.notes().get(0).startsWith("the module first looks the user up"), plan.notes().toString());
    }

    @Test
    void theOrganizationsIdIsTheSignedInTenants() {
        // Set-EntraTenantDetail.ps1 106 $params["OrganizationId"] = (Get-MgOrganization).Id, 107 Update-MgOrganization
        RequestPlan plan = plannedIn("Set-EntraTenantDetail", null, "TechnicalNotificationMails", List.of("a@b.c"),
                BundledRequestPlanner.SESSION_TENANT, "t1");
        assertEquals(List.of("PATCH /v1.0/organization/t1"), urls(plan));
        assertEquals("{\"technicalNotificationMails\":[\"a@b.c\"]}", plan.requests().get(0).body());
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("Get-MgOrganization")), plan.notes().toString());
    }

    // --- urls: URL forms read after the second table ---

    @Test
    void aParametersAliasUsedAsAVariableIsTheParameterTheModuleMeans() {
        // Remove-EntraBetaDeletedDirectoryObject.ps1 8 [Alias("Id")] $DirectoryObjectId, 33 $URI =
        // "/beta/directory/deletedItems/$Id" ($Id is never set: the module sends an empty segment), 34 -Uri $uri
        RequestPlan plan = plannedIn("Remove-EntraBetaDeletedDirectoryObject", null, "DirectoryObjectId", "d 1");
        assertEquals(List.of("DELETE /beta/directory/deletedItems/d%201"), urls(plan));
        assertTrue(plan.write());
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("$Id is an alias of -DirectoryObjectId")),
                plan.notes().toString());
    }

    @Test
    void theArgumentsValuePicksThePathSegmentAsTheModuleMapsIt() {
        // New-EntraPolicy.ps1 39 $params["Type"] = $Type, 40-72 if ($params.type -eq "tokenLifetimePolicy")
        // { $params.type = "tokenLifetimePolicies" } elseif …, 74 $params["Uri"] = "/v1.0/policies/" + $params.type,
        // 80 $params["Method"] = "POST", 82-89 $body = @{ Definition = $Definition … Type = $Type }
        RequestPlan plan = plannedIn("New-EntraPolicy", null, "Type", "TokenLifetimePolicy", "DisplayName", "p1",
                "Definition", List.of("{\"TokenLifetimePolicy\":{\"Version\":1}}"));
        assertEquals(List.of("POST /v1.0/policies/tokenLifetimePolicies"), urls(plan));
        assertEquals("{\"Definition\":[\"{\\\"TokenLifetimePolicy\\\":{\\\"Version\\\":1}}\"],"
                + "\"DisplayName\":\"p1\",\"Type\":\"TokenLifetimePolicy\"}", plan.requests().get(0).body());
        // 62-64 ApplicationManagementPolicy → appManagementPolicies (v1.0); the Beta twin compares appManagementPolicy
        assertEquals(List.of("POST /v1.0/policies/appManagementPolicies"), urls(plannedIn("New-EntraPolicy", null,
                "Type", "ApplicationManagementPolicy", "DisplayName", "p1", "Definition", List.of("{}"))));
        assertEquals(List.of("POST /beta/policies/appManagementPolicies"), urls(plannedIn("New-EntraBetaPolicy", null,
                "Type", "appManagementPolicy", "DisplayName", "p1", "Definition", List.of("{}"))));
        // a value no branch names stays $params.type: the module sends it as given
        assertEquals(List.of("POST /v1.0/policies/someOtherPolicies"), urls(plannedIn("New-EntraPolicy", null,
                "Type", "someOtherPolicies", "DisplayName", "p1", "Definition", List.of("{}"))));
    }

    @Test
    void aLoopOverAnArgumentSendsOneRequestPerValueAndShowsEveryReply() {
        // Resolve-EntraTenant.ps1 77 $itemsToProcess = if ($TenantId) { $TenantId } else { $DomainName },
        // 79 foreach ($item in $itemsToProcess), 88-90 (set TenantId) $resolveUri =
        // "$graphEndpoint/v1.0/tenantRelationships/findTenantInformationByTenantId(tenantId='$item')", 102 -Method Get
        RequestPlan plan = plannedIn("Resolve-EntraTenant", "TenantId", "TenantId", List.of("t1", "t2"));
        assertEquals(List.of("GET /v1.0/tenantRelationships/findTenantInformationByTenantId(tenantId='t1')",
                "GET /v1.0/tenantRelationships/findTenantInformationByTenantId(tenantId='t2')"), urls(plan));
        assertTrue(plan.combined());
        assertFalse(plan.write());
        // 93-95 (set DomainName) findTenantInformationByDomainName(domainName='$item')
        assertEquals(List.of("GET /beta/tenantRelationships/findTenantInformationByDomainName(domainName='contoso.com')"),
                urls(plannedIn("Resolve-EntraBetaTenant", null, "DomainName", "contoso.com")));
    }

    @Test
    void anSdkByRefCmdletNoPageNamesTakesItsRouteFromTheFacts() {
        // Add-EntraBetaFeatureRolloutPolicyDirectoryObject.ps1 56-58 $Value = "$graphEndpoint/beta/directoryObjects/$TmpValue"
        // as OdataId, 68 $params["FeatureRolloutPolicyId"] = $PSBoundParameters["Id"],
        // 90 New-MgBetaDirectoryFeatureRolloutPolicyApplyToByRef; featurerolloutpolicy-post-appliesto (beta): POST
        // …/featureRolloutPolicies/{id}/appliesTo/$ref, the SDK cmdlet's name spelling the /directory route
        RequestPlan plan = plannedIn("Add-EntraBetaFeatureRolloutPolicyDirectoryObject", null, "Id", "p1",
                "RefObjectId", "o1");
        assertEquals(List.of("POST /beta/directory/featureRolloutPolicies/p1/appliesTo/$ref"), urls(plan));
        assertEquals("{\"@odata.id\":\"https://graph.microsoft.com/beta/directoryObjects/o1\"}",
                plan.requests().get(0).body());
    }

    @Test
    void aSetTheCodeSendsThroughItsSdkCmdletTakesThatCmdletsRequest() {
        // Get-EntraBetaTrustFrameworkPolicy.ps1 28-29 if ($null -eq $PSBoundParameters["Id"] -and $null -eq
        // $PSBoundParameters["OutputFilePath"]) { Get-MgBetaTrustFrameworkPolicy @params } (set GetQuery binds neither);
        // trustframework-list-trustframeworkpolicies (beta): GET /trustFramework/policies
        assertEquals(List.of("GET /beta/trustFramework/policies"), urls(plannedIn("Get-EntraBetaTrustFrameworkPolicy",
                "GetQuery")));
        // 43-44 $uri = '/beta/trustframework/policies/' + $Id + '/' + $V ($V = '$value') for -Id
        assertEquals(List.of("GET /beta/trustframework/policies/B2C_1A_x/$value"), urls(plannedIn(
                "Get-EntraBetaTrustFrameworkPolicy", "GetById", "Id", "B2C_1A_x")));
    }

    @Test
    void aRefusedSetNamesTheRoutesIdentifierItLacks() {
        // Get-EntraFederationProperty.ps1 8 $DomainName only in set GetById, 9 $SupportMultipleDomain in GetQuery; 28
        // $params["DomainId"] = $PSBoundParameters["DomainName"]; 72 Get-MgDomainFederationConfiguration @params: its
        // route /domains/{domain-id}/federationConfiguration needs -DomainId, which PowerShell prompts for in set
        // GetQuery: without that answer (branch smallargs: DomainId=VALUE) the call is refused naming it
        RequestPlanner.Result r = PLANNER.plan("Get-EntraFederationProperty", "GetQuery",
                Map.of("SupportMultipleDomain", true));
        String reason = assertInstanceOf(RequestPlanner.Unsupported.class, r).reason();
        assertTrue(reason.contains("needs DomainId for a run here: in set GetQuery the module calls"
                + " Get-MgDomainFederationConfiguration without its mandatory -DomainId"), reason);
    }

    @Test
    void aValueOutsideTheModulesMapIsRefusedWithTheModulesOwnMessage() {
        // the form of Set-EntraPolicy.ps1 44-66: $policyTypeMap = @{ "TokenLifetimePolicy" = "tokenLifetimePolicies" … };
        // $type = if ($policyTypeMap.ContainsKey($type)) { $policyTypeMap[$type] } else { Write-Error "…" }
        // (that function itself is left out: it sends a GET before its PATCH); an entry of that shape, by hand
        String message = "Set-EntraBetADPolicy : Error occurred while executing SetPolicy Code: Request_BadRequest"
                + " Message: Invalid value specified for property 'type' of resource 'Policy'.";
        RequestEntry.SetRequest set = new RequestEntry.SetRequest("Default", "PATCH", "/v1.0/policies/{Type}/{Id}",
                List.of(), List.of(), List.of(), false, List.of(), List.of(), false, List.of(new RequestEntry.ValueMap(
                "Type", Map.of("TokenLifetimePolicy", "tokenLifetimePolicies"), message)), List.of());
        BundledRequestPlanner planner = new BundledRequestPlanner(() -> new RequestTable(List.of(new RequestEntry(
                "Set-EntraThingPolicy", "Microsoft.Entra", "x.ps1:61", "Invoke-GraphRequest", List.of(set), null,
                List.of()))));
        RequestPlanner.Result ok = planner.plan("Set-EntraThingPolicy", null, Map.of("Type", "tokenlifetimepolicy",
                "Id", "p 1"));
        assertEquals(List.of("PATCH /v1.0/policies/tokenLifetimePolicies/p%201"), urls(assertInstanceOf(
                RequestPlanner.Planned.class, ok).plan()));
        RequestPlanner.Result refused = planner.plan("Set-EntraThingPolicy", null, Map.of("Type", "OtherPolicy",
                "Id", "p1"));
        String reason = assertInstanceOf(RequestPlanner.Unsupported.class, refused).reason();
        assertTrue(reason.startsWith("Set-EntraThingPolicy: " + message + " (-Type 'OtherPolicy'"), reason);
    }

    @Test
    void anOptionalArgumentTheCodeTurnsIntoTheBodyInAWayNotReadIsRefusedOnlyWhenGiven() {
        // by hand: the derivation's note for such an argument (InvokeDerivation: "-P is turned into the body's p by
        // code not read (file:line)"); no bundled entry has one left since sections approles, appcreds and altsec
        BodyPart name = new BodyPart("displayName", "DisplayName", null);
        RequestEntry.SetRequest set = new RequestEntry.SetRequest("Default", "POST", "/v1.0/things", List.of(),
                List.of(), List.of(name), false, List.of("-Spa is turned into the body's spa by code not read (x.ps1:76)"),
                List.of(), false);
        BundledRequestPlanner planner = new BundledRequestPlanner(() -> new RequestTable(List.of(new RequestEntry(
                "New-EntraThing", "Microsoft.Entra", "x.ps1:90", "Invoke-GraphRequest", List.of(set), null,
                List.of()))));
        assertEquals(List.of("POST /v1.0/things"), urls(assertInstanceOf(RequestPlanner.Planned.class,
                planner.plan("New-EntraThing", null, Map.of("DisplayName", "t"))).plan()));
        RequestPlanner.Result refused = planner.plan("New-EntraThing", null, Map.of("DisplayName", "t", "Spa",
                Map.of("RedirectUris", List.of("https://a"))));
        assertEquals("New-EntraThing cannot be run here with -Spa: -Spa is turned into the body's spa by code not read"
                + " (x.ps1:76) (x.ps1:90).", assertInstanceOf(RequestPlanner.Unsupported.class, refused).reason());
    }

    @Test
    void aPerObjectRequestWhoseListLookupIsNotSentIsRefused() {
        // by hand: the objects' lookup only under a condition (-Cond given); without it there is no list to loop over
        RequestEntry.LookupPart list = new RequestEntry.LookupPart("/v1.0/things/{Id}/methods", List.of(), List.of(),
                null, null, List.of(), "Cond");
        ObjectRoutes routes = new ObjectRoutes("@1.value", "@odata.type", Map.of("#t",
                "/v1.0/things/{Id}/methods/{@1.value.id}"), null);
        RequestEntry.SetRequest set = new RequestEntry.SetRequest("Default", "DELETE",
                "/v1.0/things/{Id}/methods/{@1.value.id}", List.of(), List.of(), List.of(), false, List.of(), List.of(),
                false, List.of(), List.of(list), null, routes, null);
        BundledRequestPlanner planner = new BundledRequestPlanner(() -> new RequestTable(List.of(new RequestEntry(
                "Reset-EntraThingMethods", "Microsoft.Entra", "x.ps1:9", "Invoke-GraphRequest", List.of(set), null,
                List.of()))));
        RequestPlanner.Result sent = planner.plan("Reset-EntraThingMethods", null, Map.of("Id", "t1", "Cond", "x"));
        assertEquals(1, assertInstanceOf(RequestPlanner.Planned.class, sent).plan().lookups().size());
        RequestPlanner.Result refused = planner.plan("Reset-EntraThingMethods", null, Map.of("Id", "t1"));
        String reason = assertInstanceOf(RequestPlanner.Unsupported.class, refused).reason();
        assertTrue(reason.startsWith("Reset-EntraThingMethods (set Default) cannot be run here"), reason);
    }

    // ---- steps: a later request uses a value of an earlier reply (branch steps) ----

    private static List<String> shown(RequestPlan plan) {
        List<String> out = new java.util.ArrayList<>();
        plan.lookups().forEach(l -> l.tries().forEach(r -> out.add(r.method() + " "
                + StepValues.shown(r.relativeUrl(), plan.lookups()))));
        plan.requests().forEach(r -> out.add(r.method() + " " + StepValues.shown(r.relativeUrl(), plan.lookups())
                + (r.body() == null ? "" : " " + StepValues.shown(r.body(), plan.lookups()))));
        return out;
    }

    @Test
    void anSdkReadsIdPassedToItsWriteIsALookupFirst() {
        // Set-EntraDomainFederationSettings.ps1 40 $params["DomainId"] = DomainName, 44 $params["InternalDomainFederationId"]
        // = (Get-MgDomainFederationConfiguration -DomainId $Id).Id, 57 $params["SignOutUri"] = LogOffUri,
        // 135 Update-MgDomainFederationConfiguration @params; the SDK returns the collection's objects, .Id the first's
        RequestPlan plan = plannedIn("Set-EntraDomainFederationSettings", null, "DomainName", "contoso.com",
                "LogOffUri", "https://sts.contoso.com/logoff");
        assertEquals(List.of("GET /v1.0/domains/contoso.com/federationConfiguration",
                "PATCH /v1.0/domains/contoso.com/federationConfiguration/<value[0].id from GET"
                        + " /v1.0/domains/contoso.com/federationConfiguration>"
                        + " {\"signOutUri\":\"https://sts.contoso.com/logoff\"}"), shown(plan));
        assertTrue(plan.write());
    }

    @Test
    void aLookupTheCodeReplacesByAnArgumentIsNotSentWhenItIsGiven() {
        // Set-EntraBetaDirSyncEnabled.ps1 31 $params["OnPremisesSyncEnabled"] = EnableDirsync, 34 $params["OrganizationId"]
        // = $PSBoundParameters["TenantId"], 36-37 if IsNullOrWhiteSpace($TenantId): = (Get-MgBetaDirectoryOnPremiseSynchronization).Id,
        // 88 Update-MgBetaOrganization @params
        RequestPlan looked = plannedIn("Set-EntraBetaDirSyncEnabled", null, "EnableDirsync", true);
        assertEquals(List.of("GET /beta/directory/onPremisesSynchronization",
                "PATCH /beta/organization/<value[0].id from GET /beta/directory/onPremisesSynchronization>"
                        + " {\"onPremisesSyncEnabled\":true}"), shown(looked));
        RequestPlan given = plannedIn("Set-EntraBetaDirSyncEnabled", null, "EnableDirsync", false, "TenantId", "t1");
        assertEquals(List.of("PATCH /beta/organization/t1 {\"onPremisesSyncEnabled\":false}"), shown(given));
    }

    @Test
    void aWriteToTheFirstOfAListOfPathsThatAnswers() {
        // Remove-EntraPolicy.ps1 25 $policyTypes = "activityBasedTimeoutPolicies", "DefaultAppManagementPolicy", …
        // (11), 27-33 foreach: $uri = "/v1.0/policies/" + $policyType + "/" + $id; GET; break on the first answer,
        // 37 $policyType = $Matches[1] (from the reply's @odata.context), 44 $URI = the same URL, 46 DELETE
        RequestPlan plan = plannedIn("Remove-EntraPolicy", null, "Id", "p 1");
        assertEquals(1, plan.lookups().size());
        RequestPlan.Lookup probe = plan.lookups().get(0);
        assertEquals(11, probe.tries().size());
        assertEquals("GET /v1.0/policies/activityBasedTimeoutPolicies/p%201", probe.tries().get(0).method() + " "
                + probe.tries().get(0).relativeUrl());
        assertEquals("/v1.0/policies/DefaultAppManagementPolicy/p%201", probe.tries().get(1).relativeUrl());
        assertEquals("/v1.0/policies/tokenLifetimePolicies/p%201", probe.tries().get(10).relativeUrl());
        assertEquals(List.of("activityBasedTimeoutPolicies", "DefaultAppManagementPolicy", "appManagementPolicies",
                "authenticationFlowsPolicy", "authenticationMethodsPolicy", "claimsMappingPolicies",
                "featureRolloutPolicies", "homeRealmDiscoveryPolicies", "permissionGrantPolicies",
                "tokenIssuancePolicies", "tokenLifetimePolicies"), probe.values());
        String delete = shown(plan).get(11);
        assertTrue(delete.startsWith("DELETE /v1.0/policies/<the one of activityBasedTimeoutPolicies,"
                + " DefaultAppManagementPolicy, "), delete);
        assertTrue(delete.endsWith(", tokenLifetimePolicies whose GET answers first>/p%201"), delete);
        assertTrue(plan.write());
    }

    @Test
    void aProbedWriteKeepsItsBodyAndRefusesTheArgumentThatPicksTheKindThroughAMap() {
        // Set-EntraPolicy.ps1 44-58 $policyTypes = $policyTypeMap.Values, 73-80 the same probe, 95 $params["DisplayName"],
        // 104 $URI = "/v1.0/policies/" + $type + "/" + $id, 107 PATCH, 113 $body = $params | ConvertTo-Json
        RequestPlan plan = plannedIn("Set-EntraPolicy", null, "Id", "p1", "DisplayName", "Renamed");
        assertEquals("/v1.0/policies/appManagementPolicies/p1", plan.lookups().get(0).tries().get(1).relativeUrl(),
                "the map's values in the order the code writes them");
        assertEquals("{\"DisplayName\":\"Renamed\"}", plan.requests().get(0).body());
        assertEquals("PATCH", plan.requests().get(0).method());
        // 60-61 with -Type the code maps it through $policyTypeMap instead of probing
        RequestPlanner.Result typed = PLANNER.plan("Set-EntraPolicy", null, Map.of("Id", "p1", "Type",
                "TokenLifetimePolicy", "DisplayName", "x"));
        assertTrue(assertInstanceOf(RequestPlanner.Unsupported.class, typed).reason().contains("with -Type"),
                typed.toString());
    }

    @Test
    void requestsInSequenceALaterOneOncePerObjectOfAReply() {
        // Remove-EntraAgentUser.ps1 ByUserId: 73 $getUri = "/v1.0/users/microsoft.graph.agentUser/$AgentUserId", 74 GET,
        // 81 $deleteUri = "/v1.0/users/$AgentUserId", 82 DELETE
        RequestPlan byUser = plannedIn("Remove-EntraAgentUser", "ByUserId", "AgentUserId", "au-1");
        assertEquals(List.of("GET /v1.0/users/microsoft.graph.agentUser/au-1", "DELETE /v1.0/users/au-1"),
                shown(byUser));
        // ByAgentId: 37 $uri = "/v1.0/users/microsoft.graph.agentUser?`$filter=identityParentId eq '$AgentId'", 38 GET,
        // 46 $agentUsers = @($response.value), 50 foreach ($user in $agentUsers), 51 $userId = $user.id,
        // 56 $deleteUri = "/v1.0/users/$userId", 57 DELETE
        RequestPlan byAgent = plannedIn("Remove-EntraAgentUser", "ByAgentId", "AgentId", "a 1");
        assertEquals(List.of("GET /v1.0/users/microsoft.graph.agentUser?$filter=identityParentId%20eq%20'a%201'",
                "DELETE /v1.0/users/<id of each object from GET"
                        + " /v1.0/users/microsoft.graph.agentUser?$filter=identityParentId%20eq%20'a%201'>"),
                shown(byAgent));
    }
}
