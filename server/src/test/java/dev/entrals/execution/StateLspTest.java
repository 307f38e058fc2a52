package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.lsp4j.ClientCapabilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

import dev.entrals.features.DocsAccess;
import dev.entrals.features.Providers;
import dev.entrals.features.ServerCommands;
import dev.entrals.features.run.RunCommandHandler;
import dev.entrals.lsp.InProcessServer;
import dev.entrals.session.CancellationSignal;
import dev.entrals.session.ConnectRequest;
import dev.entrals.session.SessionService;
import dev.entrals.session.SessionTestKit;

/**
 * The module session state over {@code entra.run} through a real lsp4j client (section {@code state}): the server
 * keeps what New-EntraAgentIdentityBlueprint.ps1:268 keeps ({@code $script:CurrentAgentBlueprintId}, the reply's id)
 * across runs, Add-EntraClientSecretToAgentIdentityBlueprint.ps1:24-28 takes it (the POST of :74 on that blueprint),
 * the answer's {@code reasons} say why a value is asked for, and signing out clears it (the session listener, as
 * {@code Features} registers it), even when the same tenant signs in again.
 */
class StateLspTest {

    private static final String SPONSOR = "00000000-0000-0000-0000-000000000001";
    private static final String BLUEPRINT = "New-EntraAgentIdentityBlueprint -DisplayName Bp -SponsorUserIds " + SPONSOR
            + " -OwnerUserIds " + SPONSOR;
    private static final String SECRET = "Add-EntraClientSecretToAgentIdentityBlueprint";

    private GraphStandIn graph;
    private InProcessServer server;

    @AfterEach
    void stop() throws Exception {
        server.close();
        graph.close();
    }

    private JsonObject run(String line) throws Exception {
        return server.execute(ServerCommands.RUN, Map.of("commandLine", line, "confirm", true)).getAsJsonObject();
    }

    @Test
    void theServerKeepsWhatTheModuleKeepsAcrossRunsAndSigningOutClearsIt(@TempDir Path home) throws Exception {
        SessionTestKit kit = new SessionTestKit(home);
        graph = new GraphStandIn(kit.serverTls());
        graph.object("/v1.0/users/" + SPONSOR, Map.of("id", SPONSOR));
        graph.object("/v1.0/applications/graph.agentIdentityBlueprint", Map.of("id", "bp-new", "appId", "app-new"));
        graph.object("/v1.0/applications/bp-new/addPassword", Map.of("keyId", "k-1"));
        SessionService session = GraphSessions.connect(kit, graph);
        GraphClient client = GraphSessions.client(kit, session);
        server = InProcessServer.withFeatures(docs -> {
            RunCommandHandler run = new RunCommandHandler(docs, new DocsAccess(docs), Planners::bundled, client,
                    session::context);
            session.addListener(run::sessionChanged);
            return Providers.builder().command(ServerCommands.RUN, run).build();
        });
        server.initialized(new ClientCapabilities(), null);

        JsonObject asked = run(SECRET);
        assertEquals("notEvaluated", asked.get("status").getAsString(), asked.toString());
        JsonObject reason = asked.getAsJsonArray("reasons").get(0).getAsJsonObject();
        assertEquals("AgentBlueprintId", reason.get("name").getAsString());
        assertEquals("sessionState", reason.get("kind").getAsString());
        assertTrue(reason.get("prompt").getAsString().startsWith("without -AgentBlueprintId the module takes the value"
                + " an earlier command left in the PowerShell session ($script:CurrentAgentBlueprintId at"), reason
                .toString());
        assertEquals(0, reason.getAsJsonArray("alternatives").size());

        assertEquals("ok", run(BLUEPRINT).get("status").getAsString());
        graph.requests.clear();
        JsonObject secret = run(SECRET);
        assertEquals("ok", secret.get("status").getAsString(), secret.toString());
        assertEquals("POST /v1.0/applications/bp-new/addPassword", graph.requests.get(0).line());

        session.disconnect();
        session.connect(ConnectRequest.fromMap(Map.of("flow", "clientSecret", "tenantId", SessionTestKit.TENANT_NAME,
                "clientId", SessionTestKit.APP_ID, "clientSecret", SessionTestKit.SECRET, "environment",
                "GraphStandIn", "contextScope", "Process")), null, CancellationSignal.NONE);
        graph.requests.clear();
        JsonObject after = run(SECRET);
        assertEquals("notEvaluated", after.get("status").getAsString(), after.toString());
        assertEquals(0, graph.requests.size(), "signed out: the blueprint kept before is forgotten");
    }
}
