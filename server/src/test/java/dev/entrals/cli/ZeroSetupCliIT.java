package dev.entrals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a new user runs it: a scratch {@code HOME}, no docs, no PowerShell modules. The bundled
 * signature index gives help and parameter checks for every Entra cmdlet.
 */
class ZeroSetupCliIT {

    @TempDir
    Path home;

    private Map<String, String> scratch() {
        return Map.of("HOME", home.toString(), "XDG_CACHE_HOME", home.resolve(".cache").toString(),
                "XDG_DATA_HOME", home.resolve(".local/share").toString(),
                "ENTRA_LS_HOME", home.resolve("entra").toString(), "PSModulePath", home.resolve("none").toString());
    }

    @Test
    void helpPrintsTheSignatureFromTheModulesCodeAndTheFetchHint() throws Exception {
        JarDocsCommandsIT.Run r = JarDocsCommandsIT.runWith(scratch(), "help", "Get-EntraUser");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\nSYNTAX\n    Get-EntraUser "), r.out());
        assertTrue(r.out().contains("[-UserId] <String>"), r.out());
        assertTrue(r.out().contains("\nPARAMETERS\n"), r.out());
        assertTrue(r.out().contains("ObjectId, UPN, Identity, UserPrincipalName"), r.out());
        assertTrue(r.out().contains("\nREMARKS\n"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.equals("        entra-ls docs fetch")),
                "the command on a line of its own, never split by wrapping: " + r.out());
    }

    @Test
    void anUnknownNameListsCloseNamesOfTheModules() throws Exception {
        JarDocsCommandsIT.Run r = JarDocsCommandsIT.runWith(scratch(), "help", "Get-EntraUsr");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Did you mean: Get-EntraUser"), r.err());
    }

    @Test
    void checkFindsAnUnknownParameterOfAnEntraCmdlet() throws Exception {
        Path script = home.resolve("s.ps1");
        Files.writeString(script, "Get-EntraUser -Bogus 1\nGet-EntraBetaGroup -GroupId $g\n");
        JarDocsCommandsIT.Run r = JarDocsCommandsIT.runWith(scratch(), "check", script.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains(":1:15: error: Get-EntraUser has no parameter -Bogus [unknown-parameter]"),
                r.out());
        assertTrue(r.out().contains("1 error, 0 warnings"), r.out());
    }

    @Test
    void checkBindsCallsOfAFunctionAnotherCheckedFileDefines() throws Exception {
        Path lib = home.resolve("lib.ps1");
        Files.writeString(lib, "function Get-ContosoReport {\n  [CmdletBinding()]\n"
                + "  param([Parameter(Mandatory)] [ValidateSet('Daily', 'Weekly')] [string] $Period)\n}\n");
        Path main = home.resolve("main.ps1");
        Files.writeString(main, ". $PSScriptRoot/lib.ps1\nGet-ContosoReport -Period Daily\n"
                + "Get-ContosoReport -Period Monthly -Bogus 1\n");
        JarDocsCommandsIT.Run r = JarDocsCommandsIT.runWith(scratch(), "check", lib.toString(), main.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains(main + ":3:27: error: 'Monthly' is not an accepted value of -Period"), r.out());
        assertTrue(r.out().contains(main + ":3:35: error: Get-ContosoReport has no parameter -Bogus"), r.out());
        assertTrue(r.out().contains("2 errors, 0 warnings"), r.out());
    }
}
