package dev.entrals.commons;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.commons.SourceText.Encoding;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    private static final String TEXT = "# caf\u00e9 \u20ac \uD83D\uDE00\r\nGet-EntraUser -Top 3\n";

    private static byte[] bytes(String text, String charset, int... mark) {
        byte[] body = text.getBytes(Charset.forName(charset));
        byte[] out = new byte[mark.length + body.length];
        for (int i = 0; i < mark.length; i++) {
            out[i] = (byte) mark[i];
        }
        System.arraycopy(body, 0, out, mark.length, body.length);
        return out;
    }

    /** The file bytes of TEXT in an encoding, with its mark. */
    static byte[] withMark(Encoding e, String text) {
        return switch (e) {
            case UTF_8 -> bytes(text, "UTF-8", 0xEF, 0xBB, 0xBF);
            case UTF_16LE -> bytes(text, "UTF-16LE", 0xFF, 0xFE);
            case UTF_16BE -> bytes(text, "UTF-16BE", 0xFE, 0xFF);
            case UTF_32LE -> bytes(text, "UTF-32LE", 0xFF, 0xFE, 0, 0);
            case UTF_32BE -> bytes(text, "UTF-32BE", 0, 0, 0xFE, 0xFF);
            case WINDOWS_1252 -> throw new IllegalArgumentException("no mark");
        };
    }

    @ParameterizedTest
    @EnumSource(value = Encoding.class, names = "WINDOWS_1252", mode = EnumSource.Mode.EXCLUDE)
    void aByteOrderMarkPicksTheEncodingAndIsNotPartOfTheText(Encoding e) throws Exception {
        byte[] file = withMark(e, TEXT);
        SourceText s = SourceText.decode(file);
        assertEquals(TEXT, s.text());
        assertEquals(e, s.encoding());
        assertTrue(s.bom());
        assertFalse(s.fellBack());
        assertArrayEquals(file, s.encode(s.text()), "written back byte for byte");
    }

    @Test
    void utf32LittleEndiansMarkIsTriedBeforeUtf16sThatItBeginsWith() throws Exception {
        assertEquals(Encoding.UTF_32LE, SourceText.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 'A', 0, 0, 0})
                .encoding());
        SourceText utf16 = SourceText.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'A', 0, 0, 0});
        assertEquals(Encoding.UTF_16LE, utf16.encoding());
        assertEquals("A\u0000", utf16.text(), "a NUL after a character is UTF-16, not a UTF-32 mark");
    }

    @Test
    void withoutAMarkUtf8IsReadAndWrittenWithoutOne() throws Exception {
        byte[] file = TEXT.getBytes(StandardCharsets.UTF_8);
        SourceText s = SourceText.decode(file);
        assertEquals(new SourceText(TEXT, Encoding.UTF_8, false), s);
        assertArrayEquals(file, s.encode(TEXT));
        assertEquals(new SourceText("", Encoding.UTF_8, false), SourceText.decode(new byte[0]));
    }

    @Test
    void withoutAMarkBytesThatAreNotUtf8AreWindows1252() throws Exception {
        String text = "# caf\u00e9 \u20ac \u201cq\u201d\nGet-EntraUser\n";
        byte[] file = text.getBytes(Charset.forName("windows-1252"));
        SourceText s = SourceText.decode(file);
        assertEquals(text, s.text());
        assertEquals(Encoding.WINDOWS_1252, s.encoding());
        assertTrue(s.fellBack());
        assertFalse(s.bom());
        assertArrayEquals(file, s.encode(text));
    }

    @Test
    void windows1252MatchesTheJdksTableAndRoundTripsEveryByte() throws Exception {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        SourceText s = SourceText.decode(all);
        assertEquals(Encoding.WINDOWS_1252, s.encoding());
        String jdk = new String(all, Charset.forName("windows-1252"));
        for (int i = 0; i < 256; i++) {
            char expected = jdk.charAt(i) == '\uFFFD' ? (char) i : jdk.charAt(i); // unassigned: the C1 control, as .NET
            assertEquals(expected, s.text().charAt(i), "byte " + i);
        }
        assertArrayEquals(all, s.encode(s.text()));
    }

    @Test
    void aTextWindows1252CannotHoldIsRefused() throws Exception {
        SourceText s = SourceText.decode(new byte[] {'#', (byte) 0xE9});
        SourceText.CodingException x = assertThrows(SourceText.CodingException.class, () -> s.encode("# \u0101"));
        assertTrue(x.getMessage().contains("Windows-1252") && x.getMessage().contains("U+0101"), x.getMessage());
    }

    @Test
    void bytesInvalidInTheirMarksEncodingCannotBeRead() {
        byte[] odd = Arrays.copyOf(withMark(Encoding.UTF_16LE, "Get-EntraUser"), 2 + 2 * 13 + 1);
        SourceText.CodingException x = assertThrows(SourceText.CodingException.class, () -> SourceText.decode(odd));
        assertEquals("not valid UTF-16LE: the file ends inside a character (byte 28 of 29)", x.getMessage());

        byte[] badUtf8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xFF, 'b'};
        x = assertThrows(SourceText.CodingException.class, () -> SourceText.decode(badUtf8));
        assertEquals("not valid UTF-8: bad bytes at byte 4", x.getMessage());

        byte[] badUtf32 = {0, 0, (byte) 0xFE, (byte) 0xFF, 0x7F, 0, 0, 0, 0, 0, 0, 'a'};
        x = assertThrows(SourceText.CodingException.class, () -> SourceText.decode(badUtf32));
        assertEquals("not valid UTF-32BE: bad bytes at byte 4", x.getMessage());

        byte[] lonelySurrogate = {(byte) 0xFE, (byte) 0xFF, (byte) 0xD8, 0, 0, 'a'};
        x = assertThrows(SourceText.CodingException.class, () -> SourceText.decode(lonelySurrogate));
        assertTrue(x.getMessage().startsWith("not valid UTF-16BE"), x.getMessage());
    }
}
