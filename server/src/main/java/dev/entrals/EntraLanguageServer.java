package dev.entrals;

import dev.entrals.lsp.Capabilities;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;
import java.util.logging.Logger;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SetTraceParams;
import org.eclipse.lsp4j.WorkDoneProgressCancelParams;
import org.eclipse.lsp4j.services.LanguageServer;

import dev.entrals.commons.BuildInfo;
import dev.entrals.features.ClientInfo;

/** The LSP lifecycle ({@code initialize}, {@code shutdown}, {@code exit}) and the two services, as thin adapters. */
public final class EntraLanguageServer implements LanguageServer {

    private static final Logger LOG = Logger.getLogger(EntraLanguageServer.class.getName());

    private final ServerRuntime runtime;
    private final EntraTextDocumentService documents;
    private final EntraWorkspaceService workspace;
    private final IntConsumer exit;
    private volatile ClientCapabilities capabilities;

    EntraLanguageServer(ServerRuntime runtime, IntConsumer exit) {
        this.runtime = runtime;
        this.documents = new EntraTextDocumentService(runtime);
        this.workspace = new EntraWorkspaceService(runtime);
        this.exit = exit;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        runtime.lifecycle().initialize();
        capabilities = params == null ? null : params.getCapabilities();
        ClientInfo client = ClientInfo.from(params == null ? null : params.getCapabilities());
        runtime.start(client, params == null ? null : params.getInitializationOptions(),
                params == null ? null : params.getProcessId(), () -> exit.accept(runtime.lifecycle().exitCode()));
        LOG.info(() -> "initialized for " + clientName(params) + "; positions in " + ClientInfo.lspName(client.encoding()));
        return CompletableFuture.completedFuture(
                new InitializeResult(Capabilities.declared(client), new ServerInfo(BuildInfo.NAME, BuildInfo.version())));
    }

    @Override
    public void initialized(InitializedParams params) {
        // nothing to register dynamically: everything is declared in the initialize answer
        runtime.initialized(capabilities);
    }

    @Override
    public void cancelProgress(WorkDoneProgressCancelParams params) {
        if (params != null) {
            runtime.progressCancels().cancel(params.getToken());
        }
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        runtime.lifecycle().shutdown();
        runtime.stopBackgroundWork();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        int code = runtime.lifecycle().exitCode();
        LOG.info(() -> "exit " + code);
        exit.accept(code);
    }

    @Override
    public void setTrace(SetTraceParams params) {
        // traces are not produced; logging goes through window/logMessage
    }

    @Override
    public EntraTextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public EntraWorkspaceService getWorkspaceService() {
        return workspace;
    }

    /** Everything this server runs on (documents, settings, providers). */
    public ServerRuntime runtime() {
        return runtime;
    }

    private static String clientName(InitializeParams p) {
        return p == null || p.getClientInfo() == null ? "an unnamed client"
                : p.getClientInfo().getName() + " " + (p.getClientInfo().getVersion() == null ? "" : p.getClientInfo().getVersion());
    }
}
