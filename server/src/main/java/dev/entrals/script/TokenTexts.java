package dev.entrals.script;

import java.util.ArrayList;

/** What the {@link Parser} reads from a token's text: literal command names, assignments, hashtable keys. */
final class TokenTexts {

    private TokenTexts() {
    }

    /** The literal command name {@code t} spells, or null when it is computed. */
    static String literalName(String text, Token t) {
        switch (t.kind()) {
            case GENERIC: {
                String s = t.text(text);
                return s.indexOf('$') >= 0 ? null : s.indexOf('`') >= 0 || s.indexOf('\'') >= 0 || s.indexOf('"') >= 0
                        ? Literals.unescape(s.replace("'", "").replace("\"", ""), false) : s;
            }
            case STRING: return Literals.singleQuoted(t.text(text));
            case EXPANDABLE_STRING: return t.nested().isEmpty() ? Literals.doubleQuoted(t.text(text)) : null;
            default: return null;
        }
    }

    /** Whether {@code t} is an assignment operator ({@code =}, {@code +=}, ...; not {@code ==} or {@code !=}). */
    static boolean isAssignment(String text, Token t) {
        int len = t.end() - t.start();
        if (t.kind() != TokenKind.OPERATOR || len > 3 || text.charAt(t.end() - 1) != '=') {
            return false;
        }
        return len == 1 || text.charAt(t.start()) != '!' && text.charAt(t.start()) != '=';
    }

    /** Records the hashtable key {@code t} in {@code f} (a computed key makes the keys incomplete). */
    static void key(String text, Frame f, Token t) {
        if (f.keys == null) {
            f.keys = new ArrayList<>();
        }
        String k = null;
        switch (t.kind()) {
            case GENERIC: case NUMBER: k = t.text(text); break;
            case STRING: k = Literals.singleQuoted(t.text(text)); break;
            case EXPANDABLE_STRING: k = t.nested().isEmpty() ? Literals.doubleQuoted(t.text(text)) : null; break;
            default: break;
        }
        if (k == null) {
            f.keysComplete = false;
        } else {
            f.keys.add(k);
        }
    }

    /**
     * A {@code param} block must come before any other statement of its script, function or script block (only
     * {@code using} statements, comments and attributes may precede it); PowerShell reports one after a statement as
     * an unexpected token, at {@code param}.
     */
    static void paramFirst(String text, Frame f, Token t, ParseResults results) {
        boolean keyword = t.kind() == TokenKind.KEYWORD;
        if (keyword && t.end() - t.start() == 5 && text.regionMatches(true, t.start(), "param", 0, 5)) {
            if (f.statementSeen && (f.kind == Frame.FrameKind.ROOT || f.kind == Frame.FrameKind.SCRIPT_BLOCK)) {
                results.error(t.start(), t.end(), unexpected(text, t));
            }
            return;
        }
        if (!keyword || !(t.end() - t.start() == 5 && text.regionMatches(true, t.start(), "using", 0, 5))) {
            f.statementSeen = true;
        }
    }

    /** PowerShell's message for an unexpected token {@code t}. */
    static String unexpected(String text, Token t) {
        return "Unexpected token '" + t.text(text) + "' in expression or statement.";
    }

    /** Whether {@code t} is a value in an expression: a variable, number, string or bare word (a member name). */
    static boolean isValueStart(Token t) {
        switch (t.kind()) {
            case VARIABLE: case NUMBER: case STRING: case EXPANDABLE_STRING: case HERE_STRING:
            case EXPANDABLE_HERE_STRING: case GENERIC:
                return true;
            default:
                return false;
        }
    }

    /** Whether {@code t} starts with a sign ({@code -1}, {@code +2}, a dash): after a value it is a binary operator. */
    static boolean isSigned(String text, Token t) {
        char c = text.charAt(t.start());
        return c == '-' || c == '+' || c == '\u2013' || c == '\u2014' || c == '\u2015';
    }

    /** Whether number {@code t} is a redirection's stream ({@code 2>&1}, {@code 3> $null}). */
    static boolean isRedirection(String text, Token t) {
        return t.kind() == TokenKind.NUMBER && t.end() < text.length() && text.charAt(t.end()) == '>';
    }

    /** Whether bare word {@code t} is {@code in} (of a {@code foreach} header). */
    static boolean isIn(String text, Token t) {
        return t.end() - t.start() == 2 && text.regionMatches(true, t.start(), "in", 0, 2);
    }

    /** Whether keyword token {@code t} is {@code catch} or {@code finally}. */
    static boolean isCatchOrFinally(String text, Token t) {
        int n = t.end() - t.start();
        return n == 5 && text.regionMatches(true, t.start(), "catch", 0, 5)
                || n == 7 && text.regionMatches(true, t.start(), "finally", 0, 7);
    }

    /** Whether {@code t} ends a value a {@code [} right after it indexes (not a line break, operator or opener). */
    static boolean isValue(Token t) {
        switch (t.kind()) {
            case STRING: case EXPANDABLE_STRING: case HERE_STRING: case EXPANDABLE_HERE_STRING: case VARIABLE:
            case NUMBER: case TYPE_LITERAL: case CLOSE_PAREN: case CLOSE_BRACE: case CLOSE_BRACKET: case GENERIC:
                return true;
            default:
                return false;
        }
    }

    /** Whether {@code (} token {@code t} calls a method ({@code $a.Get(}, or {@code [Attr(} in a bracket). */
    static boolean isMethodCall(Frame.FrameKind in, Token t, Token prev, Token prev2) {
        if (t.kind() != TokenKind.OPEN_PAREN || prev == null || prev.end() != t.start() || prev.kind() != TokenKind.GENERIC) {
            return false;
        }
        return in == Frame.FrameKind.INDEX || (prev2 != null && prev2.kind() == TokenKind.MEMBER_ACCESS && prev2.end() == prev.start());
    }
}
