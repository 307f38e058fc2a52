package dev.entrals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.entrals.cli.CliProcess.Run;
import dev.entrals.execution.GraphStandInAccess;
import dev.entrals.session.EntraStandIn;
import dev.entrals.session.SessionTestKit;

/**
 * {@code entra-ls run} in a child JVM over the bundled request table, for a parameter the module's code asks for at
 * its PowerShell console when it is not given (New-EntraAgentIdentityBlueprint.ps1:111, Read-Host for the owners):
 * exit 2 naming it; supplied with {@code --arg OwnerUserIds=…} the module's requests are sent
 * (:193 a GET per owner, :256 the POST), as with the value typed on the line.
 */
class RunCommandPromptsProcessTest {

    private static final String SPONSOR = "00000000-0000-0000-0000-000000000001";
    private static final String OWNER = "00000000-0000-0000-0000-000000000002";
    private static final String LINE = "New-EntraAgentIdentityBlueprint -DisplayName Bp -SponsorUserIds " + SPONSOR;
    private static final String USER = "?$select=id,displayName,userPrincipalName";

    @TempDir
    Path home;
    @TempDir
    Path logs;
    @TempDir
    Path kitHome;

    private GraphStandInAccess graph;
    private CliProcess cli;

    @BeforeEach
    void connect() throws Exception {
        SessionTestKit kit = new SessionTestKit(kitHome);
        graph = GraphStandInAccess.start(kit.serverTls());
        for (String u : List.of(SPONSOR, OWNER)) {
            graph.object("/v1.0/users/" + u, Map.of("id", u, "displayName", "User " + u));
        }
        graph.object("/v1.0/applications/graph.agentIdentityBlueprint", Map.of("id", "bp-new", "displayName", "Bp"));
        cli = RunCommandProcessTest.connected(new CliProcess(EntraStandIn.shared(), home, logs), kit, graph);
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    @Test
    void aParameterTheModulePromptsForExitsTwoNamingItUntilSupplied() throws Exception {
        Run asked = cli.run("run", "--yes", LINE);
        assertEquals(2, asked.exit(), asked.err());
        assertTrue(asked.err().contains("without -OwnerUserIds the module asks for it at a PowerShell console (Read-Host"
                + " at Entra/Microsoft.Entra/Applications/New-EntraAgentIdentityBlueprint.ps1:111)"), asked.err());
        assertTrue(asked.err().contains("  OwnerUserIds"), asked.err());
        assertEquals(List.of(), graph.requestLines(), "nothing sent");

        Run supplied = cli.run("run", "--yes", LINE, "--arg", "OwnerUserIds=" + OWNER);
        assertEquals(0, supplied.exit(), supplied.err());
        assertEquals(List.of("GET /v1.0/users/" + SPONSOR + USER, "GET /v1.0/users/" + OWNER + USER,
                "POST /v1.0/applications/graph.agentIdentityBlueprint"), graph.requestLines());
        assertTrue(supplied.out().contains("bp-new"), supplied.out());
    }

    @Test
    void alternativesExitTwoNamingBothThenEitherSuppliedRunsAndTheNextProcessHasNoSessionState() throws Exception {
        String line = "New-EntraAgentIdentityBlueprint -DisplayName Bp -OwnerUserIds " + OWNER;
        Run asked = cli.run("run", "--yes", line);
        assertEquals(2, asked.exit(), asked.err());
        assertTrue(asked.err().contains("without -SponsorUserIds or -SponsorGroupIds the module asks for them at a"
                + " PowerShell console until one has items (Read-Host at"
                + " Entra/Microsoft.Entra/Applications/New-EntraAgentIdentityBlueprint.ps1:68"), asked.err());
        assertTrue(asked.err().contains("  SponsorUserIds or SponsorGroupIds"), asked.err());
        assertEquals(List.of(), graph.requestLines(), "nothing sent");

        Run users = cli.run("run", "--yes", line, "--arg", "SponsorUserIds=" + SPONSOR);
        assertEquals(0, users.exit(), users.err());
        assertEquals(List.of("GET /v1.0/users/" + SPONSOR + USER, "GET /v1.0/users/" + OWNER + USER,
                "POST /v1.0/applications/graph.agentIdentityBlueprint"), graph.requestLines());

        graph.object("/v1.0/groups/g-1", Map.of("id", "g-1"));
        Run groups = cli.run("run", "--yes", line, "--arg", "SponsorGroupIds=g-1");
        assertEquals(0, groups.exit(), groups.err());
        assertEquals(List.of("GET /v1.0/groups/g-1?$select=id,displayName", "GET /v1.0/users/" + OWNER + USER,
                "POST /v1.0/applications/graph.agentIdentityBlueprint"), graph.requestLines().subList(3, 6));

        // each run is its own process, as a PowerShell session: the blueprint kept by the last is not there
        Run secret = cli.run("run", "--yes", "Add-EntraClientSecretToAgentIdentityBlueprint");
        assertEquals(2, secret.exit(), secret.err());
        assertTrue(secret.err().contains("  AgentBlueprintId"), secret.err());
        assertEquals(6, graph.requestLines().size(), "nothing sent");
    }
}
