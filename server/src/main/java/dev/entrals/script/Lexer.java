package dev.entrals.script;

/**
 * Reads one token at a time in the mode the parser asks for. Never throws: every character ends up in some token,
 * and unterminated strings and comments end at the end of their line (strings) or of the text (comments).
 */
final class Lexer {

    private static final String[] KEYWORDS = {
        "begin", "break", "catch", "class", "clean", "configuration", "continue", "data", "define", "do",
        "dynamicparam", "else", "elseif", "end", "enum", "exit", "filter", "finally", "for", "foreach", "from",
        "function", "hidden", "if", "in", "param", "process", "return", "static", "switch", "throw", "trap", "try",
        "until", "using", "var", "while", "workflow"
    };

    private final String text;
    private final int limit;
    private final Strings nesting;
    private int pos;
    private TokenKind prevKind;
    private int prevEnd = -1;

    Lexer(String text, int start, int limit, Strings nesting) {
        this.text = text;
        this.pos = start;
        this.limit = limit;
        this.nesting = nesting;
    }

    int position() {
        return pos;
    }

    /** Scans again from {@code at}, where {@code before} (null at the start) was the token before it. */
    void rewind(int at, Token before) {
        pos = at;
        prevKind = before == null ? null : before.kind();
        prevEnd = before == null ? -1 : before.end();
    }

    /** The next token in {@code mode}, or null at the end of the text. */
    Token next(LexMode mode) {
        if (pos >= limit) {
            return null;
        }
        Token t = scan(mode, text.charAt(pos), pos);
        if (t.end() <= pos) { // defensive: always make progress
            t = new Token(TokenKind.UNKNOWN, pos, pos + 1);
        }
        pos = t.end();
        prevKind = t.kind();
        prevEnd = t.end();
        return t;
    }

    private Token scan(LexMode mode, char c, int s) {
        if (c == '\n' || c == '\r') {
            return new Token(TokenKind.NEWLINE, s, newlineEnd(s));
        }
        if (Chars.isBlank(c)) {
            int i = s + 1;
            while (i < limit && Chars.isBlank(text.charAt(i))) {
                i++;
            }
            return new Token(TokenKind.WHITESPACE, s, i);
        }
        if (c == '#') {
            return new Token(TokenKind.COMMENT, s, lineEnd(s));
        }
        if (c == '<' && at(s + 1) == '#') {
            int end = text.indexOf("#>", s + 2);
            return new Token(TokenKind.COMMENT, s, end < 0 || end + 2 > limit ? limit : end + 2);
        }
        if (c == '`' && Chars.isNewline(at(s + 1))) {
            return new Token(TokenKind.LINE_CONTINUATION, s, newlineEnd(s + 1));
        }
        if (Chars.isSingleQuote(c)) {
            return singleQuoted(s);
        }
        if (Chars.isDoubleQuote(c)) {
            return nesting.expandable(s, limit);
        }
        switch (c) {
            case '@': return at(mode, s);
            case '$': return dollar(mode, s);
            case '(': return new Token(TokenKind.OPEN_PAREN, s, s + 1);
            case ')': return new Token(TokenKind.CLOSE_PAREN, s, s + 1);
            case '{': return new Token(TokenKind.OPEN_BRACE, s, s + 1);
            case '}': return new Token(TokenKind.CLOSE_BRACE, s, s + 1);
            case ']': return new Token(TokenKind.CLOSE_BRACKET, s, s + 1);
            case ';': return new Token(TokenKind.SEMICOLON, s, s + 1);
            case ',': return new Token(TokenKind.COMMA, s, s + 1);
            case '[': return bracket(mode, s);
            case '|': return at(s + 1) == '|' ? new Token(TokenKind.CHAIN_OPERATOR, s, s + 2)
                    : new Token(TokenKind.PIPE, s, s + 1);
            case '&': return ampersand(mode, s);
            case '>': return redirection(s, s);
            case '<': return new Token(TokenKind.REDIRECTION, s, s + 1);
            case '.': return dot(mode, s);
            case ':': return colon(mode, s);
            default: break;
        }
        if (mode == LexMode.ARGUMENT && (c == '*' || (c >= '1' && c <= '6')) && at(s + 1) == '>') {
            return redirection(s, s + 1);
        }
        if (Chars.isDash(c)) {
            return dash(mode, s);
        }
        if (Chars.isDigit(c)) {
            Token n = number(mode, s, s);
            if (n != null) {
                return n;
            }
        }
        if (mode == LexMode.EXPRESSION) {
            return expressionChar(c, s);
        }
        if (c == '!' || (c == '+' && mode != LexMode.ARGUMENT)) {
            return new Token(TokenKind.OPERATOR, s, at(s + 1) == c || at(s + 1) == '=' ? s + 2 : s + 1);
        }
        return word(mode, s);
    }

