package dev.entrals.session;

import java.util.logging.Logger;

/** The session package's java.util.logging logger (stderr in the CLI, window/logMessage in the server). */
final class SessionLog {

    static final Logger LOG = Logger.getLogger("dev.entrals.session");

    private SessionLog() {
    }
}
