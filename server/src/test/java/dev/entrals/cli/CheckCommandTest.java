package dev.entrals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.entrals.analysis.Rule;
import dev.entrals.analysis.TestDocs;
import picocli.CommandLine;

class CheckCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("check", "--docs", TestDocs.folder().toString()));
        all.addAll(List.of(args));
        return cl.execute(all.toArray(String[]::new));
    }

    private Path write(String relative, String text) throws IOException {
        Path f = dir.resolve(relative);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    @Test
    void textReportsFileLineColumnSeverityMessageAndCodeThenASummary() throws IOException {
        Path f = write("a.ps1", "# header\n  Get-TestUser -Filtr x\n");
        assertEquals(Main.PROBLEMS, run(f.toString()));
        String[] lines = out.toString().split("\\R");
        assertEquals(f + ":2:16: error: Get-TestUser has no parameter -Filtr; did you mean -Filter? [unknown-parameter]",
                lines[0]);
        assertEquals("1 error, 0 warnings, 0 information in 1 file checked", lines[1]);
    }

    @Test
    void warningsAloneExitWithZero() throws IOException {
        Path f = write("w.ps1", "Get-AzureADUser -All $true\n");
        assertEquals(Main.OK, run(f.toString()));
        assertTrue(out.toString().contains(":1:1: warning: Get-AzureADUser is a retired AzureAD cmdlet; use Get-EntraUser"
                + " instead [retired-cmdlet]"), out.toString());
    }

    @Test
    void severityOptionsChangeOrSilenceACodeAndDecideTheExit() throws IOException {
        Path f = write("s.ps1", "Get-AzureADUser\nGet-TestUser -Filtr x\n");
        assertEquals(Main.OK, run("--severity", "unknown-parameter=warning", f.toString()));
        assertTrue(out.toString().contains(":2:14: warning: Get-TestUser has no parameter -Filtr"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(Main.PROBLEMS, run("--severity", "retired-cmdlet=error", "--severity", "unknown-parameter=off",
                f.toString()));
        assertEquals(List.of(f + ":1:1: error: Get-AzureADUser is a retired AzureAD cmdlet; use Get-EntraUser instead"
                + " [retired-cmdlet]", "1 error, 0 warnings, 0 information in 1 file checked"),
                out.toString().lines().toList());
    }

    @Test
    void severitiesComeFromVsCodeSettingsWithCommentsOrTheServerShapeAndOptionsWin() throws IOException {
        Path f = write("v.ps1", "Get-AzureADUser\nGet-TestUser -Filtr x\n");
        Path vscode = write(".vscode/settings.json", "{\n  // team settings\n  \"editor.tabSize\": 4,\n"
                + "  \"entra.diagnostics.severity.unknown-parameter\": \"hint\",\n"
                + "  \"entra.diagnostics.severity.retired-cmdlet\": \"off\", /* migrated later */\n}\n");
        assertEquals(Main.OK, run("--settings", vscode.toString(), f.toString()));
        assertEquals("0 errors, 0 warnings, 0 information in 1 file checked", out.toString().lines().reduce((a, b) -> b)
                .orElseThrow());
        assertTrue(out.toString().contains(": hint: Get-TestUser has no parameter -Filtr"), out.toString());
        out.getBuffer().setLength(0);
        Path server = write("server.json", "{\"settings\": {\"entra\": {\"diagnostics\": {\"severity\": "
                + "{\"retired-cmdlet\": \"error\"}}}}}");
        assertEquals(Main.OK, run("--settings", server.toString(), "--severity", "retired-cmdlet=default",
                "--severity", "unknown-parameter=information", f.toString()));
        assertTrue(out.toString().contains(":1:1: warning: Get-AzureADUser"), out.toString());
        assertTrue(out.toString().contains(":2:14: information: Get-TestUser"), out.toString());
    }

    @Test
    void unknownCodesLevelsAndUnreadableSettingsAreBadUsage() throws IOException {
        Path f = write("u.ps1", "Get-TestUser -Filtr x\n");
        assertEquals(Main.USAGE, run("--severity", "no-such-rule=error", f.toString()));
        assertTrue(err.toString().contains("--severity: unknown diagnostic code 'no-such-rule'; the codes are "
                + "unknown-parameter, "), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(Main.USAGE, run("--severity", "unknown-parameter=loud", f.toString()));
        assertTrue(err.toString().contains("'loud' for unknown-parameter is not one of error, warning, information,"
                + " hint, off, default"), err.toString());
        err.getBuffer().setLength(0);
        Path broken = write("broken.json", "{\"entra.diagnostics.severity.unknown-parameter\": ");
        assertEquals(Main.USAGE, run("--settings", broken.toString(), f.toString()));
        assertTrue(err.toString().contains("Cannot read the settings file " + broken + ": not JSON"), err.toString());
        assertEquals(Main.USAGE, run("--settings", dir.resolve("absent.json").toString(), f.toString()));
        assertEquals("", out.toString(), "nothing checked on bad usage");
    }

    /** A docs folder with a Get-EntraUser page (Get-TestUser's, renamed): its -All is a switch. */
    private Path entraUserDocs() throws IOException {
        Path docs = Files.createDirectories(dir.resolve("entra-docs"));
        String page = Files.readString(TestDocs.folder().resolve("Get-TestUser.md")).replace("Get-TestUser", "Get-EntraUser");
        Files.writeString(docs.resolve("Get-EntraUser.md"), page);
        return docs;
    }

    @Test
    void fixMigratesAndWritesSwitchValuesKeepingTheBomLineEndingsAndPermissions() throws IOException {
        Path docs = entraUserDocs();
        Path f = dir.resolve("fix.ps1");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(f, concat(bom, ("# caf\u00e9\r\nGet-AzureADUser -All $true\r\nGet-TestUser -All $false\r\n"
                + "Get-TestUser -Zork x\r\n").getBytes(StandardCharsets.UTF_8)));
        boolean posix = f.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        }
        assertEquals(Main.PROBLEMS, run("--docs", docs.toString(), "--fix", f.toString()));
        assertEquals(new String(concat(bom, ("# caf\u00e9\r\nGet-EntraUser -All\r\nGet-TestUser -All:$false\r\n"
                + "Get-TestUser -Zork x\r\n").getBytes(StandardCharsets.UTF_8)), StandardCharsets.ISO_8859_1),
                new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
        assertEquals(f + ": fixed 3 places", err.toString().strip());
        assertEquals(List.of(f + ":4:14: error: Get-TestUser has no parameter -Zork [unknown-parameter]", "1 error, 0 warnings, 0 information in 1 file checked"),
                out.toString().lines().toList(), "what remains is reported");
        if (posix) {
            assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(f)));
        }
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> p.toString().endsWith(".entra-ls-fix")).toList(), "no temp file");
        }
    }

    @Test
    void fixWritesAWindows1252FileBackAsWindows1252AndLeavesFilesThatNeedNothingOrWhoseRuleIsOffUntouched()
            throws IOException {
        Path latin1 = dir.resolve("latin1.ps1");
        java.nio.charset.Charset cp1252 = java.nio.charset.Charset.forName("windows-1252");
        Files.write(latin1, "# caf\u00e9 \u20ac\r\nGet-AzureADUser -All $true\r\n".getBytes(cp1252));
        Path clean = write("clean.ps1", "Get-TestUser -All\n");
        Path off = write("off.ps1", "Get-AzureADUser\n");
        assertEquals(Main.OK, run("--docs", entraUserDocs().toString(), "--fix", latin1.toString(), clean.toString()));
        assertEquals("# caf\u00e9 \u20ac\r\nGet-EntraUser -All\r\n", new String(Files.readAllBytes(latin1), cp1252),
                "fixed and written back in the encoding it was read in");
        assertEquals(latin1 + ": fixed 2 places", err.toString().strip());
        assertTrue(out.toString().contains(latin1 + ": information: no byte-order mark and not valid UTF-8: read as "
                + "Windows-1252"), out.toString());
        assertEquals("Get-TestUser -All\n", Files.readString(clean));
        err.getBuffer().setLength(0);
        assertEquals(Main.OK, run("--fix", "--severity", "retired-cmdlet=off", off.toString()));
        assertEquals("Get-AzureADUser\n", Files.readString(off), "a rule turned off is not fixed either");
        assertEquals("", err.toString());
    }

    @Test
    void fixAppliesTheSafeFixesOnlyAndLeavesTheOthersReported() throws IOException {
        Path f = write("safe.ps1", "Get-TestUser -Top 5 -Top 5\nSet-TestThing x -State 'Enabld'\n"
                + "Get-TestUser -Filtr y\nGet-TestUser -Top 1 -Top 2\nSet-TestThing -Name n\nGet-TestUser -Filter\n");
        assertEquals(Main.PROBLEMS, run("--fix", f.toString()));
        assertEquals("Get-TestUser -Top 5\nSet-TestThing x -State 'Enabled'\nGet-TestUser -Filter y\n"
                + "Get-TestUser -Top 1 -Top 2\nSet-TestThing -Name n\nGet-TestUser -Filter\n", Files.readString(f),
                "a duplicate with the same value, the one close accepted value and the one close name are fixed; a"
                + " duplicate with another value, a missing mandatory parameter and a missing argument are not");
        assertEquals(f + ": fixed 3 places", err.toString().strip());
        assertEquals(List.of("duplicate-parameter", "missing-mandatory", "missing-argument"), codes(out.toString()));
    }

    @Test
    void unknownCommandsAreReportedFixedWhenOneNameIsCloseAndConfigurable() throws IOException {
        Path f = write("names.ps1", "Get-EntraUsr -UserId u\nGet-EntraContac\n");
        assertEquals(Main.OK, run(f.toString()));
        assertTrue(out.toString().contains(f + ":1:1: warning: The term 'Get-EntraUsr' is not recognized as a name of a"
                + " cmdlet, function, script file, or executable program: Microsoft.Entra has no command of this name."
                + " Did you mean Get-EntraUser? [unknown-command]"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(Main.PROBLEMS, run("--severity", "unknown-command=error", f.toString()));
        assertEquals(List.of("unknown-command", "unknown-command"), codes(out.toString()));
        out.getBuffer().setLength(0);
        assertEquals(Main.OK, run("--severity", "unknown-command=off", f.toString()));
        assertEquals(List.of(), codes(out.toString()));
        out.getBuffer().setLength(0);
        assertEquals(Main.OK, run("--fix", f.toString()));
        assertEquals("Get-EntraUser -UserId u\nGet-EntraContac\n", Files.readString(f),
                "the one close name is written; two close names are the author's choice");
        assertEquals(List.of("unknown-command"), codes(out.toString()));
    }

    @Test
    void aFunctionAnotherCheckedFileDefinesIsNotAnUnknownCommand() throws IOException {
        Path caller = write("mod/Public/Get-EntraThing.ps1", "function Get-EntraThing { New-EntraPrivateHeaders }\n");
        write("mod/Private/New-EntraPrivateHeaders.ps1", "function New-EntraPrivateHeaders { @{} }\n");
        assertEquals(Main.OK, run(dir.resolve("mod").toString()));
        assertEquals(List.of(), codes(out.toString()));
        out.getBuffer().setLength(0);
        assertEquals(Main.OK, run(caller.toString()));
        assertEquals(List.of("unknown-command"), codes(out.toString()), "alone, the file calls a name nothing defines");
    }

    @Test
    void callsOfAFunctionAnotherCheckedFileDefinesBindAgainstItsParamBlockAsInTheEditor() throws IOException {
        write("lib.ps1", """
                function Set-ContosoThing {
                    [CmdletBinding()]
                    param(
                        [Parameter(Mandatory)] [string] $Name,
                        [ValidateSet('Low', 'High')] [string] $Level
                    )
                }
                """);
        Path caller = write("main.ps1", """
                . $PSScriptRoot/lib.ps1
                Set-ContosoThing -Name a -Level High
                Set-ContosoThing -Name a -Bogus 1
                Set-ContosoThing -Name a -Level Medium
                Set-ContosoThing -Level Low
                """);
        assertEquals(Main.PROBLEMS, run(dir.resolve("lib.ps1").toString(), caller.toString()));
        assertEquals(List.of(caller + ":3:26: error: Set-ContosoThing has no parameter -Bogus [unknown-parameter]",
                        caller + ":4:33: error: 'Medium' is not an accepted value of -Level; accepted values: Low, High"
                                + " [invalid-value]"),
                out.toString().lines().filter(l -> l.contains("[unknown-parameter]") || l.contains("[invalid-value]"))
                        .toList(), out.toString());
        assertEquals(List.of("unknown-parameter", "invalid-value", "missing-mandatory"), codes(out.toString()));
        out.getBuffer().setLength(0);
        assertEquals(Main.OK, run(caller.toString()));
        assertEquals(List.of(), codes(out.toString()), "alone, a dot-sourcing script's calls are not checked");
    }

    @Test
    void theCheckedFilesOwnFunctionAndTheDocsWinOverAnotherFilesFunction() throws IOException {
        write("other.ps1", """
                function Get-TestUser { [CmdletBinding()] param([string] $Only) }
                function Get-Mine { [CmdletBinding()] param([string] $Other) }
                """);
        Path caller = write("mine.ps1", """
                function Get-Mine { [CmdletBinding()] param([string] $Mine) }
                Get-Mine -Mine x
                Get-TestUser -Filter x
                """);
        assertEquals(Main.OK, run(dir.resolve("other.ps1").toString(), caller.toString()));
        assertEquals(List.of(), codes(out.toString()));
    }

    @Test
    void fixWritesNothingWhenTheFixedTextWouldHaveMoreErrors() throws IOException {
        // -Filtr -> -Filter (the one close name) would leave -Filter without a value and in another set than -UserId
        String text = "Get-TestUser -UserId u -Filtr\n";
        Path f = write("worse.ps1", text);
        assertEquals(Main.PROBLEMS, run("--fix", f.toString()));
        assertEquals(text, Files.readString(f));
        assertEquals(f + ": not fixed: the fixed text would have 2 errors where it has 1; fix it by hand (the quick"
                + " fixes show each change)", err.toString().strip());
        assertEquals(List.of("unknown-parameter"), codes(out.toString()));
    }

    /** The codes of a text report's findings, in order. */
    private static List<String> codes(String report) {
        return report.lines().filter(l -> l.endsWith("]"))
                .map(l -> l.substring(l.lastIndexOf('[') + 1, l.length() - 1)).toList();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void cleanScriptsExitWithZeroAndSaySo() throws IOException {
        Path f = write("ok.ps1", "Get-TestUser -All\n");
        assertEquals(Main.OK, run(f.toString()));
        assertEquals("0 errors, 0 warnings, 0 information in 1 file checked", out.toString().strip());
    }

    @Test
    void foldersAreSearchedForScriptsAndModulesOnly() throws IOException {
        write("x/one.ps1", "Get-TestUser -Nope 1\n");
        write("x/deep/two.psm1", "Get-TestUser -Nope 2\n");
        write("x/notes.txt", "Get-TestUser -Nope 3\n");
        assertEquals(Main.PROBLEMS, run(dir.resolve("x").toString()));
        assertTrue(out.toString().contains("in 2 files checked"), out.toString());
        assertFalse(out.toString().contains("notes.txt"));
    }

    @Test
    void missingPathIsBadUsage() {
        assertEquals(Main.USAGE, run(dir.resolve("absent.ps1").toString()));
        assertTrue(err.toString().contains("absent.ps1"), err.toString());
        assertEquals(Main.USAGE, run());
        assertEquals(Main.USAGE, run("--format", "xml", dir.toString()));
    }

    @Test
    void jsonIsAnArrayOfDiagnostics() throws IOException {
        Path f = write("j.ps1", "Set-TestThing x -State 'Paused'\n");
        assertEquals(Main.PROBLEMS, run("--format", "json", f.toString()));
        JsonNode a = JSON.readTree(out.toString());
        assertTrue(a.isArray());
        assertEquals(1, a.size());
        JsonNode d = a.get(0);
        assertEquals(f.toString(), d.get("file").asText());
        assertEquals("invalid-value", d.get("code").asText());
        assertEquals("error", d.get("severity").asText());
        assertEquals(1, d.get("line").asInt());
        assertEquals(24, d.get("column").asInt());
        assertEquals(32, d.get("endColumn").asInt());
        assertEquals("https://example.test/Set-TestThing", d.get("helpUri").asText());
    }

    @Test
    void sarifIsAValidLogWithRulesResultsAndUtf16Regions() throws IOException {
        Path f = write("s.ps1", "$s = 'é😀'; Get-TestUser -Nope 1\nGet-AzureADUser\n");
        assertEquals(Main.PROBLEMS, run("--format", "sarif", f.toString()));
        JsonNode log = JSON.readTree(out.toString());
        assertEquals("2.1.0", log.get("version").asText());
        assertTrue(log.get("$schema").asText().contains("sarif-2.1.0"));
        JsonNode run = log.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertEquals("entra-ls", driver.get("name").asText());
        assertFalse(driver.get("version").asText().isEmpty());
        assertTrue(driver.get("informationUri").asText().startsWith("https://"));
        assertEquals(Rule.values().length, driver.get("rules").size());
        for (JsonNode rule : driver.get("rules")) {
            assertTrue(rule.get("helpUri").asText().startsWith("https://"), rule.toString());
            assertTrue(rule.get("shortDescription").get("text").asText().length() > 5);
        }
        JsonNode results = run.get("results");
        assertEquals(2, results.size());
        JsonNode first = results.get(0);
        assertEquals("unknown-parameter", first.get("ruleId").asText());
        assertEquals("unknown-parameter", driver.get("rules").get(first.get("ruleIndex").asInt()).get("id").asText());
        assertEquals("error", first.get("level").asText());
        assertFalse(first.get("message").get("text").asText().isEmpty());
        JsonNode loc = first.get("locations").get(0).get("physicalLocation");
        assertEquals(f.toUri().toString(), loc.get("artifactLocation").get("uri").asText());
        JsonNode region = loc.get("region");
        // "$s = 'é😀'; " is 12 UTF-16 units (the emoji counts two), so -Nope starts at column 26
        assertEquals(1, region.get("startLine").asInt());
        assertEquals(26, region.get("startColumn").asInt());
        assertEquals(1, region.get("endLine").asInt());
        assertEquals(31, region.get("endColumn").asInt());
        assertEquals("warning", results.get(1).get("level").asText());
        assertEquals("retired-cmdlet", results.get(1).get("ruleId").asText());
    }

    @Test
    void relativePathsBecomeRelativeUrisInSarif() throws IOException {
        Path f = write("with space.ps1", "Get-TestUser -Nope 1\n");
        Path rel = Path.of("").toAbsolutePath().relativize(f);
        assertEquals(Main.PROBLEMS, run("--format", "sarif", rel.toString()));
        String uri = JSON.readTree(out.toString()).get("runs").get(0).get("results").get(0).get("locations").get(0)
                .get("physicalLocation").get("artifactLocation").get("uri").asText();
        assertTrue(uri.endsWith("with%20space.ps1"), uri);
        assertFalse(uri.startsWith("file:"), uri);
    }
}
