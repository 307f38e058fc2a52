package dev.entrals.features;

/**
 * Reports the progress of a long request to the client through {@code $/progress}, when the client sent a
 * {@code workDoneToken} with it; {@link #NONE} otherwise. Begin once, report any number of times, end once.
 */
public interface WorkDoneProgress {

    /** Starts the progress with a title (shown by the client) and a first message. */
    void begin(String title, String message);

    /** A new message and, when known, a percentage (0-100; -1 when unknown). */
    void report(String message, int percent);

    /** Ends the progress with a final message. */
    void end(String message);

    /** Reports nothing: the client did not ask. */
    WorkDoneProgress NONE = new WorkDoneProgress() {
        @Override
        public void begin(String title, String message) {
        }

        @Override
        public void report(String message, int percent) {
        }

        @Override
        public void end(String message) {
        }
    };
}
