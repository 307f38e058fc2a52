package dev.entrals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.cli.JarDocsCommandsIT.Run;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar reads scripts in the encodings Windows PowerShell writes, and never passes a file it cannot read. */
class JarScriptEncodingsIT {

    private static final String TEXT = "# caf\u00e9\r\nDisconnect-Entra -Nope 1\r\n";

    @TempDir
    Path dir;

    private static byte[] withMark(String text, String charset, int... mark) {
        byte[] body = text.getBytes(Charset.forName(charset));
        byte[] out = new byte[mark.length + body.length];
        for (int i = 0; i < mark.length; i++) {
            out[i] = (byte) mark[i];
        }
        System.arraycopy(body, 0, out, mark.length, body.length);
        return out;
    }

    @Test
    void scriptTokensReadsUtf16LeWithAMarkLikeUtf8() throws Exception {
        Path utf8 = Files.writeString(dir.resolve("utf8.ps1"), TEXT, StandardCharsets.UTF_8);
        Path utf16 = Files.write(dir.resolve("utf16.ps1"), withMark(TEXT, "UTF-16LE", 0xFF, 0xFE));
        Run expected = JarDocsCommandsIT.run("script", "tokens", utf8.toString());
        Run r = JarDocsCommandsIT.run("script", "tokens", utf16.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        assertEquals(expected.out(), r.out());
    }

    @Test
    void checkFindsTheProblemsOfAUtf32FileAndExitsTwoOnAnUnreadableOne() throws Exception {
        Path utf32 = Files.write(dir.resolve("utf32.ps1"), withMark(TEXT, "UTF-32BE", 0, 0, 0xFE, 0xFF));
        Run r = JarDocsCommandsIT.run("check", "--no-installed-modules", utf32.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().startsWith(utf32 + ":2:18: error: Disconnect-Entra has no parameter -Nope"), r.out());

        Path odd = Files.write(dir.resolve("odd.ps1"), new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'G', 0});
        r = JarDocsCommandsIT.run("check", "--no-installed-modules", odd.toString(), utf32.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.out().startsWith(odd + ": error: cannot read the file: not valid UTF-16BE"), r.out());
        assertTrue(r.out().contains(utf32 + ":2:18: error"), "the other file is still checked: " + r.out());
    }
}
