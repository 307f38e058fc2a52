package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole runs of the form read on the branch {@code blueprint}: New-EntraAgentIdentityBlueprint.ps1 checks each
 * sponsor user (:145), sponsor group (:172) and owner (:193) with a GET, then POSTs the blueprint (:256) binding
 * them; New-EntraAgentIDForAgentIdentityBlueprint.ps1 likewise (:165, :192, :213) then POSTs the agent identity
 * (:293). Nothing before the confirmation; -WhatIf sends nothing; a failing check stops before the write.
 */
class BundledBlueprintRunTest extends BundledRunCase {

    private static final String LINE = "New-EntraAgentIdentityBlueprint -DisplayName Bp -SponsorUserIds u-1,u-2"
            + " -SponsorGroupIds g-1 -OwnerUserIds u-3";
    private static final String USER = "?$select=id,displayName,userPrincipalName";
    private static final String BLUEPRINTS = "/v1.0/applications/graph.agentIdentityBlueprint";
    private static final String G = "https://graph.microsoft.com/v1.0/";
    private static final String BODY = "{\"displayName\":\"Bp\",\"sponsors@odata.bind\":[\"" + G + "users/u-1\",\"" + G
            + "users/u-2\",\"" + G + "groups/g-1\"],\"owners@odata.bind\":[\"" + G + "users/u-3\"]}";
    private static final List<String> CHECKS = List.of("GET /v1.0/users/u-1" + USER, "GET /v1.0/users/u-2" + USER,
            "GET /v1.0/groups/g-1?$select=id,displayName", "GET /v1.0/users/u-3" + USER);

    /** The users and the group the checks find, and the new blueprint's reply. */
    private void tenant() {
        for (String u : List.of("u-1", "u-2", "u-3")) {
            graph.object("/v1.0/users/" + u, Map.of("id", u, "displayName", "User " + u));
        }
        graph.object("/v1.0/groups/g-1", Map.of("id", "g-1", "displayName", "Group"));
        graph.object(BLUEPRINTS, Map.of("id", "bp-new", "appId", "app-new", "displayName", "Bp"));
    }

    @Test
    void theConfirmationShowsEveryCheckAndTheWriteAndNothingIsSentBeforeItNorWithWhatIf() {
        tenant();
        RunResult asked = run(RunInput.commandLine(LINE));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of(), graph.requests, "not even a check is sent before the confirmation");
        String base = graph.baseUrl();
        assertEquals(List.of("GET " + base + "/v1.0/users/u-1" + USER, "GET " + base + "/v1.0/users/u-2" + USER,
                "GET " + base + "/v1.0/groups/g-1?$select=id,displayName", "GET " + base + "/v1.0/users/u-3" + USER,
                "POST " + base + BLUEPRINTS, BODY), asked.request());
        assertTrue(asked.notes().stream().noneMatch(n -> n.contains("keeps nothing")), asked.notes()::toString);

        RunResult whatIf = run(RunInput.commandLine(LINE + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertTrue(whatIf.text().contains("What if: Performing the operation \"POST\" on target \"" + base + BLUEPRINTS
                + "\""), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");
    }

    @Test
    void confirmedTheChecksThenThePostAndTheReplyShowsTheNewId() {
        tenant();
        RunResult done = run(RunInput.commandLine(LINE).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        List<String> expected = new java.util.ArrayList<>(CHECKS);
        expected.add("POST " + BLUEPRINTS + " " + BODY);
        assertEquals(expected, sent());
        assertTrue(done.text().contains("bp-new"), done.text());
    }

    @Test
    void theAgentIdentityNamesItsBlueprint() {
        tenant();
        graph.object("/beta/servicePrincipals/Microsoft.Graph.AgentIdentity", Map.of("id", "agent-1"));
        RunResult done = run(RunInput.commandLine("New-EntraBetaAgentIDForAgentIdentityBlueprint -DisplayName Bp"
                + " -AgentIdentityBlueprintId bp-new -SponsorGroupIds g-1 -OwnerUserIds u-3").confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET /v1.0/groups/g-1?$select=id,displayName", "GET /v1.0/users/u-3" + USER,
                "POST /beta/servicePrincipals/Microsoft.Graph.AgentIdentity {\"displayName\":\"Bp\","
                        + "\"AgentIdentityBlueprintId\":\"bp-new\",\"sponsors@odata.bind\":[\"" + G + "groups/g-1\"],"
                        + "\"owners@odata.bind\":[\"" + G + "users/u-3\"]}"), sent());
    }

    @Test
    void withoutOwnersOrTheBlueprintNothingIsSentAndTheArgumentIsAskedFor() {
        // the module asks for the owners at its console (:111) and takes the blueprint its session keeps: asked here
        RunResult noOwner = run(RunInput.commandLine("New-EntraAgentIdentityBlueprint -DisplayName Bp"
                + " -SponsorUserIds u-1").confirm());
        assertEquals(RunStatus.NOT_EVALUATED, noOwner.status(), noOwner.text());
        assertEquals(List.of("OwnerUserIds"), noOwner.unevaluated());
        RunResult noBlueprint = run(RunInput.commandLine("New-EntraAgentIDForAgentIdentityBlueprint -DisplayName A"
                + " -SponsorUserIds u-1 -OwnerUserIds u-3").confirm());
        assertEquals(RunStatus.NOT_EVALUATED, noBlueprint.status(), noBlueprint.text());
        assertEquals(List.of("AgentIdentityBlueprintId"), noBlueprint.unevaluated());
        assertTrue(noBlueprint.text().contains("without -AgentIdentityBlueprintId the module takes the value an earlier"
                + " command left in the PowerShell session ($script:CurrentAgentBlueprintId"), noBlueprint.text());
        assertEquals(List.of(), graph.requests);
    }

    @Test
    void aValueNotFoundStopsBeforeTheWriteAndAFailingWriteIsReported() {
        tenant();
        RunResult missing = run(RunInput.commandLine(LINE.replace("u-2", "nobody")).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, missing.status(), missing.text());
        assertEquals(List.of("GET /v1.0/users/u-1" + USER, "GET /v1.0/users/nobody" + USER), sent(),
                "no further check and no POST after the failed one");
        assertTrue(missing.text().contains("nothing was changed"), missing.text());
        assertTrue(missing.text().contains("nothing was changed. Not sent: GET " + graph.baseUrl()
                + "/v1.0/groups/g-1?$select=id,displayName, GET " + graph.baseUrl() + "/v1.0/users/u-3" + USER + ", POST "
                + graph.baseUrl() + BLUEPRINTS + "."), "the checks and the write not sent are named: " + missing.text());

        graph.requests.clear();
        graph.onRequest = r -> {
            if (r.method().equals("POST")) {
                graph.failNext(GraphStandIn.Fault.FORBIDDEN);
            }
        };
        RunResult failed = run(RunInput.commandLine(LINE).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, failed.status(), failed.text());
        assertEquals(5, graph.requests.size(), "the checks, then one try of the POST");
        assertTrue(failed.text().contains("Status: 403"), failed.text());
        assertFalse(failed.text().contains("bp-new"), failed.text());
    }
}
