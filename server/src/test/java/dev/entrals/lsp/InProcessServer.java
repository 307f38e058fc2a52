package dev.entrals.lsp;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
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
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

import dev.entrals.ServerLauncher;

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
    /** The client's JSON-RPC endpoint, for requests by method name (null without a client). */
    public final RemoteEndpoint remote;
    public final ServerLauncher.Connection connection;
    public final BlockingQueue<Integer> exitCodes = new LinkedBlockingQueue<>();
    private final OutputStream toServer;
    private final InputStream fromServer;
    private final Relay serverOutput;
    private boolean shutDownFirst;

    private InProcessServer(Function<DocsReloader<dev.entrals.docs.HelpIndex>, Providers> features, ServerOptions options,
            boolean withClient) throws IOException {
        this(features, options, withClient, null);
    }

    private InProcessServer(Function<DocsReloader<dev.entrals.docs.HelpIndex>, Providers> features, ServerOptions options,
            boolean withClient, OutputStream tap) throws IOException {
        Pipe up = Pipe.open();
        Pipe down = Pipe.open();
        toServer = Channels.newOutputStream(up.sink());
        fromServer = new BufferedInputStream(Channels.newInputStream(down.source()));
        serverOutput = new Relay(Channels.newOutputStream(down.sink()));
        connection = ServerLauncher.start(new BufferedInputStream(Channels.newInputStream(up.source())),
                serverOutput, options, features, exitCodes::add);
        if (withClient) {
            Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client,
                    tap == null ? fromServer : new Tee(fromServer, tap), toServer);
            launcher.startListening();
            server = launcher.getRemoteProxy();
            remote = launcher.getRemoteEndpoint();
        } else {
            server = null;
            remote = null;
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

    /** A server whose providers are made from its docs index, with a client; every byte the client reads is copied to {@code tap}. */
    public static InProcessServer withFeatures(Function<DocsReloader<dev.entrals.docs.HelpIndex>, Providers> features,
            OutputStream tap) throws IOException {
        return new InProcessServer(features, fastOptions(), true, tap);
    }

    /** A server whose providers are made from its docs index, and a raw wire instead of a client. */
    public static InProcessServer withFeaturesOnWire(Function<DocsReloader<dev.entrals.docs.HelpIndex>, Providers> features)
            throws IOException {
        return new InProcessServer(features, fastOptions(), false);
    }

    /** A server whose providers are made from its docs index, with this diagnostics debounce, and a client. */
    public static InProcessServer withFeatures(Function<DocsReloader<dev.entrals.docs.HelpIndex>, Providers> features,
            Duration debounce) throws IOException {
        return new InProcessServer(features, new ServerOptions(List.of(), debounce, Duration.ofMillis(200), false), true);
    }

    /** A server whose only feature is the session feature on {@code service} (the {@code entra.*} commands, the lens). */
    public static InProcessServer withSession(dev.entrals.session.SessionService service) throws IOException {
        InProcessServer s = new InProcessServer(docs -> dev.entrals.features.session.SessionFeature.register(
                Providers.builder(), service, docs::current).build(), fastOptions(), true);
        s.shutDownFirst = true;
        return s;
    }

    /** A client that supports showDocument and work-done progress, plus {@code experimental}. */
    public static ClientCapabilities windowCapabilities(Object experimental) {
        ClientCapabilities caps = new ClientCapabilities();
        org.eclipse.lsp4j.WindowClientCapabilities window = new org.eclipse.lsp4j.WindowClientCapabilities();
        window.setShowDocument(new org.eclipse.lsp4j.ShowDocumentCapabilities(true));
        window.setWorkDoneProgress(true);
        caps.setWindow(window);
        caps.setExperimental(experimental);
        return caps;
    }

    /** {@link #initialize(ClientCapabilities, Object)}, then this server (for chaining). */
    public InProcessServer initialized(ClientCapabilities caps, Object initializationOptions) throws Exception {
        initialize(caps, initializationOptions);
        return this;
    }

    /** Initialized as a client with {@link #windowCapabilities} would. */
    public InProcessServer initialized() throws Exception {
        return initialized(windowCapabilities(null), null);
    }

    /** Runs a command through the client and waits for its answer (as JSON; JSON null for null). */
    public com.google.gson.JsonElement execute(String command, Object... arguments) throws Exception {
        return new com.google.gson.Gson().toJsonTree(server.getWorkspaceService()
                .executeCommand(new org.eclipse.lsp4j.ExecuteCommandParams(command, List.of(arguments)))
                .get(30, TimeUnit.SECONDS));
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

    /**
     * The server's output, written to the pipe by a thread of its own. A pipe's channel closes when a thread writing to
     * it is interrupted (as {@code shutdown} interrupts the diagnostics thread, which may be publishing); a real stdout
     * does not, so the server must not lose its output here either.
     */
    private static final class Relay extends OutputStream {
        private static final byte[] END = new byte[0];
        private final BlockingQueue<byte[]> queue = new LinkedBlockingQueue<>();

        Relay(OutputStream sink) {
            Thread relay = new Thread(() -> {
                try (sink) {
                    for (byte[] b = queue.take(); b != END; b = queue.take()) {
                        sink.write(b);
                        sink.flush();
                    }
                } catch (InterruptedException | IOException e) {
                    // the reading side is gone
                }
            }, "in-process-server-output");
            relay.setDaemon(true);
            relay.start();
        }

        @Override
        public void write(int b) {
            queue.add(new byte[] {(byte) b});
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (len > 0) {
                queue.add(java.util.Arrays.copyOfRange(b, off, off + len));
            }
        }

        @Override
        public void close() {
            queue.add(END);
        }
    }

    /** An input stream that copies what is read from it to another stream. */
    private static final class Tee extends FilterInputStream {
        private final OutputStream copy;

        Tee(InputStream in, OutputStream copy) {
            super(in);
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                copy.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                copy.write(b, off, n);
            }
            return n;
        }
    }

    @Override
    public void close() throws IOException {
        if (shutDownFirst && server != null) {
            try {
                server.shutdown().get(5, TimeUnit.SECONDS); // ends sign-ins in progress as an editor's shutdown would
            } catch (Exception e) {
                // the connection is closed below anyway
            }
        }
        connection.close();
        serverOutput.close();
        toServer.close();
        fromServer.close();
    }
}
