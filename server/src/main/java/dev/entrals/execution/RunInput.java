package dev.entrals.execution;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.entrals.script.ScriptDocument;

/**
 * What to run: a script text and the range of the line or selection ({@code [start, end)}; a command line is the
 * whole text), values supplied for arguments by parameter name, whether a write is confirmed, whether to only show
 * the request ({@code whatIf}), the view of the results and how many objects to keep for it; and, when the caller
 * already has it, the parse of {@code text} ({@code parsed}, e.g. the editor's parse of the document version), which
 * saves parsing it again (null: the run parses it).
 */
public record RunInput(String text, int start, int end, Map<String, String> supplied, boolean confirmed,
                       boolean whatIf, ResultFormat format, int keep, ScriptDocument parsed) {

    /** Copies; a parse of another text than {@code text} is refused. */
    public RunInput {
        supplied = supplied == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(supplied));
        format = format == null ? ResultFormat.AUTO : format;
        keep = keep <= 0 ? Integer.MAX_VALUE : keep;
        if (parsed != null && !parsed.text().equals(text)) {
            throw new IllegalArgumentException("the parse given is not the parse of the text to run");
        }
    }

    /** An input that the run parses itself. */
    public RunInput(String text, int start, int end, Map<String, String> supplied, boolean confirmed, boolean whatIf,
                    ResultFormat format, int keep) {
        this(text, start, end, supplied, confirmed, whatIf, format, keep, null);
    }

    /** A command line, unconfirmed, in the default view. */
    public static RunInput commandLine(String line) {
        return new RunInput(line, 0, line.length(), Map.of(), false, false, ResultFormat.AUTO, 0);
    }

    /** The same input, confirmed. */
    public RunInput confirm() {
        return new RunInput(text, start, end, supplied, true, whatIf, format, keep, parsed);
    }
}
