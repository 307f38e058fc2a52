package dev.entrals.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.entrals.analysis.TestDocs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

/**
 * {@code script tokens|commands} and {@code check} read a script in every encoding PowerShell reads (the bytes are
 * made here with the JDK's charsets, not with the reader under test), and {@code check --fix} writes it back in it.
 */
class ScriptEncodingsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A script with a finding, a retired cmdlet to fix, PowerShell's curly quotes and CRLF line endings. */
    private static final String TEXT = "# caf\u00e9 \u20ac\r\n$s = \u2018na\u00efve\u2019\r\n"
            + "Get-TestUser -Zork x\r\nGet-AzureADUser -All $true\r\n";
    private static final String FIXED = TEXT.replace("Get-AzureADUser -All $true", "Get-EntraUser -All");
    /** ASCII but for one Latin-1 byte: what an old editor leaves in a file PowerShell 7 would call UTF-8. */
    private static final String ONE_BYTE = "# caf\u00e9\nGet-TestUser -Zork x\nGet-AzureADUser -All $true\n";

    /** The files a script may be saved as. */
    enum Saved {
        UTF8("UTF-8"), UTF8_BOM("UTF-8", 0xEF, 0xBB, 0xBF), UTF16LE_BOM("UTF-16LE", 0xFF, 0xFE),
        UTF16BE_BOM("UTF-16BE", 0xFE, 0xFF), UTF32LE_BOM("UTF-32LE", 0xFF, 0xFE, 0, 0),
        UTF32BE_BOM("UTF-32BE", 0, 0, 0xFE, 0xFF), WINDOWS_1252("windows-1252");

        final Charset charset;
        final int[] mark;

        Saved(String charset, int... mark) {
            this.charset = Charset.forName(charset);
            this.mark = mark;
        }

        byte[] bytes(String text) {
            byte[] body = text.getBytes(charset);
            byte[] out = new byte[mark.length + body.length];
            for (int i = 0; i < mark.length; i++) {
                out[i] = (byte) mark[i];
            }
            System.arraycopy(body, 0, out, mark.length, body.length);
            return out;
        }
    }

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** What {@code script tokens}, {@code script commands} and {@code check --format json} print for a file. */
    private List<String> views(Path f) throws IOException {
        List<String> views = new ArrayList<>();
        assertEquals(Main.OK, run("script", "tokens", f.toString()), err.toString());
        views.add(out.toString());
        assertEquals(Main.OK, run("script", "commands", f.toString()), err.toString());
        views.add(out.toString());
        assertEquals(Main.PROBLEMS, run("check", "--docs", TestDocs.folder().toString(), "--format", "json",
                f.toString()), err.toString());
        ArrayNode findings = JSON.createArrayNode();
        for (JsonNode d : JSON.readTree(out.toString())) {
            if (!d.get("code").asText().equals("encoding-fallback")) {
                findings.add(((com.fasterxml.jackson.databind.node.ObjectNode) d).put("file", "F"));
            }
        }
        views.add(findings.toString());
        return views;
    }

    @ParameterizedTest
    @EnumSource(Saved.class)
    void everyEncodingGivesTheSameTokensCommandsAndFindingsAsUtf8(Saved saved) throws IOException {
        List<String> expected = views(file("utf8.ps1", TEXT.getBytes(StandardCharsets.UTF_8)));
        assertTrue(expected.get(2).contains("unknown-parameter") && expected.get(2).contains("retired-cmdlet"),
                expected.get(2));
        assertEquals(expected, views(file("saved.ps1", saved.bytes(TEXT))));
    }

    @Test
    void oneInvalidUtf8ByteIsReadAsWindows1252AndSaidSo() throws IOException {
        List<String> expected = views(file("utf8.ps1", ONE_BYTE.getBytes(StandardCharsets.UTF_8)));
        Path f = file("latin1.ps1", ONE_BYTE.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(expected, views(f));
        assertEquals(Main.OK, run("script", "tokens", f.toString()));
        assertTrue(err.toString().contains("read as Windows-1252"), err.toString());
        assertEquals(Main.PROBLEMS, run("check", "--docs", TestDocs.folder().toString(), f.toString()));
        assertEquals(f + ": information: no byte-order mark and not valid UTF-8: read as Windows-1252, as Windows "
                + "PowerShell 5.1 does (PowerShell 7 reads it as UTF-8) [encoding-fallback]",
                out.toString().lines().findFirst().orElseThrow());
        assertTrue(out.toString().contains("1 error, 1 warning, 1 information in 1 file checked"), out.toString());
    }

    @ParameterizedTest
    @EnumSource(Saved.class)
    void fixWritesBackInTheSameEncodingWithTheSameMarkAndLineEndings(Saved saved) throws IOException {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("Get-EntraUser.md"), Files.readString(TestDocs.folder()
                .resolve("Get-TestUser.md")).replace("Get-TestUser", "Get-EntraUser"));
        Path f = file("fix.ps1", saved.bytes(TEXT));
        assertEquals(Main.PROBLEMS, run("check", "--docs", TestDocs.folder().toString(), "--docs", docs.toString(),
                "--fix", f.toString()));
        assertEquals(f + ": fixed 2 places", err.toString().strip());
        assertArrayEquals(saved.bytes(FIXED), Files.readAllBytes(f));
        assertTrue(out.toString().contains(f + ":3:14: error: Get-TestUser has no parameter -Zork"), out.toString());
    }

    @Test
    void aFileThatCannotBeReadIsAnErrorInEveryFormatAndExitsWithTwo() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("scripts"));
        byte[] odd = new byte[] {(byte) 0xFF, (byte) 0xFE, 'G', 0, 'e', 0, 't'};
        Path bad = Files.write(folder.resolve("a-odd.ps1"), odd);
        Path good = Files.writeString(folder.resolve("b-good.ps1"), "Get-TestUser -All\n");
        String docs = TestDocs.folder().toString();

        assertEquals(Main.USAGE, run("check", "--docs", docs, folder.toString()));
        assertEquals(List.of(bad + ": error: cannot read the file: not valid UTF-16LE: the file ends inside a character"
                        + " (byte 6 of 7) [file-unreadable]",
                "1 error, 0 warnings, 0 information in 2 files checked (1 could not be read)"),
                out.toString().lines().toList());

        assertEquals(Main.USAGE, run("check", "--docs", docs, "--format", "json", bad.toString(), good.toString()));
        JsonNode json = JSON.readTree(out.toString());
        assertEquals(1, json.size());
        assertEquals(bad.toString(), json.get(0).get("file").asText());
        assertEquals("error", json.get(0).get("severity").asText());
        assertEquals("file-unreadable", json.get(0).get("code").asText());
        assertTrue(json.get(0).get("line").isNull());

        assertEquals(Main.USAGE, run("check", "--docs", docs, "--format", "sarif", "--fix", bad.toString()));
        JsonNode sarifRun = JSON.readTree(out.toString()).get("runs").get(0);
        JsonNode result = sarifRun.get("results").get(0);
        assertEquals("file-unreadable", result.get("ruleId").asText());
        assertEquals("error", result.get("level").asText());
        JsonNode driver = sarifRun.get("tool").get("driver");
        assertTrue(driver.get("rules").findValuesAsText("id").stream().noneMatch(id -> id.startsWith("file-")),
                "the rules stay the analysis rules, one per severity setting");
        assertTrue(result.get("ruleIndex") == null, result.toString());
        assertEquals(bad.toUri().toString(), result.get("locations").get(0).get("physicalLocation")
                .get("artifactLocation").get("uri").asText());
        JsonNode invocation = sarifRun.get("invocations").get(0);
        assertFalse(invocation.get("executionSuccessful").asBoolean());
        JsonNode note = invocation.get("toolExecutionNotifications").get(0);
        assertEquals("error", note.get("level").asText());
        assertTrue(note.get("message").get("text").asText().contains("not valid UTF-16LE"), note.toString());
        assertEquals("file-unreadable", driver.get("notifications").get(note.get("descriptor").get("index").asInt())
                .get("id").asText());
        assertArrayEquals(odd, Files.readAllBytes(bad), "--fix leaves it alone");
    }

    @Test
    void aReadableCheckSaysItsInvocationSucceededAndAFallbackIsANotification() throws IOException {
        Path f = Files.writeString(dir.resolve("ok.ps1"), "Get-TestUser -All\n");
        assertEquals(Main.OK, run("check", "--docs", TestDocs.folder().toString(), "--format", "sarif", f.toString()));
        JsonNode invocation = JSON.readTree(out.toString()).get("runs").get(0).get("invocations").get(0);
        assertTrue(invocation.get("executionSuccessful").asBoolean());
        assertTrue(invocation.get("toolExecutionNotifications") == null, invocation.toString());

        Path latin1 = file("latin1.ps1", ONE_BYTE.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(Main.PROBLEMS, run("check", "--docs", TestDocs.folder().toString(), "--format", "sarif",
                latin1.toString()));
        JsonNode sarifRun = JSON.readTree(out.toString()).get("runs").get(0);
        invocation = sarifRun.get("invocations").get(0);
        assertTrue(invocation.get("executionSuccessful").asBoolean(), "read, in a fallback encoding");
        JsonNode note = invocation.get("toolExecutionNotifications").get(0);
        assertEquals("note", note.get("level").asText());
        assertEquals("encoding-fallback", note.get("descriptor").get("id").asText());
        assertTrue(sarifRun.get("results").findValuesAsText("ruleId").stream().noneMatch(id -> id.startsWith("enc")));
    }

    @Test
    void aFileOrFolderWithoutReadPermissionIsReportedAndTheRestChecked() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("perm"));
        Path locked = Files.writeString(folder.resolve("a.ps1"), "Get-TestUser -All\n");
        Path closed = Files.createDirectories(folder.resolve("closed"));
        Files.writeString(closed.resolve("c.ps1"), "Get-TestUser -All\n");
        Files.writeString(folder.resolve("b.ps1"), "Get-TestUser -Nope 1\n");
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("-w-------"));
        Files.setPosixFilePermissions(closed, java.nio.file.attribute.PosixFilePermissions.fromString("-wx------"));
        try {
            assumeTrue(!Files.isReadable(locked), "not running as a user who reads everything (root)");
            assertEquals(Main.USAGE, run("check", "--docs", TestDocs.folder().toString(), folder.toString()));
            String report = out.toString();
            assertTrue(report.contains(locked + ": error: cannot read the file: permission denied [file-unreadable]"),
                    report);
            assertTrue(report.contains(closed + ": error: cannot read the folder: permission denied "
                    + "[file-unreadable]"), report);
            assertTrue(report.contains("b.ps1:1:14: error: Get-TestUser has no parameter -Nope"), report);
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            Files.setPosixFilePermissions(closed, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void scriptCommandsSayWhyAFileCannotBeRead() throws IOException {
        Path odd = file("odd.ps1", new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF, 0, 0, 0});
        assertEquals(Main.USAGE, run("script", "tokens", odd.toString()));
        assertEquals("entra-ls: cannot read " + odd + ": not valid UTF-32BE: the file ends inside a character"
                + " (byte 4 of 7)", err.toString().strip());
        assertEquals("", out.toString());
        assertEquals(Main.USAGE, run("script", "commands", dir.toString()));
        assertTrue(err.toString().startsWith("entra-ls: cannot read " + dir + ": "), err.toString());
        assertFalse(err.toString().contains("Input length"), err.toString());
    }
}