    // ---- words, keywords, numbers -------------------------------------------------------------------------

    private Token word(LexMode mode, int s) {
        int end = commandWordEnd(s);
        if (mode == LexMode.STATEMENT && isKeyword(s, end)) {
            return new Token(TokenKind.KEYWORD, s, end);
        }
        return new Token(TokenKind.GENERIC, s, end);
    }

    /** The end of a bare word in command mode; quoted parts and backtick escapes belong to the word. */
    private int commandWordEnd(int s) {
        int i = s;
        while (i < limit) {
            char c = text.charAt(i);
            if (Chars.endsWord(c)) {
                break;
            }
            if (c == '`') {
                if (i + 1 >= limit || Chars.isNewline(text.charAt(i + 1))) {
                    break;
                }
                i += 2;
            } else if (Chars.isQuote(c) && i > s) {
                int q = Lexemes.quotedEnd(text, i, limit);
                if (q < 0) {
                    break;
                }
                i = q;
            } else {
                i++;
            }
        }
        return i == s ? Math.min(s + 1, limit) : Math.min(i, limit);
    }

    private boolean isKeyword(int s, int end) {
        int len = end - s;
        if (len < 2 || len > 13) {
            return false;
        }
        char first = Chars.lower(text.charAt(s));
        for (String k : KEYWORDS) {
            if (k.length() == len && k.charAt(0) == first && text.regionMatches(true, s, k, 0, len)) {
                return true;
            }
        }
        return false;
    }

    private Token expressionChar(char c, int s) {
        if (Chars.isNameChar(c)) {
            int i = s + 1;
            while (i < limit && Chars.isNameChar(text.charAt(i))) {
                i++;
            }
            return new Token(TokenKind.GENERIC, s, i);
        }
        char n = at(s + 1);
        switch (c) {
            case '+': case '*': case '/': case '%': case '!': case '=':
                return new Token(TokenKind.OPERATOR, s, n == '=' || (c == '+' && n == '+') ? s + 2 : s + 1);
            case '?':
                if (n == '?') {
                    return new Token(TokenKind.OPERATOR, s, at(s + 2) == '=' ? s + 3 : s + 2);
                }
                return n == '.' ? new Token(TokenKind.MEMBER_ACCESS, s, s + 2) : new Token(TokenKind.OPERATOR, s, s + 1);
            case '`':
                return new Token(TokenKind.GENERIC, s, Math.min(s + 2, limit));
            default:
                return unknown(s);
        }
    }

    private Token unknown(int s) {
        boolean pair = Character.isHighSurrogate(text.charAt(s)) && Character.isLowSurrogate(at(s + 1));
        return new Token(TokenKind.UNKNOWN, s, pair ? s + 2 : s + 1);
    }

    /** A number starting at {@code digits} (after an optional dash at {@code s}), or null when the word is no number. */
    private Token number(LexMode mode, int s, int digits) {
        int end = Lexemes.numberEnd(text, digits, limit);
        if (end < 0) {
            return null;
        }
        char next = at(end);
        boolean ok = mode == LexMode.ARGUMENT
                ? end >= limit || Chars.endsWord(next)
                : !Chars.isNameChar(next) && next != '`' && !(next == '.' && Chars.isNameStart(at(end + 1)) && mode != LexMode.EXPRESSION);
        return ok ? new Token(TokenKind.NUMBER, s, end) : null;
    }

