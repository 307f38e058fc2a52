package dev.entrals.docs.modules;

import static dev.entrals.docs.modules.ModuleFolders.maml;
import static dev.entrals.docs.modules.ModuleFolders.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.analysis.MigrationTable;
import dev.entrals.analysis.ScriptAnalyzer;
import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.DocsSource;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.docs.SourceSummary;
import dev.entrals.script.ScriptDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installed script modules: their exported functions are read from the {@code .psm1}/{@code .ps1} code (never run),
 * respecting the manifest's exports, {@code Export-ModuleMember}, {@code Set-Alias}/{@code New-Alias} and
 * {@code [Alias()]}; code facts win over the module's MAML, whose prose is kept.
 */
class ModuleScriptsTest {

    static final String PSM1 = """
            function Get-ContosoThing {
                <#
                .SYNOPSIS
                Gets a thing.
                .PARAMETER Name
                The thing's name.
                #>
                [CmdletBinding(DefaultParameterSetName = 'ByName')]
                [Alias('Get-ContosoItem')]
                param(
                    [Parameter(Mandatory, ParameterSetName = 'ByName', Position = 0)]
                    [Alias('Id')]
                    [string] $Name,
                    [Parameter(ParameterSetName = 'All')]
                    [switch] $All,
                    [ValidateSet('Red', 'Blue')]
                    [string] $Color
                )
                Write-Output $Name
            }

            function Set-ContosoThing {
                [CmdletBinding(SupportsShouldProcess)]
                param([Parameter(Mandatory)] [string] $Name)
            }

            Set-Alias -Name gct -Value Get-ContosoThing
            New-Alias sct Set-ContosoThing
            """;

    @TempDir
    Path tmp;
    Path modules;

    @BeforeEach
    void buildModulePath() {
        modules = tmp.resolve("Modules");
        write(modules, "Contoso.Scripts/1.0.0/Contoso.Scripts.psd1", """
                @{
                  RootModule = 'Contoso.Scripts.psm1'
                  ModuleVersion = '1.0.0'
                  FunctionsToExport = @('Get-ContosoThing')
                  CmdletsToExport = @()
                  AliasesToExport = 'gct'
                }
                """);
        write(modules, "Contoso.Scripts/1.0.0/Contoso.Scripts.psm1", PSM1);
    }

    private HelpIndex index(DocsSource... later) {
        List<DocsSource> sources = new ArrayList<>(InstalledModules.sources(List.of(modules), Locale.US));
        sources.addAll(List.of(later));
        return HelpIndex.load(sources);
    }

    private static List<String> findings(HelpIndex index, String script) {
        return new ScriptAnalyzer(index, MigrationTable.bundled()).analyze(ScriptDocument.parse(script)).stream()
                .map(d -> d.code() + " " + script.substring(d.start(), d.end())).toList();
    }

    @Test
    void exportedFunctionIsKnownWithItsBindingFactsAndCommentHelp() {
        HelpIndex index = index();
        CmdletHelp h = index.find("Get-ContosoThing").orElseThrow();
        assertTrue(h.hasHelp());
        assertEquals("Contoso.Scripts", h.module());
        assertEquals("Gets a thing.", h.synopsis().strip());
        assertEquals("module Contoso.Scripts 1.0.0", h.source().origin());
        ParameterHelp name = h.parameter("Name").orElseThrow();
        assertEquals(List.of("Id"), name.aliases());
        assertEquals("The thing's name.", name.description().strip());
        assertEquals("0", name.membership("ByName").orElseThrow().position());
        assertTrue(name.membership("ByName").orElseThrow().required());
        assertEquals(List.of("Red", "Blue"), h.parameter("Color").orElseThrow().acceptedValues());
        assertEquals("ByName", h.defaultSet().orElseThrow().name());
        // where it is defined, for go-to-definition
        assertTrue(h.source().file().endsWith("Contoso.Scripts.psm1"), h.source().file());
        assertEquals(1, h.source().line("name"));
        assertEquals(PSM1.lines().toList().indexOf("function Set-ContosoThing {") + 1,
                ModuleScripts.lineOf(ModuleScripts.lineStarts(PSM1), PSM1.indexOf("function Set-ContosoThing")));
    }

    @Test
    void onlyExportedFunctionsAndAliasesAreKnown() {
        HelpIndex index = index();
        assertEquals("Get-ContosoThing", index.find("gct").orElseThrow().name());
        assertTrue(index.find("Set-ContosoThing").isEmpty(), "not in FunctionsToExport");
        assertTrue(index.find("sct").isEmpty(), "an alias of a function that is not exported");
        assertTrue(index.find("Get-ContosoItem").isEmpty(), "[Alias()] not in AliasesToExport");
        assertEquals(List.of("Get-ContosoThing"), index.names());
    }

