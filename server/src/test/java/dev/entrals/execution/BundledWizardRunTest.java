package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole runs of the form read on the branch {@code wizard}: Add-EntraInheritablePermissionsToAgentIdentityBlueprint.ps1
 * asks at the console in a loop (read as one pass, its prompts answered by Enter or by supplied values), GETs the
 * blueprint's inheritable permissions (:103), then PATCHes the resource's entry when there is one (:155) or POSTs a
 * new one (:178). Nothing before the confirmation; -WhatIf sends nothing and shows both writes; a failing step stops.
 */
class BundledWizardRunTest extends BundledRunCase {

    private static final String GRAPH = "00000003-0000-0000-c000-000000000000";
    private static final String PATH = "/v1.0/applications/microsoft.graph.agentIdentityBlueprint/bp-1"
            + "/inheritablePermissions";
    private static final String LINE = "Add-EntraInheritablePermissionsToAgentIdentityBlueprint -AgentBlueprintId bp-1";
    private static final String BOTH = "{\"resourceAppId\":\"" + GRAPH + "\",\"inheritableScopes\":{\"@odata.type\":"
            + "\"#microsoft.graph.allAllowedScopes\",\"kind\":\"allAllowed\"},\"inheritableRoles\":{\"@odata.type\":"
            + "\"#microsoft.graph.allAllowedRoles\",\"kind\":\"allAllowed\"}}";

    /** The blueprint's inheritable permissions (GET), a POST's 201 there, and a PATCH of Graph's entry. */
    private void blueprint(List<Map<String, Object>> entries) {
        graph.collection(PATH, entries);
        graph.object(PATH, Map.of("resourceAppId", GRAPH));
        graph.object(PATH + "/" + GRAPH, Map.of("resourceAppId", GRAPH));
    }

    /** The requests the stand-in received, as {@code METHOD path}. */
    private List<String> lines() {
        return graph.requests.stream().map(GraphStandIn.Recorded::line).toList();
    }

    private static RunInput supplied(String line, Map<String, String> values) {
        return new RunInput(line, 0, line.length(), values, true, false, null, 0);
    }

    @Test
    void theConfirmationShowsTheGetAndBothWritesAndNothingIsSentBeforeItNorWithWhatIf() {
        blueprint(List.of());
        RunResult asked = run(RunInput.commandLine(LINE));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of(), graph.requests, "not even the GET is sent before the confirmation");
        String base = graph.baseUrl();
        assertEquals(List.of("GET " + base + PATH,
                "PATCH " + base + PATH + "/" + GRAPH + "   (sent only if the reply of GET " + PATH + " has an object in"
                        + " value whose resourceAppId is " + GRAPH + ")", BOTH,
                "POST " + base + PATH + "   (sent only if the reply of GET " + PATH + " has no object in value whose"
                        + " resourceAppId is " + GRAPH + ")", BOTH), asked.request());
        assertTrue(asked.notes().stream().anyMatch(n -> n.startsWith("permChoice is the answer")), asked.notes()::toString);

        RunResult whatIf = run(RunInput.commandLine(LINE + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertTrue(whatIf.text().contains("What if: Performing the operation \"PATCH\" on target \"" + base + PATH + "/"
                + GRAPH + "\""), whatIf.text());
        assertTrue(whatIf.text().contains("What if: Performing the operation \"POST\" on target \"" + base + PATH
                + "\""), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");
    }

    @Test
    void withoutAnEntryForTheResourceTheGetThenThePost() {
        blueprint(List.of(Map.of("resourceAppId", "00000002-0000-0000-c000-000000000000")));
        RunResult done = run(RunInput.commandLine(LINE).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + PATH, "POST " + PATH), lines());
        assertEquals(BOTH, graph.requests.get(1).body());
    }

    @Test
    void anEntryForTheResourceInAnyCaseIsPatched() {
        blueprint(List.of(Map.of("resourceAppId", GRAPH.toUpperCase(java.util.Locale.ROOT))));
        RunResult done = run(RunInput.commandLine(LINE).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + PATH, "PATCH " + PATH + "/" + GRAPH), lines(), "no POST");
        assertEquals(BOTH, graph.requests.get(1).body());
        assertEquals("Done: PATCH " + graph.baseUrl() + PATH + "/" + GRAPH + "\n", done.text());
    }

