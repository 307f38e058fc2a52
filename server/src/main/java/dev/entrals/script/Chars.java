package dev.entrals.script;

/** Character classes of the PowerShell language (dashes and quotes include the Unicode forms PowerShell accepts). */
public final class Chars {

    private Chars() {
    }

    /** {@code -} and the Unicode dashes PowerShell reads as one. */
    public static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015';
    }

    static boolean isSingleQuote(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B';
    }

    static boolean isDoubleQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }

    /** A single or double quote, straight or typographic. */
    public static boolean isQuote(char c) {
        return isSingleQuote(c) || isDoubleQuote(c);
    }

    static boolean isNewline(char c) {
        return c == '\n' || c == '\r';
    }

    static boolean isBlank(char c) {
        if (c == ' ' || c == '\t') {
            return true;
        }
        if (c < 0x80) {
            return c == 0x0b || c == '\f';
        }
        return c == '\u00a0' || c == '\u0085' || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /** Letters, digits and underscore: the characters of a simple variable name or member name. */
    static boolean isNameChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        return Character.isLetterOrDigit(c);
    }

    static boolean isNameStart(char c) {
        return isNameChar(c) && !(c >= '0' && c <= '9');
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Characters that end a bare word in command mode. */
    static boolean endsWord(char c) {
        switch (c) {
            case ';': case '|': case '&': case '(': case ')': case '{': case '}': case ',': case '>': case '<':
            case '\n': case '\r':
                return true;
            default:
                return isBlank(c);
        }
    }

    static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
