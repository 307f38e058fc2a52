package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole runs, as {@link BundledMultiwriteRunTest}, of the object arguments read on the branch {@code objargs}: a
 * hashtable literal (or a list of them) the module converts before handing it to its Graph SDK cmdlet, sent as the
 * SDK's model writes it, after the confirmation; -WhatIf sends nothing; a failing request says nothing was changed.
 */
class BundledObjargsRunTest extends BundledRunCase {

    // Set-EntraApplication.ps1:89-98 $Value = @{}; if ($TmpValue.HomePageUrl) { $Value["HomePageUrl"] = … } (and
    // LogoutUrl, RedirectUris, ImplicitGrantSettings); $params["Web"] = $Value; :268 Update-MgApplication
    private static final String SET_WEB = "Set-EntraApplication -ApplicationId a-1 -Web @{RedirectUris=@('https://a/cb');"
            + " HomePageUrl='https://h'}";
    private static final String WEB = "{\"web\":{\"homePageUrl\":\"https://h\",\"redirectUris\":[\"https://a/cb\"]}}";

    @Test
    void aProjectedObjectArgumentIsSentAfterTheConfirmation() {
        graph.object("/v1.0/applications/a-1", Map.of("id", "a-1"));
        RunResult asked = run(RunInput.commandLine(SET_WEB));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of("PATCH " + graph.baseUrl() + "/v1.0/applications/a-1", WEB), asked.request());
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation");

        RunResult whatIf = run(RunInput.commandLine(SET_WEB + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");

        RunResult done = run(RunInput.commandLine(SET_WEB).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("PATCH /v1.0/applications/a-1 " + WEB), sent());
    }

    @Test
    void aListOfCredentialsIsSentItemByItemItsSecretMaskedWhenShown() {
        // New-EntraServicePrincipal.ps1:139-157 $hash = @{ …; EndDateTime = $v.EndDate; SecretText = $v.Value; … };
        // $a += $hash; :228 New-MgServicePrincipal (POST /servicePrincipals)
        graph.object("/v1.0/servicePrincipals", Map.of("id", "sp-1"));
        String line = "New-EntraServicePrincipal -AppId app-1 -PasswordCredentials @(@{EndDate='2027-01-01'; Value='s3cret'},"
                + " @{Value='two'})";
        RunResult asked = run(RunInput.commandLine(line));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of("POST " + graph.baseUrl() + "/v1.0/servicePrincipals", "{\"appId\":\"app-1\","
                + "\"passwordCredentials\":[{\"endDateTime\":\"2027-01-01\",\"secretText\":\"********\"},"
                + "{\"secretText\":\"********\"}]}"), asked.request());
        RunResult done = run(RunInput.commandLine(line).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("POST /v1.0/servicePrincipals {\"appId\":\"app-1\",\"passwordCredentials\":"
                + "[{\"endDateTime\":\"2027-01-01\",\"secretText\":\"s3cret\"},{\"secretText\":\"two\"}]}"), sent());
    }

    @Test
    void grantControlsOfAPolicyAreItsTrueProperties() {
        // Set-EntraConditionalAccessPolicy.ps1:46-54 if ($TmpValue._Operator) { $hash["Operator"] = … } …;
        // :176 Update-MgIdentityConditionalAccessPolicy (PATCH /identity/conditionalAccess/policies/{id})
        graph.object("/v1.0/identity/conditionalAccess/policies/p-1", Map.of("id", "p-1"));
        RunResult done = run(RunInput.commandLine("Set-EntraConditionalAccessPolicy -PolicyId p-1 -GrantControls"
                + " @{_Operator='OR'; BuiltInControls=@('mfa','compliantDevice'); TermsOfUse=@()}").confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("PATCH /v1.0/identity/conditionalAccess/policies/p-1 {\"grantControls\":{\"operator\":"
                + "\"OR\",\"builtInControls\":[\"mfa\",\"compliantDevice\"]}}"), sent());
    }

    @Test
    void aFailingRequestSaysNothingWasChanged() {
        graph.failNext(GraphStandIn.Fault.FORBIDDEN);
        RunResult r = run(RunInput.commandLine(SET_WEB).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(List.of("PATCH /v1.0/applications/a-1 " + WEB), sent());
        assertTrue(r.text().contains("Status: 403"), r.text());
    }

    // (the arguments once refused here, Set-EntraApplication -AddIns then Set-EntraDevice -AlternativeSecurityIds, are
    // read since sections appcreds and altsec; BundledAltsecRunTest has the -BodyParameter calls still refused)
}
