package dev.entrals.docs;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Helpers over runs of flexmark block nodes: splitting at headings and taking their text as written. */
final class Blocks {

    /** A heading and the blocks under it up to the next heading of the same or a higher level. */
    record Part(String title, int line, List<Node> body) {
    }

    private Blocks() {
    }

    /** 1-based line of a node. */
    static int line(Node n) {
        return n.getStartLineNumber() + 1;
    }

    /** Splits at headings of exactly {@code level}; blocks before the first such heading form a part titled {@code ""}. */
    static List<Part> split(List<Node> nodes, int level) {
        List<Part> parts = new ArrayList<>();
        Part current = new Part("", nodes.isEmpty() ? 0 : line(nodes.get(0)), new ArrayList<>());
        for (Node n : nodes) {
            if (n instanceof Heading h && h.getLevel() == level) {
                if (!current.title().isEmpty() || !current.body().isEmpty()) {
                    parts.add(current);
                }
                current = new Part(h.getText().toString().trim(), line(h), new ArrayList<>());
            } else {
                current.body().add(n);
            }
        }
        if (!current.title().isEmpty() || !current.body().isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    /** The Markdown source of a run of blocks, as written, trimmed. */
    static String text(List<Node> nodes) {
        if (nodes.isEmpty()) {
            return "";
        }
        Node first = nodes.get(0);
        Node last = nodes.get(nodes.size() - 1);
        return first.getChars().baseSubSequence(first.getStartOffset(), last.getEndOffset()).toString().trim();
    }

    /** The Markdown source of the blocks that are not fenced code, as written, paragraphs separated by a blank line. */
    static String prose(List<Node> nodes) {
        StringBuilder out = new StringBuilder();
        for (Node n : nodes) {
            if (n instanceof FencedCodeBlock || n instanceof Heading) {
                continue;
            }
            String t = n.getChars().toString().trim();
            if (!t.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n\n").append(t);
            }
        }
        return out.toString();
    }

    /** The info string of a fence, lower-cased, first word only ({@code ""} when untagged). */
    static String info(FencedCodeBlock f) {
        String info = f.getInfo().toString().trim().toLowerCase(Locale.ROOT);
        int space = info.indexOf(' ');
        return space < 0 ? info : info.substring(0, space);
    }

    /** The fence's content without the final newline. */
    static String code(FencedCodeBlock f) {
        String s = f.getContentChars().toString();
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /** True for fences that show output rather than code. */
    static boolean isOutput(FencedCodeBlock f) {
        String info = info(f);
        return info.startsWith("output") || info.equals("text") || info.equals("console");
    }
}
