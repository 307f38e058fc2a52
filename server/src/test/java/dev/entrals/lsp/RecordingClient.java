package dev.entrals.lsp;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** A language client that records what the server sends it. */
public final class RecordingClient implements LanguageClient {

    public final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    public final List<MessageParams> logs = new CopyOnWriteArrayList<>();
    public final List<org.eclipse.lsp4j.ProgressParams> progress = new CopyOnWriteArrayList<>();

    @Override
    public void notifyProgress(org.eclipse.lsp4j.ProgressParams p) {
        progress.add(p);
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams p) {
        diagnostics.add(p);
    }

    @Override
    public void showMessage(MessageParams p) {
        logs.add(p);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams p) {
        logs.add(p);
    }

    /** The next diagnostics published, waiting up to 5 s; fails when none come. */
    public PublishDiagnosticsParams nextDiagnostics() throws InterruptedException {
        PublishDiagnosticsParams p = diagnostics.poll(5, TimeUnit.SECONDS);
        if (p == null) {
            throw new AssertionError("no diagnostics published within 5 s");
        }
        return p;
    }
}
