package dev.entrals.features.session;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.ShowDocumentCapabilities;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

import com.google.gson.Gson;
import com.google.gson.JsonElement;

import dev.entrals.ServerLauncher;
import dev.entrals.lsp.ServerOptions;
import dev.entrals.features.Providers;
import dev.entrals.session.SessionService;

/**
 * The real server with the session feature on a given {@link SessionService}, over in-process pipes, with an
 * {@link EditorClient} (a real lsp4j client) on the other end.
 */
final class SessionServer implements AutoCloseable {

    private static final Gson GSON = new Gson();

    final EditorClient client = new EditorClient();
    final LanguageServer server;
    private final ServerLauncher.Connection connection;
    private final OutputStream toServer;
    private final InputStream fromServer;

    SessionServer(SessionService service) throws IOException {
        Pipe up = Pipe.open();
        Pipe down = Pipe.open();
        toServer = Channels.newOutputStream(up.sink());
        fromServer = new BufferedInputStream(Channels.newInputStream(down.source()));
        connection = ServerLauncher.start(new BufferedInputStream(Channels.newInputStream(up.source())),
                Channels.newOutputStream(down.sink()),
                new ServerOptions(List.of(), Duration.ofMillis(50), Duration.ofMillis(200)),
                docs -> SessionFeature.register(Providers.builder(), service, docs::current).build(), code -> { });
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, fromServer, toServer);
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    /** A client that supports showDocument and work-done progress, plus {@code experimental}. */
    static ClientCapabilities capabilities(Object experimental) {
        ClientCapabilities caps = new ClientCapabilities();
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setShowDocument(new ShowDocumentCapabilities(true));
        window.setWorkDoneProgress(true);
        caps.setWindow(window);
        caps.setExperimental(experimental);
        return caps;
    }

    SessionServer initialize(ClientCapabilities caps, Object initializationOptions) throws Exception {
        InitializeParams p = new InitializeParams();
        p.setCapabilities(caps);
        p.setInitializationOptions(initializationOptions);
        server.initialize(p).get(10, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        return this;
    }

    SessionServer initialize() throws Exception {
        return initialize(capabilities(null), null);
    }

    /** Runs a command and waits for its answer (as JSON; JSON null for null). */
    JsonElement execute(String command, Object... arguments) throws Exception {
        return GSON.toJsonTree(server.getWorkspaceService()
                .executeCommand(new ExecuteCommandParams(command, List.of(arguments))).get(30, TimeUnit.SECONDS));
    }

    void open(String uri, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri, "powershell", 1, text)));
    }

    static Map<String, Object> secretConnect(String secret, String scope) {
        return Map.of("flow", "clientSecret", "tenantId", dev.entrals.session.SessionTestKit.TENANT_NAME,
                "clientId", dev.entrals.session.SessionTestKit.APP_ID, "clientSecret", secret,
                "environment", dev.entrals.session.SessionTestKit.ENVIRONMENT, "contextScope", scope);
    }

    @Override
    public void close() throws Exception {
        try {
            server.shutdown().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the connection is closed below anyway
        }
        connection.close();
        toServer.close();
        fromServer.close();
    }
}
