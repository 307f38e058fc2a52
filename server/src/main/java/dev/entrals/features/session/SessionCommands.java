package dev.entrals.features.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import dev.entrals.features.RequestContext;
import dev.entrals.session.CancellationSignal;
import dev.entrals.session.ConnectRequest;
import dev.entrals.session.EntraContext;
import dev.entrals.session.EntraEnvironment;
import dev.entrals.session.SessionException;
import dev.entrals.session.SessionService;
import dev.entrals.session.TokenCredentialType;
import dev.entrals.settings.SessionSettings;

/**
 * The {@code entra.*} command handlers: each reads its one JSON object argument (or checks it was given none), calls the session service and
 * answers the context map (or null), or an error whose message a person understands. A call marked as coming from a
 * code lens also shows its outcome to the user.
 */
final class SessionCommands {

    private final SessionService service;
    private final EditorSignIn signIn;

    SessionCommands(SessionService service, EditorSignIn signIn) {
        this.service = service;
        this.signIn = signIn;
    }

    Object connect(List<Object> args, RequestContext ctx) {
        CommandArguments a = CommandArguments.read("entra.connect", args);
        if (a.refused() != null) {
            return refuse(a.refused());
        }
        EntraContext c = run(a, () -> signIn.connect(a.object(), ctx, CancellationSignal.NONE));
        if (a.fromLens()) {
            tell(MessageType.Info, Summaries.connected(c), c);
        }
        return c.toOrderedMap();
    }

    Object disconnect(List<Object> args, RequestContext ctx) {
        CommandArguments a = CommandArguments.none("entra.disconnect", args);
        if (a.fromLens()) {
            return run(a, signIn::disconnect).map(EntraContext::toOrderedMap).orElse(null);
        }
        return run(a, service::disconnect).map(EntraContext::toOrderedMap).orElse(null);
    }

    Object context(List<Object> args, RequestContext ctx) {
        CommandArguments a = CommandArguments.none("entra.getContext", args);
        Optional<EntraContext> c = service.context();
        if (a.fromLens()) {
            tell(MessageType.Info, c.map(Summaries::current).orElse("Not connected to Entra."), c.orElse(null));
        }
        return c.map(EntraContext::toOrderedMap).orElse(null);
    }

    Object environments(List<Object> args, RequestContext ctx) {
        CommandArguments.none("entra.getEnvironments", args);
        return service.environments().stream().map(EntraEnvironment::toOrderedMap).toList();
    }

    Object addEnvironment(List<Object> args, RequestContext ctx) {
        CommandArguments a = CommandArguments.read("entra.addEnvironment", args);
        String name = a.text("name");
        String login = a.text("azureADEndpoint");
        String graph = a.text("graphEndpoint");
        if (name == null || login == null || graph == null) {
            throw CommandArguments.invalid("entra.addEnvironment takes {name, azureADEndpoint, graphEndpoint}.");
        }
        return run(a, () -> service.addEnvironment(name, login, graph)).toOrderedMap();
    }

    /**
     * The connect request: the argument's fields, with tenant, client, environment, scope and (for the browser
     * sign-in) the redirect URI from the settings.
     */
    static ConnectRequest request(Map<String, Object> fields, SessionSettings defaults) {
        ConnectRequest given;
        try {
            given = ConnectRequest.fromMap(fields);
        } catch (SessionException e) {
            throw CommandArguments.invalid(e.getMessage());
        }
        TokenCredentialType flow = given.resolvedFlow();
        boolean ownIdentity = flow == TokenCredentialType.ManagedIdentity
                || flow == TokenCredentialType.UserProvidedAccessToken
                || flow == TokenCredentialType.EnvironmentVariable;
        Map<String, Object> withDefaults = new LinkedHashMap<>(fields);
        if (!ownIdentity) {
            putDefault(withDefaults, "tenantId", defaults.tenantId());
            putDefault(withDefaults, "clientId", defaults.clientId());
        }
        putDefault(withDefaults, "environment", defaults.environment());
        putDefault(withDefaults, "contextScope", defaults.contextScope());
        if (flow == TokenCredentialType.InteractiveBrowser) {
            putDefault(withDefaults, "redirectUri", defaults.redirectUri());
        }
        try {
            return ConnectRequest.fromMap(withDefaults);
        } catch (SessionException e) {
            throw CommandArguments.invalid("The setting entra.session: " + e.getMessage());
        }
    }

    private static void putDefault(Map<String, Object> fields, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        boolean given = fields.entrySet().stream().anyMatch(e -> e.getKey().equalsIgnoreCase(name)
                && e.getValue() != null && !String.valueOf(e.getValue()).isBlank());
        if (!given) {
            fields.keySet().removeIf(k -> k.equalsIgnoreCase(name));
            fields.put(name, value);
        }
    }

    /** Runs a session call; its failure becomes an error reply (and, from a lens, an error message). */
    private <T> T run(CommandArguments a, Supplier<T> call) {
        try {
            return call.get();
        } catch (SessionException e) {
            if (a.fromLens()) {
                tell(MessageType.Error, e.getMessage(), null);
            }
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, e.getMessage(), null));
        }
    }

    private Object refuse(String reason) {
        tell(MessageType.Warning, reason, null);
        return null;
    }

    /** Shows a one-line message; the full context goes to the log. */
    private void tell(MessageType type, String line, EntraContext context) {
        signIn.tell(type, line, context);
    }
}
