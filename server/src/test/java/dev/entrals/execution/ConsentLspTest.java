package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

import dev.entrals.features.DocsAccess;
import dev.entrals.features.Providers;
import dev.entrals.features.ServerCommands;
import dev.entrals.features.run.RunCommandHandler;
import dev.entrals.lsp.InProcessServer;
import dev.entrals.session.SessionService;
import dev.entrals.session.SessionTestKit;

/**
 * {@code entra.run} of the admin consent cmdlet through a real lsp4j client ({@link ConsentPage}): once confirmed, the
 * server asks the editor to open the URL with {@code window/showDocument} {@code external: true} when the client
 * declared {@code window.showDocument} support, and never otherwise; nothing before the confirmation, nothing to Graph.
 */
class ConsentLspTest {

    private static final String LINE = "Add-EntraPermissionsToInheritToAgentIdentityBlueprintPrincipal -AgentBlueprintId"
            + " 00000000-0000-0000-0000-000000000001 -Scopes User.Read -State xyz100";

    private GraphStandIn graph;
    private InProcessServer server;

    private InProcessServer start(Path home, ClientCapabilities caps) throws Exception {
        SessionTestKit kit = new SessionTestKit(home);
        graph = new GraphStandIn(kit.serverTls());
        SessionService session = GraphSessions.connect(kit, graph);
        GraphClient client = GraphSessions.client(kit, session);
        server = InProcessServer.withFeatures(docs -> {
            RunCommandHandler run = new RunCommandHandler(docs, new DocsAccess(docs), Planners::bundled, client,
                    session::context);
            return Providers.builder().command(ServerCommands.RUN, run).onInitialized(run).build();
        });
        return server.initialized(caps, null);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        graph.close();
    }

    private JsonObject run(boolean confirm) throws Exception {
        return server.execute(ServerCommands.RUN, Map.of("commandLine", LINE, "confirm", confirm)).getAsJsonObject();
    }

    @Test
    void aClientThatShowsDocumentsIsAskedToOpenTheUrlExternallyOnceConfirmed(@TempDir Path home) throws Exception {
        start(home, InProcessServer.windowCapabilities(null));
        JsonObject held = run(false);
        assertEquals("confirmationRequired", held.get("status").getAsString(), held.toString());
        assertNull(server.client.documents.poll(300, TimeUnit.MILLISECONDS), "nothing opened before the confirmation");
        JsonObject r = run(true);
        assertEquals("ok", r.get("status").getAsString(), r.toString());
        JsonObject o = r.getAsJsonArray("objects").get(0).getAsJsonObject();
        ShowDocumentParams shown = server.client.documents.poll(10, TimeUnit.SECONDS);
        assertEquals(o.get("ConsentUrl").getAsString(), shown.getUri());
        assertTrue(shown.getUri().endsWith("/v2.0/adminconsent?client_id=00000000-0000-0000-0000-000000000001"
                + "&scope=user.read&redirect_uri=https%3a%2f%2fentra.microsoft.com%2fTokenAuthorize&state=xyz100"),
                shown.getUri());
        assertTrue(shown.getExternal(), "opened outside the editor");
        assertEquals("Browser Launched", o.get("Action").getAsString()); // the editor said it opened it
        assertNull(server.client.documents.poll(200, TimeUnit.MILLISECONDS), "opened once");
        assertEquals(0, graph.requests.size(), "nothing sent to Graph");
    }

    @Test
    void aClientWithoutShowDocumentIsNotAskedAndTheResultSaysToOpenTheUrl(@TempDir Path home) throws Exception {
        start(home, new ClientCapabilities());
        JsonObject r = run(true);
        assertEquals("ok", r.get("status").getAsString(), r.toString());
        JsonObject o = r.getAsJsonArray("objects").get(0).getAsJsonObject();
        assertEquals("Not launched: open the ConsentUrl in a browser", o.get("Action").getAsString());
        assertTrue(r.get("text").getAsString().contains(o.get("ConsentUrl").getAsString()), r.toString());
        assertNull(server.client.documents.poll(300, TimeUnit.MILLISECONDS), "no showDocument");
        assertEquals(0, graph.requests.size(), "nothing sent to Graph");
    }
}