    // ---- punctuation --------------------------------------------------------------------------------------

    private Token at(LexMode mode, int s) {
        char n = at(s + 1);
        if (Chars.isQuote(n) && isHereStringHeader(s + 2)) {
            return nesting.hereString(s, limit, Chars.isDoubleQuote(n));
        }
        if (n == '(') {
            return new Token(TokenKind.ARRAY_OPEN, s, s + 2);
        }
        if (n == '{') {
            return new Token(TokenKind.HASHTABLE_OPEN, s, s + 2);
        }
        if (Chars.isNameChar(n)) {
            int i = s + 1;
            while (i < limit && Chars.isNameChar(text.charAt(i))) {
                i++;
            }
            if (at(i) == ':' && Chars.isNameChar(at(i + 1))) {
                i++;
                while (i < limit && Chars.isNameChar(text.charAt(i))) {
                    i++;
                }
            }
            return new Token(TokenKind.SPLAT_VARIABLE, s, i);
        }
        return mode == LexMode.ARGUMENT ? word(mode, s) : unknown(s);
    }

    private boolean isHereStringHeader(int i) {
        while (i < limit && Chars.isBlank(text.charAt(i))) {
            i++;
        }
        return i < limit && Chars.isNewline(text.charAt(i));
    }

    private Token dollar(LexMode mode, int s) {
        if (at(s + 1) == '(') {
            return new Token(TokenKind.SUBEXPRESSION_OPEN, s, s + 2);
        }
        int end = Lexemes.variableEnd(text, s, limit);
        if (end < 0) {
            return mode == LexMode.ARGUMENT || mode == LexMode.COMMAND_NAME ? word(mode, s) : unknown(s);
        }
        if ((mode == LexMode.ARGUMENT || mode == LexMode.COMMAND_NAME) && end < limit) {
            char n = text.charAt(end);
            if (!Chars.endsWord(n) && n != '.' && n != '[' && n != ']' && !(n == ':' && at(end + 1) == ':')) {
                return new Token(TokenKind.GENERIC, s, commandWordEnd(end)); // $PSScriptRoot\x.ps1
            }
        }
        return new Token(TokenKind.VARIABLE, s, end);
    }

    private Token bracket(LexMode mode, int s) {
        if (followsValue(s)) {
            // after an attribute, [Parameter()][string]$x is a type; $a[0][1] stays an index
            int end = prevKind == TokenKind.CLOSE_BRACKET && mode != LexMode.ARGUMENT ? Lexemes.typeLiteralEnd(text, s, limit) : -1;
            return end > 0 ? new Token(TokenKind.TYPE_LITERAL, s, end) : new Token(TokenKind.OPEN_BRACKET, s, s + 1);
        }
        if (mode == LexMode.ARGUMENT) {
            return new Token(TokenKind.GENERIC, s, commandWordEnd(s));
        }
        int end = Lexemes.typeLiteralEnd(text, s, limit);
        return end > 0 ? new Token(TokenKind.TYPE_LITERAL, s, end) : new Token(TokenKind.OPEN_BRACKET, s, s + 1);
    }

    private boolean followsValue(int s) {
        if (prevEnd != s || prevKind == null) {
            return false;
        }
        switch (prevKind) {
            case VARIABLE: case CLOSE_PAREN: case CLOSE_BRACKET: case CLOSE_BRACE: case STRING: case EXPANDABLE_STRING:
            case TYPE_LITERAL: case GENERIC: case NUMBER:
                return true;
            default:
                return false;
        }
    }

    private Token ampersand(LexMode mode, int s) {
        if (at(s + 1) == '&') {
            return new Token(TokenKind.CHAIN_OPERATOR, s, s + 2);
        }
        boolean call = mode == LexMode.STATEMENT || mode == LexMode.COMMAND_NAME;
        return new Token(call ? TokenKind.CALL_OPERATOR : TokenKind.OPERATOR, s, s + 1);
    }