    @Test
    void suppliedAnswersReplaceTheEnterOnesAndAnAnswerTheModuleAsksAgainForIsRefused() {
        blueprint(List.of());
        RunResult roles = run(supplied(LINE, Map.of("permChoice", "R")));
        assertEquals(RunStatus.OK, roles.status(), roles.text());
        assertEquals("{\"resourceAppId\":\"" + GRAPH + "\",\"inheritableRoles\":{\"@odata.type\":"
                + "\"#microsoft.graph.allAllowedRoles\",\"kind\":\"allAllowed\"}}", graph.requests.get(1).body());

        graph.requests.clear();
        RunResult wrong = run(supplied(LINE, Map.of("permChoice", "x")));
        assertEquals(RunStatus.UNSUPPORTED, wrong.status(), wrong.text());
        assertTrue(wrong.text().contains("'x' is not an answer the module takes to its prompt"), wrong.text());
        assertTrue(wrong.text().contains("permChoice is one of s, scopes, r, roles, b, both"), wrong.text());
        assertEquals(List.of(), graph.requests);

        RunResult unknown = run(supplied(LINE, Map.of("permChoise", "s")));
        assertEquals(RunStatus.NOT_EVALUATED, unknown.status(), unknown.text());
        assertTrue(unknown.text().contains("The supplied argument 'permChoise' matches no parameter"), unknown.text());
        assertEquals(List.of(), graph.requests);
    }

    @Test
    void theBetaBlueprintFromTheSessionIsAskedForThenSent() {
        String line = "Add-EntraBetaInheritablePermissionsToAgentIdentityBlueprint -ResourceAppId r-9";
        RunResult asked = run(RunInput.commandLine(line).confirm());
        assertEquals(RunStatus.NOT_EVALUATED, asked.status(), asked.text());
        assertTrue(asked.text().contains("CurrentAgentBlueprintId"), asked.text());
        assertEquals(List.of(), graph.requests);

        String beta = "/beta/applications/microsoft.graph.agentIdentityBlueprint/bp-2/inheritablePermissions";
        graph.collection(beta, List.of());
        graph.object(beta, Map.of("resourceAppId", "r-9"));
        RunResult done = run(supplied(line, Map.of("CurrentAgentBlueprintId", "bp-2", "permChoice", "scopes")));
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + beta, "POST " + beta), lines());
        assertEquals("{\"resourceAppId\":\"r-9\",\"inheritableScopes\":{\"@odata.type\":"
                + "\"#microsoft.graph.allAllowedScopes\",\"kind\":\"allAllowed\"}}", graph.requests.get(1).body());
    }

    @Test
    void aFailingGetStopsBeforeAnyWriteAndAFailingWriteIsReported() {
        RunResult missing = run(RunInput.commandLine(LINE).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, missing.status(), missing.text());
        assertEquals(List.of("GET " + PATH), lines(), "no write after the failed GET");
        assertTrue(missing.text().contains("nothing was changed"), missing.text());

        graph.requests.clear();
        blueprint(List.of());
        graph.onRequest = r -> {
            if (r.method().equals("POST")) {
                graph.failNext(GraphStandIn.Fault.FORBIDDEN);
            }
        };
        RunResult failed = run(RunInput.commandLine(LINE).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, failed.status(), failed.text());
        assertEquals(List.of("GET " + PATH, "POST " + PATH), lines(), "one try of the POST");
        assertTrue(failed.text().contains("Status: 403"), failed.text());

        graph.requests.clear();
        blueprint(List.of(Map.of("resourceAppId", GRAPH)));
        graph.onRequest = r -> {
            if (r.method().equals("PATCH")) {
                graph.failNext(GraphStandIn.Fault.FORBIDDEN);
            }
        };
        RunResult patch = run(RunInput.commandLine(LINE).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, patch.status(), patch.text());
        assertEquals(List.of("GET " + PATH, "PATCH " + PATH + "/" + GRAPH), lines());
        assertTrue(patch.text().contains("Nothing was changed."), patch.text());
        assertFalse(patch.text().contains("POST"), "the POST was never to be sent: " + patch.text());
    }
}
