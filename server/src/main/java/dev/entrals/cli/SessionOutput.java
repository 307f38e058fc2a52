package dev.entrals.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.entrals.session.EntraContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code --json} option and output of the session commands (a picocli mixin): the aligned context list or JSON
 * to stdout, messages to stderr.
 */
final class SessionOutput {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    /** Keeps the session's progress logging off the terminal; the commands print what matters themselves. */
    SessionOutput quiet() {
        Logger.getLogger("dev.entrals.session").setLevel(Level.WARNING);
        return this;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints a message to stderr and returns the exit code. */
    int fail(String message, int exitCode) {
        err().println(message);
        err().flush();
        return exitCode;
    }

    int printContext(EntraContext context) {
        if (json) {
            printJson(context.toOrderedMap());
        } else {
            out().print(context.formatList());
            out().flush();
        }
        return Main.OK;
    }

    void printJson(Object value) {
        try {
            out().println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out().flush();
    }
}
