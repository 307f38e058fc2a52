package dev.entrals.execution;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The few DER (ASN.1) readings a certificate's user ids need that the JDK does not expose: the content of one
 * element of a given tag, and an otherName alternative name ({@code SEQUENCE { OID, [0] EXPLICIT value }}). Never
 * throws: anything malformed reads as null.
 */
final class Der {

    private Der() {
    }

    /** An otherName: its type OID (dotted) and its value as text. */
    record OtherName(String oid, String value) {
    }

    /** The content of the element at the start of {@code der} when its tag is {@code tag}, else null. */
    static byte[] content(byte[] der, int tag) {
        int[] header = header(der, 0);
        if (header == null || (der[0] & 0xff) != tag) {
            return null;
        }
        return Arrays.copyOfRange(der, header[0], header[0] + header[1]);
    }

    /** Reads an otherName as {@code X509Certificate.getSubjectAlternativeNames} gives it (its DER); null if malformed. */
    static OtherName otherName(byte[] der) {
        byte[] seq = content(der, 0x30);
        if (seq == null) {
            seq = content(der, 0xa0); // some providers give the [0] IMPLICIT form
        }
        if (seq == null) {
            return null;
        }
        int[] oidHeader = header(seq, 0);
        if (oidHeader == null || (seq[0] & 0xff) != 0x06) {
            return null;
        }
        String oid = oid(Arrays.copyOfRange(seq, oidHeader[0], oidHeader[0] + oidHeader[1]));
        int next = oidHeader[0] + oidHeader[1];
        int[] explicit = header(seq, next);
        if (explicit == null || (seq[next] & 0xff) != 0xa0) {
            return null;
        }
        int at = explicit[0];
        int[] value = header(seq, at);
        while (value != null && (seq[at] & 0xff) == 0xa0) { // the JDK wraps the value in one more [0]
            at = value[0];
            value = header(seq, at);
        }
        if (value == null) {
            return null;
        }
        return new OtherName(oid, new String(seq, value[0], value[1], StandardCharsets.UTF_8));
    }

    /** {start of content, content length} of the element at {@code at}, or null when it does not fit. */
    private static int[] header(byte[] b, int at) {
        if (b == null || at + 2 > b.length) {
            return null;
        }
        int first = b[at + 1] & 0xff;
        int start = at + 2;
        int length;
        if (first < 0x80) {
            length = first;
        } else {
            int n = first & 0x7f;
            if (n == 0 || n > 3 || start + n > b.length) {
                return null;
            }
            length = 0;
            for (int i = 0; i < n; i++) {
                length = (length << 8) | (b[start + i] & 0xff);
            }
            start += n;
        }
        return start + length <= b.length ? new int[] {start, length} : null;
    }

    private static String oid(byte[] b) {
        if (b.length == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append((b[0] & 0xff) / 40).append('.').append((b[0] & 0xff) % 40);
        long v = 0;
        for (int i = 1; i < b.length; i++) {
            v = (v << 7) | (b[i] & 0x7f);
            if ((b[i] & 0x80) == 0) {
                out.append('.').append(v);
                v = 0;
            }
        }
        return out.toString();
    }
}
