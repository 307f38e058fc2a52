package dev.entrals.execution;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.entrals.script.ScriptDocument;

/**
 * What to run: a script text and the range of the line or selection ({@code [start, end)}; a command line is the
 * whole text), values supplied for arguments by parameter name, whether a write is confirmed, whether to only show
 * the request ({@code whatIf}), the view of the results and how many objects to keep for it; and, when the caller
 * already has it, the parse of {@code text} ({@code parsed}, e.g. the editor's parse of the document version), which
 * saves parsing it again (null: the run parses it); and the folder a relative file path of an argument is read from
 * ({@code directory}: the script's folder for an editor's run; null: this process's working directory, as
 * {@code [System.IO.File]::ReadAllBytes} reads it).
 */
public record RunInput(String text, int start, int end, Map<String, String> supplied, boolean confirmed,
                       boolean whatIf, ResultFormat format, int keep, ScriptDocument parsed, Path directory) {

    /** Copies; a parse of another text than {@code text} is refused. */
    public RunInput {
        supplied = supplied == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(supplied));
        format = format == null ? ResultFormat.AUTO : format;
        keep = keep <= 0 ? Integer.MAX_VALUE : keep;
        if (parsed != null && !parsed.text().equals(text)) {
            throw new IllegalArgumentException("the parse given is not the parse of the text to run");
        }
    }

    /** An input read from this process's working directory. */
    public RunInput(String text, int start, int end, Map<String, String> supplied, boolean confirmed, boolean whatIf,
                    ResultFormat format, int keep, ScriptDocument parsed) {
        this(text, start, end, supplied, confirmed, whatIf, format, keep, parsed, null);
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
        return new RunInput(text, start, end, supplied, true, whatIf, format, keep, parsed, directory);
    }

    /** The same input, its relative file paths read from {@code folder}. */
    public RunInput in(Path folder) {
        return new RunInput(text, start, end, supplied, confirmed, whatIf, format, keep, parsed, folder);
    }

    /** A file path of an argument as this run reads it: absolute, a relative one in {@link #directory()}. */
    public Path file(String path) {
        // PowerShell takes \ as a separator on every system (.\data\roles.csv): so does a run where / is the separator
        Path p = Path.of(java.io.File.separatorChar == '/' ? path.replace('\\', '/') : path);
        return (directory == null || p.isAbsolute() ? p : directory.resolve(p)).toAbsolutePath().normalize();
    }
}
