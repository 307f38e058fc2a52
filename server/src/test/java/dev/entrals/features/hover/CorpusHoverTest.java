package dev.entrals.features.hover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.lsp4j.Hover;
import org.junit.jupiter.api.Test;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;

import dev.entrals.docs.HelpIndex;
import dev.entrals.features.EditorSession;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.CommandParameter;
import dev.entrals.script.ScriptDocument;
import dev.entrals.testing.Corpus;

/**
 * Every PowerShell block in the EXAMPLES of the Entra reference pages, opened in the real server with the corpus as
 * its docs folder: a hover on every name of a documented cmdlet and on every parameter of one answers with content.
 * Parameters the docs use without documenting them are listed, with the reason, in
 * {@code corpus-hover-doc-defects.txt}.
 */
class CorpusHoverTest {

    private static final Parser MARKDOWN = Parser.builder().build();

    @Test
    void everyCmdletNameAndParameterInTheCorpusExamplesHasAHover() throws Exception {
        Path corpus = Corpus.entraDocs();
        HelpIndex index = HelpIndex.load(List.of(corpus), true);
        Map<String, String> defects = knownDefects();
        List<String> problems = new ArrayList<>();
        int examples = 0;
        int names = 0;
        int parameters = 0;
        try (EditorSession session = EditorSession.markdown(List.of(corpus)); Stream<Path> files = Files.walk(corpus)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                List<String> blocks = examplesOf(page);
                for (int b = 0; b < blocks.size(); b++) {
                    examples++;
                    String code = blocks.get(b);
                    String uri = session.open(code);
                    String id = page.getFileName() + "#" + (b + 1);
                    for (CommandInvocation c : ScriptDocument.parse(code).commands()) {
                        if (c.name() == null || index.find(c.name()).isEmpty()) {
                            continue;
                        }
                        names++;
                        if (empty(session.hover(uri, EditorSession.position(code, (c.nameStart() + c.nameEnd()) / 2)))) {
                            problems.add(id + " " + c.name() + ": no hover on the cmdlet name");
                        }
                        for (CommandParameter p : c.parameters()) {
                            parameters++;
                            Hover h = session.hover(uri, EditorSession.position(code, p.start() + 1));
                            String key = id + " -" + p.name();
                            if (empty(h) && !defects.containsKey(key)) {
                                problems.add(key + ": no hover on a parameter of " + c.name());
                            } else if (!empty(h) && defects.containsKey(key)) {
                                problems.add(key + ": listed as a doc defect but answered; remove it from the list");
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("corpus hover: %d examples, %d cmdlet names, %d parameters, %d listed doc defects,"
                + " %d unexplained%n", examples, names, parameters, defects.size(), problems.size());
        problems.forEach(System.out::println);
        assertTrue(examples > 500 && names > examples && parameters > names, "the corpus was read");
        assertEquals(List.of(), problems);
    }

    private static boolean empty(Hover h) {
        return h == null || h.getContents().getRight().getValue().isBlank();
    }

    private static List<String> examplesOf(Path page) throws IOException {
        Node doc = MARKDOWN.parse(Files.readString(page, StandardCharsets.UTF_8));
        boolean inExamples = false;
        List<String> out = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 2) {
                inExamples = h.getText().toString().trim().equalsIgnoreCase("EXAMPLES");
            } else if (inExamples && n instanceof FencedCodeBlock code
                    && code.getInfo().toString().trim().toLowerCase(Locale.ROOT).startsWith("powershell")) {
                out.add(code.getContentChars().toString());
            }
        }
        return out;
    }

    /** {@code page#block -Parameter} → reason, from the defects list. */
    private static Map<String, String> knownDefects() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (InputStream in = CorpusHoverTest.class.getResourceAsStream("corpus-hover-doc-defects.txt")) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    String[] parts = t.split("\\s+", 3);
                    out.put(parts[0] + " " + parts[1], parts.length > 2 ? parts[2] : "");
                }
            }
        }
        return out;
    }
}
