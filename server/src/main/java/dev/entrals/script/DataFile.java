package dev.entrals.script;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a PowerShell data file ({@code .psd1}, such as a module manifest) as literal data, the way
 * {@code Import-PowerShellDataFile} does, but without running anything: only strings, numbers, {@code $true},
 * {@code $false}, {@code $null}, arrays and hashtables are values; anything else is reported and left out.
 */
public final class DataFile {

    /** A problem found in the file, with its 1-based line. */
    public record Problem(int line, String message) {
    }

    /**
     * What the file holds: its top-level hashtable (keys case-insensitive; values {@code String}, {@code Long},
     * {@code Double}, {@code Boolean}, null, {@code List<Object>} or {@code Map<String, Object>}) and the problems.
     */
    public record Result(Map<String, Object> values, List<Problem> problems) {

        public Result {
            values = Collections.unmodifiableMap(values);
            problems = List.copyOf(problems);
        }

        /** The value of a key as a string ({@code ""} when absent or not a scalar). */
        public String string(String key) {
            Object v = values.get(key);
            return v instanceof String || v instanceof Number || v instanceof Boolean ? v.toString() : "";
        }

        /** The value of a key as a list of strings: a single string becomes a one-item list; other items are skipped. */
        public List<String> strings(String key) {
            Object v = values.get(key);
            List<String> out = new ArrayList<>();
            for (Object item : v instanceof List<?> l ? l : v == null ? List.of() : List.of(v)) {
                if (item instanceof String s) {
                    out.add(s);
                }
            }
            return out;
        }
    }

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private int pos;

    private DataFile(String text) {
        this.text = text;
        for (Token t : ScriptDocument.parse(text).tokens()) {
            if (!t.isTrivia()) {
                tokens.add(t);
            }
        }
    }

    /** Reads {@code text} (null is empty); never throws and never executes anything. */
    public static Result read(String text) {
        DataFile f = new DataFile(text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text);
        try {
            return f.run();
        } catch (RuntimeException | StackOverflowError e) {
            f.problems.add(new Problem(1, "the data file could not be read: " + e));
            return new Result(newMap(), f.problems);
        }
    }

    private Result run() {
        skipNewlines();
        if (peek() == null || peek().kind() != TokenKind.HASHTABLE_OPEN) {
            problem(peek(), "a data file must hold one hashtable @{ ... }");
            return new Result(newMap(), problems);
        }
        pos++;
        Map<String, Object> values = hashtable(0);
        skipNewlines();
        if (peek() != null) {
            problem(peek(), "unexpected text after the hashtable");
        }
        return new Result(values, problems);
    }

    private Map<String, Object> hashtable(int depth) {
        Map<String, Object> map = newMap();
        while (true) {
            skipSeparators();
            Token t = peek();
            if (t == null) {
                problem(t, "the hashtable is not closed with '}'");
                return map;
            }
            if (t.kind() == TokenKind.CLOSE_BRACE) {
                pos++;
                return map;
            }
            String key = key(t);
            pos++;
            Token eq = peek();
            if (key == null || eq == null || eq.kind() != TokenKind.OPERATOR || !eq.text(text).equals("=")) {
                problem(t, key == null ? "not a hashtable key: " + shown(t) : "expected '=' after key " + key);
                skipEntry();
                continue;
            }
            pos++;
            Object v = value(depth + 1);
            if (v != INVALID) {
                map.put(key, v);
            } else {
                skipEntry();
            }
        }
    }

    private String key(Token t) {
        return switch (t.kind()) {
            case GENERIC, NUMBER -> t.text(text);
            case STRING, EXPANDABLE_STRING, HERE_STRING, EXPANDABLE_HERE_STRING -> {
                Object s = primary(t, 0);
                yield s instanceof String str ? str : null;
            }
            default -> null;
        };
    }

    private static final Object INVALID = new Object();

    /** A value: one element, or several separated by commas (an array). */
    private Object value(int depth) {
        if (depth > Strings.MAX_DEPTH) {
            problem(peek(), "values nested too deeply");
            return INVALID;
        }
        Object first = element(depth);
        if (first == INVALID || !at(TokenKind.COMMA)) {
            return first;
        }
        List<Object> list = new ArrayList<>();
        list.add(first);
        while (at(TokenKind.COMMA)) {
            pos++;
            skipNewlines();
            Object next = element(depth);
            if (next == INVALID) {
                return INVALID;
            }
            list.add(next);
        }
        return list;
    }

