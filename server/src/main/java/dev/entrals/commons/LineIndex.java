package dev.entrals.commons;

import java.util.Arrays;

/**
 * Maps UTF-16 offsets of a text to LSP positions and back. Lines end at LF, CRLF or CR; every method clamps
 * out-of-range input (past the end of a line, past the last line, inside a surrogate pair or a CRLF) and never throws.
 */
public final class LineIndex {

    private final CharSequence text;
    private final int[] lineStarts;
    private final int lineCount;

    private LineIndex(CharSequence text, int[] lineStarts, int lineCount) {
        this.text = text;
        this.lineStarts = lineStarts;
        this.lineCount = lineCount;
    }

    /** Indexes the line starts of {@code text} (one pass); the text must not change afterwards. */
    public static LineIndex of(CharSequence text) {
        if (text instanceof String s && s.indexOf('\r') < 0) {
            return ofLineFeeds(s);
        }
        int[] starts = new int[16];
        int count = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(text, starts, count);
    }

    /** {@link #of} for a text without CR: {@code String.indexOf} finds the breaks (an intrinsic, fast even under C1). */
    private static LineIndex ofLineFeeds(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return new LineIndex(text, starts, count);
    }

    /** The number of lines; a text ending with a line break has an empty last line. */
    public int lineCount() {
        return lineCount;
    }

    /** The length of the text in UTF-16 units. */
    public int length() {
        return text.length();
    }

    /** The offset where {@code line} starts (clamped to the existing lines). */
    public int lineStart(int line) {
        return lineStarts[clampLine(line)];
    }

    /** The offset where {@code line}'s content ends, before its line break (clamped to the existing lines). */
    public int lineEnd(int line) {
        int l = clampLine(line);
        int end = l + 1 < lineCount ? lineStarts[l + 1] : text.length();
        if (end > lineStarts[l] && l + 1 < lineCount) {
            end--;
            if (end > lineStarts[l] && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r') {
                end--;
            }
        }
        return end;
    }

    /** The zero-based line holding {@code offset} (clamped to the text). */
    public int lineOf(int offset) {
        int o = clampOffset(offset);
        int i = Arrays.binarySearch(lineStarts, 0, lineCount, o);
        return i >= 0 ? i : -i - 2;
    }

    /** The UTF-16 position of {@code offset}; offsets inside a line break or a surrogate pair move back. */
    public TextPosition position(int offset) {
        return position(offset, PositionEncoding.UTF16);
    }

    /** The position of {@code offset} with the character counted in {@code encoding}. */
    public TextPosition position(int offset, PositionEncoding encoding) {
        int line = lineOf(offset);
        int start = lineStarts[line];
        int o = snap(Math.min(clampOffset(offset), lineEnd(line)), start);
        return new TextPosition(line, width(start, o, encoding));
    }

    /** The offset of a UTF-16 position; characters past the line's end clamp to it, lines past the end to the end. */
    public int offset(int line, int character) {
        return offset(line, character, PositionEncoding.UTF16);
    }

    /** The offset of {@code position} in UTF-16 units. */
    public int offset(TextPosition position) {
        return offset(position.line(), position.character(), PositionEncoding.UTF16);
    }

    /** The offset of a position whose character is counted in {@code encoding}, clamped like {@link #offset(int, int)}. */
    public int offset(int line, int character, PositionEncoding encoding) {
        if (line < 0) {
            return 0;
        }
        if (line >= lineCount) {
            return text.length();
        }
        int start = lineStarts[line];
        int end = lineEnd(line);
        if (character <= 0) {
            return start;
        }
        if (encoding == PositionEncoding.UTF16) {
            return snap((int) Math.min((long) start + character, end), start);
        }
        int units = 0;
        int i = start;
        while (i < end) {
            int step = isPair(i, end) ? 2 : 1;
            int w = encoding == PositionEncoding.UTF32 ? 1 : utf8Width(i, step);
            if (units + w > character) {
                break;
            }
            units += w;
            i += step;
        }
        return i;
    }

    private int width(int from, int to, PositionEncoding encoding) {
        if (encoding == PositionEncoding.UTF16) {
            return to - from;
        }
        int units = 0;
        int i = from;
        while (i < to) {
            int step = isPair(i, to) ? 2 : 1;
            units += encoding == PositionEncoding.UTF32 ? 1 : utf8Width(i, step);
            i += step;
        }
        return units;
    }

    private int utf8Width(int i, int step) {
        if (step == 2) {
            return 4;
        }
        char c = text.charAt(i);
        return c < 0x80 ? 1 : c < 0x800 ? 2 : 3; // a lone surrogate is written as U+FFFD: 3 bytes
    }

    private boolean isPair(int i, int limit) {
        return i + 1 < limit && Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1));
    }

    /** Moves an offset that splits a surrogate pair back to the pair's start. */
    private int snap(int offset, int lineStart) {
        if (offset > lineStart && offset < text.length()
                && Character.isLowSurrogate(text.charAt(offset)) && Character.isHighSurrogate(text.charAt(offset - 1))) {
            return offset - 1;
        }
        return offset;
    }

    private int clampLine(int line) {
        return Math.max(0, Math.min(line, lineCount - 1));
    }

    private int clampOffset(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
