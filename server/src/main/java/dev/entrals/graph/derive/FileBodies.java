package dev.entrals.graph.derive;

import dev.entrals.graph.BodyPart;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body that is a local file's bytes, or an argument's or a file's text ({@link #text}): {@code -ContentType "image/*" -Body $bytes} where the code assigns
 * {@code $bytes = [System.IO.File]::ReadAllBytes($P)} ({@code $P}, {@code $($params.P)} or
 * {@code $PSBoundParameters["P"]}) — the part {@link BodyPart#FILE} with the parameter and the content type. Where the
 * code also takes a URL in the same argument ({@code Invoke-WebRequest}), a note says a run sends a local file only.
 */
final class FileBodies {

    private static final Pattern BODY = Pattern.compile("(?i)-Body\\s+\\$(\\w+)");
    private static final String SOURCE = "(?:\\$\\(\\s*\\$params\\.(\\w+)\\s*\\)|\\$params\\.(\\w+)|\\$PSBoundParameters\\[[\"'](\\w+)[\"']]|\\$(\\w+))";

    private FileBodies() {
    }

    /**
     * A body of a content type not JSON that is an argument's text or a local file's text: {@code -Body $B} where the
     * code assigns {@code $B = $PSBoundParameters["Content"]} (the part {@link BodyPart#TEXT}) and, for another
     * argument, {@code $B = Get-Content -Path $PSBoundParameters["InputFilePath"]} (the part {@link BodyPart#FILE}:
     * the file's content as it is), each with the content type; with {@code -OutputFilePath $o} on the call and
     * {@code $o = $PSBoundParameters["P"]}, the part {@link BodyPart#REPLY_FILE} of {@code P}. Null when the body is
     * not such a text, or the code assigns {@code $B} anything else.
     */
    static List<BodyPart> text(FunctionCode fn, String p, String contentType, List<String> notes) {
        Matcher body = BODY.matcher(p);
        if (!body.find()) {
            return null;
        }
        List<BodyPart> out = new java.util.ArrayList<>();
        Matcher set = Pattern.compile("(?im)^\\s*\\$" + body.group(1) + "\\s*=(?!=)\\s*(.+?)\\s*;?\\s*$").matcher(p);
        while (set.find()) {
            String rhs = set.group(1);
            String param = Assignments.directParam(rhs, fn);
            Matcher content = Pattern.compile("(?i)^Get-Content\\s+(?:-Path\\s+)?" + SOURCE + "$").matcher(rhs);
            if (param != null && fn.parameter(param).map(x -> x.type().toLowerCase(java.util.Locale.ROOT))
                    .filter(t -> t.endsWith("string")).isPresent()) {
                out.add(new BodyPart(BodyPart.TEXT, param, contentType));
            } else if (content.matches() && fn.parameter(name(content)).isPresent()) {
                String file = fn.canonical(name(content));
                out.add(new BodyPart(BodyPart.FILE, file, contentType));
                notes.add("-" + file + " names a local file the module reads with Get-Content (its lines) and sends;"
                        + " the plan sends the file's content as it is");
            } else {
                return null; // the body is also set to something else
            }
        }
        if (out.stream().noneMatch(b -> BodyPart.TEXT.equals(b.property()))) {
            return null;
        }
        Matcher reply = Pattern.compile("(?i)Invoke-(?:Mg)?GraphRequest\\b[^\\n]*-OutputFilePath\\s+\\$(\\w+)").matcher(p);
        if (reply.find()) {
            Matcher to = Pattern.compile("(?im)^\\s*\\$" + reply.group(1) + "\\s*=(?!=)\\s*(.+?)\\s*;?\\s*$").matcher(p);
            String param = null;
            while (to.find()) {
                String direct = Assignments.directParam(to.group(1), fn);
                param = direct != null ? direct : param;
            }
            if (param == null) {
                return null; // the reply goes to a file the code names otherwise
            }
            out.add(new BodyPart(BodyPart.REPLY_FILE, param, null));
            notes.add("-" + param + " names the local file the module writes the reply to (without it, a temporary"
                    + " file whose lines it outputs); the plan writes it once the request has answered");
        }
        return out;
    }

    private static String name(Matcher read) {
        return read.group(1) != null ? read.group(1) : read.group(2) != null ? read.group(2)
                : read.group(3) != null ? read.group(3) : read.group(4);
    }

    /**
     * The body evidently meant in a set the file's argument is not in (the module sends no body there: its body
     * local is set only from the file): the set's one mandatory parameter the code never reads that holds the bytes,
     * with the file's content type and a note; null when the set has no such parameter, or several. A
     * {@code [System.Byte[]]} ({@code Set-EntraApplicationLogo -ImageByteArray}) is sent as {@link BodyPart#BYTES};
     * a {@code [System.IO.Stream]} ({@code -FileStream}), which only code opens, as {@link BodyPart#FILE}: a run
     * takes for the stream the file it reads, a file name given as its argument or asked for.
     */
    static BodyPart given(FunctionCode fn, String p, String set, BodyPart file, List<String> notes) {
        BodyPart bytes = unread(fn, p, set, "(System\\.)?Byte\\[]", BodyPart.BYTES, file);
        if (bytes != null) {
            notes.add("-" + bytes.param() + " is sent as the body (its numbers the bytes, " + file.template() + "): the"
                    + " module sends no body in set " + set + ", its body being only the file -" + file.param()
                    + " names, and never reads -" + bytes.param() + "; sent as evidently meant");
            return bytes;
        }
        BodyPart stream = unread(fn, p, set, "(System\\.)?IO\\.Stream", BodyPart.FILE, file);
        if (stream != null) {
            notes.add("-" + stream.param() + " is sent as the body (the stream's bytes, " + file.template() + "): the"
                    + " module sends no body in set " + set + ", its body being only the file -" + file.param()
                    + " names, and never reads -" + stream.param() + "; sent as evidently meant. A stream is an object"
                    + " only code opens: a run takes a file name for it (typed, or asked for when the argument is a"
                    + " variable) and sends the file's bytes; PowerShell itself would refuse a string there");
        }
        return stream;
    }

    /** The set's one mandatory parameter of the type that the code never reads, as a part; null if none or several. */
    private static BodyPart unread(FunctionCode fn, String p, String set, String type, String property, BodyPart file) {
        List<String> unread = neverRead(fn, p, set).filter(x -> x.type().matches("(?i)" + type))
                .map(x -> x.name()).toList();
        return unread.size() == 1 ? new BodyPart(property, unread.get(0), file.template()) : null;
    }

    /** The set's mandatory parameters the code never names. */
    private static java.util.stream.Stream<dev.entrals.script.ParameterSignature> neverRead(FunctionCode fn, String p,
            String set) {
        return fn.signature().parameters().stream().filter(x -> fn.mandatoryIn(x.name(), set)
                && !Pattern.compile("(?i)\\$" + x.name() + "\\b|[\"']" + x.name() + "[\"']").matcher(p).find());
    }

    /**
     * Why a set the file's argument is not in sends nothing the plan can send, naming its own mandatory arguments the
     * code never reads; empty when it has none.
     */
    static String unreadArguments(FunctionCode fn, String p, String set) {
        List<String> unread = neverRead(fn, p, set).map(x -> "-" + x.name() + " ([" + x.type() + "])").toList();
        return unread.isEmpty() ? "" : "; the set's " + String.join(", ", unread) + " is never read by the code, and"
                + " is neither bytes nor a stream, so nothing a call writes out stands for the bytes";
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
        String name = name(read);
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
