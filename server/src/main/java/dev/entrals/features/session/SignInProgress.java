package dev.entrals.features.session;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The {@code $/progress} of one sign-in: on the request's own {@code workDoneToken}, or on a token the server asks
 * the client to create ({@code window/workDoneProgress/create}); silent when neither is possible.
 */
final class SignInProgress implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SignInProgress.class.getName());

    private final Editor editor;
    private final Either<String, Integer> token;

    private SignInProgress(Editor editor, Either<String, Integer> token) {
        this.editor = editor;
        this.token = token;
    }

    /**
     * Begins the progress with {@code title}; {@code requestToken} is the request's token or null. The user's cancel
     * of the progress runs {@code onCancel}.
     */
    static SignInProgress begin(Editor editor, Either<String, Integer> requestToken, String title, Runnable onCancel) {
        Either<String, Integer> token = requestToken != null ? requestToken : created(editor);
        SignInProgress p = new SignInProgress(editor, token);
        if (token != null && editor != null) {
            editor.progressCancels().register(token, onCancel);
        }
        WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
        begin.setTitle(title);
        begin.setCancellable(true);
        p.send(begin);
        return p;
    }

    /** The token in use, or null when the client gets no progress. */
    Either<String, Integer> token() {
        return token;
    }

    void report(String message) {
        WorkDoneProgressReport report = new WorkDoneProgressReport();
        report.setMessage(message);
        report.setCancellable(true);
        send(report);
    }

    @Override
    public void close() {
        send(new WorkDoneProgressEnd());
        if (token != null && editor != null) {
            editor.progressCancels().remove(token);
        }
    }

    private void send(WorkDoneProgressNotification n) {
        if (token != null && editor != null) {
            editor.client().notifyProgress(new ProgressParams(token, Either.forLeft(n)));
        }
    }

    private static Either<String, Integer> created(Editor editor) {
        if (editor == null || !editor.canCreateProgress()) {
            return null;
        }
        Either<String, Integer> token = Either.forLeft("entra-sign-in-" + UUID.randomUUID());
        try {
            editor.client().createProgress(new WorkDoneProgressCreateParams(token)).get(5, TimeUnit.SECONDS);
            return token;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            LOG.fine(() -> "the client did not create a progress token: " + e);
            return null;
        }
    }
}
