package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.planned;
import static dev.entrals.graph.PlannedCalls.refused;
import static dev.entrals.graph.PlannedCalls.requests;
import static dev.entrals.graph.PlannedCalls.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the form read on the branch {@code wizard}: a loop asking a person at the console, read as
 * one pass. Expectations written by hand from Add-EntraInheritablePermissionsToAgentIdentityBlueprint.ps1 and its
 * Beta twin (microsoftgraph/entra-powershell at a36be76; lines named).
 */
class BundledRequestPlannerWizardCoverageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String V1 = "Add-EntraInheritablePermissionsToAgentIdentityBlueprint";
    private static final String BETA = "Add-EntraBetaInheritablePermissionsToAgentIdentityBlueprint";
    private static final String GRAPH = "00000003-0000-0000-c000-000000000000";
    private static final String BASE = "/v1.0/applications/microsoft.graph.agentIdentityBlueprint/bp-1"
            + "/inheritablePermissions";
    /** :118-121, :126-129 the two constant objects, each added under its flag (:117, :125). */
    private static final String SCOPES = "\"inheritableScopes\":{\"@odata.type\":\"#microsoft.graph.allAllowedScopes\","
            + "\"kind\":\"allAllowed\"}";
    private static final String ROLES = "\"inheritableRoles\":{\"@odata.type\":\"#microsoft.graph.allAllowedRoles\","
            + "\"kind\":\"allAllowed\"}";

    @Test
    void getsTheInheritablePermissionsThenPatchesTheEntryOrPostsANewOne() throws Exception {
        // :48-49 $apiUrl = "$baseUri/microsoft.graph.agentIdentityBlueprint/$($AgentBlueprintId)/inheritablePermissions"
        // :103 GET $apiUrl; :150/:155 PATCH "$apiUrl/$($currentResourceAppId.ToString())" when an entry exists
        // (:136 Where-Object { $_.resourceAppId -eq … }, :147 if ($existingEntry)); else :178 POST $apiUrl
        RequestPlan plan = planned(V1, "AgentBlueprintId", "bp-1");
        String body = "{\"resourceAppId\":\"" + GRAPH + "\"," + SCOPES + "," + ROLES + "}";
        assertEquals(List.of("GET " + BASE, "PATCH " + BASE + "/" + GRAPH + " " + body), steps(plan));
        assertEquals(List.of("POST " + BASE + " " + body), requests(plan));
        assertNull(plan.lookups().get(0).match());
        assertEquals(new RequestPlan.Match(1, "value", "resourceAppId", GRAPH, true), plan.lookups().get(1).match());
        assertEquals(new RequestPlan.Match(1, "value", "resourceAppId", GRAPH, false), plan.match());
        assertTrue(plan.write());
    }

    @Test
    void theReplyChoosesThePatchOrThePost() throws Exception {
        // :135-137 an object of value whose resourceAppId is the resource (-eq: any case)
        RequestPlan plan = planned(V1, "AgentBlueprintId", "bp-1");
        var has = JSON.readTree("{\"value\":[{\"resourceAppId\":\"00000002-0000-0000-c000-000000000000\"},"
                + "{\"resourceAppId\":\"00000003-0000-0000-C000-000000000000\"}]}");
        var other = JSON.readTree("{\"value\":[{\"resourceAppId\":\"00000002-0000-0000-c000-000000000000\"}]}");
        assertTrue(plan.lookups().get(1).match().holds(has));
        assertFalse(plan.match().holds(has));
        assertFalse(plan.lookups().get(1).match().holds(other));
        assertTrue(plan.match().holds(other));
        assertTrue(plan.match().holds(JSON.readTree("{}")), "a reply without value: the POST");
    }

    @Test
    void theEnterAnswersAreTakenAndNoted() {
        // :56-71 without -ResourceAppId: Read-Host at :59, Enter gives Microsoft Graph (:70);
        // :83-86 do { Read-Host (S)copes, (R)oles, or (B)oth? [B] } — Enter gives "b" (:85); :219-223 the loop's y/n
        RequestPlan plan = planned(V1, "AgentBlueprintId", "bp-1");
        String file = "Entra/Microsoft.Entra/Applications/" + V1 + ".ps1";
        assertTrue(plan.notes().contains("-ResourceAppId is '" + GRAPH + "' when not given: the module asks for it"
                + " at a PowerShell console (Read-Host at " + file + ":59) and takes that when Enter is pressed; a run"
                + " here takes that"), plan.notes()::toString);
        assertTrue(plan.notes().contains("permChoice is the answer to the module's prompt at a PowerShell console"
                + " (Read-Host at " + file + ":84): a run here takes 'b', as Enter gives, unless permChoice=VALUE is"
                + " supplied; the module takes only s, scopes, r, roles, b, both (any case) and asks again otherwise"),
                plan.notes()::toString);
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("the module asks \"Add inheritable permissions"
                + " for another resource app? (y/n)\" after each pass of its loop (Read-Host at " + file + ":220)")),
                plan.notes()::toString);
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("up to 10 times, 10 s apart")), plan.notes()::toString);
    }

    @Test
    void anArgumentAndAnAnswerReplaceThePrompts() {
        // :56-57 -ResourceAppId bound: the first pass takes it; :87-88 "r"/"roles": inheritableRoles alone;
        // :85 the answer trimmed and lower-cased
        RequestPlan plan = planned(V1, "AgentBlueprintId", "bp-1", "ResourceAppId", "r-9", "permChoice", " Roles ");
        String body = "{\"resourceAppId\":\"r-9\"," + ROLES + "}";
        assertEquals(List.of("POST " + BASE + " " + body), requests(plan));
        assertEquals("PATCH " + BASE + "/r-9 " + body, steps(plan).get(1));
        assertEquals("r-9", plan.match().value());
        assertTrue(plan.notes().stream().noneMatch(n -> n.startsWith("permChoice") || n.startsWith("-ResourceAppId")),
                plan.notes()::toString);
        // "s": inheritableScopes alone (:87)
        assertEquals(List.of("POST " + BASE + " {\"resourceAppId\":\"" + GRAPH + "\"," + SCOPES + "}"),
                requests(planned(V1, "AgentBlueprintId", "bp-1", "permChoice", "S")));
    }

    @Test
    void anAnswerTheModuleWouldAskAgainForIsRefused() {
        // :86 } while ($permChoice -notin @("s", "scopes", "r", "roles", "b", "both"))
        String why = refused(V1, "AgentBlueprintId", "bp-1", "permChoice", "x");
        assertEquals(V1 + ": 'x' is not an answer the module takes to its prompt (Read-Host at Entra/Microsoft.Entra/"
                + "Applications/" + V1 + ".ps1:84): permChoice is one of s, scopes, r, roles, b, both (any case); at a"
                + " PowerShell console the module asks again.", why);
    }

    @Test
    void theBlueprintIdIsNeeded() {
        // :27-40 without -AgentBlueprintId: $script:CurrentAgentBlueprintId (:28) or Read-Host (:33)
        assertTrue(refused(V1).startsWith(V1 + " needs -AgentBlueprintId for a run here"), refused(V1));
    }

    @Test
    void theBetaFileTakesTheBlueprintFromTheSessionWhichIsSupplied() {
        // Beta :22-25 no parameter: $script:CurrentAgentBlueprintId only; :31-32 $apiUrl on /beta with it
        String why = refused(BETA);
        assertTrue(why.startsWith(BETA + " needs CurrentAgentBlueprintId for a run here: the module takes the value an"
                + " earlier command left in the PowerShell session (at EntraBeta/Microsoft.Entra.Beta/Applications/"
                + BETA + ".ps1:32); supply it as CurrentAgentBlueprintId=VALUE"), why);
        RequestPlan plan = planned(BETA, "CurrentAgentBlueprintId", "bp-2", "permChoice", "both");
        String base = "/beta/applications/microsoft.graph.agentIdentityBlueprint/bp-2/inheritablePermissions";
        String body = "{\"resourceAppId\":\"" + GRAPH + "\"," + SCOPES + "," + ROLES + "}";
        assertEquals(List.of("GET " + base, "PATCH " + base + "/" + GRAPH + " " + body), steps(plan));
        assertEquals(List.of("POST " + base + " " + body), requests(plan));
        assertEquals(List.of(new RequestPlanner.Answer("permChoice", "b"),
                new RequestPlanner.Answer("CurrentAgentBlueprintId", null)), PlannedCalls.PLANNER.answers(BETA));
    }
}
