package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole runs of the form read on the branch {@code agents2}: a write step sent once per object of an earlier reply
 * (none when it has none), then the set's own request; nothing before the confirmation, a failing step stops the run
 * and says what was changed.
 */
class BundledAgents2RunTest extends BundledRunCase {

    // Remove-EntraAgentIdentity.ps1 117-118 GET the identity; 127-133 GET its agent users; 135-139 DELETE each;
    // 158-159 DELETE the identity
    private static final String IDENTITY = "/v1.0/servicePrincipals/microsoft.graph.agentIdentity/a-1";
    private static final String USERS = "/v1.0/users/microsoft.graph.agentUser";
    private static final String USERS_OF = USERS + "?$filter=identityParentId%20eq%20'a-1'";
    private static final String REMOVE = "Remove-EntraAgentIdentity -AgentId a-1";

    private void agentWithUsers(String... ids) {
        graph.object(IDENTITY, Map.of("id", "a-1", "displayName", "Agent one"))
                .collection(USERS, java.util.Arrays.stream(ids).map(id -> Map.<String, Object>of("id", id)).toList())
                .object("/v1.0/servicePrincipals/a-1", Map.of());
        for (String id : ids) {
            graph.object("/v1.0/users/" + id, Map.of("id", id));
        }
    }

    @Test
    void theConfirmationShowsEveryRequestAndNothingIsSentBeforeItNorWithWhatIf() {
        agentWithUsers("u-1", "u-2");
        RunResult asked = run(RunInput.commandLine(REMOVE));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        String base = graph.baseUrl();
        assertEquals(List.of("GET " + base + IDENTITY, "GET " + base + USERS_OF, "DELETE " + base
                + "/v1.0/users/<id of each object from GET " + USERS_OF + ">", "DELETE " + base
                + "/v1.0/servicePrincipals/a-1"), asked.request());
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation");

        RunResult whatIf = run(RunInput.commandLine(REMOVE + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");
    }

    @Test
    void eachAgentUserIsDeletedThenTheIdentity() {
        agentWithUsers("u-1", "u-2");
        RunResult done = run(RunInput.commandLine(REMOVE).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + IDENTITY, "GET " + USERS_OF, "DELETE /v1.0/users/u-1", "DELETE /v1.0/users/u-2",
                "DELETE /v1.0/servicePrincipals/a-1"), sent());
        String base = graph.baseUrl();
        assertEquals("Done: DELETE " + base + "/v1.0/users/u-1\nDone: DELETE " + base + "/v1.0/users/u-2\nDone: DELETE "
                + base + "/v1.0/servicePrincipals/a-1\n", done.text(), "each write as it was sent, ids in place");
    }

    @Test
    void anIdentityWithoutAgentUsersIsDeletedAlone() {
        // :130-133 $agentUsers stays @() when the reply has no value: the foreach sends nothing, :159 still runs
        agentWithUsers();
        RunResult done = run(RunInput.commandLine(REMOVE).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + IDENTITY, "GET " + USERS_OF, "DELETE /v1.0/servicePrincipals/a-1"), sent());
    }

    @Test
    void aFailingDeleteStopsTheRunAndSaysWhatWasChanged() {
        agentWithUsers("u-1", "u-3");
        graph.collection(USERS, List.of(Map.of("id", "u-1"), Map.of("id", "u-2"), Map.of("id", "u-3"))); // u-2's
        // DELETE answers 404 (no such object at the stand-in)
        RunResult r = run(RunInput.commandLine(REMOVE).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(List.of("GET " + IDENTITY, "GET " + USERS_OF, "DELETE /v1.0/users/u-1", "DELETE /v1.0/users/u-2"),
                sent(), "nothing after the failed step");
        String base = graph.baseUrl();
        assertTrue(r.text().contains("Status: 404"), r.text());
        assertTrue(r.text().contains("Sent and done before it (changed): DELETE " + base + "/v1.0/users/u-1. Not sent:"
                + " DELETE " + base + "/v1.0/users/u-3, DELETE " + base + "/v1.0/servicePrincipals/a-1."), r.text());
    }

    @Test
    void anIdentityThatIsNotFoundStopsTheRunBeforeAnyDelete() {
        // :118 the GET of the identity throws (caught at :172 and thrown again): nothing is deleted
        RunResult r = run(RunInput.commandLine(REMOVE).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(List.of("GET " + IDENTITY), sent());
        assertTrue(r.text().contains("nothing was changed"), r.text());
    }
}
