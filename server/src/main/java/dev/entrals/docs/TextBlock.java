package dev.entrals.docs;

import java.util.ArrayList;
import java.util.List;

/** Word-wrapping for the terminal renderer: paragraphs wrapped, code and list lines kept as written. */
final class TextBlock {

    private TextBlock() {
    }

    /** Appends {@code text} indented by {@code indent} spaces and wrapped to {@code width} columns. */
    static void append(StringBuilder out, String text, int indent, int width) {
        String pad = " ".repeat(indent);
        boolean inFence = false;
        List<String> paragraph = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("```")) {
                flush(out, paragraph, pad, width);
                inFence = !inFence;
                continue;
            }
            if (inFence || isListOrTable(trimmed) || line.startsWith("    ")) {
                flush(out, paragraph, pad, width);
                out.append(pad).append(line.stripTrailing()).append('\n');
            } else if (trimmed.isEmpty()) {
                flush(out, paragraph, pad, width);
                if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
                    out.append('\n');
                }
            } else {
                paragraph.add(trimmed);
            }
        }
        flush(out, paragraph, pad, width);
    }

    /** Wraps the given words with a hanging indent (for syntax lines). */
    static void words(StringBuilder out, List<String> words, int indent, int hanging, int width) {
        StringBuilder line = new StringBuilder(" ".repeat(indent));
        boolean first = true;
        for (String w : words) {
            if (!first && line.length() + 1 + w.length() > width) {
                out.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(" ".repeat(hanging));
                first = true;
            }
            line.append(first ? "" : " ").append(w);
            first = false;
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static boolean isListOrTable(String s) {
        return s.startsWith("- ") || s.startsWith("* ") || s.startsWith("|") || s.matches("\\d+\\.\\s.*");
    }

    private static void flush(StringBuilder out, List<String> paragraph, String pad, int width) {
        if (paragraph.isEmpty()) {
            return;
        }
        List<String> words = new ArrayList<>();
        paragraph.forEach(l -> words.addAll(List.of(l.split("\\s+"))));
        words(out, words, pad.length(), pad.length(), width);
        paragraph.clear();
    }
}
