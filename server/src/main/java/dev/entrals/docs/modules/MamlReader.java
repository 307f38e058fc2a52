package dev.entrals.docs.modules;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.DocDiagnostic;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads MAML help XML (the {@code command:command} schema {@code Get-Help} reads) into {@link CmdletHelp}s with a
 * streaming StAX reader. Elements are matched by local name, so files with other prefixes read the same. Never
 * throws: malformed XML becomes an {@code invalid-xml} error with its line, the commands read before it are kept,
 * and reading resumes at the next {@code <command:command>} after the damage.
 */
public final class MamlReader {

    /** The commands a file holds and the problems met reading it. */
    public record Result(List<CmdletHelp> commands, List<DocDiagnostic> diagnostics) {

        public Result {
            commands = List.copyOf(commands);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    static final String NS_MAML = "http://schemas.microsoft.com/maml/2004/10";
    static final String NS_COMMAND = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    static final String NS_DEV = "http://schemas.microsoft.com/maml/dev/2004/10";

    private static final XMLInputFactory FACTORY = factory();
    private static final String COMMAND_START = "<command:command";

    private MamlReader() {
    }

    /**
     * Reads the help XML {@code text} of a file shown as {@code file}; {@code module} and {@code origin} go into each
     * command's model (MAML does not name its module).
     */
    public static Result read(String text, String file, String module, String origin) {
        List<CmdletHelp> commands = new ArrayList<>();
        List<DocDiagnostic> diags = new ArrayList<>();
        String doc = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int start = 0;
        String prefix = "";
        while (start >= 0) {
            int lineBase = lineOf(doc, start) - 1;
            String fragment = start == 0 ? doc : prefix + doc.substring(start).replaceFirst("</helpItems>\\s*$", "")
                    + "</recovered>";
            int failedAt = readFrom(fragment, lineBase, file, module, origin, commands, diags);
            if (failedAt < 0) {
                break;
            }
            int failedOffset = start + Math.max(0, failedAt - prefix.length());
            start = doc.indexOf(COMMAND_START, Math.max(failedOffset, start + 1));
            if (start >= 0) {
                diags.add(diag(file, lineOf(doc, start), DocDiagnostic.Severity.INFO, "resumed",
                        "reading resumed at the next command after the damaged part"));
            }
            prefix = "<recovered xmlns:maml=\"" + NS_MAML + "\" xmlns:command=\"" + NS_COMMAND + "\" xmlns:dev=\""
                    + NS_DEV + "\">";
        }
        return new Result(commands, diags);
    }

    /** Reads commands from {@code xml}; returns -1 when it reached the end, else the offset in it of the damage. */
    private static int readFrom(String xml, int lineBase, String file, String module, String origin,
                                List<CmdletHelp> out, List<DocDiagnostic> diags) {
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(new StringReader(xml));
            while (r.hasNext()) {
                if (r.next() == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("command")) {
                    out.add(MamlCommand.read(XmlElement.read(r, lineBase), file, module, origin, diags));
                }
            }
            return -1;
        } catch (XMLStreamException | RuntimeException e) {
            javax.xml.stream.Location at = e instanceof XMLStreamException x && x.getLocation() != null
                    ? x.getLocation() : r != null ? r.getLocation() : null;
            int line = lineBase + (at == null ? 1 : Math.max(1, at.getLineNumber()));
            diags.add(diag(file, line, DocDiagnostic.Severity.ERROR, "invalid-xml",
                    "not well-formed help XML: " + message(e)));
            return at == null ? 0
                    : offsetOfLine(xml, Math.max(1, at.getLineNumber())) + Math.max(0, at.getColumnNumber() - 1);
        } finally {
            close(r);
        }
    }

    private static String message(Exception e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int msg = m.indexOf("Message: ");
        return (msg >= 0 ? m.substring(msg + 9) : m).lines().findFirst().orElse("").trim();
    }

    static DocDiagnostic diag(String file, int line, DocDiagnostic.Severity s, String kind, String message) {
        return new DocDiagnostic(file, line, s, kind, message);
    }

    private static int lineOf(String s, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static int offsetOfLine(String s, int line) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            offset = s.indexOf('\n', offset);
            offset = offset < 0 ? -1 : offset + 1;
        }
        return offset < 0 ? s.length() : offset;
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException e) {
                // nothing to release beyond the string
            }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false); // no DTDs, so no external or expanding entities
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
