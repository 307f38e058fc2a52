package dev.entrals.lsp;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
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
 * A language client that records what the server sends it (diagnostics, messages, progress, showDocument, the
 * {@code entra/*} notifications) and answers message requests and showDocument as the test says: the one test client
 * of the protocol, feature and session tests.
 */
public final class RecordingClient implements LanguageClient {

    public final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
    /** Every window/logMessage and window/showMessage, in order. */
    public final List<MessageParams> logs = new CopyOnWriteArrayList<>();
    /** The window/showMessage notifications alone. */
    public final BlockingQueue<MessageParams> shown = new LinkedBlockingQueue<>();
    public final List<org.eclipse.lsp4j.ProgressParams> progress = new CopyOnWriteArrayList<>();
    public final List<WorkDoneProgressCreateParams> createdProgress = new CopyOnWriteArrayList<>();
    public final BlockingQueue<JsonElement> sessionChanged = new LinkedBlockingQueue<>();
    public final BlockingQueue<JsonElement> deviceCodes = new LinkedBlockingQueue<>();
    public final BlockingQueue<ShowMessageRequestParams> messageRequests = new LinkedBlockingQueue<>();
    public final BlockingQueue<ShowDocumentParams> documents = new LinkedBlockingQueue<>();
    /** How the "user" answers a message request (default: dismisses it). */
    public volatile Function<ShowMessageRequestParams, MessageActionItem> answer = p -> null;
    /** What the "browser" does with a document opened externally (default: nothing). */
    public volatile Consumer<ShowDocumentParams> browser = p -> { };

    @JsonNotification("entra/sessionChanged")
    public void sessionChanged(JsonElement context) {
        sessionChanged.add(context == null ? JsonNull.INSTANCE : context);
    }

    @JsonNotification("entra/deviceCode")
    public void deviceCode(JsonElement params) {
        deviceCodes.add(params);
    }

    @Override
    public void notifyProgress(org.eclipse.lsp4j.ProgressParams p) {
        progress.add(p);
    }

    @Override
    public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams p) {
        createdProgress.add(p);
        return CompletableFuture.completedFuture(null);
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
        synchronized (logs) {
            logs.add(p);
            logs.notifyAll();
        }
        shown.add(p);
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
    public void logMessage(MessageParams p) {
        synchronized (logs) {
            logs.add(p);
            logs.notifyAll();
        }
    }

    /**
     * Whether a window/logMessage or showMessage whose text contains {@code text} came, waiting up to 10 s for it
     * (the server's log forwarding is not ordered with its replies).
     */
    public boolean awaitLog(String text) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        synchronized (logs) {
            while (logs.stream().noneMatch(m -> m.getMessage().contains(text))) {
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                if (left <= 0) {
                    return false;
                }
                logs.wait(left);
            }
            return true;
        }
    }

    /** The next diagnostics published, waiting up to 5 s; fails when none come. */
    public PublishDiagnosticsParams nextDiagnostics() throws InterruptedException {
        PublishDiagnosticsParams p = diagnostics.poll(5, TimeUnit.SECONDS);
        if (p == null) {
            throw new AssertionError("no diagnostics published within 5 s");
        }
        return p;
    }

    /** The next sessionChanged (JSON null when signed out), waiting up to 10 s. */
    public JsonElement nextSessionChanged() throws InterruptedException {
        return poll(sessionChanged, "entra/sessionChanged");
    }

    /** The next message shown (showMessage) of this type, skipping others, waiting up to 10 s. */
    public MessageParams nextShown(MessageType type) throws InterruptedException {
        while (true) {
            MessageParams p = poll(shown, "a " + type + " window/showMessage");
            if (p.getType() == type) {
                return p;
            }
        }
    }

    /** The next element of {@code queue}, waiting up to 10 s; fails naming {@code what} when none comes. */
    public static <T> T poll(BlockingQueue<T> queue, String what) throws InterruptedException {
        T t = queue.poll(10, TimeUnit.SECONDS);
        if (t == null) {
            throw new AssertionError("no " + what + " within 10 s");
        }
        return t;
    }
}
