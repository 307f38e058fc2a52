package dev.entrals;

import dev.entrals.lsp.ClientLogHandler;
import dev.entrals.lsp.GatedRemoteEndpoint;
import dev.entrals.lsp.NamedDaemonThreads;
import dev.entrals.lsp.ResyncingMessageProducer;
import dev.entrals.lsp.ServerOptions;
import dev.entrals.lsp.StrictMessageJsonHandler;
import dev.entrals.lsp.ImplementedRequests;
import dev.entrals.lsp.RequestActivity;
import dev.entrals.docs.HelpIndex;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.lsp4j.jsonrpc.json.ConcurrentMessageProcessor;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.json.StreamMessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.services.LanguageClient;

import dev.entrals.features.DocsReloader;
import dev.entrals.features.Providers;
import dev.entrals.settings.DocsSettings;

/**
 * Connects a server to a pair of streams. Assembles lsp4j's JSON-RPC pieces itself (rather than
 * {@code LSPLauncher}) to put the lifecycle gate in front of the services and a garbage-tolerant reader behind them.
 */
public final class ServerLauncher {

    private static final Logger LOG = Logger.getLogger(ServerLauncher.class.getName());

    private ServerLauncher() {
    }

    /** A running connection; {@link #close()} stops its threads and its log forwarding. */
    public static final class Connection implements AutoCloseable {
        private final EntraLanguageServer server;
        private final Future<Void> listening;
        private final ClientLogHandler logHandler;

        private Connection(EntraLanguageServer server, Future<Void> listening, ClientLogHandler logHandler) {
            this.server = server;
            this.listening = listening;
            this.logHandler = logHandler;
        }

        public EntraLanguageServer server() {
            return server;
        }

        /** Whether the input has ended (or the reader stopped). */
        public boolean ended() {
            return listening.isDone();
        }

        /** Blocks until the input ends (or the reader fails). */
        public void awaitEnd() throws InterruptedException {
            try {
                listening.get();
            } catch (ExecutionException e) {
                LOG.log(Level.WARNING, "the message reader stopped: " + e.getCause(), e.getCause());
            } catch (java.util.concurrent.CancellationException e) {
                LOG.fine("the message reader was cancelled");
            }
        }

        @Override
        public void close() {
            Logger.getLogger("").removeHandler(logHandler);
            logHandler.close();
            server.runtime().stopBackgroundWork();
            listening.cancel(true);
        }
    }

    /** Serves with the standard features; {@code exit} receives the exit code when the client asks to exit. */
    public static Connection start(InputStream in, OutputStream out, ServerOptions options, IntConsumer exit) {
        return start(in, out, options, Features::standard, exit);
    }

    /** Serves with the providers {@code features} makes from the docs index (tests plug in their own). */
    public static Connection start(InputStream in, OutputStream out, ServerOptions options,
            Function<DocsReloader<HelpIndex>, Providers> features, IntConsumer exit) {
        ServerRuntime runtime = new ServerRuntime(options, features);
        EntraLanguageServer server = new EntraLanguageServer(runtime, exit);

        Map<String, JsonRpcMethod> methods = new LinkedHashMap<>(ServiceEndpoints.getSupportedMethods(LanguageClient.class));
        methods.putAll(ServiceEndpoints.getSupportedMethods(EntraLanguageServer.class));
        MessageJsonHandler json = new StrictMessageJsonHandler(methods);
        StreamMessageConsumer stream = new StreamMessageConsumer(out, json);
        RequestActivity activity = runtime.activity();
        MessageConsumer written = message -> {
            if (message instanceof ResponseMessage r && r.getId() != null) { // not a parse error's reply
                activity.replied(); // the request's work is done; counted before the write, so a client that has
            }                       // read the reply sees the server idle
            stream.consume(message);
        };
        GatedRemoteEndpoint endpoint = new GatedRemoteEndpoint(written, ServiceEndpoints.toEndpoint(server),
                ServerLauncher::errorReply, runtime.lifecycle(), ImplementedRequests.of(server), activity);
        json.setMethodProvider(endpoint);
        endpoint.setJsonHandler(json);
        LanguageClient client = ServiceEndpoints.toServiceObject(endpoint, LanguageClient.class);
        runtime.connect(client, endpoint);

        ClientLogHandler logHandler = new ClientLogHandler(client);
        logHandler.setFilter(ServerLauncher::worthTelling);
        Logger.getLogger("").addHandler(logHandler);

        ExecutorService reader = Executors.newSingleThreadExecutor(new NamedDaemonThreads("reader"));
        Future<Void> listening = new ConcurrentMessageProcessor(new ResyncingMessageProducer(in, json, endpoint), endpoint)
                .beginProcessing(reader);
        reader.shutdown();
        return new Connection(server, listening, logHandler);
    }

    /**
     * Editors routinely cancel requests that were already answered; lsp4j warns about each such cancel. That is not
     * worth the client's log (stderr still has it).
     */
    private static boolean worthTelling(java.util.logging.LogRecord r) {
        String m = r.getMessage();
        return m == null || !m.startsWith("Unmatched cancel notification");
    }

    /** Turns a handler's exception into an error reply with a clear message, and logs it. */
    static ResponseError errorReply(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof CompletionException || t instanceof InvocationTargetException || t instanceof ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof ResponseErrorException ree) {
            return ree.getResponseError();
        }
        LOG.log(Level.SEVERE, "request failed: " + t, t);
        return new ResponseError(ResponseErrorCode.InternalError, "Internal error: " + t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + t.getMessage()), null);
    }
}
