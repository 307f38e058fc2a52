package dev.entrals.features.session;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.ShowDocumentResult;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.services.LanguageClient;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;

/**
 * An editor for the session tests: records what the server sends (messages, progress, showDocument, the
 * {@code entra/*} notifications) and answers message requests and showDocument as the test says.
 */
public final class EditorClient implements LanguageClient {

    final BlockingQueue<JsonElement> sessionChanged = new LinkedBlockingQueue<>();
    final BlockingQueue<JsonElement> deviceCodes = new LinkedBlockingQueue<>();
    final BlockingQueue<ShowMessageRequestParams> messageRequests = new LinkedBlockingQueue<>();
    final BlockingQueue<ShowDocumentParams> documents = new LinkedBlockingQueue<>();
    final BlockingQueue<MessageParams> shown = new LinkedBlockingQueue<>();
    final List<MessageParams> logs = new CopyOnWriteArrayList<>();
    final List<ProgressParams> progress = new CopyOnWriteArrayList<>();
    final List<WorkDoneProgressCreateParams> createdProgress = new CopyOnWriteArrayList<>();
    /** How the "user" answers a message request (default: dismisses it). */
    volatile Function<ShowMessageRequestParams, MessageActionItem> answer = p -> null;
    /** What the "browser" does with a document opened externally (default: nothing). */
    volatile java.util.function.Consumer<ShowDocumentParams> browser = p -> { };

    @JsonNotification("entra/sessionChanged")
    public void sessionChanged(JsonElement context) {
        sessionChanged.add(context == null ? JsonNull.INSTANCE : context);
    }

    @JsonNotification("entra/deviceCode")
    public void deviceCode(JsonElement params) {
        deviceCodes.add(params);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) {
        messageRequests.add(p);
        return CompletableFuture.supplyAsync(() -> answer.apply(p));
    }

    @Override
    public CompletableFuture<ShowDocumentResult> showDocument(ShowDocumentParams p) {
        documents.add(p);
        browser.accept(p);
        return CompletableFuture.completedFuture(new ShowDocumentResult(true));
    }

    @Override
    public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams p) {
        createdProgress.add(p);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void notifyProgress(ProgressParams p) {
        progress.add(p);
    }

    @Override
    public void showMessage(MessageParams p) {
        shown.add(p);
    }

    @Override
    public void logMessage(MessageParams p) {
        logs.add(p);
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams p) {
    }

    /** The next sessionChanged (JSON null when signed out), waiting up to 10 s. */
    JsonElement nextSessionChanged() throws InterruptedException {
        return poll(sessionChanged, "entra/sessionChanged");
    }

    /** The next message shown (showMessage) of this type, skipping others, waiting up to 10 s. */
    MessageParams nextShown(MessageType type) throws InterruptedException {
        while (true) {
            MessageParams p = poll(shown, "a " + type + " window/showMessage");
            if (p.getType() == type) {
                return p;
            }
        }
    }

    static <T> T poll(BlockingQueue<T> queue, String what) throws InterruptedException {
        T t = queue.poll(10, TimeUnit.SECONDS);
        if (t == null) {
            throw new AssertionError("no " + what + " within 10 s");
        }
        return t;
    }
}
