package dev.entrals.session;

/**
 * What {@link SessionService#restore()} did at start-up: the outcome, the restored context (null unless restored)
 * and a sentence to log or show.
 */
public record RestoreResult(Status status, EntraContext context, String message) {

    /** The outcomes of a silent restore. */
    public enum Status {
        /** No CurrentUser session was saved. */
        NOTHING_SAVED,
        /** The saved session is connected again. */
        RESTORED,
        /** A session was saved but its sign-in is no longer accepted; the user must connect again. */
        SIGN_IN_NEEDED
    }
}