    private Object element(int depth) {
        while (at(TokenKind.TYPE_LITERAL)) {
            pos++; // a cast such as [version]'1.0' keeps the literal's value
        }
        Token t = peek();
        if (t == null) {
            problem(null, "a value is missing at the end of the file");
            return INVALID;
        }
        pos++;
        return switch (t.kind()) {
            case ARRAY_OPEN -> array(depth);
            case HASHTABLE_OPEN -> hashtable(depth);
            case OPEN_PAREN -> parenthesised(depth);
            default -> {
                Object v = primary(t, depth);
                if (v == INVALID) {
                    pos--; // let the caller skip the broken value as a whole, brackets balanced
                }
                yield v;
            }
        };
    }

    private Object array(int depth) {
        List<Object> items = new ArrayList<>();
        while (true) {
            skipSeparators();
            Token t = peek();
            if (t == null) {
                problem(null, "the array is not closed with ')'");
                return items;
            }
            if (t.kind() == TokenKind.CLOSE_PAREN) {
                pos++;
                return items;
            }
            Object v = value(depth + 1);
            if (v == INVALID) {
                skipEntry();
            } else if (v instanceof List<?> l) {
                items.addAll(l);
            } else {
                items.add(v);
            }
        }
    }

    private Object parenthesised(int depth) {
        skipNewlines();
        Object v = value(depth + 1);
        skipNewlines();
        if (!at(TokenKind.CLOSE_PAREN)) {
            problem(peek(), "expected ')'");
            return INVALID;
        }
        pos++;
        return v;
    }

    private Object primary(Token t, int depth) {
        String raw = t.text(text);
        switch (t.kind()) {
            case STRING:
                return Literals.singleQuoted(raw);
            case HERE_STRING:
                return Literals.hereString(raw);
            case EXPANDABLE_STRING:
            case EXPANDABLE_HERE_STRING:
                if (!t.nested().isEmpty()) {
                    problem(t, "a string with variables or subexpressions is not allowed in a data file");
                    return INVALID;
                }
                return t.kind() == TokenKind.EXPANDABLE_STRING ? Literals.doubleQuoted(raw)
                        : Literals.unescape(Literals.hereString(raw), false);
            case NUMBER:
                return number(raw);
            case VARIABLE:
                switch (raw.toLowerCase(Locale.ROOT)) {
                    case "$true": return Boolean.TRUE;
                    case "$false": return Boolean.FALSE;
                    case "$null": return null;
                    default:
                        problem(t, "variable " + raw + " is not allowed in a data file");
                        return INVALID;
                }
            default:
                problem(t, "not a literal value: " + shown(t));
                return INVALID;
        }
    }

    private static Object number(String raw) {
        String s = raw.replace("_", "");
        try {
            if (s.matches("[+-]?0[xX][0-9a-fA-F]+")) {
                boolean neg = s.startsWith("-");
                long v = Long.parseLong(s.replaceFirst("^[+-]?0[xX]", ""), 16);
                return neg ? -v : v;
            }
            if (s.matches("[+-]?\\d+")) {
                return Long.parseLong(s);
            }
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return raw; // suffixes such as 1kb or 10d: kept as written
        }
    }

    /** Skips the rest of a broken entry: up to a newline or ';' outside brackets, or an unmatched closer. */
    private void skipEntry() {
        int nesting = 0;
        while (peek() != null) {
            TokenKind k = peek().kind();
            if (nesting == 0 && (k == TokenKind.NEWLINE || k == TokenKind.SEMICOLON)) {
                return;
            }
            if (k == TokenKind.HASHTABLE_OPEN || k == TokenKind.ARRAY_OPEN || k == TokenKind.OPEN_PAREN
                    || k == TokenKind.OPEN_BRACE || k == TokenKind.SUBEXPRESSION_OPEN) {
                nesting++;
            } else if (k == TokenKind.CLOSE_BRACE || k == TokenKind.CLOSE_PAREN) {
                if (nesting == 0) {
                    return;
                }
                nesting--;
            }
            pos++;
        }
    }

    private void skipSeparators() {
        while (at(TokenKind.NEWLINE) || at(TokenKind.SEMICOLON)) {
            pos++;
        }
    }

    private void skipNewlines() {
        while (at(TokenKind.NEWLINE)) {
            pos++;
        }
    }

    private boolean at(TokenKind kind) {
        Token t = peek();
        return t != null && t.kind() == kind;
    }

    private Token peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private void problem(Token at, String message) {
        problems.add(new Problem(line(at == null ? text.length() : at.start()), message));
    }

    private String shown(Token t) {
        String s = t.text(text);
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private int line(int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }

    private static Map<String, Object> newMap() {
        return new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    }
}
