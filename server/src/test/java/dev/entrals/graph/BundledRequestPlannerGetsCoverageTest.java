package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.planned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the forms read on the branch {@code gets}: an SDK cmdlet's name spelled in another case, an
 * identifier passed under a name the SDK's route does not take whose alias is the route's, and an action's request
 * object passed whole. Each expectation is written by hand from the module's code (file and line named;
 * microsoftgraph/entra-powershell at a36be76).
 */
class BundledRequestPlannerGetsCoverageTest {

    @Test
    void anSdkCmdletSpelledInCapitalsIsTheSdkCmdlet() {
        // New-EntraBetaAdministrativeUnitMember.ps1 148 New-MGBetaAdministrativeUnitMember -AdministrativeUnitId
        // $AdministrativeUnitId -BodyParameter $params; 63 $params["displayName"]; 75 $params["mailNickname"]
        RequestPlan plan = planned("New-EntraBetaAdministrativeUnitMember", "AdministrativeUnitId", "au-1",
                "DisplayName", "Sales", "MailNickname", "sales", "SecurityEnabled", true, "MailEnabled", false,
                "OdataType", "#microsoft.graph.group");
        GraphRequest r = plan.requests().get(0);
        assertEquals("POST /beta/administrativeUnits/au-1/members", r.method() + " " + r.relativeUrl());
        assertTrue(r.body().contains("\"displayName\":\"Sales\""), r.body());
        assertTrue(r.body().contains("\"mailNickname\":\"sales\""), r.body());
        assertTrue(r.body().contains("\"@odata.type\":\"#microsoft.graph.group\""), r.body());
        assertTrue(r.body().contains("\"securityEnabled\":true"), r.body());
    }

    @Test
    void anIdentifierPassedUnderAnotherNameIsSentAsTheAliasTheRouteTakes() {
        // Remove-EntraBetaApplicationVerifiedPublisher.ps1 9 [Alias('ApplicationId')] $AppObjectId; 71
        // Clear-MgBetaApplicationVerifiedPublisher @params ($params["AppObjectId"]): the SDK route
        // /applications/{application-id}/unsetVerifiedPublisher takes -ApplicationId
        RequestPlan plan = planned("Remove-EntraBetaApplicationVerifiedPublisher", "AppObjectId", "app-1");
        GraphRequest r = plan.requests().get(0);
        assertEquals("POST /beta/applications/app-1/unsetVerifiedPublisher", r.method() + " " + r.relativeUrl());
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("sent as -ApplicationId, the alias of -AppObjectId,"
                + " as evidently meant")), plan.notes()::toString);
        RequestPlan v1 = planned("Remove-EntraApplicationVerifiedPublisher", "AppObjectId", "app-2");
        assertEquals("POST /v1.0/applications/app-2/unsetVerifiedPublisher",
                v1.requests().get(0).method() + " " + v1.requests().get(0).relativeUrl());
    }

    @Test
    void anActionsRequestObjectIsTheBody() {
        // Set-EntraApplicationVerifiedPublisher.ps1 10 [Microsoft.Open.MSGraph.Model.SetVerifiedPublisherRequest]
        // $SetVerifiedPublisherRequest; 14 [Alias("ApplicationId", "ObjectId")] $AppObjectId; 78
        // Set-MgApplicationVerifiedPublisher @params: POST /applications/{application-id}/setVerifiedPublisher with
        // {"verifiedPublisherId": …} (the request object's property)
        RequestPlan plan = planned("Set-EntraApplicationVerifiedPublisher", "AppObjectId", "app-1",
                "SetVerifiedPublisherRequest", Map.of("verifiedPublisherId", "1234567"));
        GraphRequest r = plan.requests().get(0);
        assertEquals("POST /v1.0/applications/app-1/setVerifiedPublisher", r.method() + " " + r.relativeUrl());
        assertEquals("{\"verifiedPublisherId\":\"1234567\"}", r.body());
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("request object of the action setVerifiedPublisher")),
                plan.notes()::toString);
        RequestPlan beta = planned("Set-EntraBetaApplicationVerifiedPublisher", "AppObjectId", "app-1",
                "SetVerifiedPublisherRequest", Map.of("verifiedPublisherId", "7"));
        assertEquals("POST /beta/applications/app-1/setVerifiedPublisher {\"verifiedPublisherId\":\"7\"}",
                beta.requests().get(0).method() + " " + beta.requests().get(0).relativeUrl() + " "
                        + beta.requests().get(0).body());
    }

    @Test
    void anObjectWithOneKeyPerItemOfAListArgument() {
        // Set-EntraDirSyncFeature.ps1 51 $featuresCollection = @{}; 60-64 foreach ($feature in $Features) { if
        // ($feature.ToLower().EndsWith("enabled")) { $featuresCollection[$feature] = $Enabled } else {
        // $featuresCollection[$feature + "Enabled"] = $Enabled } }; 108-110 $body = @{ features = $featuresCollection };
        // 126 Update-MgDirectoryOnPremiseSynchronization -OnPremisesDirectorySynchronizationId … -BodyParameter $body
        RequestPlan plan = planned("Set-EntraDirSyncFeature", "Features", java.util.List.of("PasswordSync",
                "deviceWritebackENABLED"), "Enabled", false, "TenantId", "11111111-1111-1111-1111-111111111111");
        GraphRequest r = plan.requests().get(0);
        assertEquals("PATCH /v1.0/directory/onPremisesSynchronization/11111111-1111-1111-1111-111111111111",
                r.method() + " " + r.relativeUrl());
        assertEquals("{\"features\":{\"PasswordSyncEnabled\":false,\"deviceWritebackENABLED\":false}}", r.body());
    }

    @Test
    void aHashtablePassedAsBodyParameterIsTheBodyItself() {
        // Set-EntraDirSyncConfiguration.ps1 93-100 $params = @{ configuration = @{ accidentalDeletionPrevention = @{
        // synchronizationPreventionType = "enabledForCount"; alertThreshold = $AccidentalDeletionThreshold } } }; 101
        // Update-MgDirectoryOnPremiseSynchronization … -BodyParameter $params
        RequestPlan plan = planned("Set-EntraDirSyncConfiguration", "AccidentalDeletionThreshold", 50,
                "TenantId", "t-1");
        assertEquals("{\"configuration\":{\"accidentalDeletionPrevention\":{\"synchronizationPreventionType\":"
                + "\"enabledForCount\",\"alertThreshold\":50}}}", plan.requests().get(0).body());
    }
}
