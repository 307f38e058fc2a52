package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.session.CancellationSignal;
import dev.entrals.session.EntraContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The module session state (section {@code state}): what a cmdlet's code keeps in a {@code $script:}/{@code $global:}
 * variable after its request is remembered for the server's session, and a later cmdlet whose code reads it when its
 * parameter is not given takes it instead of asking. New-EntraAgentIdentityBlueprint.ps1:256 (the POST), :268-269
 * ({@code $script:CurrentAgentBlueprintId = $AgentBlueprintId}, its reply's id; the app id);
 * Add-EntraClientSecretToAgentIdentityBlueprint.ps1:24-28 (reads it without -AgentBlueprintId), :74 (the POST), :98-100
 * (the secret kept by the module, never here); New-EntraAgentUserForAgentId.ps1:135 (the POST), :159 (its id kept);
 * Get-EntraAgentUser.ps1:26-37 (reads it, else Read-Host, without -AgentUserId in set GetById).
 */
class BundledStateRunTest extends BundledRunCase {

    private static final String SPONSOR = "00000000-0000-0000-0000-000000000001";
    private static final String BLUEPRINT = "New-EntraAgentIdentityBlueprint -DisplayName Bp -SponsorUserIds " + SPONSOR
            + " -OwnerUserIds " + SPONSOR;
    private static final String SECRET = "Add-EntraClientSecretToAgentIdentityBlueprint";
    private static final String AGENT_USER = "New-EntraAgentUserForAgentId -DisplayName Agent -AgentIdentityId ai-1"
            + " -UserPrincipalName agent@contoso.com -MailNickname agent";

    @Override
    protected void serve(GraphStandIn standIn) {
        standIn.object("/v1.0/users/" + SPONSOR, Map.of("id", SPONSOR));
        standIn.object("/v1.0/applications/graph.agentIdentityBlueprint", Map.of("id", "bp-new", "appId", "app-new"));
        standIn.object("/v1.0/applications/bp-new/addPassword", Map.of("keyId", "k-1", "secretText", "s3cr3t"));
        standIn.object("/v1.0/users", Map.of("id", "au-1"));
        standIn.object("/v1.0/users/microsoft.graph.agentUser/au-1", Map.of("id", "au-1", "displayName", "Agent"));
        standIn.object("/v1.0/users/microsoft.graph.agentUser", Map.of("value", List.of(Map.of("id", "au-1"))));
    }

    private static RunResult run(RunEngine engine, RunInput in) {
        return engine.run(in, PageListener.NONE, CancellationSignal.NONE);
    }

    @Test
    void aBlueprintCreatedHereIsTheOneALaterCmdletTakesWhenItsIdIsNotGiven() {
        ModuleState state = new ModuleState();
        RunEngine engine = engine(state);
        RunResult created = run(engine, RunInput.commandLine(BLUEPRINT).confirm());
        assertEquals(RunStatus.OK, created.status(), created.text());
        assertTrue(created.notes().contains("Kept for later runs in this session, as the module keeps it:"
                + " $script:CurrentAgentBlueprintId = 'bp-new', $script:CurrentAgentBlueprintAppId = 'app-new'"),
                created.notes()::toString);

        graph.requests.clear();
        RunResult secret = run(engine, RunInput.commandLine(SECRET).confirm());
        assertEquals(RunStatus.OK, secret.status(), secret.text());
        assertEquals(1, graph.requests.size());
        assertEquals("POST /v1.0/applications/bp-new/addPassword", graph.requests.get(0).line(),
                "the blueprint the earlier run created, as the module takes $script:CurrentAgentBlueprintId");
        assertTrue(secret.notes().contains("AgentBlueprintId 'bp-new': from the earlier run of"
                + " New-EntraAgentIdentityBlueprint ($script:CurrentAgentBlueprintId, which the module reads when it is"
                + " not given, Entra/Microsoft.Entra/Applications/Add-EntraClientSecretToAgentIdentityBlueprint.ps1:24)"),
                secret.notes()::toString);
        assertEquals(2, state.size(), "the secret the module keeps (:98-100) is not kept here");
        assertTrue(secret.notes().stream().noneMatch(n -> n.contains("s3cr3t")), secret.notes()::toString);
    }

    @Test
    void anotherServerSessionDoesNotHaveItAndSigningOutOrAnotherSessionClearsIt() {
        ModuleState state = new ModuleState();
        assertEquals(RunStatus.OK, run(engine(state), RunInput.commandLine(BLUEPRINT).confirm()).status());

        RunResult other = run(engine(new ModuleState()), RunInput.commandLine(SECRET).confirm());
        assertEquals(RunStatus.NOT_EVALUATED, other.status(), other.text());
        assertEquals(List.of("AgentBlueprintId"), other.unevaluated());
        assertEquals(List.of(new Unevaluated("AgentBlueprintId", Unevaluated.SESSION_STATE, "without -AgentBlueprintId"
                + " the module takes the value an earlier command left in the PowerShell session"
                + " ($script:CurrentAgentBlueprintId at Entra/Microsoft.Entra/Applications/"
                + "Add-EntraClientSecretToAgentIdentityBlueprint.ps1:24), which a run here does not have")),
                other.reasons());

        state.sessionChanged(null); // signed out (the server's session listener)
        assertEquals(0, state.size());
        assertEquals(RunStatus.NOT_EVALUATED, run(engine(state), RunInput.commandLine(SECRET).confirm()).status());

        assertEquals(RunStatus.OK, run(engine(state), RunInput.commandLine(BLUEPRINT).confirm()).status());
        assertEquals(2, state.size());
        state.sessionChanged(EntraContext.fromMap(Map.of("TenantId", "another-tenant", "Account", "a@b.c")));
        assertEquals(0, state.size(), "another tenant's session: a new PowerShell session");
        // the run reads the session it sends with: a context other than the last seen clears what was kept
        assertEquals(RunStatus.OK, run(engine(state), RunInput.commandLine(BLUEPRINT).confirm()).status());
        state.sessionChanged(EntraContext.fromMap(Map.of("TenantId", "another-tenant")));
        graph.requests.clear();
        assertEquals(RunStatus.NOT_EVALUATED, run(engine(state), RunInput.commandLine(SECRET).confirm()).status());
        assertEquals(List.of(), graph.requests);
    }

    @Test
    void getAgentUserWithoutItsIdIsAskedForThenTakesTheAgentUserCreatedHere() {
        ModuleState state = new ModuleState();
        RunEngine engine = engine(state);
        RunResult asked = run(engine, RunInput.commandLine("Get-EntraAgentUser"));
        assertEquals(RunStatus.NOT_EVALUATED, asked.status(), asked.text());
        assertEquals(List.of("AgentUserId"), asked.unevaluated());
        assertEquals(Unevaluated.SESSION_STATE, asked.reasons().get(0).kind());
        assertTrue(asked.text().contains("(Read-Host at Entra/Microsoft.Entra/Users/Get-EntraAgentUser.ps1:32)"),
                asked.text());
        assertEquals(List.of(), graph.requests);

        assertEquals(RunStatus.OK, run(engine, RunInput.commandLine(AGENT_USER).confirm()).status());
        graph.requests.clear();
        RunResult got = run(engine, RunInput.commandLine("Get-EntraAgentUser"));
        assertEquals(RunStatus.OK, got.status(), got.text());
        assertEquals(List.of("GET /v1.0/users/microsoft.graph.agentUser/au-1"), graph.requests.stream()
                .map(GraphStandIn.Recorded::line).toList());

        // the beta module's Users sub-module has its own $script: variables
        RunResult beta = run(engine, RunInput.commandLine("Get-EntraBetaAgentUser"));
        assertEquals(RunStatus.NOT_EVALUATED, beta.status(), beta.text());
        // in set GetByAgentId the module does not read it
        graph.requests.clear();
        RunResult byAgent = run(engine, RunInput.commandLine("Get-EntraAgentUser -AgentId ai-1"));
        assertEquals(RunStatus.OK, byAgent.status(), byAgent.text());
        assertTrue(graph.requests.get(0).line().startsWith("GET /v1.0/users/microsoft.graph.agentUser?"),
                graph.requests.get(0).line());
    }
}
