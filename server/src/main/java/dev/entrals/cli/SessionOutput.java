package dev.entrals.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.entrals.session.EntraContext;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;

/** How the session commands print: the aligned context list or JSON to stdout, messages to stderr. */
final class SessionOutput {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SessionOutput() {
    }

    /** Keeps the session's progress logging off the terminal; the commands print what matters themselves. */
    static void quietLogging() {
        Logger.getLogger("dev.entrals.session").setLevel(Level.WARNING);
    }

    static void printContext(PrintWriter out, EntraContext context, boolean json) {
        if (json) {
            printJson(out, context.toOrderedMap());
        } else {
            out.print(context.formatList());
        }
        out.flush();
    }

    static void printJson(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }
}
