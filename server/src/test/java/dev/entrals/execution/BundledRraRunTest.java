package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole runs of the form read on the branch {@code rra}: Add-EntraRequiredResourceAccessToAgentIdentityBlueprint.ps1
 * GETs the application's requiredResourceAccess (:121-122, its URL as evidently meant), merges -ResourceAccess into
 * the item of the resource or appends a new one (:228-261) and PATCHes the blueprint with the whole list (:264-278).
 * Nothing before the confirmation; -WhatIf sends nothing; a failing step stops and says what was not sent.
 */
class BundledRraRunTest extends BundledRunCase {

    private static final String GRAPH = "00000003-0000-0000-c000-000000000000";
    private static final String APP = "/v1.0/applications/bp-1";
    private static final String BLUEPRINT = "/v1.0/applications/microsoft.graph.agentIdentityBlueprint/bp-1";
    private static final String LINE = "Add-EntraRequiredResourceAccessToAgentIdentityBlueprint -AgentBlueprintId bp-1"
            + " -ResourceAccess @(@{id='e1fe6dd8';type='Scope'}, @{id='df021288';type='Role'}) -Silent";

    /** The application with these requiredResourceAccess items, and the blueprint's PATCH (204). */
    private void application(List<Map<String, Object>> items) {
        graph.object(APP, Map.of("id", "bp-1", "requiredResourceAccess", items));
        graph.object(BLUEPRINT, Map.of("id", "bp-1"));
    }

