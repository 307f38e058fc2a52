package dev.entrals.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import dev.entrals.testing.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every PowerShell block in the EXAMPLES of the Entra reference pages parses losslessly, and the page's own cmdlet
 * is found as often as it is written, with the parameters a simple independent reading of the text finds.
 * Examples that are wrong in the docs themselves are listed, with the reason, in {@code corpus-doc-defects.txt}.
 */
public class CorpusExamplesTest {

    private static final Parser MARKDOWN = Parser.builder().build();

    /** One PowerShell block of a page's EXAMPLES ({@code index} counts from 1 on the page). */
    public record Example(Path page, String cmdlet, int index, String code) {
        /** {@code page.md#index}. */
        public String id() {
            return page.getFileName() + "#" + index;
        }
    }

    @Test
    void everyExampleParsesAndFindsThePagesCmdletWithItsParameters() throws IOException {
        Path root = Corpus.entraDocs();
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                examples.addAll(examplesOf(p));
            }
        }
        Set<String> known = knownDefects();
        List<String> problems = new ArrayList<>();
        int invocations = 0;
        int parameters = 0;
        for (Example e : examples) {
            ScriptDocument doc = Scripts.parse(e.code()); // lossless, never throws
            List<CommandInvocation> own = doc.commands().stream()
                    .filter(c -> e.cmdlet().equalsIgnoreCase(c.name())).toList();
            invocations += own.size();
            parameters += own.stream().mapToInt(c -> c.parameters().size()).sum();
            String problem = check(e, own);
            if (problem != null && !known.contains(e.id())) {
                problems.add(e.id() + ": " + problem);
            }
        }
        System.out.printf("corpus: %d examples, %d invocations of the pages' own cmdlets with %d parameters,"
                + " %d unexplained mismatches, %d listed doc defects%n", examples.size(), invocations, parameters,
                problems.size(), known.size());
        problems.forEach(System.out::println);
        assertTrue(examples.size() > 500, "the corpus has examples: " + examples.size());
        assertTrue(parameters > invocations, "parameters were read: " + parameters);
        assertEquals(List.of(), problems);
    }

    private static String check(Example e, List<CommandInvocation> own) {
        List<Integer> written = occurrences(e.code(), e.cmdlet());
        if (written.size() != own.size()) {
            return "cmdlet written " + written.size() + " times, parsed " + own.size();
        }
        for (CommandInvocation c : own) {
            Set<String> expected = Oracle.parameters(e.code(), c.nameEnd());
            Set<String> parsed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            c.parameters().forEach(p -> parsed.add(p.name()));
            if (!expected.equals(parsed)) {
                return "at " + c.start() + " expected parameters " + expected + " but parsed " + parsed;
            }
        }
        return null;
    }

    /** Where the name is written as a word outside comments (a plain text search, independent of the parser). */
    private static List<Integer> occurrences(String code, String name) {
        List<Integer> at = new ArrayList<>();
        String lower = code.toLowerCase(Locale.ROOT);
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = lower.indexOf(n); i >= 0; i = lower.indexOf(n, i + 1)) {
            int end = i + n.length();
            boolean wordStart = i == 0 || !isWordChar(code.charAt(i - 1));
            boolean wordEnd = end >= code.length() || !isWordChar(code.charAt(end));
            if (wordStart && wordEnd && !inComment(code, i)) {
                at.add(i);
            }
        }
        return at;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '$' || c == '.';
    }

    private static boolean inComment(String code, int i) {
        int lineStart = code.lastIndexOf('\n', i) + 1;
        return code.substring(lineStart, i).contains("#");
    }

    /** The PowerShell blocks under the page's EXAMPLES heading. */
    public static List<Example> examplesOf(Path page) throws IOException {
        Node doc = MARKDOWN.parse(Files.readString(page, StandardCharsets.UTF_8));
        String cmdlet = null;
        boolean inExamples = false;
        List<Example> out = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                String title = h.getText().toString().trim();
                if (h.getLevel() == 1 && cmdlet == null) {
                    cmdlet = title;
                } else if (h.getLevel() == 2) {
                    inExamples = title.equalsIgnoreCase("EXAMPLES");
                }
            } else if (inExamples && n instanceof FencedCodeBlock code && cmdlet != null
                    && code.getInfo().toString().trim().toLowerCase(Locale.ROOT).startsWith("powershell")) {
                out.add(new Example(page, cmdlet, out.size() + 1, code.getContentChars().toString()));
            }
        }
        return out;
    }

    private static Set<String> knownDefects() throws IOException {
        Set<String> ids = new TreeSet<>();
        try (InputStream in = CorpusExamplesTest.class.getResourceAsStream("corpus-doc-defects.txt")) {
            if (in == null) {
                return ids;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    ids.add(t.split("\\s+", 2)[0]);
                }
            }
        }
        return ids;
    }

    /**
     * A deliberately simple reading of the text after a command name: {@code -Word}s outside quotes and brackets
     * until the statement ends (a line break without a trailing backtick, {@code |}, {@code ;}, or a closing bracket).
     */
    static final class Oracle {
        static Set<String> parameters(String code, int from) {
            Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            int depth = 0;
            char quote = 0;
            for (int i = from; i < code.length(); i++) {
                char c = code.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else if (c == '`' && quote == '"') {
                        i++;
                    }
                    continue;
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '`') {
                    i++;
                } else if (c == '(' || c == '{' || c == '[') {
                    depth++;
                } else if (c == ')' || c == '}' || c == ']') {
                    if (--depth < 0) {
                        break;
                    }
                } else if (depth == 0 && (c == '\n' || c == '|' || c == ';' || c == '#')) {
                    break;
                } else if (depth == 0 && c == '-' && Character.isWhitespace(code.charAt(i - 1))
                        && i + 1 < code.length() && Character.isLetter(code.charAt(i + 1))) {
                    int j = i + 1;
                    while (j < code.length() && (Character.isLetterOrDigit(code.charAt(j)) || code.charAt(j) == '_')) {
                        j++;
                    }
                    names.add(code.substring(i + 1, j));
                    i = j - 1;
                }
            }
            return names;
        }
    }
}