    @Test
    void diagnosticsBindAgainstTheModulesCode() {
        HelpIndex index = index();
        assertEquals(List.of(), findings(index, "Get-ContosoThing -Name x -Color Red\ngct -Id x\nGet-ContosoThing x\n"));
        assertEquals(List.of("unknown-parameter -Bogus"), findings(index, "Get-ContosoThing -Name x -Bogus 1"));
        assertTrue(findings(index, "Get-ContosoThing -Name x -Color Green").get(0).startsWith("invalid-value"));
        assertTrue(findings(index, "gct -Name x -All").stream().anyMatch(f -> f.startsWith("parameter-set-conflict")),
                findings(index, "gct -Name x -All").toString());
        assertEquals(List.of(), findings(index, "Set-ContosoThing -Bogus 1"), "not exported: not checked");
    }

    @Test
    void exportModuleMemberDecidesWithoutAManifestAndPatternsMatch() {
        write(modules, "Fabrikam/Fabrikam.psm1", """
                function Get-FabThing { param([string] $Name) }
                function Remove-FabThing { [CmdletBinding()] param([string] $Name) }
                function Helper { }
                Set-Alias fab Get-FabThing
                Set-Alias rfab Remove-FabThing
                Export-ModuleMember -Function Get-Fab*, Remove-FabThing -Alias 'fab'
                """);
        HelpIndex index = index();
        assertTrue(index.find("Get-FabThing").isPresent());
        assertTrue(index.find("Remove-FabThing").isPresent());
        assertTrue(index.find("Helper").isEmpty());
        assertEquals("Get-FabThing", index.find("fab").orElseThrow().name());
        assertTrue(index.find("rfab").isEmpty());
        // Get-FabThing is a simple function: it takes anything into $args, so nothing is flagged
        assertEquals(List.of(), findings(index, "Get-FabThing -Anything 1"));
        assertEquals(List.of("unknown-parameter -Anything"), findings(index, "Remove-FabThing -Anything 1"));
    }

    @Test
    void dotSourcedFilesAreReadAndAWildcardManifestExportsThem() {
        write(modules, "Dotted/2.0/Dotted.psd1", """
                @{ RootModule = 'Dotted.psm1'; ModuleVersion = '2.0'; FunctionsToExport = 'Get-Dot*' }
                """);
        write(modules, "Dotted/2.0/Dotted.psm1", """
                Get-ChildItem -Path $PSScriptRoot/Public/*.ps1, $PSScriptRoot/Private/*.ps1 | ForEach-Object { . $_.FullName }
                """);
        write(modules, "Dotted/2.0/Public/Get-DotThing.ps1",
                "function Get-DotThing { [CmdletBinding()] param([Parameter(Mandatory)][int] $Count) }\n");
        write(modules, "Dotted/2.0/Private/Format-Dot.ps1", "function Format-Dot { param($x) }\n");
        write(modules, "Dotted/2.0/Tests/Get-DotThing.Tests.ps1", "function Get-DotTestHelper { param($y) }\n");
        HelpIndex index = index();
        assertEquals("System.Int32", index.find("Get-DotThing").orElseThrow().parameter("Count").orElseThrow().type());
        assertTrue(index.find("Format-Dot").isEmpty());
        assertTrue(index.find("Get-DotTestHelper").isEmpty(), "test files are not the module's");
        SourceSummary dotted = index.sources().stream().filter(s -> s.label().equals("module Dotted 2.0"))
                .findFirst().orElseThrow();
        assertEquals("code: 1 of 2 functions exported, 3 scripts", dotted.note());
    }

    @Test
    void scriptsToProcessDefineFunctionsInTheCallersScopeWhateverTheExportsSay() {
        write(modules, "Setup/1.0/Setup.psd1", """
                @{ RootModule = 'Setup.psm1'; ModuleVersion = '1.0'; FunctionsToExport = @('Get-SetupThing')
                   AliasesToExport = @(); ScriptsToProcess = @('Init\\Initialize.ps1', '..\\Outside.ps1', 'Missing.ps1') }
                """);
        write(modules, "Setup/1.0/Setup.psm1", """
                function Get-SetupThing { [CmdletBinding()] param([string] $Name) }
                function Get-SetupHidden { [CmdletBinding()] param([string] $Name) }
                """);
        write(modules, "Setup/1.0/Init/Initialize.ps1", """
                function Initialize-Setup {
                    [CmdletBinding()]
                    param([Parameter(Mandatory)] [ValidateSet('Dev', 'Prod')] [string] $Stage)
                    function Nested-Helper { }
                }
                function Get-SetupThing { [CmdletBinding()] param([string] $Other) }
                Set-Alias isu Initialize-Setup
                Export-ModuleMember -Function Nothing
                """);
        write(modules, "Setup/Outside.ps1", "function Get-Outside { [CmdletBinding()] param() }\n");
        HelpIndex index = index();
        CmdletHelp init = index.find("Initialize-Setup").orElseThrow();
        assertTrue(init.source().file().endsWith("Initialize.ps1"), init.source().file());
        assertEquals(List.of("Dev", "Prod"), init.parameter("Stage").orElseThrow().acceptedValues());
        assertEquals("Initialize-Setup", index.find("isu").orElseThrow().name(), "its Set-Alias is the caller's too");
        assertTrue(index.find("Get-SetupThing").orElseThrow().parameter("Name").isPresent(),
                "the module's member, imported after the script ran, wins");
        assertTrue(index.find("Get-SetupHidden").isEmpty());
        assertTrue(index.find("Nested-Helper").isEmpty(), "defined only while Initialize-Setup runs");
        assertTrue(index.find("Get-Outside").isEmpty(), "a path outside the module is not read");
        assertEquals(List.of("unknown-parameter -Bogus"), findings(index, "Initialize-Setup -Stage Dev -Bogus 1"));
        assertTrue(findings(index, "isu -Stage Test").get(0).startsWith("invalid-value"));
    }

