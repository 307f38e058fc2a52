package dev.entrals.execution;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import dev.entrals.session.CancellationSignal;
import dev.entrals.session.ConnectRequest;
import dev.entrals.session.EntraContext;
import dev.entrals.session.SessionException;

/**
 * How a run of {@code Connect-Entra} or {@code Disconnect-Entra} signs in or out: the caller's own sign-in, the one
 * its session commands use (the editor's {@code entra.connect}, with its settings, progress, browser and device code;
 * the CLI's {@code entra-ls connect}, on stderr), so a run is not a second implementation of it. Failures are
 * {@link SessionException}s with a message a person understands.
 */
public interface SessionChanges {

    /** Signs in as {@code request} says (the literal parameters of the line) and returns the new context. */
    EntraContext connect(ConnectRequest request, CancellationSignal cancel);

    /** Signs out and returns the context signed out of; empty when there was no session. */
    Optional<EntraContext> disconnect();

    /** A caller that cannot sign in or out (an engine made without one). */
    SessionChanges NONE = of((request, cancel) -> {
        throw new SessionException("This caller of the run cannot sign in; use its connect command.");
    }, () -> {
        throw new SessionException("This caller of the run cannot sign out; use its disconnect command.");
    });

    /** The changes made by these two calls. */
    static SessionChanges of(BiFunction<ConnectRequest, CancellationSignal, EntraContext> connect,
                             Supplier<Optional<EntraContext>> disconnect) {
        return new SessionChanges() {
            @Override
            public EntraContext connect(ConnectRequest request, CancellationSignal cancel) {
                return connect.apply(request, cancel);
            }

            @Override
            public Optional<EntraContext> disconnect() {
                return disconnect.get();
            }
        };
    }
}
