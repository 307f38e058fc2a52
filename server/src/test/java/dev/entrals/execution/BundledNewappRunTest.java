package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole runs, as {@link BundledObjargsRunTest}, of New-EntraApplication's object arguments typed as Graph SDK model
 * classes (branch {@code newapp}): the POST the module sends, its -Web camelCased and -PublicClient under the model's
 * .NET names, after the confirmation; -WhatIf sends nothing; a failing request says nothing was changed.
 */
class BundledNewappRunTest extends BundledRunCase {

    // New-EntraApplication.ps1:110 displayName; :323-345 -Web's set properties camelCased; :274-282 -PublicClient's
    // by their .NET names; :560 Invoke-MgGraphRequest -Uri /v1.0/applications -Method POST -Body ($appBody | ConvertTo-Json)
    private static final String NEW_APP = "New-EntraApplication -DisplayName app -Web @{RedirectUris=@('https://a/cb');"
            + " ImplicitGrantSettings=@{EnableIdTokenIssuance=$true}} -PublicClient @{redirectUris=@('https://p/cb')}";
    private static final String BODY = "{\"displayName\":\"app\",\"publicClient\":{\"RedirectUris\":[\"https://p/cb\"]},"
            + "\"web\":{\"redirectUris\":[\"https://a/cb\"],\"implicitGrantSettings\":{\"enableIdTokenIssuance\":true}}}";

    @Test
    void theModelArgumentsAreSentAfterTheConfirmation() {
        graph.object("/v1.0/applications", Map.of("id", "a-1", "appId", "app-1", "displayName", "app"));
        RunResult asked = run(RunInput.commandLine(NEW_APP));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of("POST " + graph.baseUrl() + "/v1.0/applications", BODY), asked.request());
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation");

        RunResult whatIf = run(RunInput.commandLine(NEW_APP + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");

        RunResult done = run(RunInput.commandLine(NEW_APP).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("POST /v1.0/applications " + BODY), sent());
    }

    @Test
    void aFailingRequestSaysNothingWasChanged() {
        graph.failNext(GraphStandIn.Fault.FORBIDDEN);
        RunResult r = run(RunInput.commandLine(NEW_APP).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(List.of("POST /v1.0/applications " + BODY), sent());
        assertTrue(r.text().contains("Status: 403"), r.text());
    }

    // (the arguments once refused here, -AppRoles then -AddIns, are read since sections approles and appcreds:
    // BundledApprolesRunTest, BundledAppcredsRunTest)
}
