package dev.entrals.docs.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.HelpIndex;
import dev.entrals.testing.Corpus;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** The exported MAML is well-formed and has the elements Get-Help reads, in the schema's order and namespaces. */
class MamlWriterTest {

    private static final List<String> COMMAND_ORDER = List.of("details", "description", "syntax", "parameters",
            "inputTypes", "returnValues", "alertSet", "examples", "relatedLinks");

    @TempDir
    Path tmp;

    @Test
    void exportedCorpusIsWellFormedMamlInSchemaOrder() throws Exception {
        Path corpus = Corpus.require("entra-docs/entra-powershell-beta");
        List<CmdletHelp> pages = HelpIndex.load(List.of(corpus), false).cmdlets();
        List<Path> files = MamlExport.write(MamlExport.plan(pages), tmp);
        int commands = 0;
        for (Path f : files) {
            Document doc = parse(Files.readString(f));
            Element root = doc.getDocumentElement();
            assertEquals("helpItems", root.getLocalName());
            assertEquals("http://msh", root.getNamespaceURI());
            assertEquals("maml", root.getAttribute("schema"));
            for (Element cmd : children(root)) {
                commands++;
                assertEquals(MamlReader.NS_COMMAND, cmd.getNamespaceURI());
                assertEquals("command", cmd.getLocalName());
                checkOrder(cmd);
                Element details = children(cmd).get(0);
                assertEquals(List.of("name", "verb", "noun", "description"), names(details));
                assertEquals(MamlReader.NS_COMMAND, children(details).get(0).getNamespaceURI());
                assertEquals(MamlReader.NS_MAML, children(details).get(3).getNamespaceURI());
                for (Element part : children(cmd)) {
                    if (part.getLocalName().equals("syntax")) {
                        for (Element item : children(part)) {
                            assertEquals("name", children(item).get(0).getLocalName());
                            assertEquals(MamlReader.NS_MAML, children(item).get(0).getNamespaceURI());
                        }
                    }
                    if (part.getLocalName().equals("examples")) {
                        for (Element ex : children(part)) {
                            assertEquals("title", children(ex).get(0).getLocalName());
                            assertEquals(MamlReader.NS_DEV, children(ex).get(1).getNamespaceURI());
                        }
                    }
                }
            }
        }
        assertEquals(pages.size(), commands);
    }

    @Test
    void helpFileNameFollowsFrontMatterAndCannotLeaveTheFolder() {
        assertEquals("Mod.A-Help.xml", MamlExport.fileName(page("Mod.A-Help.xml", "Mod.A")));
        assertEquals("x-help.xml", MamlExport.fileName(page("../../etc/x-help.xml", "M")));
        assertEquals("M-help.xml", MamlExport.fileName(page("", "M")));
        assertEquals("Commands-help.xml", MamlExport.fileName(page("..", "../..")));
    }

    @Test
    void controlCharactersXmlCannotHoldAreDropped() throws Exception {
        CmdletHelp c = page("", "M");
        CmdletHelp odd = new CmdletHelp("Get-Odd", List.of(), "M", "bell\u0007 here", "", "", List.of(), List.of(),
                List.of(), List.of(), List.of(), "", List.of(), true, Map.of(), c.source());
        String xml = MamlWriter.write(List.of(odd));
        parse(xml);
        assertEquals("bell here", MamlReader.read(xml, "f", "M", "o").commands().get(0).synopsis());
    }

    private static CmdletHelp page(String externalHelpFile, String module) {
        return new CmdletHelp("Get-X", List.of(), module, "", "", "", List.of(), List.of(), List.of(), List.of(),
                List.of(), "", List.of(), true, Map.of("external help file", externalHelpFile),
                new dev.entrals.docs.PageSource("o", "f", Map.of()));
    }

    private static void checkOrder(Element cmd) {
        int last = -1;
        for (Element part : children(cmd)) {
            int i = COMMAND_ORDER.indexOf(part.getLocalName());
            assertTrue(i > last, "element " + part.getLocalName() + " out of order");
            last = i;
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) {
                out.add(el);
            }
        }
        return out;
    }

    private static List<String> names(Element e) {
        return children(e).stream().map(Element::getLocalName).toList();
    }
}
