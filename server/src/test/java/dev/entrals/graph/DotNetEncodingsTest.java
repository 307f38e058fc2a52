package dev.entrals.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * .NET's UTF8 and ASCII encodings as {@link DotNetEncodings} reproduces them: one U+FFFD per maximal ill-formed part
 * (the Unicode Standard, chapter 3, "U+FFFD Substitution of Maximal Subparts"), one {@code ?} per character ASCII
 * cannot write.
 */
class DotNetEncodingsTest {

    private static byte[] b(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void utf8ReplacesEachMaximalIllFormedPart() {
        // Table 3-8's example
        assertEquals("a\uFFFD\uFFFD\uFFFDb\uFFFDc\uFFFD\uFFFDd", DotNetEncodings.decode(b(0x61, 0xF1, 0x80, 0x80, 0xE1,
                0x80, 0xC2, 0x62, 0x80, 0x63, 0x80, 0xBF, 0x64), DotNetEncodings.UTF8));
        // C0 and C1 start nothing; ED A0 80 (an encoded surrogate) is three parts; F4 90 is above U+10FFFF
        assertEquals("\uFFFD\uFFFD", DotNetEncodings.decode(b(0xC0, 0x80), DotNetEncodings.UTF8));
        assertEquals("\uFFFD\uFFFD\uFFFD", DotNetEncodings.decode(b(0xED, 0xA0, 0x80), DotNetEncodings.UTF8));
        assertEquals("\uFFFD\uFFFD", DotNetEncodings.decode(b(0xF4, 0x90), DotNetEncodings.UTF8));
        // a sequence cut short at the end is one part; valid two-, three- and four-byte sequences are characters
        assertEquals("x\uFFFD", DotNetEncodings.decode(b(0x78, 0xE2, 0x82), DotNetEncodings.UTF8));
        assertEquals("\u00e9\u20ac\uD83D\uDE00", DotNetEncodings.decode(b(0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98,
                0x80), DotNetEncodings.UTF8));
    }

    @Test
    void asciiWritesOneQuestionMarkPerCharacterItCannotWrite() {
        assertArrayEquals(b(0x3F, 0x41, 0x3F, 0x3F), DotNetEncodings.encode("\u00e9A\uD83D\uDE00\uFFFD",
                DotNetEncodings.ASCII));
        assertEquals("A??", DotNetEncodings.decode(b(0x41, 0x80, 0xFF), DotNetEncodings.ASCII));
        assertArrayEquals(b(0x58, 0x3F, 0x3F), DotNetEncodings.recode(b(0x58, 0xC3, 0xA9, 0xFF), DotNetEncodings.UTF8,
                DotNetEncodings.ASCII));
    }

    @Test
    void bytesBindAsPowerShellConvertsThem() {
        assertArrayEquals(b(88, 53, 255), DotNetEncodings.bytes(List.of(88L, "0x35", "255"), false));
        assertArrayEquals(b(7), DotNetEncodings.bytes(7L, false));
        assertArrayEquals(new byte[0], DotNetEncodings.bytes(List.of(), true));
        assertNull(DotNetEncodings.bytes(List.of(), false));
        assertNull(DotNetEncodings.bytes(List.of(256L), true));
        assertNull(DotNetEncodings.bytes("abc", true));
        assertNull(DotNetEncodings.bytes(null, true));
    }
}
