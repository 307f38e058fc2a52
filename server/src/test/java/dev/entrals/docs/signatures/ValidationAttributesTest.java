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

/** {@link ValidationAttributes}: the validation attributes read (two forms of {@code [ValidateScript()]}), and those left alone. */
class ValidationAttributesTest {

    private static final String UPN = "^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$";
    private static final String GUID = "^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$";

    @Test
    void anIfOfMatchesThatReturnsTrueElseThrowsGivesThePatternsAndTheMessage() {
        // the modules' common form (Get-EntraUserManager.ps1:10-17)
        String script = "{\n    if ($_ -match '" + UPN + "' -or \n        $_ -match '" + GUID + "') {\n"
                + "        return $true\n    }\n    throw \"UserId must be a valid email address or GUID.\"\n}";
        assertEquals(Optional.of(new ValueCheck.Script(List.of(UPN, GUID), "UserId must be a valid email address or GUID.")),
                ValidationAttributes.read(script));
        // the throw inside an else block, a single-quoted message with a doubled quote
        assertEquals(Optional.of(new ValueCheck.Script(List.of("^a"), "It's wrong")),
                ValidationAttributes.read("{ if ($_ -match '^a') { return $true } else { throw 'It''s wrong' } }"));
    }

    @Test
    void aBareMatchHasNoMessageOfItsOwn() {
        // Resolve-EntraTenant.ps1: { $_ -match "^…$" } (a $ before the closing quote is no variable)
        assertEquals(Optional.of(new ValueCheck.Script(List.of("^[0-9]+$"), "")),
                ValidationAttributes.read("{ $_ -match \"^[0-9]+$\" }"));
        assertEquals(Optional.of(new ValueCheck.Script(List.of("a", "b"), "")),
                ValidationAttributes.read("{ $_ -match 'a' -or $_ -imatch 'b' }"));
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
            assertEquals(Optional.empty(), ValidationAttributes.read(script), script);
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
        List<ValueCheck> id = help.parameter("Id").orElseThrow().checks();
        assertEquals(List.of(new ValueCheck.Script(List.of("^[0-9]+$"), "Id must be a number.")), id);
        assertEquals(Optional.of("Cannot validate argument on parameter 'Id'. Id must be a number."),
                ValueCheck.first(id, "Id", "x1"));
        assertEquals(List.of(), help.parameter("Path").orElseThrow().checks());
        assertEquals(List.of(), help.parameter("Name").orElseThrow().checks());
        assertTrue(ValueCheck.first(id, "Id", "42").isEmpty());
    }

    @Test
    void theOtherAttributesAreReadInTheOrderWritten() {
        String text = """
                function Get-Thing {
                    [CmdletBinding()]
                    param(
                        [ValidateNotNullOrEmpty()]
                        [ValidateLength(1, 256)]
                        [string] $Name,
                        [ValidateRange(1, [int]::MaxValue)]
                        [int] $Top,
                        [System.Management.Automation.ValidateRange(0,30)]
                        [int] $Days,
                        [ValidatePattern('^[a-z]+@x$', ErrorMessage = "{0} is no address")]
                        [string] $Upn,
                        [ValidatePattern('^a$', Options = 'None')]
                        [string] $CaseSensitive,
                        [ValidateRange('Positive')]
                        [int] $Kind,
                        [ValidateSet('a', 'b')]
                        [string] $Choice
                    )
                }
                """;
        CmdletHelp help = FunctionHelp.of(ParamBlockReader.read(text).functions().get(0), "Local", "test");
        assertEquals(List.of(new ValueCheck.NotEmpty(), new ValueCheck.Length(1, 256)),
                help.parameter("Name").orElseThrow().checks());
        assertEquals(List.of(new ValueCheck.Range(1, Integer.MAX_VALUE)), help.parameter("Top").orElseThrow().checks());
        assertEquals(List.of(new ValueCheck.Range(0, 30)), help.parameter("Days").orElseThrow().checks());
        assertEquals(List.of(new ValueCheck.Match("^[a-z]+@x$", "{0} is no address")),
                help.parameter("Upn").orElseThrow().checks());
        // options that change matching, a range by kind, a set (the accepted values, not a check): not read here
        assertEquals(List.of(), help.parameter("CaseSensitive").orElseThrow().checks());
        assertEquals(List.of(), help.parameter("Kind").orElseThrow().checks());
        assertEquals(List.of(), help.parameter("Choice").orElseThrow().checks());
    }
}
