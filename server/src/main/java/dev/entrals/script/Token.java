package dev.entrals.script;

import java.util.List;

/**
 * A token: its kind and its UTF-16 range {@code [start, end)} in the script. Expandable strings carry, as
 * {@code nested}, the tokens of their {@code $var} and {@code $( ... )} parts; other tokens have none.
 */
public record Token(TokenKind kind, int start, int end, List<Token> nested) {

    /** A token with no nested tokens. */
    public Token(TokenKind kind, int start, int end) {
        this(kind, start, end, List.of());
    }

    /** The token's text in {@code source}, the script it was scanned from. */
    public String text(CharSequence source) {
        return source.subSequence(start, end).toString();
    }

    /** Whether {@code offset} lies in {@code [start, end)}. */
    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** Whether this token means nothing to the parser: blanks, comments, line continuations (not line breaks). */
    public boolean isTrivia() {
        return kind == TokenKind.WHITESPACE || kind == TokenKind.COMMENT || kind == TokenKind.LINE_CONTINUATION;
    }
}
