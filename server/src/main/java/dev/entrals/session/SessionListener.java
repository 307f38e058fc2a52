package dev.entrals.session;

/** Told after every change of the session (connect, disconnect, restore) with the new context, or null. */
@FunctionalInterface
public interface SessionListener {

    void sessionChanged(EntraContext contextOrNull);
}
