package dev.entrals.script;

/** Where a lexeme starting at an offset ends: numbers, variables, type literals, quoted strings (-1: none there). */
final class Lexemes {

    private static final int TYPE_LITERAL_SCAN_LIMIT = 512;

    private Lexemes() {
    }

    /** The end of a number at {@code s} (digits, hex, binary, exponent, suffix, multiplier). */
    static int numberEnd(String text, int s, int limit) {
        int i = s;
        char c0 = at(text, limit, i);
        char c1 = Chars.lower(at(text, limit, i + 1));
        if (c0 == '0' && c1 == 'x' && Chars.isHexDigit(at(text, limit, i + 2))) {
            i += 2;
            while (Chars.isHexDigit(at(text, limit, i))) {
                i++;
            }
        } else if (c0 == '0' && c1 == 'b' && (at(text, limit, i + 2) == '0' || at(text, limit, i + 2) == '1')) {
            i += 2;
            while (at(text, limit, i) == '0' || at(text, limit, i) == '1') {
                i++;
            }
        } else {
            int digitsStart = i;
            while (Chars.isDigit(at(text, limit, i))) {
                i++;
            }
            if (at(text, limit, i) == '.' && Chars.isDigit(at(text, limit, i + 1))) {
                i++;
                while (Chars.isDigit(at(text, limit, i))) {
                    i++;
                }
            }
            if (i == digitsStart) {
                return -1;
            }
            if (Chars.lower(at(text, limit, i)) == 'e') {
                int j = i + 1;
                if (at(text, limit, j) == '+' || Chars.isDash(at(text, limit, j))) {
                    j++;
                }
                if (Chars.isDigit(at(text, limit, j))) {
                    i = j;
                    while (Chars.isDigit(at(text, limit, i))) {
                        i++;
                    }
                }
            }
        }
        return multiplierEnd(text, suffixEnd(text, i, limit), limit);
    }

    private static int suffixEnd(String text, int i, int limit) {
        char a = Chars.lower(at(text, limit, i));
        char b = Chars.lower(at(text, limit, i + 1));
        if (a == 'u' && (b == 'l' || b == 'y' || b == 's')) {
            return i + 2;
        }
        return a == 'l' || a == 'u' || a == 'y' || a == 's' || a == 'd' || a == 'n' ? i + 1 : i;
    }

    private static int multiplierEnd(String text, int i, int limit) {
        char a = Chars.lower(at(text, limit, i));
        char b = Chars.lower(at(text, limit, i + 1));
        boolean mult = b == 'b' && (a == 'k' || a == 'm' || a == 'g' || a == 't' || a == 'p');
        return mult ? i + 2 : i;
    }

    /** The end of the variable starting with {@code $} at {@code s}, or -1 when none starts there. */
    static int variableEnd(String text, int s, int limit) {
        char n = s + 1 < limit ? text.charAt(s + 1) : '\0';
        if (n == '{') {
            int i = s + 2;
            while (i < limit) {
                char c = text.charAt(i);
                if (c == '}') {
                    return i + 1;
                }
                if (Chars.isNewline(c)) {
                    return i;
                }
                i += c == '`' ? 2 : 1;
            }
            return limit;
        }
        if (n == '$' || n == '?' || n == '^') {
            return s + 2;
        }
        if (!Chars.isNameChar(n)) {
            return -1;
        }
        int i = s + 1;
        while (i < limit && Chars.isNameChar(text.charAt(i))) {
            i++;
        }
        if (i + 1 < limit && text.charAt(i) == ':' && Chars.isNameChar(text.charAt(i + 1))) {
            i++;
            while (i < limit && Chars.isNameChar(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    /** The end of a type literal such as {@code [string[]]} at {@code s}; the lookahead is capped. */
    static int typeLiteralEnd(String text, int s, int limit) {
        int i = s + 1;
        while (i < limit && Chars.isBlank(text.charAt(i))) {
            i++;
        }
        if (!Chars.isNameStart(at(text, limit, i))) {
            return -1;
        }
        int depth = 1;
        int max = Math.min(limit, s + TYPE_LITERAL_SCAN_LIMIT);
        while (i < max) {
            char c = text.charAt(i);
            if (c == ']') {
                if (--depth == 0) {
                    return i + 1;
                }
            } else if (c == '[') {
                depth++;
            } else if (!(Chars.isNameChar(c) || c == '.' || c == '`' || c == '+' || c == ',' || Chars.isBlank(c))) {
                return -1;
            }
            i++;
        }
        return -1;
    }

    /** The end of the quoted string at {@code s} (no nested parsing), or -1 when it is not terminated. */
    static int quotedEnd(String text, int s, int limit) {
        boolean dbl = Chars.isDoubleQuote(text.charAt(s));
        int i = s + 1;
        while (i < limit) {
            char c = text.charAt(i);
            if (dbl ? Chars.isDoubleQuote(c) : Chars.isSingleQuote(c)) {
                boolean doubled = i + 1 < limit && (dbl ? Chars.isDoubleQuote(text.charAt(i + 1))
                        : Chars.isSingleQuote(text.charAt(i + 1)));
                if (!doubled) {
                    return i + 1;
                }
                i += 2;
            } else {
                i += dbl && c == '`' ? 2 : 1;
            }
        }
        return -1;
    }

    private static char at(String text, int limit, int i) {
        return i < limit ? text.charAt(i) : '\0';
    }
}
