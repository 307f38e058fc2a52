package dev.entrals.lsp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

import dev.entrals.ServerLauncher;
import dev.entrals.ServerOptions;
import dev.entrals.features.DocsReloader;
import dev.entrals.features.Providers;
import dev.entrals.settings.DocsSettings;

/**
 * The real server on in-process pipes, with a real lsp4j client on the other end (or a raw {@link LspWire}).
 * Exit codes the server asks for are recorded instead of ending the JVM.
 */
public final class InProcessServer implements AutoCloseable {

    public final RecordingClient client = new RecordingClient();
    public final LanguageServer server;
    /** The client's end of the connection, for requests whose params the typed API cannot express (null on a wire). */
    public final org.eclipse.lsp4j.jsonrpc.RemoteEndpoint endpoint;
    public final ServerLauncher.Connection connection;
    public final BlockingQueue<Integer> exitCodes = new LinkedBlockingQueue<>();
    private final OutputStream toServer;
    private final InputStream fromServer;

    private InProcessServer(Function<DocsReloader<dev.entrals.docs.HelpIndex>, Providers> features, ServerOptions options,
            boolean withClient) throws IOException {
        Pipe up = Pipe.open();
        Pipe down = Pipe.open();
        toServer = Channels.newOutputStream(up.sink());
        fromServer = new BufferedInputStream(Channels.newInputStream(down.source()));
        connection = ServerLauncher.start(new BufferedInputStream(Channels.newInputStream(up.source())),
                Channels.newOutputStream(down.sink()), options, features, exitCodes::add);
        if (withClient) {
            Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, fromServer, toServer);
            launcher.startListening();
            server = launcher.getRemoteProxy();
            endpoint = launcher.getRemoteEndpoint();
        } else {
            server = null;
            endpoint = null;
        }
    }

    /** A server with these providers and a connected lsp4j client. */
    public static InProcessServer withClient(Providers providers) throws IOException {
        return new InProcessServer(docs -> providers, fastOptions(), true);
    }

    /** A server with these providers and a raw wire instead of a client. */
    public static InProcessServer withWire(Providers providers) throws IOException {
        return new InProcessServer(docs -> providers, fastOptions(), false);
    }

    /** A server whose providers are made from its docs index, with a client. */
    public static InProcessServer withFeatures(Function<DocsReloader<dev.entrals.docs.HelpIndex>, Providers> features)
            throws IOException {
        return new InProcessServer(features, fastOptions(), true);
    }

    /** A server whose providers are made from its docs index, with this diagnostics debounce, and a client. */
    public static InProcessServer withFeatures(Function<DocsReloader<dev.entrals.docs.HelpIndex>, Providers> features,
            Duration debounce) throws IOException {
        return new InProcessServer(features, new ServerOptions(List.of(), debounce, Duration.ofMillis(200), false), true);
    }

    /** Fast timings; installed modules off, so what the machine has installed cannot change a protocol test. */
    private static ServerOptions fastOptions() {
        return new ServerOptions(List.of(), Duration.ofMillis(50), Duration.ofMillis(200), false);
    }

    /** The raw wire to the server (only for servers made {@link #withWire}). */
    public LspWire wire() {
        return new LspWire(fromServer, toServer);
    }

    /** Sends {@code initialize} with these capabilities and options, then {@code initialized}. */
    public InitializeResult initialize(ClientCapabilities caps, Object initializationOptions) throws Exception {
        InitializeParams p = new InitializeParams();
        p.setCapabilities(caps == null ? new ClientCapabilities() : caps);
        p.setInitializationOptions(initializationOptions);
        InitializeResult r = server.initialize(p).get(10, TimeUnit.SECONDS);
        server.initialized(new org.eclipse.lsp4j.InitializedParams());
        return r;
    }

    public InitializeResult initialize() throws Exception {
        return initialize(null, null);
    }

    public void open(String uri, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "powershell", 1, text)));
    }

    /** The exit code the server asked for, waiting up to 5 s. */
    public int awaitExit() throws InterruptedException {
        Integer code = exitCodes.poll(5, TimeUnit.SECONDS);
        if (code == null) {
            throw new AssertionError("the server did not exit within 5 s");
        }
        return code;
    }

    @Override
    public void close() throws IOException {
        connection.close();
        toServer.close();
        fromServer.close();
    }
}