    private static Map<String, Object> item(String resource, Map<String, Object>... access) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("resourceAppId", resource);
        out.put("resourceAccess", List.of(access));
        return out;
    }

    private static Map<String, Object> access(String id, String type) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("id", id);
        out.put("type", type);
        return out;
    }

    @Test
    void theConfirmationShowsTheGetAndThePatchAndNothingIsSentBeforeItNorWithWhatIf() {
        application(List.of());
        RunResult asked = run(RunInput.commandLine(LINE));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of(), graph.requests, "not even the GET is sent before the confirmation");
        String base = graph.baseUrl();
        assertEquals(List.of("GET " + base + APP + "?$select=requiredResourceAccess", "PATCH " + base + BLUEPRINT,
                "{\"requiredResourceAccess\":[\"<each item of requiredResourceAccess of GET " + APP + "?$select="
                        + "requiredResourceAccess; the one whose resourceAppId is the new item's keeps its resourceAccess"
                        + " with each new entry it lacks (the same id and type) added; without one the new item is"
                        + " appended>\",{\"resourceAppId\":\"" + GRAPH + "\",\"resourceAccess\":[{\"id\":\"e1fe6dd8\","
                        + "\"type\":\"Scope\"},{\"id\":\"df021288\",\"type\":\"Role\"}]}]}"), asked.request());
        assertTrue(asked.notes().stream().anyMatch(n -> n.startsWith("-ResourceAppId is '" + GRAPH + "' when not"
                + " given")), asked.notes()::toString);

        RunResult whatIf = run(RunInput.commandLine(LINE + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertTrue(whatIf.text().contains("What if: Performing the operation \"PATCH\" on target \"" + base + BLUEPRINT
                + "\""), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");
    }

    @Test
    void theEntriesAreMergedIntoTheResourcesItemWithoutDuplicatesAndTheOthersKept() {
        application(List.of(item("00000002-0000-0000-c000-000000000000", access("x-1", "Role")),
                item(GRAPH.toUpperCase(java.util.Locale.ROOT), access("E1FE6DD8", "scope"), access("old", "Scope"))));
        RunResult done = run(RunInput.commandLine(LINE).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + APP + "?$select=requiredResourceAccess", "PATCH " + BLUEPRINT
                + " {\"requiredResourceAccess\":[{\"resourceAppId\":\"00000002-0000-0000-c000-000000000000\","
                + "\"resourceAccess\":[{\"id\":\"x-1\",\"type\":\"Role\"}]},{\"resourceAppId\":\"" + GRAPH.toUpperCase(
                java.util.Locale.ROOT) + "\",\"resourceAccess\":[{\"id\":\"E1FE6DD8\",\"type\":\"scope\"},{\"id\":"
                + "\"old\",\"type\":\"Scope\"},{\"id\":\"df021288\",\"type\":\"Role\"}]}]}"), sent());
    }

    @Test
    void anotherResourceIsAppendedAsANewItem() {
        application(List.of(item(GRAPH, access("old", "Scope"))));
        String other = "00000002-0000-0000-c000-000000000000";
        RunResult done = run(RunInput.commandLine(LINE.replace("-Silent", "-ResourceAppId " + other)).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals("PATCH " + BLUEPRINT + " {\"requiredResourceAccess\":[{\"resourceAppId\":\"" + GRAPH + "\","
                + "\"resourceAccess\":[{\"id\":\"old\",\"type\":\"Scope\"}]},{\"resourceAppId\":\"" + other + "\","
                + "\"resourceAccess\":[{\"id\":\"e1fe6dd8\",\"type\":\"Scope\"},{\"id\":\"df021288\",\"type\":"
                + "\"Role\"}]}]}", sent().get(1));
        // not -Silent: the prompt after the pass is answered n, said so
        assertTrue(done.notes().stream().anyMatch(n -> n.startsWith("-Silent skips the prompt")), done.notes()::toString);
    }

    @Test
    void aFailingGetStopsBeforeTheWriteAndAFailingPatchIsReported() {
        RunResult missing = run(RunInput.commandLine(LINE).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, missing.status(), missing.text());
        assertEquals(List.of("GET " + APP + "?$select=requiredResourceAccess"), sent(), "no PATCH after the failed GET");
        assertTrue(missing.text().contains("nothing was changed"), missing.text());

        graph.requests.clear();
        application(List.of());
        graph.onRequest = r -> {
            if (r.method().equals("PATCH")) {
                graph.failNext(GraphStandIn.Fault.FORBIDDEN);
            }
        };
        RunResult failed = run(RunInput.commandLine(LINE).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, failed.status(), failed.text());
        assertEquals(2, graph.requests.size(), "one try of the PATCH");
        assertTrue(failed.text().contains("Status: 403"), failed.text());
    }

    @Test
    void withoutTheEntriesNothingIsSentAndThePromptsAreNamed() {
        RunResult r = run(RunInput.commandLine("Add-EntraBetaRequiredResourceAccessToAgentIdentityBlueprint"
                + " -AgentBlueprintId bp-1 -Silent").confirm());
        assertEquals(RunStatus.NOT_EVALUATED, r.status(), r.text());
        assertEquals(List.of("ResourceAccess"), r.unevaluated());
        assertTrue(r.text().contains("without -ResourceAccess the module asks for the"
                + " entries at a PowerShell console instead (6 prompts, Read-Host at EntraBeta/Microsoft.Entra.Beta/"
                + "Applications/Add-EntraBetaRequiredResourceAccessToAgentIdentityBlueprint.ps1:150 to line 216)"), r.text());
        assertEquals(List.of(), graph.requests);

        // the entries supplied (--arg ResourceAccess=@(…), an input box): the same plan as written on the line
        String without = LINE.replace(" -ResourceAccess @(@{id='e1fe6dd8';type='Scope'}, @{id='df021288';type='Role'})",
                "");
        RunResult supplied = run(new RunInput(without, 0, without.length(), Map.of("ResourceAccess",
                "@(@{id='e1fe6dd8';type='Scope'}, @{id='df021288';type='Role'})"), false, false, ResultFormat.AUTO, 0));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, supplied.status(), supplied.text());
        assertEquals(run(RunInput.commandLine(LINE)).request(), supplied.request());
        assertEquals(List.of(), graph.requests);

        RunResult empty = run(RunInput.commandLine("Add-EntraRequiredResourceAccessToAgentIdentityBlueprint"
                + " -AgentBlueprintId bp-1 -ResourceAccess @()").confirm());
        assertFalse(empty.status() == RunStatus.OK, empty.text());
        assertFalse(graph.requests.stream().anyMatch(x -> x.method().equals("PATCH")), "nothing written");
    }
}
