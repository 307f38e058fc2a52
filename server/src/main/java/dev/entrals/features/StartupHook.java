package dev.entrals.features;

/**
 * Told once the client has sent {@code initialized}, with the channel back to it. Called on the message thread:
 * long work (a session restore) must be started in the background.
 */
@FunctionalInterface
public interface StartupHook {

    void initialized(ClientChannel channel);
}
