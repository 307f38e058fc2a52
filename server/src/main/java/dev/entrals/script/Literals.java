package dev.entrals.script;

/** Values of literal strings: quotes removed, doubled quotes and backtick escapes resolved. */
final class Literals {

    private Literals() {
    }

    static String singleQuoted(String raw) {
        int end = raw.length() > 1 && Chars.isSingleQuote(raw.charAt(raw.length() - 1)) ? raw.length() - 1 : raw.length();
        StringBuilder b = new StringBuilder(end);
        for (int i = 1; i < end; i++) {
            char c = raw.charAt(i);
            b.append(c);
            if (Chars.isSingleQuote(c) && i + 1 < end && Chars.isSingleQuote(raw.charAt(i + 1))) {
                i++;
            }
        }
        return b.toString();
    }

    static String doubleQuoted(String raw) {
        int end = raw.length() > 1 && Chars.isDoubleQuote(raw.charAt(raw.length() - 1)) ? raw.length() - 1 : raw.length();
        return unescape(raw.substring(Math.min(1, end), end), true);
    }

    /** The content of a here-string: from the line after {@code @'} to the line break before the closing quote. */
    static String hereString(String raw) {
        int i = 2;
        while (i < raw.length() && !Chars.isNewline(raw.charAt(i))) {
            i++;
        }
        i += i + 1 < raw.length() && raw.charAt(i) == '\r' && raw.charAt(i + 1) == '\n' ? 2 : 1;
        int end = raw.length();
        boolean closed = end >= 2 && raw.charAt(end - 1) == '@' && Chars.isQuote(raw.charAt(end - 2));
        if (closed) {
            end -= 2;
            if (end > i && raw.charAt(end - 1) == '\n') {
                end--;
            }
            if (end > i && raw.charAt(end - 1) == '\r') {
                end--;
            }
        }
        return i >= end ? "" : raw.substring(i, end);
    }

    /** Resolves backtick escapes ({@code `n}, {@code `t}, ...) and, in double-quoted text, doubled double quotes. */
    static String unescape(String s, boolean doubledQuotes) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '`' && i + 1 < s.length()) {
                b.append(escape(s.charAt(++i)));
            } else {
                b.append(c);
                if (doubledQuotes && Chars.isDoubleQuote(c) && i + 1 < s.length() && Chars.isDoubleQuote(s.charAt(i + 1))) {
                    i++;
                }
            }
        }
        return b.toString();
    }

    private static char escape(char c) {
        switch (c) {
            case '0': return '\0';
            case 'a': return '\u0007';
            case 'b': return '\b';
            case 'e': return '\u001b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'v': return '\u000b';
            default: return c;
        }
    }
}
