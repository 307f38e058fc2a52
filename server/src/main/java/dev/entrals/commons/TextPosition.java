package dev.entrals.commons;

/** A zero-based line and character, the character counted in the units of a {@link PositionEncoding}. */
public record TextPosition(int line, int character) {
}
