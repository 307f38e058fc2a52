package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole runs, as {@link BundledSteps2RunTest}, of the agent cmdlets read on the branch {@code agents}: the arguments
 * that keep the module from prompting make the call runnable (confirmed first, {@code -WhatIf} sending nothing, the
 * module's request sent once although its code retries it); without one the run is refused naming it and nothing is
 * sent; a failing request is reported.
 */
class BundledAgentsRunTest extends BundledRunCase {

    // New-EntraAgentUserForAgentId.ps1:103-110 the [PSCustomObject] body, :135 POST $baseUri ('/v1.0/users/', :46)
    // inside the retry loop of :126; -UserPrincipalName, -MailNickname and -AgentIdentityId keep the prompts of
    // :68/:94 and the session value of :35 from running
    private static final String AGENT_USER = "New-EntraAgentUserForAgentId -DisplayName 'Helper Bot'"
            + " -UserPrincipalName helper@contoso.com -MailNickname helper -AgentIdentityId ai-1";
    private static final String BODY = "{\"@odata.type\":\"microsoft.graph.agentUser\",\"displayName\":\"Helper Bot\","
            + "\"userPrincipalName\":\"helper@contoso.com\",\"identityParentId\":\"ai-1\",\"mailNickname\":\"helper\","
            + "\"accountEnabled\":true}";

    @Test
    void anAgentUserIsConfirmedFirstAndPostedOnce() {
        // the stand-in, as Graph, reads /v1.0/users/ as /v1.0/users
        graph.object("/v1.0/users", Map.of("id", "au-1", "displayName", "Helper Bot"));
        RunResult asked = run(RunInput.commandLine(AGENT_USER));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of("POST " + graph.baseUrl() + "/v1.0/users/", BODY), asked.request());
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation");

        RunResult whatIf = run(RunInput.commandLine(AGENT_USER + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");

        RunResult done = run(RunInput.commandLine(AGENT_USER).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("POST /v1.0/users/ " + BODY), sent());
        assertTrue(done.notes().stream().anyMatch(n -> n.contains("the plan sends it once")), done.notes()::toString);
    }

    @Test
    void withoutAnArgumentThatAvoidsThePromptTheRunAsksForItAndSendsNothing() {
        RunResult r = run(RunInput.commandLine("New-EntraAgentUserForAgentId -DisplayName 'Helper Bot'"
                + " -MailNickname helper -AgentIdentityId ai-1").confirm());
        assertEquals(RunStatus.NOT_EVALUATED, r.status(), r.text());
        assertEquals(List.of("UserPrincipalName"), r.unevaluated());
        assertTrue(r.text().contains("without -UserPrincipalName the module asks for it at a PowerShell console"),
                r.text());
        assertTrue(r.text().contains("Read-Host at Entra/Microsoft.Entra/Users/New-EntraAgentUserForAgentId.ps1:68"),
                r.text());
        assertEquals(List.of(), graph.requests);
    }

    @Test
    void aFailingPostIsReportedOnceWithoutTheModulesRetries() {
        // the stand-in knows no /v1.0/users/ here: it answers 404; the module would retry 10 times, the run reports it
        RunResult r = run(RunInput.commandLine(AGENT_USER).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(List.of("POST /v1.0/users/ " + BODY), sent(), "sent once");
        assertTrue(r.text().contains("Status: 404"), r.text());
    }
}
