package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.planned;
import static dev.entrals.graph.PlannedCalls.refused;
import static dev.entrals.graph.PlannedCalls.requests;
import static dev.entrals.graph.PlannedCalls.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the form read on the branch {@code blueprint}: a write whose list arguments the code checks
 * first, value by value, its prompts run only without the arguments. Expectations written by hand from
 * New-EntraAgentIdentityBlueprint.ps1, New-EntraAgentIDForAgentIdentityBlueprint.ps1 and their Beta twins
 * (microsoftgraph/entra-powershell; lines named).
 */
class BundledRequestPlannerBlueprintCoverageTest {

    private static final String BP = "New-EntraAgentIdentityBlueprint";
    private static final String BP_BETA = "New-EntraBetaAgentIdentityBlueprint";
    private static final String AGENT = "New-EntraAgentIDForAgentIdentityBlueprint";
    private static final String AGENT_BETA = "New-EntraBetaAgentIDForAgentIdentityBlueprint";
    private static final String USER = "$select=id,displayName,userPrincipalName";
    private static final String G = "https://graph.microsoft.com/v1.0/";
    /** :219-249 displayName, then sponsors (users then groups, :227-237) and owners (:243-248), bound by URL. */
    private static final String BODY = "{\"displayName\":\"Bp\",\"sponsors@odata.bind\":[\"" + G + "users/u-1\",\"" + G
            + "users/u-2\",\"" + G + "groups/g-1\"],\"owners@odata.bind\":[\"" + G + "users/u-3\"]}";

    private static Object[] all(Object... more) {
        List<Object> out = new java.util.ArrayList<>(List.of("DisplayName", "Bp", "SponsorUserIds", List.of("u-1", "u-2"),
                "SponsorGroupIds", List.of("g-1"), "OwnerUserIds", List.of("u-3")));
        out.addAll(List.of(more));
        return out.toArray();
    }

