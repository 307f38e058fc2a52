package dev.entrals.docs.modules;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.Example;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.docs.ParameterSet;
import dev.entrals.docs.RelatedLink;
import dev.entrals.docs.SetMembership;
import dev.entrals.docs.SyntaxLine;
import dev.entrals.docs.TypeHelp;
import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes cmdlet help as MAML help XML, the file {@code Get-Help} reads and platyPS's {@code New-ExternalHelp}
 * writes: per command {@code details}, description, syntax items, parameters, input and return types, notes,
 * examples and related links, in that order and in the MAML namespaces. Facts MAML has no element for (set names,
 * the default set, per-set membership, example output) go into comments that {@link MamlReader} reads back.
 */
public final class MamlWriter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final XMLStreamWriter w;
    private int depth;

    private MamlWriter(XMLStreamWriter w) {
        this.w = w;
    }

    /** The MAML document for these commands, in the order given. */
    public static String write(List<CmdletHelp> commands) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = FACTORY.createXMLStreamWriter(out);
            MamlWriter m = new MamlWriter(x);
            x.writeStartDocument("utf-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("helpItems");
            x.writeDefaultNamespace("http://msh");
            x.writeAttribute("schema", "maml");
            m.depth = 1;
            for (CmdletHelp c : commands) {
                m.command(c);
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing MAML to a string failed", e);
        }
        return out.toString();
    }

    private void command(CmdletHelp c) throws XMLStreamException {
        open("command", "command");
        w.writeNamespace("maml", MamlReader.NS_MAML);
        w.writeNamespace("command", MamlReader.NS_COMMAND);
        w.writeNamespace("dev", MamlReader.NS_DEV);
        w.writeNamespace("MSHelp", "http://msdn.microsoft.com/mshelp");
        if (!c.supportsCommonParameters()) {
            comment(MamlComments.NO_COMMON_PARAMETERS);
        }
        if (!c.aliases().isEmpty()) {
            comment(MamlComments.ALIASES + MamlComments.encode(String.join(", ", c.aliases())));
        }
        details(c);
        paras("maml", "description", c.description());
        syntax(c);
        open("command", "parameters");
        for (ParameterHelp p : c.parameters()) {
            parameter(p);
        }
        close();
        types("inputTypes", "inputType", c.inputs());
        types("returnValues", "returnValue", c.outputs());
        if (!c.notes().isEmpty()) {
            open("maml", "alertSet");
            paras("maml", "alert", c.notes());
            close();
        }
        examples(c.examples());
        links(c);
        close();
    }

    private void details(CmdletHelp c) throws XMLStreamException {
        open("command", "details");
        leaf("command", "name", c.name());
        int dash = c.name().indexOf('-');
        leaf("command", "verb", dash > 0 ? c.name().substring(0, dash) : "");
        leaf("command", "noun", dash > 0 ? c.name().substring(dash + 1) : c.name());
        paras("maml", "description", c.synopsis());
        close();
    }

    private void syntax(CmdletHelp c) throws XMLStreamException {
        open("command", "syntax");
        for (ParameterSet set : c.parameterSets()) {
            open("command", "syntaxItem");
            comment(MamlComments.SET + MamlComments.encode(set.name()));
            if (set.isDefault()) {
                comment(MamlComments.DEFAULT_SET);
            }
            leaf("maml", "name", c.name());
            for (ParameterSet.Member m : set.members()) {
                ParameterHelp p = c.parameter(m.parameter()).orElse(null);
                open("command", "parameter");
                w.writeAttribute("required", String.valueOf(m.required()));
                w.writeAttribute("variableLength", "true");
                w.writeAttribute("globbing", String.valueOf(p != null && p.wildcards()));
                w.writeAttribute("pipelineInput", clean(p == null || p.pipelineInput().isEmpty() ? "False"
                        : p.pipelineInput()));
                w.writeAttribute("position", position(m.position()));
                w.writeAttribute("aliases", aliases(p == null ? List.of() : p.aliases()));
                leaf("maml", "name", m.parameter());
                if (p != null) {
                    paras("maml", "description", p.description());
                }
                if (!m.type().isEmpty()) {
                    value(m.type(), true);
                }
                close();
            }
            close();
        }
        close();
    }

    private void parameter(ParameterHelp p) throws XMLStreamException {
        SetMembership first = p.sets().isEmpty() ? null : p.sets().get(0);
        open("command", "parameter");
        w.writeAttribute("required", String.valueOf(first != null && first.required()));
        w.writeAttribute("variableLength", "true");
        w.writeAttribute("globbing", String.valueOf(p.wildcards()));
        w.writeAttribute("pipelineInput", clean(p.pipelineInput()));
        w.writeAttribute("position", first == null ? "named" : position(first.position()));
        w.writeAttribute("aliases", aliases(p.aliases()));
        for (SetMembership s : p.sets()) {
            comment(MamlComments.MEMBERSHIP + MamlComments.encode(s.setName()) + " | " + s.required() + " | "
                    + MamlComments.encode(s.position()));
        }
        if (p.sets().isEmpty()) {
            comment(MamlComments.MEMBERSHIP.trim());
        }
        leaf("maml", "name", p.name());
        paras("maml", "description", p.description());
        if (!p.acceptedValues().isEmpty()) {
            open("command", "parameterValueGroup");
            for (String v : p.acceptedValues()) {
                indent();
                w.writeStartElement("command", "parameterValue", MamlReader.NS_COMMAND);
                w.writeAttribute("required", "false");
                w.writeAttribute("command", MamlReader.NS_COMMAND, "variableLength", "false");
                w.writeCharacters(clean(v));
                w.writeEndElement();
            }
            close();
        }
        if (!p.type().isEmpty()) {
            value(SyntaxLine.shortType(p.type()), !p.isSwitch());
            open("dev", "type");
            leaf("maml", "name", p.type());
            close();
        }
        if (!p.defaultValue().isEmpty()) {
            leaf("dev", "defaultValue", p.defaultValue());
        }
        close();
    }

    private void value(String type, boolean required) throws XMLStreamException {
        indent();
        w.writeStartElement("command", "parameterValue", MamlReader.NS_COMMAND);
        w.writeAttribute("required", String.valueOf(required));
        w.writeAttribute("variableLength", "false");
        w.writeCharacters(clean(type));
        w.writeEndElement();
    }

    private void types(String group, String item, List<TypeHelp> types) throws XMLStreamException {
        if (types.isEmpty()) {
            return;
        }
        open("command", group);
        for (TypeHelp t : types) {
            open("command", item);
            open("dev", "type");
            leaf("maml", "name", t.type());
            close();
            paras("maml", "description", t.description());
            close();
        }
        close();
    }

    private void examples(List<Example> examples) throws XMLStreamException {
        if (examples.isEmpty()) {
            return;
        }
        open("command", "examples");
        for (Example e : examples) {
            open("command", "example");
            leaf("maml", "title", e.title());
            leaf("dev", "code", e.code());
            if (!e.output().isEmpty()) {
                comment(MamlComments.OUTPUT);
                leaf("dev", "code", e.output());
            }
            paras("dev", "remarks", e.remarks());
            close();
        }
        close();
    }

    private void links(CmdletHelp c) throws XMLStreamException {
        open("command", "relatedLinks");
        if (!c.onlineUri().isEmpty()) {
            link("Online Version:", c.onlineUri());
        }
        for (RelatedLink l : c.relatedLinks()) {
            link(l.text(), l.uri());
        }
        close();
    }

    private void link(String text, String uri) throws XMLStreamException {
        open("maml", "navigationLink");
        leaf("maml", "linkText", text);
        leaf("maml", "uri", uri);
        close();
    }

    /** An element of paragraphs: the text split at blank lines, each paragraph a {@code maml:para}. */
    private void paras(String prefix, String local, String text) throws XMLStreamException {
        open(prefix, local);
        for (String para : text.strip().split("\\n[ \\t]*\\n\\s*")) {
            if (!para.isBlank()) {
                leaf("maml", "para", para.strip());
            }
        }
        close();
    }

    private void open(String prefix, String local) throws XMLStreamException {
        indent();
        w.writeStartElement(prefix, local, ns(prefix));
        depth++;
    }

    private void close() throws XMLStreamException {
        depth--;
        indent();
        w.writeEndElement();
    }

    private void leaf(String prefix, String local, String text) throws XMLStreamException {
        indent();
        w.writeStartElement(prefix, local, ns(prefix));
        w.writeCharacters(clean(text));
        w.writeEndElement();
    }

    private void comment(String text) throws XMLStreamException {
        indent();
        w.writeComment(" " + clean(text) + " ");
    }

    private void indent() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static String ns(String prefix) {
        return switch (prefix) {
            case "maml" -> MamlReader.NS_MAML;
            case "command" -> MamlReader.NS_COMMAND;
            default -> MamlReader.NS_DEV;
        };
    }

    private static String position(String position) {
        return position == null || position.isBlank() || position.trim().equalsIgnoreCase("named") ? "named"
                : position.trim();
    }

    private static String aliases(List<String> aliases) {
        return aliases.isEmpty() ? "none" : clean(String.join(", ", aliases));
    }

    /** The text without characters XML 1.0 cannot hold (most control characters, lone surrogates). */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c >= 0xE000 && c < 0xFFFE
                    || Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            if (!ok && b == null) {
                b = new StringBuilder(s.substring(0, i));
            }
            if (b != null && ok) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
