package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole runs of the form read on the branch {@code bpscope}: Add-EntraScopeToAgentIdentityBlueprint.ps1 GETs the
 * application (:97), skips its write when a scope with the same value is there (:104-118), else PATCHes the same URL
 * with identifierUris and the scopes plus a new one with a new GUID (:121-141, :159). Nothing before the confirmation;
 * -WhatIf sends nothing; a failing PATCH is reported once (the module's 10 tries are one here, noted).
 */
class BundledScopeAppendRunTest extends BundledRunCase {

    private static final String PATH = "/v1.0/applications/app-1";
    private static final String LINE = "Add-EntraScopeToAgentIdentityBlueprint -AgentBlueprintId app-1"
            + " -AdminConsentDescription 'Read things' -AdminConsentDisplayName Read -Value read_things";

    private void application(List<Map<String, Object>> scopes) {
        graph.object(PATH, Map.of("id", "app-1", "api", Map.of("oauth2PermissionScopes", scopes)));
    }

    @Test
    void theConfirmationShowsTheGetAndThePatchAndNothingIsSentBeforeItNorWithWhatIf() {
        application(List.of());
        RunResult asked = run(RunInput.commandLine(LINE));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of(), graph.requests, "not even the GET is sent before the confirmation");
        String base = graph.baseUrl();
        assertEquals(List.of("GET " + base + PATH, "PATCH " + base + PATH, "{\"identifierUris\":[\"api://app-1\"],"
                + "\"api\":{\"oauth2PermissionScopes\":[\"<each item of oauth2PermissionScopes of GET " + PATH
                + ", unless one's value is the new item's: then nothing is written>\",{\"adminConsentDescription\":"
                + "\"Read things\",\"adminConsentDisplayName\":\"Read\",\"id\":\"<a new GUID>\",\"isEnabled\":true,"
                + "\"type\":\"User\",\"value\":\"read_things\"}]}}"), asked.request());
        assertFalse(asked.text().contains("Bearer"), asked.text());

        RunResult whatIf = run(RunInput.commandLine(LINE + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertTrue(whatIf.text().contains("What if: Performing the operation \"PATCH\" on target \"" + base + PATH
                + "\""), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");
    }

    @Test
    void theNewScopeIsAppendedToTheExistingOnes() throws Exception {
        Map<String, Object> old = new java.util.LinkedHashMap<>();
        old.put("id", "s-1");
        old.put("value", "old");
        old.put("isEnabled", true);
        application(List.of(old));
        RunResult done = run(RunInput.commandLine(LINE).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        List<GraphStandIn.Recorded> r = graph.requests;
        assertEquals(List.of("GET " + PATH, "PATCH " + PATH), r.stream().map(GraphStandIn.Recorded::line).toList());
        JsonNode body = GraphStandIn.JSON.readTree(r.get(1).body());
        String id = body.at("/api/oauth2PermissionScopes/1/id").asText();
        assertTrue(id.matches("[0-9a-f-]{36}"), id);
        assertEquals("{\"identifierUris\":[\"api://app-1\"],\"api\":{\"oauth2PermissionScopes\":[{\"id\":\"s-1\","
                + "\"value\":\"old\",\"isEnabled\":true},{\"adminConsentDescription\":\"Read things\","
                + "\"adminConsentDisplayName\":\"Read\",\"id\":\"" + id + "\",\"isEnabled\":true,\"type\":\"User\","
                + "\"value\":\"read_things\"}]}}", GraphStandIn.JSON.writeValueAsString(body));
        assertEquals("Done: PATCH " + graph.baseUrl() + PATH + "\n", done.text());
    }

    @Test
    void withoutTheTextsTheModulesEnterDefaultsAreSent() throws Exception {
        // :54, :64, :74 the defaults Read-Host takes on Enter
        application(List.of());
        RunResult done = run(RunInput.commandLine("Add-EntraScopeToAgentIdentityBlueprint -AgentBlueprintId app-1")
                .confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        JsonNode added = GraphStandIn.JSON.readTree(graph.requests.get(1).body()).at("/api/oauth2PermissionScopes/0");
        assertEquals("Allow the agent to act on behalf of the signed-in user",
                added.get("adminConsentDescription").asText());
        assertEquals("Access agent on behalf of user", added.get("adminConsentDisplayName").asText());
        assertEquals("access_agent_as_user", added.get("value").asText());
        assertTrue(done.notes().stream().anyMatch(n -> n.startsWith("-Value is 'access_agent_as_user' when not"
                + " given")), done.notes()::toString);
    }

    @Test
    void aScopeWithTheSameValueMeansNothingIsWrittenAndTheResultSaysSo() {
        Map<String, Object> same = new java.util.LinkedHashMap<>();
        same.put("id", "s-9");
        same.put("value", "READ_THINGS");
        application(List.of(same));
        RunResult done = run(RunInput.commandLine(LINE).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + PATH), sent(), "no PATCH");
        assertTrue(done.text().startsWith("Nothing was written: the list already holds an item whose value is the new"
                + " item's: {\"id\":\"s-9\",\"value\":\"READ_THINGS\"}"), done.text());
        assertTrue(done.text().contains("Not sent: PATCH " + graph.baseUrl() + PATH), done.text());
    }

    @Test
    void aFailingPatchIsReportedOnceAndAMissingApplicationStopsAtTheGet() {
        application(List.of());
        graph.onRequest = r -> {
            if (r.method().equals("PATCH")) {
                graph.failNext(GraphStandIn.Fault.FORBIDDEN);
            }
        };
        RunResult failed = run(RunInput.commandLine(LINE).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, failed.status(), failed.text());
        assertEquals(List.of("GET " + PATH, "PATCH " + PATH), graph.requests.stream().map(GraphStandIn.Recorded::line)
                .toList(), "one try of the PATCH");
        assertTrue(failed.text().contains("Status: 403"), failed.text());

        graph.requests.clear();
        RunResult missing = run(RunInput.commandLine(LINE.replace("app-1", "app-2")).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, missing.status(), missing.text());
        assertEquals(List.of("GET /v1.0/applications/app-2"), sent(), "no PATCH after the failed GET");
        assertTrue(missing.text().contains("nothing was changed"), missing.text());
    }

    @Test
    void withoutTheBlueprintIdNothingIsSentAndTheArgumentIsNamed() {
        RunResult r = run(RunInput.commandLine("Add-EntraBetaScopeToAgentIdentityBlueprint -Value v").confirm());
        assertEquals(RunStatus.NOT_EVALUATED, r.status(), r.text());
        assertEquals(List.of("AgentBlueprintId"), r.unevaluated());
        assertTrue(r.text().contains("without -AgentBlueprintId the module takes the value an earlier command left"),
                r.text());
        assertEquals(List.of(), graph.requests);
    }
}
