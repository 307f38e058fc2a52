package dev.entrals.graph.derive;

import dev.entrals.graph.RequestEntry.BodyPart;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that is a local file's bytes: {@code -ContentType "image/*" -Body $bytes} where the code assigns
 * {@code $bytes = [System.IO.File]::ReadAllBytes($P)} ({@code $P}, {@code $($params.P)} or
 * {@code $PSBoundParameters["P"]}) — the part {@link BodyPart#FILE} with the parameter and the content type. Where the
 * code also takes a URL in the same argument ({@code Invoke-WebRequest}), a note says a run sends a local file only.
 */
final class FileBodies {

    private static final Pattern BODY = Pattern.compile("(?i)-Body\\s+\\$(\\w+)");
    private static final String SOURCE = "(?:\\$\\(\\s*\\$params\\.(\\w+)\\s*\\)|\\$params\\.(\\w+)|\\$PSBoundParameters\\[[\"'](\\w+)[\"']]|\\$(\\w+))";

    private FileBodies() {
    }

    /** The part, or null when the body is not such a file. */
    static BodyPart read(FunctionCode fn, String p, String contentType, List<String> notes) {
        Matcher body = BODY.matcher(p);
        if (!body.find()) {
            return null;
        }
        Matcher read = Pattern.compile("(?i)\\$" + body.group(1) + "\\s*=\\s*\\[(?:System\\.)?IO\\.File]::ReadAllBytes\\(\\s*"
                + SOURCE + "\\s*\\)").matcher(p);
        if (!read.find()) {
            return null;
        }
        String name = read.group(1) != null ? read.group(1) : read.group(2) != null ? read.group(2)
                : read.group(3) != null ? read.group(3) : read.group(4);
        if (fn.parameter(name).isEmpty()) {
            return null;
        }
        String param = fn.canonical(name);
        if (Pattern.compile("(?i)\\$" + body.group(1) + "\\s*=\\s*\\(?\\s*Invoke-WebRequest\\b").matcher(p).find()) {
            notes.add("-" + param + " names a local file, read when the request is sent; the module also downloads a"
                    + " URL given there, which a run here refuses");
        }
        return new BodyPart(BodyPart.FILE, param, contentType);
    }
}
