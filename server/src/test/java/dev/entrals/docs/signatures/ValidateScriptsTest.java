package dev.entrals.docs.signatures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.ValueCheck;
import dev.entrals.script.ParamBlockReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ValidateScripts}: the two forms of {@code [ValidateScript()]} read, and those left alone. */
class ValidateScriptsTest {

    private static final String UPN = "^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$";
    private static final String GUID = "^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$";

    @Test
    void anIfOfMatchesThatReturnsTrueElseThrowsGivesThePatternsAndTheMessage() {
        // the modules' common form (Get-EntraUserManager.ps1:10-17)
        String script = "{\n    if ($_ -match '" + UPN + "' -or \n        $_ -match '" + GUID + "') {\n"
                + "        return $true\n    }\n    throw \"UserId must be a valid email address or GUID.\"\n}";
        assertEquals(Optional.of(new ValueCheck(List.of(UPN, GUID), "UserId must be a valid email address or GUID.")),
                ValidateScripts.read(script));
        // the throw inside an else block, a single-quoted message with a doubled quote
        assertEquals(Optional.of(new ValueCheck(List.of("^a"), "It's wrong")),
                ValidateScripts.read("{ if ($_ -match '^a') { return $true } else { throw 'It''s wrong' } }"));
    }

    @Test
    void aBareMatchHasNoMessageOfItsOwn() {
        // Resolve-EntraTenant.ps1: { $_ -match "^…$" } (a $ before the closing quote is no variable)
        assertEquals(Optional.of(new ValueCheck(List.of("^[0-9]+$"), "")),
                ValidateScripts.read("{ $_ -match \"^[0-9]+$\" }"));
        assertEquals(Optional.of(new ValueCheck(List.of("a", "b"), "")),
                ValidateScripts.read("{ $_ -match 'a' -or $_ -imatch 'b' }"));
    }

    @Test
    void otherScriptsAreNotRead() {
        for (String script : List.of(
                "{ try { $null = [System.Net.Mail.MailAddress]$_; return $true } catch { throw \"bad\" } }",
                "{ Test-Path $_ -PathType Leaf }",
                "{ $_ -cmatch '^A' }",
                "{ $_ -match \"^$prefix\" }",
                "{ $_ -notmatch 'x' }",
                "{ if ($_ -match 'a') { return $true } Write-Warning 'x'; throw 'y' }",
                "{ if ($_.Length -gt 3) { return $true } throw 'short' }")) {
            assertEquals(Optional.empty(), ValidateScripts.read(script), script);
        }
    }

    @Test
    void theCheckReachesTheParameterThroughTheGeneratorsFacts() {
        String text = """
                function Get-Thing {
                    [CmdletBinding()]
                    param(
                        [ValidateScript({
                            if ($_ -match '^[0-9]+$') { return $true }
                            throw "Id must be a number."
                        })]
                        [string] $Id,
                        [ValidateScript({ Test-Path $_ })]
                        [string] $Path,
                        [string] $Name
                    )
                }
                """;
        CmdletHelp help = FunctionHelp.of(ParamBlockReader.read(text).functions().get(0), "Local", "test");
        ValueCheck id = help.parameter("Id").orElseThrow().check();
        assertEquals(List.of("^[0-9]+$"), id.patterns());
        assertEquals(Optional.of("Cannot validate argument on parameter 'Id'. Id must be a number."),
                id.refusal("Id", "x1"));
        assertFalse(help.parameter("Path").orElseThrow().check().checks());
        assertFalse(help.parameter("Name").orElseThrow().check().checks());
        assertTrue(id.refusal("Id", "42").isEmpty());
    }
}
