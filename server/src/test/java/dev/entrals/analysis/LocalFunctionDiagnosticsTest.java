package dev.entrals.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entrals.script.ScriptDocument;
import dev.entrals.testing.Fixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parameter rules apply to calls of the script's own advanced functions, read from their param() blocks. */
class LocalFunctionDiagnosticsTest {

    private static final ScriptAnalyzer ANALYZER = new ScriptAnalyzer(TestDocs.index(), MigrationTable.bundled());

    private static final String ADVANCED = """
            function Set-Thing {
                [CmdletBinding(DefaultParameterSetName = 'ById', SupportsShouldProcess)]
                param(
                    [Parameter(Mandatory, ParameterSetName = 'ById', Position = 0)] [string] $Id,
                    [Parameter(Mandatory, ParameterSetName = 'ByName')] [Alias('DisplayName')] [string] $Name,
                    [ValidateSet('Low', 'High')] [string] $Level,
                    [switch] $Force
                )
            }
            """;

    private static List<String> codes(String marked) {
        Fixture f = Fixture.of(marked);
        List<String> out = new ArrayList<>();
        ANALYZER.analyze(ScriptDocument.parse(f.text()))
                .forEach(d -> out.add(d.code() + " " + f.text().substring(d.start(), d.end())));
        return out;
    }

    @Test
    void unknownParameterOfAnAdvancedFunctionIsFlagged() {
        assertEquals(List.of("unknown-parameter -Forse"), codes(ADVANCED + "Set-Thing x -Forse\n"));
    }

    @Test
    void aliasesCommonParametersAndSwitchesOfAnAdvancedFunctionBind() {
        assertEquals(List.of(), codes(ADVANCED + "Set-Thing -DisplayName n -Force -Verbose -ErrorAction Stop -WhatIf\n"));
    }

    @Test
    void parameterSetConflictAndValidateSetComeFromTheCode() {
        List<String> found = codes(ADVANCED + "Set-Thing -Id 1 -Name n\nSet-Thing 1 -Level Medium\n");
        assertEquals(2, found.size(), found.toString());
        assertEquals("parameter-set-conflict", found.get(0).split(" ")[0]);
        assertEquals("invalid-value Medium", found.get(1));
    }

    @Test
    void aSimpleFunctionTakesAnyArgumentIntoArgs() {
        assertEquals(List.of(), codes("""
                function Say($Text) { "$Text $args" }
                Say hello -Loud -Volume 3 extra
                """));
    }

    @Test
    void anEditedParamBlockIsReadAgain() {
        ScriptAnalyzer analyzer = new ScriptAnalyzer(TestDocs.index(), MigrationTable.bundled());
        String call = "Get-Stuff -Top 3\n";
        String before = "function Get-Stuff { [CmdletBinding()] param([int] $Top) }\n" + call;
        String after = "function Get-Stuff { [CmdletBinding()] param([int] $First) }\n" + call;
        assertEquals(List.of(), analyzer.analyze(ScriptDocument.parse(before)).stream().map(ScriptDiagnostic::message).toList());
        assertEquals(List.of("unknown-parameter"),
                analyzer.analyze(ScriptDocument.parse(after)).stream().map(ScriptDiagnostic::code).toList());
    }

    @Test
    void theLocalFunctionShadowsADocumentedCmdletOfTheSameName() {
        // Get-TestUser is documented with -Filter; the script's own Get-TestUser has only -Name
        assertEquals(List.of("unknown-parameter -Filter"), codes("""
                function Get-TestUser { param([Parameter()] [string] $Name) }
                Get-TestUser -Filter x
                """));
    }
}
