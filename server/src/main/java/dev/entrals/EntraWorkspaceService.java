package dev.entrals;

import dev.entrals.lsp.Params;
import java.util.concurrent.CompletableFuture;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Workspace messages as thin adapters: settings changes and {@code workspace/executeCommand}. */
public final class EntraWorkspaceService implements WorkspaceService {

    private final ServerRuntime runtime;

    EntraWorkspaceService(ServerRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        runtime.changeSettings(params == null ? null : params.getSettings());
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        // no file watching registered
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        Params.require(params != null && params.getCommand() != null, "workspace/executeCommand needs a command");
        return runtime.service().executeCommand(params);
    }
}
