package dev.entrals.session;

/** Asked while a sign-in waits; an lsp4j handler passes {@code cancelChecker::isCanceled}. */
@FunctionalInterface
public interface CancellationSignal {

    /** A signal that is never raised. */
    CancellationSignal NONE = () -> false;

    boolean isCancelled();
}
