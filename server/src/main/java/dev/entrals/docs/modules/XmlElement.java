package dev.entrals.docs.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small element tree of one MAML command, read from a StAX stream positioned on its start tag; the file as a
 * whole is streamed one command at a time. Children are elements, text ({@link String}) or comments.
 */
record XmlElement(String name, Map<String, String> attributes, List<Object> children, int line) {

    /** An XML comment, kept because the exporter records facts MAML has no element for in comments. */
    record Comment(String text) {
    }

    /** Reads the element the reader is on, up to its end tag; lines are shifted by {@code lineBase}. */
    static XmlElement read(XMLStreamReader r, int lineBase) throws XMLStreamException {
        Map<String, String> attrs = new LinkedHashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        XmlElement el = new XmlElement(r.getLocalName(), attrs, new ArrayList<>(),
                lineBase + r.getLocation().getLineNumber());
        while (r.hasNext()) {
            switch (r.next()) {
                case XMLStreamReader.START_ELEMENT -> el.children.add(read(r, lineBase));
                case XMLStreamReader.CHARACTERS, XMLStreamReader.CDATA, XMLStreamReader.SPACE ->
                        el.children.add(r.getText());
                case XMLStreamReader.COMMENT -> el.children.add(new Comment(r.getText()));
                case XMLStreamReader.END_ELEMENT -> {
                    return el;
                }
                default -> { }
            }
        }
        return el;
    }

    /** The first child element with this local name. */
    Optional<XmlElement> child(String local) {
        return elements().stream().filter(e -> e.name.equals(local)).findFirst();
    }

    /** The child elements with this local name, in order. */
    List<XmlElement> all(String local) {
        return elements().stream().filter(e -> e.name.equals(local)).toList();
    }

    List<XmlElement> elements() {
        List<XmlElement> out = new ArrayList<>();
        for (Object c : children) {
            if (c instanceof XmlElement e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The comments directly inside this element, trimmed. */
    List<String> comments() {
        List<String> out = new ArrayList<>();
        for (Object c : children) {
            if (c instanceof Comment k) {
                out.add(k.text().trim());
            }
        }
        return out;
    }

    /** All the text inside, nested elements included, as written. */
    String text() {
        StringBuilder b = new StringBuilder();
        appendText(b);
        return b.toString();
    }

    private void appendText(StringBuilder b) {
        for (Object c : children) {
            if (c instanceof String s) {
                b.append(s);
            } else if (c instanceof XmlElement e) {
                e.appendText(b);
            }
        }
    }

    /** The text of a child element, trimmed ({@code ""} when absent). */
    String childText(String local) {
        return child(local).map(e -> e.text().trim()).orElse("");
    }

    /** The paragraphs ({@code para} elements at any depth) joined by a blank line, each trimmed. */
    String paras() {
        List<String> out = new ArrayList<>();
        collectParas(out);
        if (out.isEmpty()) {
            String t = text().trim();
            return t;
        }
        return String.join("\n\n", out.stream().filter(s -> !s.isEmpty()).toList());
    }

    private void collectParas(List<String> out) {
        for (XmlElement e : elements()) {
            if (e.name.equals("para")) {
                out.add(e.text().strip());
            } else {
                e.collectParas(out);
            }
        }
    }

    /** An attribute by local name ({@code ""} when absent). */
    String attr(String local) {
        return attributes.getOrDefault(local, "");
    }
}