    @Test
    void aNestedManifestsExportsAreTheParentsMembersFilteredByBothManifests() {
        write(modules, "Outer/3.0/Outer.psd1", """
                @{ ModuleVersion = '3.0'; NestedModules = @('Inner\\Inner.psd1')
                   FunctionsToExport = 'Get-Inner*', 'Set-InnerThing' }
                """);
        write(modules, "Outer/3.0/Inner/Inner.psd1", """
                @{ RootModule = 'Inner.psm1'; ModuleVersion = '1.0'; FunctionsToExport = 'Get-*', 'Remove-*' }
                """);
        write(modules, "Outer/3.0/Inner/Inner.psm1", """
                function Get-InnerThing {
                    [CmdletBinding()]
                    [Alias('Get-InnerItem')]
                    param([Parameter(Mandatory)] [int] $Count)
                }
                function Remove-InnerThing { [CmdletBinding()] param([string] $Name) }
                function Set-InnerThing { [CmdletBinding()] param([string] $Name) }
                Set-Alias gin Get-InnerThing
                New-Alias -Name nin -Value Get-InnerThing
                """);
        HelpIndex index = index();
        assertEquals("System.Int32", index.find("Get-InnerThing").orElseThrow().parameter("Count").orElseThrow().type());
        assertTrue(index.find("Remove-InnerThing").isEmpty(), "the outer manifest does not export it");
        assertFalse(index.find("Set-InnerThing").orElseThrow().hasHelp(),
                "the inner manifest does not export it: known only by the outer manifest's name, without code");
        assertEquals(List.of(), findings(index, "Set-InnerThing -Bogus 1"));
        for (String alias : List.of("gin", "nin", "Get-InnerItem")) {
            assertEquals("Get-InnerThing", index.find(alias).orElseThrow().name(), alias + ": no AliasesToExport");
        }
        assertEquals(List.of("unknown-parameter -Bogus"), findings(index, "gin -Count 1 -Bogus 1"));
    }

    @Test
    void codeFactsWinOverTheModulesMamlWhoseProseIsKept() {
        write(modules, "Contoso.Scripts/1.0.0/en-US/Contoso.Scripts-help.xml",
                maml("Gets a thing, from the MAML.", "Get-ContosoThing"));
        HelpIndex index = index();
        CmdletHelp h = index.find("Get-ContosoThing").orElseThrow();
        assertEquals("Gets a thing, from the MAML.", h.synopsis().strip());
        assertTrue(h.parameter("Name").isPresent());
        assertTrue(h.parameter("Id").isEmpty(), "the MAML's -Id is an alias in the code");
        assertEquals(List.of("Get-ContosoThing"), index.names());
        assertEquals(List.of("unknown-parameter -Bogus"), findings(index, "Get-ContosoThing -Name x -Bogus 1"));
    }

    @Test
    void aLaterPageOfTheCommandGetsTheModulesCodeFacts() {
        Path docs = write(tmp, "docs/Get-ContosoThing.md", """
                ---
                external help file: Contoso.Scripts-help.xml
                Module Name: Contoso.Scripts
                online version:
                schema: 2.0.0
                ---

                # Get-ContosoThing

                ## SYNOPSIS
                Gets a thing, from a page.

                ## SYNTAX

                ```
                Get-ContosoThing [-Wrong <String>] [<CommonParameters>]
                ```

                ## DESCRIPTION
                Page text.

                ## PARAMETERS

                ### -Wrong
                Not in the code.

                ```yaml
                Type: String
                Parameter Sets: (All)
                Aliases:

                Required: False
                Position: Named
                Default value: None
                Accept pipeline input: False
                Accept wildcard characters: False
                ```
                """).getParent();
        HelpIndex index = index(DocsSource.folder(docs));
        CmdletHelp h = index.find("Get-ContosoThing").orElseThrow();
        assertEquals("Gets a thing, from a page.", h.synopsis().strip());
        assertTrue(h.parameter("Wrong").isEmpty());
        assertTrue(h.parameter("Color").isPresent());
        assertEquals(List.of("unknown-parameter -Wrong"), findings(index, "Get-ContosoThing -Wrong 1"));
        assertFalse(findings(index, "gct -Name a").iterator().hasNext());
    }
}
