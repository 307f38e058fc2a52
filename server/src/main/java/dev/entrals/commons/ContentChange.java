package dev.entrals.commons;

/**
 * One edit of a document's content as sent by {@code textDocument/didChange}: {@code text} replaces the range from
 * {@code start} to {@code end}, or the whole content when the range is null.
 */
public record ContentChange(TextPosition start, TextPosition end, String text) {

    public ContentChange {
        text = text == null ? "" : text;
        if ((start == null) != (end == null)) {
            start = null;
            end = null;
        }
    }

    /** A change that replaces the whole content. */
    public static ContentChange full(String text) {
        return new ContentChange(null, null, text);
    }

    /** Whether this change replaces the whole content. */
    public boolean isFull() {
        return start == null;
    }
}
