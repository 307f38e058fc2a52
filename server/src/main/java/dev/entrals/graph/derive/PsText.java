package dev.entrals.graph.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small text readings of a PowerShell function body: comments removed, the {@code process} block, and the
 * {@code if (…) { … }} blocks with their conditions. Braces inside quoted strings are skipped.
 */
final class PsText {

    /**
     * One {@code if}/{@code elseif} block: its condition, its body, where the body starts, and whether it is an
     * {@code elseif} (taken only when the branches before it are not).
     */
    record IfBlock(String condition, String body, int start, boolean elseIf) {
    }

    private static final Pattern IF = Pattern.compile("(?i)\\b(?:else)?if\\s*\\(");
    private static final Pattern BEGIN = Pattern.compile("(?i)(?<![\\w-])begin\\s*\\{");
    private static final Pattern PROCESS = Pattern.compile("(?i)(?<![\\w-])process\\s*\\{");

    private PsText() {
    }

    /** The text with {@code #} and {@code <# #>} comments blanked (offsets kept). */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text);
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '`' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                } else if (c == '\n' && quote == '\'') {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '<' && i + 1 < text.length() && text.charAt(i + 1) == '#') {
                int end = text.indexOf("#>", i + 2);
                end = end < 0 ? text.length() : end + 2;
                blank(out, i, end);
                i = end - 1;
            } else if (c == '#') {
                int end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
                blank(out, i, end);
                i = end - 1;
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
    }

    /** The offset just after the brace or parenthesis that closes the one at {@code open}. */
    static int close(String text, int open) {
        char o = text.charAt(open);
        char c = o == '(' ? ')' : o == '[' ? ']' : '}';
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quote != 0) {
                if (ch == '`' && quote == '"') {
                    i++;
                } else if (ch == quote) {
                    quote = 0;
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                quote = ch;
            } else if (ch == o) {
                depth++;
            } else if (ch == c && --depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** The {@code process { … }} block's inside with its offset, or the whole text when there is none. */
    static int processStart(String text) {
        Matcher m = PROCESS.matcher(text);
        return m.find() ? m.end() : 0;
    }

    /** The inside of the {@code begin} block, which runs once before {@code process}, or {@code ""} when none. */
    static String begin(String text) {
        Matcher m = BEGIN.matcher(text);
        return m.find() ? text.substring(m.end(), Math.max(m.end(), close(text, m.end() - 1) - 1)) : "";
    }

    /** The inside of the process block (or the whole text). */
    static String process(String text) {
        Matcher m = PROCESS.matcher(text);
        if (!m.find()) {
            return text;
        }
        int end = close(text, m.end() - 1);
        return text.substring(m.end(), Math.max(m.end(), end - 1));
    }

    /** Every {@code if}/{@code elseif} block in the text, nested ones included, in source order. */
    static List<IfBlock> ifBlocks(String text) {
        List<IfBlock> out = new ArrayList<>();
        Matcher m = IF.matcher(text);
        while (m.find()) {
            int condEnd = close(text, m.end() - 1);
            int brace = text.indexOf('{', condEnd);
            if (brace < 0 || !text.substring(condEnd, brace).isBlank()) {
                continue;
            }
            int end = close(text, brace);
            out.add(new IfBlock(text.substring(m.end(), condEnd - 1), text.substring(brace + 1, Math.max(brace + 1,
                    end - 1)), brace + 1, m.group().regionMatches(true, 0, "else", 0, 4)));
        }
        return out;
    }

    /** The 1-based line of an offset. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
