package dev.entrals.features.session;

import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ShowDocumentResult;
import org.eclipse.lsp4j.ShowMessageRequestParams;

import dev.entrals.session.SessionUi;

/**
 * The editor's side of one sign-in: the browser through {@code window/showDocument} (external), the device code as
 * an {@code entra/deviceCode} notification or a message with actions, steps as {@code $/progress} reports.
 */
final class EditorSessionUi implements SessionUi {

    static final String OPEN_BROWSER = "Open browser";
    static final String CANCEL = "Cancel";
    private static final Logger LOG = Logger.getLogger(EditorSessionUi.class.getName());

    private final Editor editor;
    private final SignInProgress progress;
    private final AtomicBoolean cancelled;

    /** {@code cancelled} is raised when the user picks "Cancel" on the device-code message. */
    EditorSessionUi(Editor editor, SignInProgress progress, AtomicBoolean cancelled) {
        this.editor = editor;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    @Override
    public void openBrowser(URI uri) {
        progress.report("Waiting for the sign-in in the browser...");
        if (!editor.canShowDocument()) {
            showAddress(uri.toString());
            return;
        }
        try {
            ShowDocumentResult r = editor.openExternal(uri.toString()).get(30, TimeUnit.SECONDS);
            if (r == null || !r.isSuccess()) {
                showAddress(uri.toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.fine(() -> "showDocument failed: " + e);
            showAddress(uri.toString());
        }
    }

    @Override
    public void showDeviceCode(String userCode, String verificationUri, String message) {
        progress.report("Enter the code " + userCode + " at " + verificationUri);
        if (editor.wantsDeviceCodeNotification()) {
            editor.deviceCode(userCode, verificationUri, message);
            return;
        }
        ShowMessageRequestParams ask = new ShowMessageRequestParams(
                List.of(new MessageActionItem(OPEN_BROWSER), new MessageActionItem(CANCEL)));
        ask.setType(MessageType.Info);
        ask.setMessage(message);
        // not awaited: the sign-in polls for the code while the message is up
        editor.client().showMessageRequest(ask).thenAccept(choice -> {
            if (choice == null) {
                return;
            }
            if (OPEN_BROWSER.equals(choice.getTitle())) {
                if (editor.canShowDocument()) {
                    editor.openExternal(verificationUri);
                } else {
                    showAddress(verificationUri);
                }
            } else if (CANCEL.equals(choice.getTitle())) {
                cancelled.set(true);
            }
        });
    }

    @Override
    public void progress(String message) {
        progress.report(message);
    }

    private void showAddress(String uri) {
        editor.show(MessageType.Info, "Open this address in a browser to sign in to Entra: " + uri);
    }
}
