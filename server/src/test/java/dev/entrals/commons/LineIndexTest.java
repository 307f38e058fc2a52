package dev.entrals.commons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineIndexTest {

    @Test
    void mapsOffsetsOnLfLines() {
        LineIndex index = LineIndex.of("ab\ncd\n");
        assertEquals(3, index.lineCount());
        assertEquals(new TextPosition(0, 0), index.position(0));
        assertEquals(new TextPosition(0, 2), index.position(2));
        assertEquals(new TextPosition(1, 0), index.position(3));
        assertEquals(new TextPosition(1, 1), index.position(4));
        assertEquals(new TextPosition(2, 0), index.position(6));
        assertEquals(4, index.offset(1, 1));
        assertEquals(6, index.offset(2, 0));
    }

    @Test
    void crlfCountsAsOneLineBreakAndOffsetInsideItClampsToLineEnd() {
        LineIndex index = LineIndex.of("ab\r\ncd");
        assertEquals(2, index.lineCount());
        assertEquals(new TextPosition(1, 0), index.position(4));
        assertEquals(new TextPosition(0, 2), index.position(3), "between CR and LF");
        assertEquals(2, index.lineEnd(0));
        assertEquals(2, index.offset(0, 99), "past the line end clamps before the CRLF");
        assertEquals(5, index.offset(1, 1));
    }

    @Test
    void loneCrEndsALine() {
        LineIndex index = LineIndex.of("a\rb\nc");
        assertEquals(3, index.lineCount());
        assertEquals(new TextPosition(1, 0), index.position(2));
        assertEquals(new TextPosition(2, 0), index.position(4));
        assertEquals(2, index.offset(1, 0));
    }

    @Test
    void missingFinalNewlineKeepsLastLine() {
        LineIndex index = LineIndex.of("x\nlast");
        assertEquals(2, index.lineCount());
        assertEquals(new TextPosition(1, 4), index.position(6));
        assertEquals(6, index.offset(1, 4));
        assertEquals(6, index.offset(1, 40));
    }

    @Test
    void positionsPastTheEndClampAndNeverThrow() {
        LineIndex index = LineIndex.of("ab\ncd");
        assertEquals(new TextPosition(1, 2), index.position(500));
        assertEquals(new TextPosition(0, 0), index.position(-3));
        assertEquals(5, index.offset(9, 0));
        assertEquals(0, index.offset(-1, 5));
        assertEquals(3, index.offset(1, -2));
        LineIndex empty = LineIndex.of("");
        assertEquals(1, empty.lineCount());
        assertEquals(new TextPosition(0, 0), empty.position(10));
        assertEquals(0, empty.offset(3, 3));
    }

    @Test
    void surrogatePairsCountTwoUtf16UnitsAndInsidePositionsClamp() {
        String text = "a\uD83D\uDE00b"; // a😀b
        LineIndex index = LineIndex.of(text);
        assertEquals(new TextPosition(0, 3), index.position(3));
        assertEquals(new TextPosition(0, 1), index.position(2), "inside the pair moves to its start");
        assertEquals(1, index.offset(0, 2), "a character inside the pair moves to its start");
        assertEquals(3, index.offset(0, 3));
    }

    @Test
    void utf8PositionsCountBytes() {
        String text = "é\uD83D\uDE00x\nü"; // é(2) 😀(4) x(1)
        LineIndex index = LineIndex.of(text);
        assertEquals(new TextPosition(0, 2), index.position(1, PositionEncoding.UTF8));
        assertEquals(new TextPosition(0, 6), index.position(3, PositionEncoding.UTF8));
        assertEquals(new TextPosition(0, 7), index.position(4, PositionEncoding.UTF8));
        assertEquals(3, index.offset(0, 6, PositionEncoding.UTF8));
        assertEquals(1, index.offset(0, 4, PositionEncoding.UTF8), "inside the emoji's bytes clamps to its start");
        assertEquals(4, index.offset(0, 99, PositionEncoding.UTF8));
        assertEquals(6, index.offset(1, 2, PositionEncoding.UTF8));
        assertEquals(new TextPosition(1, 2), index.position(7, PositionEncoding.UTF8));
    }

    @Test
    void utf32PositionsCountCodePoints() {
        LineIndex index = LineIndex.of("\uD83D\uDE00z");
        assertEquals(new TextPosition(0, 1), index.position(2, PositionEncoding.UTF32));
        assertEquals(2, index.offset(0, 1, PositionEncoding.UTF32));
    }

    @Test
    void roundTripsEveryOffsetOfMixedText() {
        String text = "a\r\nb\rc\n\uD83D\uDE00\u00e9\r\n\n";
        LineIndex index = LineIndex.of(text);
        for (int o = 0; o <= text.length(); o++) {
            for (PositionEncoding enc : PositionEncoding.values()) {
                TextPosition p = index.position(o, enc);
                int back = index.offset(p.line(), p.character(), enc);
                assertEquals(index.position(back, enc), p, "offset " + o + " " + enc);
                boolean boundary = o == text.length() || !(text.charAt(o) == '\n' && o > 0 && text.charAt(o - 1) == '\r')
                        && !Character.isLowSurrogate(text.charAt(o));
                if (boundary) {
                    assertEquals(o, back, "offset " + o + " " + enc);
                }
            }
        }
    }
}
