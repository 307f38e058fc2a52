package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.map;
import static dev.entrals.graph.PlannedCalls.planned;
import static dev.entrals.graph.PlannedCalls.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the form read on the branch {@code rra}: a list the code GETs, the argument's entries merged
 * into the item of the same key (else a new item appended), the whole list written back ({@link ListEdits#MERGE}),
 * in a console loop read as one pass. Expectations written by hand from
 * Add-EntraRequiredResourceAccessToAgentIdentityBlueprint.ps1 and its Beta twin (lines named).
 */
class BundledRequestPlannerRraCoverageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMMAND = "Add-EntraRequiredResourceAccessToAgentIdentityBlueprint";
    private static final String BETA = "Add-EntraBetaRequiredResourceAccessToAgentIdentityBlueprint";
    private static final String FILE = "Entra/Microsoft.Entra/Applications/" + COMMAND + ".ps1";
    private static final String GRAPH = "00000003-0000-0000-c000-000000000000";
    private static final List<Object> TWO = List.of(map("id", "e1fe6dd8", "type", "Scope"),
            map("id", "df021288", "type", "Role"));

    /** The body filled with the GET's reply, as the runner fills it. */
    private static JsonNode filled(RequestPlan plan, String reply) throws Exception {
        JsonNode r = JSON.readTree(reply);
        return JSON.readTree(StepValues.fillBody(plan.requests().get(0).body(), (n, path) -> {
            assertEquals(1, n);
            assertEquals(ListEdits.LIST + "requiredResourceAccess", path);
            return StepValues.at(r, path.substring(1));
        }));
    }

    @Test
    void getsTheListThenPatchesTheBlueprintWithTheEntriesMerged() {
        // :60 $baseUri = '/v1.0/applications'; :61 $blueprintUri = "$baseUri/microsoft.graph.agentIdentityBlueprint/…";
        // :121-122 GET "$baseUri/$AgentBlueprintId?`$select=requiredResourceAccess" (meant: $AgentBlueprintId, noted);
        // :264-278 PATCH $blueprintUri with @{ requiredResourceAccess = $existingAccess }
        RequestPlan plan = planned(COMMAND, "AgentBlueprintId", "app-1", "ResourceAppId", GRAPH, "ResourceAccess", TWO,
                "Silent", true);
        assertEquals(List.of("GET /v1.0/applications/app-1?$select=requiredResourceAccess"), PlannedCalls.steps(plan));
        GraphRequest r = plan.requests().get(0);
        assertEquals("PATCH /v1.0/applications/microsoft.graph.agentIdentityBlueprint/app-1", r.method() + " "
                + r.relativeUrl());
        assertEquals("{\"requiredResourceAccess\":[\"<each item of requiredResourceAccess of GET /v1.0/applications/app-1"
                + "?$select=requiredResourceAccess; the one whose resourceAppId is the new item's keeps its"
                + " resourceAccess with each new entry it lacks (the same id and type) added; without one the new item"
                + " is appended>\",{\"resourceAppId\":\"" + GRAPH + "\",\"resourceAccess\":[{\"id\":\"e1fe6dd8\","
                + "\"type\":\"Scope\"},{\"id\":\"df021288\",\"type\":\"Role\"}]}]}", StepValues.shown(r.body(), plan.lookups()));
        // :122 the variable $AgentBlueprintId? (PowerShell's ? in a name): the module's GET fails; noted
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("the module's URL \"$baseUri/$AgentBlueprintId?`"
                + "$select=requiredResourceAccess\" (" + FILE + ":122) names the variable $AgentBlueprintId?")
                && n.contains("asks for /v1.0/applications/$select=requiredResourceAccess and fails, and the module"
                + " goes on with no items: its write then replaces the whole list with the new item;")), plan.notes()::toString);
        // :102 the service principal's permissions feed only prompts and the result: not sent, noted
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("the module also sends GET \"v1.0/servicePrincipals?")
                && n.contains("(" + FILE + ":102)")), plan.notes()::toString);
        // :276 ten tries 10 s apart
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("up to 10 times, 10 s apart, when it fails (" + FILE + ":276")),
                plan.notes()::toString);
        // -Silent only skips the prompt after the pass (:327-336): no "not part of the request" note
        assertTrue(plan.notes().stream().noneMatch(n -> n.startsWith("-Silent is not part")), plan.notes()::toString);
    }

    @Test
    void anExistingItemOfTheResourceTakesTheNewEntriesItLacks() throws Exception {
        // :228 the first item whose resourceAppId -eq the resource; :232-241 its resourceAccess plus each new entry
        // not there with the same id and type (-eq: any case); :243-254 every such item replaced, the others kept
        RequestPlan plan = planned(COMMAND, "AgentBlueprintId", "app-1", "ResourceAppId", GRAPH, "ResourceAccess", TWO);
        JsonNode body = filled(plan, "{\"requiredResourceAccess\":[{\"resourceAppId\":\"other\",\"resourceAccess\":"
                + "[{\"id\":\"x\",\"type\":\"Role\"}]},{\"resourceAppId\":\"" + GRAPH.toUpperCase() + "\","
                + "\"resourceAccess\":[{\"id\":\"E1FE6DD8\",\"type\":\"scope\"},{\"id\":\"old\",\"type\":\"Scope\"}]}]}");
        assertEquals("{\"requiredResourceAccess\":[{\"resourceAppId\":\"other\",\"resourceAccess\":[{\"id\":\"x\","
                + "\"type\":\"Role\"}]},{\"resourceAppId\":\"" + GRAPH.toUpperCase() + "\",\"resourceAccess\":[{\"id\":"
                + "\"E1FE6DD8\",\"type\":\"scope\"},{\"id\":\"old\",\"type\":\"Scope\"},{\"id\":\"df021288\",\"type\":"
                + "\"Role\"}]}]}", body.toString());
        // :256-260 no item of the resource: a new one appended after the others
        JsonNode added = filled(plan, "{\"requiredResourceAccess\":[{\"resourceAppId\":\"other\",\"resourceAccess\":[]}]}");
        assertEquals("{\"requiredResourceAccess\":[{\"resourceAppId\":\"other\",\"resourceAccess\":[]},{\"resourceAppId\":"
                + "\"" + GRAPH + "\",\"resourceAccess\":[{\"id\":\"e1fe6dd8\",\"type\":\"Scope\"},{\"id\":\"df021288\","
                + "\"type\":\"Role\"}]}]}", added.toString());
        // :125-127 no requiredResourceAccess at all: the new item alone
        assertEquals(1, filled(plan, "{}").path("requiredResourceAccess").size());
    }

    @Test
    void withoutTheResourceTheEnterAnswerIsMicrosoftGraphAndSaidSo() throws Exception {
        // :68-83: -ResourceAppId on the first pass when given, else Read-Host (:71), Enter giving Microsoft Graph (:82)
        RequestPlan plan = planned(BETA, "AgentBlueprintId", "app-1", "ResourceAccess", List.of(map("id", "g",
                "type", "Role")), "Silent", true);
        assertEquals(List.of("GET /beta/applications/app-1?$select=requiredResourceAccess"), PlannedCalls.steps(plan));
        assertEquals(GRAPH, filled(plan, "{}").at("/requiredResourceAccess/0/resourceAppId").asText());
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("-ResourceAppId is '" + GRAPH + "' when not given:"
                + " the module asks for it at a PowerShell console (Read-Host at EntraBeta/Microsoft.Entra.Beta/"
                + "Applications/" + BETA + ".ps1:71)")), plan.notes()::toString);
        // not silent: the prompt after the pass (:332) answered n, said so
        RequestPlan asked = planned(BETA, "AgentBlueprintId", "app-1", "ResourceAccess", TWO);
        assertTrue(asked.notes().stream().anyMatch(n -> n.startsWith("-Silent skips the prompt the module asks after"
                + " each pass of its loop, \"Add required resource access for another resource app? (y/n)\"")
                && n.endsWith("a run here is one pass, as if answered n")), asked.notes()::toString);
    }

    @Test
    void withoutTheEntriesOrTheBlueprintTheCallIsRefusedNamingThePrompts() {
        // :136-221: without -ResourceAccess the first pass asks for each permission (:150-216)
        String why = refused(COMMAND, "AgentBlueprintId", "app-1", "Silent", true);
        assertTrue(why.startsWith(COMMAND + " needs -ResourceAccess for a run here: without it the module asks for"
                + " the entries at a PowerShell console instead (6 prompts, Read-Host at " + FILE + ":150 to line 216),"
                + " which a run here cannot answer"), why);
        // :33-44 $script:CurrentAgentBlueprintId, else Read-Host
        String blueprint = refused(COMMAND, "ResourceAccess", TWO);
        assertTrue(blueprint.startsWith(COMMAND + " needs -AgentBlueprintId for a run here"), blueprint);
        assertTrue(blueprint.contains("$script:CurrentAgentBlueprintId at " + FILE + ":34"), blueprint);
    }

    @Test
    void anEmptyListOfEntriesStopsBeforeTheWrite() {
        // :51-53 (-Silent) and :136 (an empty list is false): the module asks instead; nothing written here
        RequestPlan plan = planned(COMMAND, "AgentBlueprintId", "app-1", "ResourceAccess", List.of());
        ListEdits.Stopped stop = assertThrows(ListEdits.Stopped.class, () -> filled(plan, "{}"));
        assertTrue(stop.getMessage().startsWith("-ResourceAccess holds no entry"), stop.getMessage());
    }
}
