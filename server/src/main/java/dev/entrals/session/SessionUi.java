package dev.entrals.session;

import java.net.URI;

/**
 * What a sign-in needs from the person in front of the tool: the editor implements it with
 * {@code window/showDocument} and messages, the command line with the system browser and stderr.
 */
public interface SessionUi {

    /** Opens the sign-in page in the user's browser; throws when no browser can be opened. */
    void openBrowser(URI uri);

    /** Shows the device code and where to enter it; {@code message} is the identity platform's own instruction. */
    void showDeviceCode(String userCode, String verificationUri, String message);

    /** Reports a step of a long sign-in ("Waiting for the browser sign-in..."). */
    default void progress(String message) {
    }
}
