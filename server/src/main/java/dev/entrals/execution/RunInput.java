package dev.entrals.execution;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What to run: a script text and the range of the line or selection ({@code [start, end)}; a command line is the
 * whole text), values supplied for arguments by parameter name, whether a write is confirmed, whether to only show
 * the request ({@code whatIf}), the view of the results and how many objects to keep for it.
 */
public record RunInput(String text, int start, int end, Map<String, String> supplied, boolean confirmed,
                       boolean whatIf, ResultFormat format, int keep) {

    /** Copies. */
    public RunInput {
        supplied = supplied == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(supplied));
        format = format == null ? ResultFormat.AUTO : format;
        keep = keep <= 0 ? Integer.MAX_VALUE : keep;
    }

    /** A command line, unconfirmed, in the default view. */
    public static RunInput commandLine(String line) {
        return new RunInput(line, 0, line.length(), Map.of(), false, false, ResultFormat.AUTO, 0);
    }

    /** The same input, confirmed. */
    public RunInput confirm() {
        return new RunInput(text, start, end, supplied, true, whatIf, format, keep);
    }
}
