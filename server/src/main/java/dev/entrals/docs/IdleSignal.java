package dev.entrals.docs;

/**
 * Tells background work of the docs engine when it may run: {@link HelpIndex#preParse} asks it before each page, so
 * a request never waits for more than the one page being parsed when it arrives.
 */
@FunctionalInterface
public interface IdleSignal {

    /**
     * Returns at once when the server is idle, else blocks until it is; throws when the waiting thread is
     * interrupted (the work is to stop).
     */
    void awaitIdle() throws InterruptedException;
}
