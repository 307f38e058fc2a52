package dev.entrals.execution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the literal expressions the script model leaves unevaluated: hashtables {@code @{ Key = value; ... }}, array
 * expressions {@code @( ... )} and parenthesised comma lists, whose values are quoted strings (double-quoted ones
 * without variables or subexpressions), numbers, {@code $true}/{@code $false}/{@code $null} and nested literals. Anything
 * else makes the whole expression {@link LiteralValues#NOT_LITERAL}.
 */
final class HashtableLiteral {

    private final String s;
    private int i;

    private HashtableLiteral(String s) {
        this.s = s;
    }

    /** The value of {@code text}, or {@link LiteralValues#NOT_LITERAL}. */
    static Object parse(String text) {
        HashtableLiteral p = new HashtableLiteral(text);
        try {
            Object v = p.list(')');
            p.blank(true);
            return p.i == p.s.length() ? v : LiteralValues.NOT_LITERAL;
        } catch (NotLiteral e) {
            return LiteralValues.NOT_LITERAL;
        }
    }

    private static final class NotLiteral extends RuntimeException {
        NotLiteral() {
            super(null, null, false, false);
        }
    }

    /** A comma list of primaries (one primary stays itself). */
    private Object list(char closer) {
        List<Object> items = new ArrayList<>();
        items.add(primary());
        while (true) {
            blank(false);
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
                blank(true);
                items.add(primary());
            } else {
                break;
            }
        }
        return items.size() == 1 ? items.get(0) : items;
    }

    private Object primary() {
        blank(false);
        if (i >= s.length()) {
            throw new NotLiteral();
        }
        char c = s.charAt(i);
        if (s.startsWith("@{", i)) {
            i += 2;
            return table();
        }
        if (s.startsWith("@(", i)) {
            i += 2;
            return array();
        }
        if (c == '(') {
            i++;
            blank(true);
            Object v = list(')');
            blank(true);
            expect(')');
            return v;
        }
        if (c == '\'' || c == '\u2018' || c == '\u2019') {
            return single();
        }
        if (c == '"' || c == '\u201C' || c == '\u201D') {
            return dbl();
        }
        if (c == '$') {
            String word = word(i + 1);
            i += 1 + word.length();
            return switch (word.toLowerCase(java.util.Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> throw new NotLiteral();
            };
        }
        if (Character.isDigit(c) || (c == '-' || c == '+' || c == '.') && i + 1 < s.length()
                && Character.isDigit(s.charAt(i + 1))) {
            int start = i++;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            Object n = LiteralValues.number(s.substring(start, i));
            if (n == LiteralValues.NOT_LITERAL) {
                throw new NotLiteral();
            }
            return n;
        }
        throw new NotLiteral();
    }

    private Map<String, Object> table() {
        Map<String, Object> out = new LinkedHashMap<>();
        while (true) {
            blank(true);
            while (i < s.length() && s.charAt(i) == ';') {
                i++;
                blank(true);
            }
            if (i < s.length() && s.charAt(i) == '}') {
                i++;
                return out;
            }
            String key = key();
            blank(false);
            expect('=');
            blank(true);
            out.put(key, list('}'));
            blank(false);
            if (i < s.length() && s.charAt(i) != ';' && s.charAt(i) != '}' && s.charAt(i) != '\n'
                    && s.charAt(i) != '\r') {
                throw new NotLiteral();
            }
        }
    }

    private List<Object> array() {
        List<Object> out = new ArrayList<>();
        while (true) {
            blank(true);
            while (i < s.length() && s.charAt(i) == ';') {
                i++;
                blank(true);
            }
            if (i < s.length() && s.charAt(i) == ')') {
                i++;
                return out;
            }
            Object v = list(')');
            if (v instanceof List<?> l && !(v instanceof Map<?, ?>)) {
                out.addAll(l);
            } else {
                out.add(v);
            }
        }
    }

    private String key() {
        if (i >= s.length()) {
            throw new NotLiteral();
        }
        char c = s.charAt(i);
        if (c == '\'') {
            return single();
        }
        if (c == '"') {
            return dbl();
        }
        String w = word(i);
        if (w.isEmpty()) {
            throw new NotLiteral();
        }
        i += w.length();
        return w;
    }

    private String word(int from) {
        int j = from;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_' || s.charAt(j) == '-')) {
            j++;
        }
        return s.substring(from, j);
    }

    private String single() {
        StringBuilder b = new StringBuilder();
        i++;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (isSingle(c)) {
                if (i < s.length() && isSingle(s.charAt(i))) {
                    b.append(c);
                    i++;
                    continue;
                }
                return b.toString();
            }
            b.append(c);
        }
        throw new NotLiteral();
    }

    private String dbl() {
        StringBuilder b = new StringBuilder();
        i++;
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '`' && i < s.length()) {
                char e = s.charAt(i++);
                b.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    default -> e;
                });
            } else if (c == '$' && i < s.length() && (Character.isLetter(s.charAt(i)) || "{(_:?^$".indexOf(s.charAt(i)) >= 0)) {
                throw new NotLiteral();
            } else if (isDouble(c)) {
                if (i < s.length() && isDouble(s.charAt(i))) {
                    b.append(c);
                    i++;
                    continue;
                }
                return b.toString();
            } else {
                b.append(c);
            }
        }
        throw new NotLiteral();
    }

    private static boolean isSingle(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
    }

    private static boolean isDouble(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }

    private void expect(char c) {
        if (i >= s.length() || s.charAt(i) != c) {
            throw new NotLiteral();
        }
        i++;
    }

    /** Skips blanks and comments; with {@code lines}, line breaks too (a backtick continuation always). */
    private void blank(boolean lines) {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || lines && (c == '\n' || c == '\r')) {
                i++;
            } else if (c == '`' && i + 1 < s.length() && (s.charAt(i + 1) == '\n' || s.charAt(i + 1) == '\r')) {
                i += 2;
            } else if (c == '#') {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else {
                return;
            }
        }
    }
}
