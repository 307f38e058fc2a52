package dev.entrals.commons;

/** The unit a {@link TextPosition#character()} is counted in, as negotiated by LSP's {@code positionEncoding}. */
public enum PositionEncoding {
    /** UTF-8 bytes. */
    UTF8,
    /** UTF-16 code units (the LSP default and the unit of Java string offsets). */
    UTF16,
    /** Unicode code points. */
    UTF32
}
