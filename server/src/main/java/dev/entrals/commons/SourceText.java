package dev.entrals.commons;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A script file's text read the way PowerShell reads it: a byte-order mark picks UTF-8, UTF-16 LE/BE or UTF-32 LE/BE
 * (the mark is not part of {@code text}); without one the bytes are strict UTF-8 (PowerShell 7), and when they are not,
 * Windows-1252 (what Windows PowerShell 5.1 reads on a Western system). {@link #encode} writes a new text back the same
 * way, mark included; bytes untouched by an edit come back identical.
 */
public record SourceText(String text, Encoding encoding, boolean bom) {

    /** The encodings a script file is read in, with their byte-order marks. */
    public enum Encoding {
        UTF_8("UTF-8", StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
        UTF_16LE("UTF-16LE", StandardCharsets.UTF_16LE, 0xFF, 0xFE),
        UTF_16BE("UTF-16BE", StandardCharsets.UTF_16BE, 0xFE, 0xFF),
        UTF_32LE("UTF-32LE", Charset.forName("UTF-32LE"), 0xFF, 0xFE, 0x00, 0x00),
        UTF_32BE("UTF-32BE", Charset.forName("UTF-32BE"), 0x00, 0x00, 0xFE, 0xFF),
        /** Never detected by a mark: the fallback for bytes that are not UTF-8. */
        WINDOWS_1252("Windows-1252", null);

        private final String label;
        private final Charset charset;
        private final byte[] mark;

        Encoding(String label, Charset charset, int... mark) {
            this.label = label;
            this.charset = charset;
            this.mark = new byte[mark.length];
            for (int i = 0; i < mark.length; i++) {
                this.mark[i] = (byte) mark[i];
            }
        }

        /** The encoding's usual name, e.g. {@code UTF-16LE}. */
        public String label() {
            return label;
        }

        /** Its byte-order mark (empty for Windows-1252). */
        public byte[] mark() {
            return mark.clone();
        }
    }

    /** Bytes that are not valid in the encoding their mark names, or a text the file's encoding cannot hold. */
    public static final class CodingException extends IOException {
        private static final long serialVersionUID = 1L;

        public CodingException(String message) {
            super(message);
        }
    }

    /** Marks in the order they are tried: UTF-32 LE's mark begins with UTF-16 LE's, so it goes first. */
    private static final Encoding[] BY_MARK = {Encoding.UTF_32LE, Encoding.UTF_32BE, Encoding.UTF_8,
            Encoding.UTF_16LE, Encoding.UTF_16BE};

    /** Windows-1252's 0x80–0x9F; the five unassigned bytes map to the C1 controls of the same value, as .NET does. */
    private static final String CP1252_HIGH = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160"
            + "\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A"
            + "\u0153\u009D\u017E\u0178";

    public SourceText {
        if (text == null || encoding == null) {
            throw new IllegalArgumentException("text and encoding are required");
        }
        if (bom && encoding == Encoding.WINDOWS_1252) {
            throw new IllegalArgumentException("Windows-1252 has no byte-order mark");
        }
    }

    /** Reads {@code file}; an {@link IOException} when it cannot be read (a {@link CodingException} for bad bytes). */
    public static SourceText read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    /** Decodes a script file's bytes; a {@link CodingException} when they are invalid in their mark's encoding. */
    public static SourceText decode(byte[] bytes) throws CodingException {
        for (Encoding e : BY_MARK) {
            if (bytes.length >= e.mark.length && Arrays.equals(bytes, 0, e.mark.length, e.mark, 0, e.mark.length)) {
                return new SourceText(strict(e, bytes, e.mark.length), e, true);
            }
        }
        try {
            return new SourceText(strict(Encoding.UTF_8, bytes, 0), Encoding.UTF_8, false);
        } catch (CodingException notUtf8) {
            StringBuilder s = new StringBuilder(bytes.length);
            for (byte b : bytes) {
                int u = b & 0xFF;
                s.append(u >= 0x80 && u < 0xA0 ? CP1252_HIGH.charAt(u - 0x80) : (char) u);
            }
            return new SourceText(s.toString(), Encoding.WINDOWS_1252, false);
        }
    }

    /** True when the file had no mark and was not UTF-8, so it was read as Windows-1252. */
    public boolean fellBack() {
        return encoding == Encoding.WINDOWS_1252;
    }

    /** {@code newText} in this file's encoding, its mark first; a {@link CodingException} if the encoding cannot hold it. */
    public byte[] encode(String newText) throws CodingException {
        byte[] body = encoding == Encoding.WINDOWS_1252 ? cp1252(newText) : strict(encoding, newText);
        byte[] mark = bom ? encoding.mark : new byte[0];
        byte[] out = Arrays.copyOf(mark, mark.length + body.length);
        System.arraycopy(body, 0, out, mark.length, body.length);
        return out;
    }

    /** Why a file could not be read, in words (the exception's own message is often just the path). */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof CodingException) {
            return e.getMessage();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static String strict(Encoding e, byte[] bytes, int from) throws CodingException {
        CharsetDecoder d = e.charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(in.remaining() + 1); // no decoder here makes more chars than bytes
        CoderResult r = d.decode(in, out, true);
        if (!r.isError()) {
            r = d.flush(out);
        }
        if (r.isOverflow()) {
            throw new IllegalStateException("decoded text larger than its bytes");
        }
        if (r.isError()) {
            int at = in.position();
            throw new CodingException("not valid " + e.label + (at + r.length() >= bytes.length
                    ? ": the file ends inside a character (byte " + at + " of " + bytes.length + ")"
                    : ": bad bytes at byte " + at));
        }
        return out.flip().toString();
    }

    private static byte[] strict(Encoding e, String text) throws CodingException {
        CharsetEncoder enc = e.charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer b = enc.encode(CharBuffer.wrap(text));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException x) {
            throw new CodingException("the text cannot be written as " + e.label + " (an unpaired surrogate)");
        }
    }

    private static byte[] cp1252(String text) throws CodingException {
        byte[] out = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int high = CP1252_HIGH.indexOf(c);
            if (high >= 0) {
                out[i] = (byte) (0x80 + high);
            } else if (c < 0x80 || c >= 0xA0 && c <= 0xFF) {
                out[i] = (byte) c;
            } else {
                throw new CodingException("the text cannot be written as Windows-1252: it has '" + c
                        + "' (U+" + String.format("%04X", (int) c) + ")");
            }
        }
        return out;
    }
}
