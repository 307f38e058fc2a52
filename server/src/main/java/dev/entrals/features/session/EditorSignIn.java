package dev.entrals.features.session;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Logger;

import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import dev.entrals.features.RequestContext;
import dev.entrals.session.CancellationSignal;
import dev.entrals.session.ConnectRequest;
import dev.entrals.session.EntraContext;
import dev.entrals.session.SessionException;
import dev.entrals.session.SessionService;

/**
 * The editor's one sign-in and sign-out: {@code entra.connect} and {@code entra.disconnect} use it, and so does a run
 * of {@code Connect-Entra} or {@code Disconnect-Entra} ({@code entra.run}, the "▶ Run" lens). A sign-in takes the
 * {@code entra.session} settings for what its request does not give, reports its steps as {@code $/progress} on the
 * request's token (or one it creates), opens the browser or shows the device code through the editor, and can be
 * cancelled from that progress; a run's sign-in and sign-out show their one-line outcome as the lens's always did.
 */
public final class EditorSignIn {

    private static final Logger LOG = Logger.getLogger(EditorSignIn.class.getName());

    private final SessionService service;
    private final Supplier<Editor> editor;

    EditorSignIn(SessionService service, Supplier<Editor> editor) {
        this.service = service;
        this.editor = editor;
    }

    /**
     * Signs in with the request a {@code Connect-Entra} line makes (the settings fill what it does not give), shows the
     * outcome, and returns the new context; a {@link SessionException} says why not.
     */
    public EntraContext connect(ConnectRequest line, RequestContext ctx, CancellationSignal cancel) {
        EntraContext c;
        try {
            c = connect(fields(line), ctx, cancel);
        } catch (ResponseErrorException e) { // the settings or the editor: said as the sign-in's failure
            tell(MessageType.Error, e.getMessage(), null);
            throw new SessionException(e.getResponseError().getMessage());
        } catch (SessionException e) {
            tell(MessageType.Error, e.getMessage(), null);
            throw e;
        }
        tell(MessageType.Info, Summaries.connected(c), c);
        return c;
    }

    /** Signs out, shows the outcome, and returns the context signed out of (empty: there was no session). */
    public Optional<EntraContext> disconnect() {
        Optional<EntraContext> signedOut = service.disconnect();
        tell(MessageType.Info, signedOut.map(Summaries::signedOut).orElse(SessionService.NOTHING_TO_SIGN_OUT),
                signedOut.orElse(null));
        return signedOut;
    }

    /**
     * Signs in with the fields of an {@code entra.connect} object and the settings' defaults; invalid fields or
     * settings and an editor not yet initialized are response errors, a failed sign-in a {@link SessionException}.
     */
    EntraContext connect(Map<String, Object> fields, RequestContext ctx, CancellationSignal cancel) {
        ConnectRequest request = SessionCommands.request(fields, ctx.settings().session());
        Editor e = editor.get();
        if (e == null) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed,
                    "The editor has not finished initializing the server; try again.", null));
        }
        AtomicBoolean userCancelled = new AtomicBoolean();
        try (SignInProgress progress = SignInProgress.begin(e, ctx.workDoneToken(), "Signing in to Entra",
                () -> userCancelled.set(true))) {
            return service.connect(request, new EditorSessionUi(e, progress, userCancelled),
                    () -> userCancelled.get() || ctx.cancel().isCanceled() || cancel.isCancelled());
        }
    }

    /** Shows a one-line message; the full context goes to the log. */
    void tell(MessageType type, String line, EntraContext context) {
        Editor e = editor.get();
        if (e != null) {
            e.show(type, line);
        }
        if (context != null) {
            LOG.info(() -> line + "\n" + context.formatList());
        } else {
            LOG.info(line);
        }
    }

    /** The {@code entra.connect} object of a request, without any secret (a line's secret is refused before). */
    static Map<String, Object> fields(ConnectRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("flow", r.resolvedFlow().name());
        putIf(m, "tenantId", r.tenantId());
        putIf(m, "clientId", r.clientId());
        if (!r.scopes().isEmpty()) {
            m.put("scopes", r.scopes());
        }
        putIf(m, "environment", r.environment());
        putIf(m, "contextScope", r.contextScope() == null ? null : r.contextScope().name());
        putIf(m, "managedIdentityClientId", r.managedIdentityClientId());
        return m;
    }

    private static void putIf(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
