package dev.entrals.session;

/** A session operation failed; the message says why in words a person understands and never holds a secret. */
public class SessionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SessionException(String message) {
        super(message);
    }

    public SessionException(String message, Throwable cause) {
        super(message, cause);
    }
}
