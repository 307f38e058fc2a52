package dev.entrals.features.session;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.ShowDocumentResult;
import org.eclipse.lsp4j.services.LanguageClient;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.entrals.features.ClientChannel;
import dev.entrals.features.ProgressCancels;
import dev.entrals.session.EntraContext;

/**
 * The client as the session sees it: what it supports (showDocument, work-done progress, the {@code entra/deviceCode}
 * notification) and the messages the session sends it.
 */
final class Editor {

    static final String SESSION_CHANGED = "entra/sessionChanged";
    static final String DEVICE_CODE = "entra/deviceCode";
    private static final Logger LOG = Logger.getLogger(Editor.class.getName());

    private final ClientChannel channel;

    Editor(ClientChannel channel) {
        this.channel = channel;
    }

    LanguageClient client() {
        return channel.client();
    }

    ProgressCancels progressCancels() {
        return channel.progressCancels();
    }

    boolean canShowDocument() {
        var window = channel.capabilities().getWindow();
        return window != null && window.getShowDocument() != null && window.getShowDocument().isSupport();
    }

    boolean canCreateProgress() {
        var window = channel.capabilities().getWindow();
        return window != null && Boolean.TRUE.equals(window.getWorkDoneProgress());
    }

    /** Whether the client declared {@code experimental: {"entra": {"deviceCodeNotification": true}}}. */
    boolean wantsDeviceCodeNotification() {
        return experimentalFlag(channel.capabilities(), "deviceCodeNotification");
    }

    void show(MessageType type, String text) {
        client().showMessage(new MessageParams(type, text));
    }

    /** Asks the client to open {@code uri} outside the editor (the system browser). */
    CompletableFuture<ShowDocumentResult> openExternal(String uri) {
        ShowDocumentParams p = new ShowDocumentParams(uri);
        p.setExternal(true);
        return client().showDocument(p);
    }

    void sessionChanged(EntraContext contextOrNull) {
        channel.endpoint().notify(SESSION_CHANGED, contextOrNull == null ? null : contextOrNull.toOrderedMap());
        LOG.fine(() -> "sessionChanged sent: " + (contextOrNull == null ? "signed out" : "connected"));
    }

    void deviceCode(String userCode, String verificationUri, String message) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("userCode", userCode);
        params.put("verificationUri", verificationUri);
        params.put("message", message);
        channel.endpoint().notify(DEVICE_CODE, params);
    }

    private static boolean experimentalFlag(ClientCapabilities caps, String flag) {
        Object experimental = caps.getExperimental();
        if (experimental instanceof JsonElement e && e.isJsonObject()) {
            JsonElement entra = e.getAsJsonObject().get("entra");
            if (entra != null && entra.isJsonObject()) {
                JsonElement value = ((JsonObject) entra).get(flag);
                return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()
                        && value.getAsBoolean();
            }
            return false;
        }
        if (experimental instanceof Map<?, ?> m && m.get("entra") instanceof Map<?, ?> entra) {
            return Boolean.TRUE.equals(entra.get(flag));
        }
        return false;
    }
}