    private Token redirection(int s, int gt) {
        int i = gt + 1;
        if (at(i) == '>') {
            i++;
        } else if (at(i) == '&' && Chars.isDigit(at(i + 1))) {
            i += 2;
        }
        return new Token(TokenKind.REDIRECTION, s, i);
    }

    private Token dot(LexMode mode, int s) {
        char n = at(s + 1);
        if (Chars.isDigit(n)) {
            Token num = number(mode, s, s);
            if (num != null) {
                return num;
            }
        }
        boolean commandMode = mode != LexMode.EXPRESSION;
        if (n == '.' && !(commandMode && (at(s + 2) == '\\' || at(s + 2) == '/'))) {
            return new Token(TokenKind.OPERATOR, s, s + 2);
        }
        if (followsValue(s)) {
            return new Token(TokenKind.MEMBER_ACCESS, s, s + 1);
        }
        if (mode == LexMode.STATEMENT || mode == LexMode.COMMAND_NAME) {
            boolean call = s + 1 >= limit || Chars.isBlank(n) || n == '$' || n == '(' || n == '{' || n == '&'
                    || Chars.isQuote(n);
            return call ? new Token(TokenKind.CALL_OPERATOR, s, s + 1) : word(mode, s);
        }
        return commandMode ? word(mode, s) : new Token(TokenKind.MEMBER_ACCESS, s, s + 1);
    }

    private Token colon(LexMode mode, int s) {
        if (at(s + 1) == ':') {
            return new Token(TokenKind.MEMBER_ACCESS, s, s + 2);
        }
        if (mode == LexMode.EXPRESSION) {
            return new Token(TokenKind.OPERATOR, s, s + 1);
        }
        return word(mode, s);
    }

    private Token dash(LexMode mode, int s) {
        char n = at(s + 1);
        if (Chars.isDigit(n) || (n == '.' && Chars.isDigit(at(s + 2)))) {
            Token num = mode == LexMode.EXPRESSION ? null : number(mode, s, s + 1);
            if (num != null) {
                return num;
            }
        }
        if (mode == LexMode.ARGUMENT) {
            if (Chars.isNameStart(n) || n == '?') {
                int i = s + 1;
                while (i < limit) {
                    char c = text.charAt(i);
                    if (c == ':') {
                        i++;
                        break;
                    }
                    if (Chars.endsWord(c) || Chars.isQuote(c)) {
                        break;
                    }
                    i++;
                }
                return new Token(TokenKind.PARAMETER, s, i);
            }
            if (s + 1 >= limit || Chars.endsWord(n)) {
                return new Token(TokenKind.PARAMETER, s, s + 1); // a lone dash: a parameter being typed
            }
            if (Chars.isDash(n) && at(s + 2) == '%') {
                return new Token(TokenKind.GENERIC, s, lineEnd(s)); // --% stops parsing to the end of the line
            }
            return word(mode, s);
        }
        if (Chars.isNameStart(n)) {
            int i = s + 1;
            while (i < limit && Chars.isNameStart(text.charAt(i))) {
                i++;
            }
            return new Token(TokenKind.OPERATOR, s, i);
        }
        return new Token(TokenKind.OPERATOR, s, Chars.isDash(n) || n == '=' ? s + 2 : s + 1);
    }

    // ---- strings ------------------------------------------------------------------------------------------

    private Token singleQuoted(int s) {
        int end = Lexemes.quotedEnd(text, s, limit);
        if (end < 0) {
            nesting.error(s, s + 1, "The string is missing the terminator: '.");
            end = nesting.mayRescan(limit - s) ? lineEnd(s) : limit;
        }
        return new Token(TokenKind.STRING, s, end);
    }

    /** The end of the line holding {@code s}, before its line break. */
    int lineEnd(int s) {
        int i = s;
        while (i < limit && !Chars.isNewline(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int newlineEnd(int s) {
        return text.charAt(s) == '\r' && at(s + 1) == '\n' ? s + 2 : s + 1;
    }

    private char at(int i) {
        return i < limit ? text.charAt(i) : '\0';
    }
}
