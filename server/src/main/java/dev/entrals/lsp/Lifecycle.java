package dev.entrals.lsp;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The server's place in the LSP lifecycle (created, initialized, shut down) and the exit code that follows from it:
 * 0 after {@code shutdown}, 1 otherwise.
 */
public final class Lifecycle {

    /** Where the server is in the lifecycle. */
    public enum State { CREATED, INITIALIZED, SHUT_DOWN }

    private final AtomicReference<State> state = new AtomicReference<>(State.CREATED);

    /** The current state. */
    public State state() {
        return state.get();
    }

    /** Moves from created to initialized; returns false when {@code initialize} came before. */
    public boolean initialize() {
        return state.compareAndSet(State.CREATED, State.INITIALIZED);
    }

    /** Records that {@code shutdown} was received. */
    public void shutdown() {
        state.set(State.SHUT_DOWN);
    }

    /** The exit code the spec asks for: 0 when {@code shutdown} came before, 1 otherwise. */
    public int exitCode() {
        return state.get() == State.SHUT_DOWN ? 0 : 1;
    }
}
