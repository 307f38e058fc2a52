package dev.entrals.graph;

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
 * The bundled table for the form read on the branch {@code bpscope}: a list the code GETs, a new item appended unless
 * one with the same key is there, the whole list written back ({@link ListEdits#ADD}), and prompts with a default
 * taken on Enter. Expectations written by hand from Add-EntraScopeToAgentIdentityBlueprint.ps1 and its Beta twin
 * (microsoftgraph/entra-powershell at a36be76; lines named).
 */
class BundledRequestPlannerBpscopeCoverageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = "Applications/Add-EntraScopeToAgentIdentityBlueprint.ps1";

    /** The body filled with the GET's reply, as the runner fills it. */
    private static String filled(RequestPlan plan, String reply) throws Exception {
        JsonNode r = JSON.readTree(reply);
        return StepValues.fillBody(plan.requests().get(0).body(), (n, path) -> {
            assertEquals(1, n);
            assertEquals(ListEdits.LIST + "api.oauth2PermissionScopes", path);
            return StepValues.at(r, path.substring(1));
        });
    }

    @Test
    void getsTheApplicationThenPatchesItsScopesWithTheNewOneAppended() throws Exception {
        // :87 $baseUri = '/v1.0/applications'; :97 GET "$baseUri/$AgentBlueprintId"; :159 PATCH the same URI
        RequestPlan plan = planned("Add-EntraScopeToAgentIdentityBlueprint", "AgentBlueprintId", "app-1",
                "AdminConsentDescription", "Read things", "AdminConsentDisplayName", "Read", "Value", "read_things");
        assertEquals(List.of("GET /v1.0/applications/app-1"), PlannedCalls.steps(plan));
        GraphRequest r = plan.requests().get(0);
        assertEquals("PATCH /v1.0/applications/app-1", r.method() + " " + r.relativeUrl());
        // :136-141 identifierUris = @("api://$AgentBlueprintId"), api.oauth2PermissionScopes = $mergedScopes;
        // :124-131 the new scope: description, display name, id (a new GUID, :121), isEnabled, type "User", value
        assertEquals("{\"identifierUris\":[\"api://app-1\"],\"api\":{\"oauth2PermissionScopes\":[\"<each item of"
                + " oauth2PermissionScopes of GET /v1.0/applications/app-1, unless one's value is the new item's: then"
                + " nothing is written>\",{\"adminConsentDescription\":\"Read things\",\"adminConsentDisplayName\":"
                + "\"Read\",\"id\":\"<a new GUID>\",\"isEnabled\":true,\"type\":\"User\",\"value\":\"read_things\"}]}}",
                StepValues.shown(r.body(), plan.lookups()));
        // :99-101 the existing scopes kept as they are, :132 the new one after them
        String body = filled(plan, "{\"id\":\"app-1\",\"api\":{\"oauth2PermissionScopes\":[{\"id\":\"s-1\","
                + "\"value\":\"old\",\"type\":\"Admin\"}]}}");
        JsonNode b = JSON.readTree(body);
        assertEquals("{\"id\":\"s-1\",\"value\":\"old\",\"type\":\"Admin\"}",
                b.at("/api/oauth2PermissionScopes/0").toString());
        JsonNode added = b.at("/api/oauth2PermissionScopes/1");
        assertTrue(added.get("id").asText().matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"),
                body);
        assertEquals("read_things", added.get("value").asText());
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("up to 10 times, 10 s apart")), plan.notes()::toString);
        // an application without api: an empty list, the new scope alone (:98-102)
        assertEquals(1, JSON.readTree(filled(plan, "{\"id\":\"app-1\"}")).at("/api/oauth2PermissionScopes").size());
    }

    @Test
    void aScopeWithTheSameValueMeansNothingIsWritten() {
        // :104-118 Where-Object { $_.value -eq $Value }: the module warns, skips its PATCH and returns that scope
        RequestPlan plan = planned("Add-EntraBetaScopeToAgentIdentityBlueprint", "AgentBlueprintId", "app-1",
                "Value", "Access_Agent_As_User");
        assertEquals("PATCH /beta/applications/app-1", plan.requests().get(0).method() + " "
                + plan.requests().get(0).relativeUrl());
        ListEdits.Unchanged same = assertThrows(ListEdits.Unchanged.class, () -> filled(plan,
                "{\"api\":{\"oauth2PermissionScopes\":[{\"id\":\"s-9\",\"value\":\"access_agent_as_user\"}]}}"));
        assertTrue(same.getMessage().contains("whose value is the new item's: {\"id\":\"s-9\""), same.getMessage());
    }

    @Test
    void missingTextsTakeTheModulesEnterDefaultsAndSaySo() throws Exception {
        // :53-61, :63-71, :73-81: Read-Host with "press Enter to use '…'"; the default taken on an empty answer
        RequestPlan plan = planned("Add-EntraScopeToAgentIdentityBlueprint", "AgentBlueprintId", "app-1");
        JsonNode added = JSON.readTree(filled(plan, "{}")).at("/api/oauth2PermissionScopes/0");
        assertEquals("Allow the agent to act on behalf of the signed-in user",
                added.get("adminConsentDescription").asText());
        assertEquals("Access agent on behalf of user", added.get("adminConsentDisplayName").asText());
        assertEquals("access_agent_as_user", added.get("value").asText());
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("-Value is 'access_agent_as_user' when not given:"
                + " the module asks for it at a PowerShell console (Read-Host at Entra/Microsoft.Entra/" + FILE + ":76)"
                + " and takes that when Enter is pressed")), plan.notes()::toString);
        // given, the note is not shown
        RequestPlan given = planned("Add-EntraScopeToAgentIdentityBlueprint", "AgentBlueprintId", "app-1", "Value", "v");
        assertTrue(given.notes().stream().noneMatch(n -> n.startsWith("-Value is ")), given.notes()::toString);
    }

    @Test
    void withoutTheBlueprintIdTheCallIsRefusedNamingIt() {
        // :35-49 $script:CurrentAgentBlueprintId, else Read-Host "Enter the Agent Identity Blueprint ID"
        String why = refused("Add-EntraScopeToAgentIdentityBlueprint", "Value", "v");
        assertTrue(why.startsWith("Add-EntraScopeToAgentIdentityBlueprint needs -AgentBlueprintId for a run here:"),
                why);
        assertTrue(why.contains("$script:CurrentAgentBlueprintId at Entra/Microsoft.Entra/" + FILE + ":36"), why);
    }
}
