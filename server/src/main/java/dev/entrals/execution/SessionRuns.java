package dev.entrals.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.entrals.session.CancellationSignal;
import dev.entrals.session.ConnectRequest;
import dev.entrals.session.EntraContext;
import dev.entrals.session.SessionException;

/**
 * {@code Connect-Entra} and {@code Disconnect-Entra}, which send no Graph request of their own, run as the caller's
 * session commands ({@link SessionChanges}): the line's literal parameters bound by the binder, then read by
 * {@link ConnectRequest#fromConnectEntraParameters} (every flow, {@code -Environment}, {@code -ContextScope}), the
 * parameters the session refuses (an object, the Windows certificate store, a secret on the line) refused before any
 * value is asked for; the result is the new context (or the one signed out of) as {@code Get-EntraContext} shows it,
 * one object in a list view. They change no tenant, so no confirmation is asked for; {@code -WhatIf} says what would be
 * done and signs neither in nor out.
 */
final class SessionRuns {

    private static final String CONNECT = "connect-entra";
    private static final String DISCONNECT = "disconnect-entra";
    /** Connect-Entra's parameters the session refuses whatever their value (their values are never asked for). */
    private static final Set<String> REFUSED = Set.of("accesstoken", "certificate", "clientsecretcredential",
            "certificatethumbprint", "certificatesubjectname");
    static final String ANSWERED = "Answered here: no Graph request; the session was changed as the session commands"
            + " change it.";

    private SessionRuns() {
    }

    /** Whether {@code command} (a canonical name, any case) is one of the two session cmdlets run here. */
    static boolean answers(String command) {
        return command != null && (CONNECT.equalsIgnoreCase(command) || DISCONNECT.equalsIgnoreCase(command));
    }

    /**
     * The refusal of a {@code Connect-Entra} line that names a parameter the session refuses (bound or not a literal:
     * such a value is not asked for), with the session's reason; null for any other call.
     */
    static RunResult refused(EvaluatedCall call, List<String> notes, long started) {
        if (!CONNECT.equalsIgnoreCase(call.command())) {
            return null;
        }
        List<String> named = new ArrayList<>(call.arguments().keySet());
        call.unevaluated().forEach(u -> named.add(EvaluatedCall.unevaluatedName(u)));
        Map<String, String> refused = new LinkedHashMap<>();
        named.stream().filter(n -> REFUSED.contains(n.toLowerCase(Locale.ROOT))).forEach(n -> refused.put(n, "x"));
        if (refused.isEmpty()) {
            return null;
        }
        String reason;
        try {
            reason = ConnectRequest.fromConnectEntraParameters(refused).accessToken() != null
                    ? ConnectRequest.SECRET_NOT_READ : null;
        } catch (SessionException e) {
            reason = e.getMessage();
        }
        return RunEngine.result(call.command(), List.of(), RunStatus.UNSUPPORTED, false, call.command() + ": " + reason
                + "\n", notes, started);
    }

    /** The run of {@code call}, one of {@link #answers}: what {@code -WhatIf} would do, or the sign-in or sign-out. */
    static RunResult run(EvaluatedCall call, RunInput in, List<String> notes, TokenSource session,
                         SessionChanges changes, CancellationSignal cancel, long started) {
        boolean connect = CONNECT.equalsIgnoreCase(call.command());
        ConnectRequest request = null;
        if (connect) {
            try {
                request = ConnectRequest.fromConnectEntraParameters(parameters(call.arguments()));
            } catch (SessionException e) {
                return RunEngine.result(call.command(), List.of(), RunStatus.UNSUPPORTED, false, call.command() + ": "
                        + e.getMessage() + "\n", notes, started);
            }
        }
        if (call.whatIf() || in.whatIf()) {
            String text = connect ? whatIfConnect(request) : whatIfDisconnect(session.context());
            return RunEngine.result(call.command(), List.of(), RunStatus.WHAT_IF, false, text, notes, started);
        }
        Optional<EntraContext> context;
        try {
            context = connect ? Optional.of(changes.connect(request, cancel)) : changes.disconnect();
        } catch (SessionException e) {
            RunStatus status = cancel.isCancelled() ? RunStatus.CANCELLED : RunStatus.FAULT;
            return RunEngine.result(call.command(), List.of(), status, false, call.command() + ": " + e.getMessage()
                    + "\n", notes, started);
        }
        if (context.isEmpty()) { // Disconnect-MgGraph's error without a session, as `entra-ls disconnect` says it
            return RunEngine.result(call.command(), List.of(), RunStatus.FAULT, false, call.command() + ": "
                    + dev.entrals.session.SessionService.NOTHING_TO_SIGN_OUT + "\n", notes, started);
        }
        List<String> all = new ArrayList<>(notes);
        all.add(ANSWERED);
        List<Map<String, Object>> objects = List.of(context.get().toOrderedMap());
        String text = in.format() == ResultFormat.AUTO ? context.get().formatList()
                : ResultFormatter.format(objects, true, List.of(), in.format());
        return new RunResult(call.command(), List.of(), RunStatus.OK, false, objects, 1, true, text, all,
                RunEngine.millis(started), List.of());
    }

    /**
     * The bound arguments as {@link ConnectRequest#fromConnectEntraParameters} reads a line's literals: a list joined
     * with commas, a switch or boolean as {@code $true}/{@code $false}.
     */
    static Map<String, String> parameters(Map<String, Object> arguments) {
        Map<String, String> out = new LinkedHashMap<>();
        arguments.forEach((name, value) -> out.put(name, value instanceof Boolean b ? (b ? "$true" : "$false")
                : value instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList())
                : String.valueOf(value)));
        return out;
    }

    private static String whatIfConnect(ConnectRequest r) {
        List<String> parts = new ArrayList<>();
        parts.add(r.resolvedFlow().name());
        parts.add("environment " + (r.environment() == null ? "(default)" : r.environment()));
        parts.add("tenant " + (r.tenantId() == null ? "(default)" : r.tenantId()));
        String client = r.clientId() != null ? r.clientId() : r.managedIdentityClientId();
        parts.add("client " + (client == null ? "(default)" : client));
        parts.add("scopes " + (r.scopes().isEmpty() ? "(default)" : String.join(", ", r.scopes())));
        parts.add("context scope " + (r.contextScope() == null ? "(the flow's default)" : r.contextScope().name()));
        return "What if: Performing the operation \"Sign in\" on target \"" + String.join("; ", parts) + "\".\n"
                + "Nothing was signed in; (default) is what the connect command takes when the line does not say.\n";
    }

    private static String whatIfDisconnect(Optional<EntraContext> context) {
        return context.map(c -> "What if: Performing the operation \"Sign out\" on target \"" + c.who() + " ("
                + c.tenantId() + ")\".\nNothing was signed out.\n")
                .orElse("What if: there is no session to sign out of (" + dev.entrals.session.SessionService
                        .NOTHING_TO_SIGN_OUT + ")\n");
    }
}
