package dev.entrals.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A test text with markers: {@code <|>} marks a cursor and {@code <[ ... ]>} a range (ranges may hold the cursor
 * and may nest). {@link #of} removes the markers; the accessors fail with a clear message unless the fixture has
 * exactly what the test asks for.
 */
public record Fixture(String text, List<Integer> cursors, List<Range> ranges) {

    /** A range {@code [start, end)} of the clean text. */
    public record Range(int start, int end) {
        /** The text the range covers in {@code text}. */
        public String of(String text) {
            return text.substring(start, end);
        }
    }

    /** Parses the markers out of {@code marked}; fails on a {@code ]>} without {@code <[} or an unclosed {@code <[}. */
    public static Fixture of(String marked) {
        StringBuilder clean = new StringBuilder(marked.length());
        List<Integer> cursors = new ArrayList<>();
        List<Range> ranges = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        int i = 0;
        while (i < marked.length()) {
            if (marked.startsWith("<|>", i)) {
                cursors.add(clean.length());
                i += 3;
            } else if (marked.startsWith("<[", i)) {
                open.add(clean.length());
                i += 2;
            } else if (marked.startsWith("]>", i) && !open.isEmpty()) {
                ranges.add(new Range(open.remove(open.size() - 1), clean.length()));
                i += 2;
            } else {
                clean.append(marked.charAt(i++));
            }
        }
        if (!open.isEmpty()) {
            throw new AssertionError("fixture has a '<[' without its ']>': " + marked);
        }
        ranges.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return new Fixture(clean.toString(), List.copyOf(cursors), List.copyOf(ranges));
    }

    /** The one cursor; fails unless the fixture has exactly one {@code <|>}. */
    public int cursor() {
        if (cursors.size() != 1) {
            throw new AssertionError("fixture needs exactly one '<|>' cursor but has " + cursors.size() + ": " + text);
        }
        return cursors.get(0);
    }

    /** The one range; fails unless the fixture has exactly one {@code <[ ... ]>}. */
    public Range range() {
        if (ranges.size() != 1) {
            throw new AssertionError("fixture needs exactly one '<[ ... ]>' range but has " + ranges.size() + ": " + text);
        }
        return ranges.get(0);
    }

    /** The text of the one range. */
    public String rangeText() {
        return range().of(text);
    }
}