    @Test
    void eachValueIsCheckedThenTheBlueprintIsPosted() {
        // :145 GET "v1.0/users/$currentId`?`$select=id,displayName,userPrincipalName" per sponsor user (:140),
        // :172 GET "v1.0/groups/$id`?`$select=id,displayName" per group (:170), :193 per owner (:188);
        // :256 POST "$baseUri/graph.agentIdentityBlueprint", $baseUri = '/v1.0/applications' (:37)
        RequestPlan plan = planned(BP, all());
        assertEquals(List.of("GET /v1.0/users/u-1?" + USER, "GET /v1.0/users/u-2?" + USER,
                "GET /v1.0/groups/g-1?$select=id,displayName", "GET /v1.0/users/u-3?" + USER), steps(plan));
        assertEquals(List.of("POST /v1.0/applications/graph.agentIdentityBlueprint " + BODY), requests(plan));
        assertTrue(plan.write());
        String file = "Entra/Microsoft.Entra/Applications/" + BP + ".ps1";
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("the module checks each value of -SponsorUserIds"
                + " with GET /v1.0/users/<value> before the write (" + file + ":145)") && n.contains("(Read-Host at "
                + file + ":157), where the run stops")), plan.notes()::toString);
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("(Write-Warning at " + file + ":182)")),
                plan.notes()::toString);
        assertEquals(List.of(new ModuleVariables.Kept("script:CurrentAgentBlueprintId", "id", null, file + ":268"),
                new ModuleVariables.Kept("script:CurrentAgentBlueprintAppId", "appId", null, file + ":269")),
                PlannedCalls.PLANNER.variables(BP).keeps(), "what the module keeps for its later commands, from the reply");
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("the module outputs only the new object's id"
                + " ($AgentBlueprintId, " + file + ":272)")), plan.notes()::toString);
        assertTrue(plan.notes().stream().anyMatch(n -> n.startsWith("the module first sends GET /v1.0/users?$filter="
                + "userPrincipalName eq") && n.contains(file + ":48")), plan.notes()::toString);
        assertTrue(plan.notes().stream().noneMatch(n -> n.contains("is needed for a run here")), plan.notes()::toString);
    }

    @Test
    void groupsAloneAreSponsorsAndOneValueIsAList() {
        // :62-63 sponsors are users or groups; :224 the sponsors property when either list has items
        RequestPlan plan = planned(BP_BETA, "DisplayName", "Bp", "SponsorGroupIds", "g-1", "OwnerUserIds", "u-3");
        assertEquals(List.of("GET /v1.0/groups/g-1?$select=id,displayName", "GET /v1.0/users/u-3?" + USER),
                steps(plan)); // the Beta file checks on v1.0 too (:172, :193)
        assertEquals(List.of("POST /beta/applications/graph.agentIdentityBlueprint {\"displayName\":\"Bp\","
                + "\"sponsors@odata.bind\":[\"" + G + "groups/g-1\"],\"owners@odata.bind\":[\"" + G + "users/u-3\"]}"),
                requests(plan));
    }

    @Test
    void withoutSponsorsOrOwnersTheModuleAsksSoTheCallIsRefused() {
        // :65 while (-not $hasSponsors) { Read-Host … :68 }; :109 if (-not ($OwnerUserIds -and …)) { Read-Host :111 }
        String file = "Entra/Microsoft.Entra/Applications/" + BP + ".ps1";
        String noSponsor = refused(BP, "DisplayName", "Bp", "OwnerUserIds", "u-3");
        assertTrue(noSponsor.contains("needs -SponsorUserIds or -SponsorGroupIds for a run here: without it the module"
                + " asks for them at a PowerShell console until one has items (Read-Host at " + file + ":68, in a loop"
                + " at " + file + ":65)"), noSponsor);
        String noOwner = refused(BP, "DisplayName", "Bp", "SponsorUserIds", "u-1");
        assertTrue(noOwner.contains("needs -OwnerUserIds for a run here: without it the module asks for it at a"
                + " PowerShell console (Read-Host at " + file + ":111)"), noOwner);
    }

    @Test
    void theAgentIdentityNamesItsBlueprintAndIsPostedOnce() {
        // :240-241 displayName, AgentIdentityBlueprintId = $script:CurrentAgentBlueprintId (set from the parameter,
        // :56); :293 POST "$baseUri/Microsoft.Graph.AgentIdentity", $baseUri = '/v1.0/servicePrincipals' (:61)
        RequestPlan plan = planned(AGENT, all("AgentIdentityBlueprintId", "bp-1"));
        assertEquals(4, steps(plan).size());
        assertEquals(List.of("POST /v1.0/servicePrincipals/Microsoft.Graph.AgentIdentity " + BODY.replace(
                "\"displayName\":\"Bp\",", "\"displayName\":\"Bp\",\"AgentIdentityBlueprintId\":\"bp-1\",")),
                requests(plan));
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("up to 10 times, 10 s apart")), plan.notes()::toString);
        assertEquals(List.of("script:CurrentAgentBlueprintId = -AgentIdentityBlueprintId",
                "script:CurrentAgentIdentityId = id", "script:CurrentAgentIdentityAppId = appId",
                "global:EntraCurrentAgentIdentityId = id"), PlannedCalls.PLANNER.variables(AGENT).keeps().stream().map(k ->
                k.variable() + " = " + (k.param() != null ? "-" + k.param() : k.property())).toList());
        RequestPlan beta = planned(AGENT_BETA, all("AgentIdentityBlueprintId", "bp-1"));
        assertTrue(requests(beta).get(0).startsWith("POST /beta/servicePrincipals/Microsoft.Graph.AgentIdentity "),
                requests(beta)::toString);
    }

    @Test
    void withoutTheBlueprintTheModuleTakesTheSessionsOrAsks() {
        // :39-49 without -AgentIdentityBlueprintId: $script:CurrentAgentBlueprintId (:40) or Read-Host (:45)
        String why = refused(AGENT, all());
        String file = "Entra/Microsoft.Entra/Applications/" + AGENT + ".ps1";
        assertTrue(why.contains("needs -AgentIdentityBlueprintId for a run here: without it the module takes the value"
                + " an earlier command left in the PowerShell session ($script:CurrentAgentBlueprintId at " + file
                + ":40) or asks for it at a PowerShell console (Read-Host at " + file + ":45)"), why);
    }
}
