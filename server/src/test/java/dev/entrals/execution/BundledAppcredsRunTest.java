package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole runs, as {@link BundledObjargsRunTest}, of the list arguments read on the branch {@code appcreds}: the module's
 * per-item hashtables (New-EntraApplication -AddIns, -KeyCredentials, -PasswordCredentials; Set-EntraApplication
 * -AddIns; Set-EntraBetaApplication -PreAuthorizedApplications) sent after the confirmation, the secret masked when
 * shown; -WhatIf sends nothing; a failing request stops the run; an argument the plan cannot read sends nothing.
 */
class BundledAppcredsRunTest extends BundledRunCase {

    private static final String APP = "00000000-0000-0000-0000-0000000000a1";
    private static final String OUTLOOK = "00000002-0000-0ff1-ce00-000000000000";
    // New-EntraApplication.ps1:409-430 addIns, :432-503 keyCredentials (the hashtable branch, dates
    // .ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ")), :505-533 passwordCredentials (dates .ToString('o')),
    // :560 Invoke-MgGraphRequest POST /v1.0/applications -Body ($appBody | ConvertTo-Json -Depth 10)
    private static final String NEW_APP = "New-EntraApplication -DisplayName 'Contoso Email Insights' -AddIns @{Id='"
            + OUTLOOK + "'; Type='messageReadCommandSurface'; Properties=@(@{Key='extensionId'; Value='Contoso.Email'})}"
            + " -KeyCredentials @(@{Type='AsymmetricX509Cert'; Usage='Verify'; Key='MIIBcert';"
            + " EndDateTime='2027-01-01T00:00:00Z'}) -PasswordCredentials @(@{DisplayName='ci';"
            + " EndDateTime='2027-06-30'; SecretText='s3cret'})";
    private static final String NEW_BODY = "{\"displayName\":\"Contoso Email Insights\",\"addIns\":[{\"id\":\"" + OUTLOOK
            + "\",\"type\":\"messageReadCommandSurface\",\"properties\":[{\"key\":\"extensionId\",\"value\":"
            + "\"Contoso.Email\"}]}],\"keyCredentials\":[{\"endDateTime\":\"2027-01-01T00:00:00Z\",\"key\":\"MIIBcert\","
            + "\"type\":\"AsymmetricX509Cert\",\"usage\":\"Verify\"}],\"passwordCredentials\":[{\"displayName\":\"ci\","
            + "\"endDateTime\":\"2027-06-30T00:00:00.0000000\",\"secretText\":\"%s\"}]}";

    @Test
    void credentialsAreSentAfterTheConfirmationTheSecretMaskedWhenShown() {
        graph.object("/v1.0/applications", Map.of("id", APP, "displayName", "Contoso Email Insights"));
        RunResult asked = run(RunInput.commandLine(NEW_APP));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of("POST " + graph.baseUrl() + "/v1.0/applications", String.format(NEW_BODY, "********")),
                asked.request());
        assertTrue(asked.notes().stream().anyMatch(n -> n.contains("-KeyCredentials's EndDateTime is text")),
                asked.notes()::toString);
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation");

        RunResult whatIf = run(RunInput.commandLine(NEW_APP + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");

        RunResult done = run(RunInput.commandLine(NEW_APP).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("POST /v1.0/applications " + String.format(NEW_BODY, "s3cret")), sent());
    }

    @Test
    void aFailingPostStopsTheRunWithNothingChanged() {
        graph.failNext(GraphStandIn.Fault.FORBIDDEN);
        RunResult r = run(RunInput.commandLine(NEW_APP).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(List.of("POST /v1.0/applications " + String.format(NEW_BODY, "s3cret")), sent());
        assertTrue(r.text().contains("Status: 403"), r.text());
    }

    @Test
    void aKeyCredentialWithoutUsageIsLeftOutAsTheModuleLeavesItOut() {
        // New-EntraBetaApplication.ps1:495-498 Write-Error "KeyCredential must specify usage"; continue
        graph.object("/beta/applications", Map.of("id", APP));
        RunResult done = run(RunInput.commandLine("New-EntraBetaApplication -DisplayName app -KeyCredentials"
                + " @(@{Type='AsymmetricX509Cert'; Key='MIIB'})").confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("POST /beta/applications {\"displayName\":\"app\",\"keyCredentials\":[]}"), sent());
        assertTrue(done.notes().stream().anyMatch(n -> n.contains("KeyCredential must specify usage")),
                done.notes()::toString);
    }

    @Test
    void aDateThePlanCannotReadSendsNothing() {
        // New-EntraApplication.ps1:447 .ToUniversalTime() of the EndDateTime: 'next year' is no date
        RunResult r = run(RunInput.commandLine("New-EntraApplication -DisplayName app -KeyCredentials @(@{Type='X509';"
                + " Usage='Verify'; EndDateTime='next year'})").confirm());
        assertEquals(RunStatus.UNSUPPORTED, r.status(), r.text());
        assertTrue(r.text().contains("EndDateTime 'next year' is not a date"), r.text());
        assertEquals(List.of(), graph.requests);
    }

    @Test
    void setEntraApplicationSendsItsAddIns() {
        // Set-EntraApplication.ps1:162-185 (one add-in: the code's request exactly); :268 Update-MgApplication
        graph.object("/v1.0/applications/" + APP, Map.of("id", APP));
        String line = "Set-EntraApplication -ApplicationId " + APP + " -AddIns @(@{Id='" + OUTLOOK
                + "'; Type='messageReadCommandSurface'; Properties=@(@{Key='extensionId'; Value='x'})})";
        RunResult asked = run(RunInput.commandLine(line));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation");
        RunResult done = run(RunInput.commandLine(line).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("PATCH /v1.0/applications/" + APP + " {\"addIns\":[{\"id\":\"" + OUTLOOK + "\",\"type\":"
                + "\"messageReadCommandSurface\",\"properties\":[{\"key\":\"extensionId\",\"value\":\"x\"}]}]}"), sent());
    }

    @Test
    void setEntraBetaApplicationPutsPreAuthorizedApplicationsInsideApi() {
        // Set-EntraBetaApplication.ps1:68-75 -Api, :77-93 $params["Api"]["PreAuthorizedApplications"] = $preAuthApps;
        // :263 Update-MgBetaApplication
        graph.object("/beta/applications/" + APP, Map.of("id", APP));
        String line = "Set-EntraBetaApplication -ApplicationId " + APP + " -Api @{RequestedAccessTokenVersion=2}"
                + " -PreAuthorizedApplications @(@{AppId='" + OUTLOOK + "'; PermissionIds=@('"
                + "00000000-0000-0000-0000-0000000000c3')})";
        RunResult whatIf = run(RunInput.commandLine(line + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");
        RunResult done = run(RunInput.commandLine(line).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("PATCH /beta/applications/" + APP + " {\"api\":{\"requestedAccessTokenVersion\":2,"
                + "\"preAuthorizedApplications\":[{\"appId\":\"" + OUTLOOK + "\",\"permissionIds\":"
                + "[\"00000000-0000-0000-0000-0000000000c3\"]}]}}"), sent());
    }
}
