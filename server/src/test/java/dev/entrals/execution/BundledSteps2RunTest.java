package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Whole runs, as {@link BundledStepsRunTest}, of the forms read on the branch {@code steps2}: a JSON batch of one
 * inner request per item of a list argument goes through the confirmation (nothing sent before it, {@code -WhatIf}
 * sends nothing) and is sent once, as the module's code builds it.
 */
class BundledSteps2RunTest extends BundledRunCase {

    // Set-EntraUserSponsor.ps1:63-76 one inner request per -SponsorIds item, :60 -Type Group → groups, :84 POST $batch
    private static final String SPONSORS = "Set-EntraUserSponsor -UserId ann@contoso.com -Type Group"
            + " -SponsorIds g1,g2";
    private static final String BATCH = "{\"requests\":["
            + "{\"id\":\"g1\",\"method\":\"POST\",\"url\":\"/users/ann@contoso.com/sponsors/$ref\","
            + "\"body\":{\"@odata.id\":\"https://graph.microsoft.com/v1.0/groups/g1\"},"
            + "\"headers\":{\"Content-Type\":\"application/json\"}},"
            + "{\"id\":\"g2\",\"method\":\"POST\",\"url\":\"/users/ann@contoso.com/sponsors/$ref\","
            + "\"body\":{\"@odata.id\":\"https://graph.microsoft.com/v1.0/groups/g2\"},"
            + "\"headers\":{\"Content-Type\":\"application/json\"}}]}";

    @Test
    void aBatchIsConfirmedFirstAndSentOnceAsTheModuleBuildsIt() {
        graph.object("/v1.0/$batch", Map.of("responses", List.of(Map.of("id", "g1", "status", 204),
                Map.of("id", "g2", "status", 204))));
        RunResult asked = run(RunInput.commandLine(SPONSORS));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of("POST " + graph.baseUrl() + "/v1.0/$batch", BATCH), asked.request());
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation");

        RunResult whatIf = run(RunInput.commandLine(SPONSORS + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");

        RunResult done = run(RunInput.commandLine(SPONSORS).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("POST /v1.0/$batch " + BATCH), sent());
        assertTrue(graph.requests.get(0).headers().entrySet().stream().anyMatch(h -> h.getKey()
                .equalsIgnoreCase("Content-Type") && h.getValue().startsWith("application/json")),
                graph.requests.get(0).headers()::toString);
    }

    @Test
    void aFailedWriteAfterEarlierWritesSaysWhatWasChangedAndSendsNothingAfterIt() {
        // Remove-EntraAgentUser.ps1:38 GET the agent's users, :50-57 DELETE each one's /users/{id} (-ErrorAction Stop)
        graph.collection("/v1.0/users/microsoft.graph.agentUser", List.of(Map.of("id", "u-1"), Map.of("id", "u-2"),
                Map.of("id", "u-3"))).object("/v1.0/users/u-1", Map.of("id", "u-1"))
                .object("/v1.0/users/u-3", Map.of("id", "u-3")); // u-2 answers 404
        RunResult r = run(RunInput.commandLine("Remove-EntraAgentUser -AgentId a-1").confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(List.of("GET /v1.0/users/microsoft.graph.agentUser?$filter=identityParentId%20eq%20'a-1'",
                "DELETE /v1.0/users/u-1", "DELETE /v1.0/users/u-2"), sent(), "nothing after the failed write");
        String base = graph.baseUrl();
        assertTrue(r.text().contains("Status: 404"), r.text());
        assertTrue(r.text().contains("Sent and done before it (changed): DELETE " + base + "/v1.0/users/u-1. Not"
                + " sent: DELETE " + base + "/v1.0/users/u-3."), r.text());
    }
}
