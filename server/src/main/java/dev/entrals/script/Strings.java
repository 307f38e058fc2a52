package dev.entrals.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Scans expandable strings and here-strings, parsing their {@code $( ... )} subexpressions with a nested
 * {@link Parser} (up to {@link #MAX_DEPTH} levels; deeper ones stay plain text) so commands inside strings are found.
 */
final class Strings {

    static final int MAX_DEPTH = 32;

    private final String text;
    private final int depth;
    private final ParseResults results;

    void error(int start, int end, String message) {
        results.error(start, end, message);
    }

    boolean mayRescan(int scanned) {
        return results.mayRescan(scanned);
    }

    Strings(String text, int depth, ParseResults results) {
        this.text = text;
        this.depth = depth;
        this.results = results;
    }

    /** The double-quoted string at {@code s}; unterminated, it ends at the end of its first line. */
    Token expandable(int s, int limit) {
        long mark = results.mark();
        List<Token> nested = new ArrayList<>(0);
        int end = parts(s + 1, limit, nested, true);
        if (end < 0) {
            results.error(s, s + 1, "The string is missing the terminator: \".");
            int cut = s + 1;
            while (cut < limit && !Chars.isNewline(text.charAt(cut))) {
                cut++;
            }
            if (cut >= limit || !results.mayRescan(limit - s)) {
                end = limit; // what the scan found stands: the string runs to the end
            } else {
                results.reset(mark);
                nested.clear();
                parts(s + 1, cut, nested, false);
                end = cut;
            }
        }
        return new Token(TokenKind.EXPANDABLE_STRING, s, end, nested.isEmpty() ? List.of() : List.copyOf(nested));
    }

    /** The here-string whose header {@code @'} or {@code @"} is at {@code s}; unterminated, it runs to the end. */
    Token hereString(int s, int limit, boolean expandable) {
        int i = s + 2;
        while (i < limit && !Chars.isNewline(text.charAt(i))) {
            i++;
        }
        i += i + 1 < limit && text.charAt(i) == '\r' && text.charAt(i + 1) == '\n' ? 2 : 1;
        int contentStart = Math.min(i, limit);
        int terminator = -1;
        int line = contentStart;
        while (line < limit) {
            char c = text.charAt(line);
            if (line + 1 < limit && text.charAt(line + 1) == '@'
                    && (expandable ? Chars.isDoubleQuote(c) : Chars.isSingleQuote(c))) {
                terminator = line;
                break;
            }
            while (line < limit && !Chars.isNewline(text.charAt(line))) {
                line++;
            }
            line += line + 1 < limit && text.charAt(line) == '\r' && text.charAt(line + 1) == '\n' ? 2 : 1;
        }
        int contentEnd = terminator < 0 ? limit : terminator;
        if (terminator < 0) {
            results.error(s, s + 2, "The string is missing the terminator: " + (expandable ? "\"@." : "'@."));
        }
        int end = terminator < 0 ? limit : terminator + 2;
        if (!expandable) {
            return new Token(TokenKind.HERE_STRING, s, end);
        }
        List<Token> nested = new ArrayList<>(0);
        parts(contentStart, contentEnd, nested, false);
        return new Token(TokenKind.EXPANDABLE_HERE_STRING, s, end, nested.isEmpty() ? List.of() : List.copyOf(nested));
    }

    /**
     * Scans string content from {@code i} to {@code limit}, adding the tokens of its expansions to {@code nested}.
     * With {@code quoted}, returns the end after the closing quote (or -1 if none); otherwise {@code limit}.
     */
    private int parts(int i, int limit, List<Token> nested, boolean quoted) {
        while (i < limit) {
            char c = text.charAt(i);
            if (c == '`') {
                i += 2;
            } else if (quoted && Chars.isDoubleQuote(c)) {
                if (i + 1 < limit && Chars.isDoubleQuote(text.charAt(i + 1))) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else if (c == '$') {
                i = expansion(i, limit, nested);
            } else {
                i++;
            }
        }
        return quoted ? -1 : limit;
    }

    private int expansion(int i, int limit, List<Token> nested) {
        if (i + 1 < limit && text.charAt(i + 1) == '(') {
            if (depth >= MAX_DEPTH) {
                return i + 2;
            }
            Parser inner = new Parser(text, i + 2, limit, depth + 1, results, true);
            inner.run();
            nested.add(new Token(TokenKind.SUBEXPRESSION_OPEN, i, i + 2));
            nested.addAll(inner.tokens());
            return Math.max(inner.end(), i + 2);
        }
        int end = Lexemes.variableEnd(text, i, limit);
        if (end < 0) {
            return i + 1;
        }
        nested.add(new Token(TokenKind.VARIABLE, i, end));
        return end;
    }
}
