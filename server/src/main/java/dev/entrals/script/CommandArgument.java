package dev.entrals.script;

import java.util.List;

/**
 * An argument of a command as written, with its UTF-16 range (its text is {@link #text}). {@code value} is the literal's value (the
 * string without quotes and escapes, the number as written, {@code True}/{@code False}) or null when the argument is
 * not a literal; an array's {@code elements} are its comma-separated parts.
 */
public record CommandArgument(int start, int end, ArgumentKind kind, String value,
                              List<CommandArgument> elements) {

    /** The argument's text in {@code source}, the script it was parsed from. */
    public String text(CharSequence source) {
        return source.subSequence(start, end).toString();
    }

    /** Whether the argument is a literal whose {@link #value()} is known without running the script. */
    public boolean isLiteral() {
        return value != null;
    }

    /** Whether the argument is an array written with commas, {@code a, b}. */
    public boolean isArray() {
        return kind == ArgumentKind.ARRAY;
    }

    /** Whether {@code offset} lies in the argument, both ends included. */
    public boolean touches(int offset) {
        return offset >= start && offset <= end;
    }
}
