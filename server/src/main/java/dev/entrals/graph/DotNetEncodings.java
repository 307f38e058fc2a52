package dev.entrals.graph;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Byte arrays as PowerShell binds them and .NET's {@code [System.Text.Encoding]::UTF8} and {@code ::ASCII} turn them
 * into text and back, with .NET's replacements: {@code UTF8.GetString} puts one U+FFFD for each maximal part of a
 * sequence that is not UTF-8 (the Unicode Standard's practice, which .NET follows), {@code ASCII.GetString} a
 * {@code ?} for each byte above 0x7F, and {@code ASCII.GetBytes} one {@code ?} (0x3F) for each character that is not
 * ASCII (a character outside the BMP, two UTF-16 units, is one character there).
 */
final class DotNetEncodings {

    /** The encodings read: the names a template writes ({@code utf8}, {@code ascii}). */
    static final String UTF8 = "utf8";
    static final String ASCII = "ascii";

    private DotNetEncodings() {
    }

    /**
     * A value as PowerShell converts it to {@code [System.Byte[]]}: numbers (or their text, decimal or {@code 0x…})
     * 0 to 255, one number a one-byte array; null for anything else, and for no bytes unless {@code empty} allows it.
     */
    static byte[] bytes(Object v, boolean empty) {
        if (v == null) {
            return null;
        }
        List<?> items = v instanceof List<?> l ? l : List.of(v);
        byte[] out = new byte[items.size()];
        for (int i = 0; i < out.length; i++) {
            Object x = items.get(i);
            double n;
            try {
                n = x instanceof Number num ? num.doubleValue() : x instanceof String t && t.strip().matches(
                        "(?i)0x[0-9a-f]+") ? Long.parseLong(t.strip().substring(2), 16) : x instanceof String t
                        && t.strip().matches("\\d+") ? Long.parseLong(t.strip()) : -1;
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 0 || n > 255 || n != Math.rint(n)) {
                return null; // PowerShell rounds a fraction; not read here
            }
            out[i] = (byte) (int) n;
        }
        return out.length == 0 && !empty ? null : out;
    }

    /** {@code [System.Text.Encoding]::X.GetBytes([System.Text.Encoding]::Y.GetString(bytes))}: Y is {@code from}. */
    static byte[] recode(byte[] bytes, String from, String to) {
        return encode(decode(bytes, from), to);
    }

    /** {@code GetString}: UTF-8 with a U+FFFD per maximal ill-formed part, or ASCII with a {@code ?} per byte above 0x7F. */
    static String decode(byte[] bytes, String encoding) {
        StringBuilder out = new StringBuilder();
        if (ASCII.equals(encoding)) {
            for (byte b : bytes) {
                out.append(b >= 0 ? (char) b : '?');
            }
            return out.toString();
        }
        int i = 0;
        while (i < bytes.length) {
            int c = bytes[i] & 0xff;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            }
            // Unicode Table 3-7: the lead byte fixes how many trail bytes follow and the first one's range
            int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
            int lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
            int hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
            int cp = c & (0x3F >> need);
            int j = i + 1;
            while (need > 0 && j < bytes.length && (bytes[j] & 0xff) >= lo && (bytes[j] & 0xff) <= hi) {
                cp = cp << 6 | bytes[j] & 0x3F;
                j++;
                need--;
                lo = 0x80;
                hi = 0xBF;
            }
            if (need == 0 && j > i + 1) {
                out.appendCodePoint(cp);
            } else {
                out.append('\uFFFD'); // a byte that starts nothing, or the maximal part of a sequence cut short
            }
            i = Math.max(j, i + 1);
        }
        return out.toString();
    }

    /** {@code GetBytes}: UTF-8, or ASCII with one {@code ?} for each character (code point) that is not ASCII. */
    static byte[] encode(String text, String encoding) {
        if (!ASCII.equals(encoding)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return text.codePoints().map(cp -> cp < 0x80 ? cp : '?').collect(java.io.ByteArrayOutputStream::new,
                java.io.ByteArrayOutputStream::write, (a, b) -> a.writeBytes(b.toByteArray())).toByteArray();
    }
}
