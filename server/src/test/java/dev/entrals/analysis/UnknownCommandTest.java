package dev.entrals.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.docs.DocsSource;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.signatures.SignatureSource;
import dev.entrals.script.ScriptDocument;
import dev.entrals.testing.Fixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unknown-command rule: a name of a known module's namespace that nothing defines, with its closest names and
 * a fix; and every place where it must stay silent. The index is what a user has by default: the bundled pages and
 * the bundled signature index of Microsoft.Entra and Microsoft.Entra.Beta.
 */
class UnknownCommandTest {

    private static final ScriptAnalyzer ANALYZER = new ScriptAnalyzer(
            HelpIndex.load(List.of(DocsSource.bundledPages(), SignatureSource.bundled())), MigrationTable.bundled());

    /** The unknown-command findings of a script, as "named text: message". */
    private static List<String> unknown(ScriptAnalyzer analyzer, String text) {
        return analyzer.analyze(ScriptDocument.parse(text)).stream().filter(d -> d.rule() == Rule.UNKNOWN_COMMAND)
                .map(d -> text.substring(d.start(), d.end()) + ": " + d.message()).toList();
    }

    /** The one finding at the fixture's range and its fixes, "title safe|unsafe => fixed text". */
    private static List<String> finding(String marked) {
        Fixture f = Fixture.of(marked);
        ScriptDocument script = ScriptDocument.parse(f.text());
        List<ScriptDiagnostic> found = ANALYZER.analyze(script).stream()
                .filter(d -> d.rule() == Rule.UNKNOWN_COMMAND).toList();
        assertEquals(1, found.size(), found.toString());
        ScriptDiagnostic d = found.get(0);
        assertEquals(f.range().start(), d.start(), "start");
        assertEquals(f.range().end(), d.end(), "end");
        assertEquals(Rule.UNKNOWN_COMMAND.defaultSeverity(), d.severity());
        List<String> out = new java.util.ArrayList<>();
        out.add(d.message());
        FindingFixes.of(script, d, ANALYZER).forEach(x -> out.add(x.title() + " " + (x.safe() ? "safe" : "unsafe")
                + " => " + MigrationFix.apply(f.text(), x.edits())));
        return out;
    }

    @Test
    void aMisspelledEntraNameGetsTheClosestNameAndASafeFix() {
        assertEquals(List.of("The term 'Get-EntraUsr' is not recognized as a name of a cmdlet, function, script file,"
                + " or executable program: Microsoft.Entra has no command of this name. Did you mean Get-EntraUser?",
                "Replace Get-EntraUsr with Get-EntraUser safe => $u = Get-EntraUser -UserId $id"),
                finding("$u = <[Get-EntraUsr]> -UserId $id"));
        assertEquals(List.of("The term 'Get-EntraBetaUsr' is not recognized as a name of a cmdlet, function, script "
                + "file, or executable program: Microsoft.Entra.Beta has no command of this name. Did you mean "
                + "Get-EntraBetaUser?", "Replace Get-EntraBetaUsr with Get-EntraBetaUser safe => Get-EntraBetaUser"),
                finding("<[Get-EntraBetaUsr]>"));
    }

    @Test
    void aQuotedNameAfterTheCallOperatorKeepsItsQuotes() {
        assertEquals("Replace 'Get-EntraUsr' with Get-EntraUser safe => & 'Get-EntraUser' -UserId $id",
                finding("& <['Get-EntraUsr']> -UserId $id").get(1));
    }

    @Test
    void severalCloseNamesAreOfferedButNoneIsSafe() {
        List<String> f = finding("<[Get-EntraContac]> -OrgContactId $id");
        assertTrue(f.get(0).endsWith("Did you mean one of: Get-EntraContact, Get-EntraContract?"), f.get(0));
        assertEquals(List.of(
                "Replace Get-EntraContac with Get-EntraContact unsafe => Get-EntraContact -OrgContactId $id",
                "Replace Get-EntraContac with Get-EntraContract unsafe => Get-EntraContract -OrgContactId $id"),
                f.subList(1, f.size()));
    }

    @Test
    void oneCloseNameMoreThanATypoAwayIsOfferedButNotSafe() {
        // more likely a helper function defined where the check cannot see than a misspelling of Get-EntraUser
        List<String> f = finding("<[Get-EntraHelperX]> -Id 1");
        assertTrue(f.get(0).endsWith("Did you mean Get-EntraUser?"), f.get(0));
        assertEquals(List.of("Replace Get-EntraHelperX with Get-EntraUser unsafe => Get-EntraUser -Id 1"),
                f.subList(1, f.size()));
    }

    @Test
    void anEntraNameFarFromEveryKnownOneIsStillUnknownButHasNoFix() {
        assertEquals(List.of("The term 'Get-EntraQuuxWidget' is not recognized as a name of a cmdlet, function, "
                + "script file, or executable program: Microsoft.Entra has no command of this name"),
                finding("<[Get-EntraQuuxWidget]> -Id 1"));
    }

    @Test
    void retiredModulesGetTyposOnly() {
        assertEquals("Replace Get-AzureADUsr with Get-AzureADUser safe => Get-AzureADUser -ObjectId $id",
                finding("<[Get-AzureADUsr]> -ObjectId $id").get(1));
        assertEquals("Replace Get-MsolUsr with Get-MsolUser safe => Get-MsolUser",
                finding("<[Get-MsolUsr]>").get(1));
        // real AzureAD cmdlets the migration table leaves out, far from any name it has: not judged
        assertEquals(List.of(), unknown(ANALYZER, "Get-AzureADDeviceConfiguration\nRemove-AzureADContactManager -ObjectId 1\n"));
        // names in the migration tables have their own rule
        assertEquals(List.of(), unknown(ANALYZER, "Get-AzureADUser\nGet-MsolUser\nConnect-AzureAD\n"));
    }

    @Test
    void noFalseAlarmOnDynamicNamesSplattingFunctionsAliasesAndUnknownModules() {
        String script = """
                $params = @{ UserId = $id }
                Get-EntraUser @params
                & $cmd -UserId $id
                & "Get-$noun" -UserId $id
                & (Get-Command Get-EntraUser) -UserId $id
                $name = 'Get-EntraUsr'
                function Get-EntraUsr { param($UserId) }
                Get-EntraUsr -UserId $id
                Set-Alias -Name Get-EntraMine -Value Get-EntraUser
                Get-EntraMine
                New-Alias Get-EntraOther Get-EntraGroup
                Get-EntraOther
                Get-ContosoUser -Id 1
                Get-EntraAuditSignInLogs
                Get-EntraRoleAssignment
                Microsoft.Entra\\Get-EntraUsr
                ./Get-EntraReport.ps1
                Get-EntraUser -UserId $id | Get-EntraUserManager
                """;
        assertEquals(List.of(), unknown(ANALYZER, script));
    }

    @Test
    void scriptsThatMayDefineUnseenCommandsAreNotJudged() {
        for (String prelude : List.of("Import-Module ./Contoso.Entra.psm1", "Import-Module $modulePath",
                "ipmo Contoso.Tools", ". ./helpers.ps1", ". $PSScriptRoot\\lib.ps1", "using module ./Tools.psm1",
                "Invoke-Expression $code", "New-Module -ScriptBlock $sb", "Set-Alias -Name $n -Value Get-Date")) {
            assertEquals(List.of(), unknown(ANALYZER, prelude + "\nGet-EntraUsr -UserId $id\n"), prelude);
        }
        // importing a module the server knows hides nothing
        for (String prelude : List.of("Import-Module Microsoft.Entra.Users", "Import-Module Microsoft.Entra -Force",
                "Import-Module AzureAD", "Import-Module Microsoft.Graph.Users, Microsoft.Entra")) {
            assertEquals(1, unknown(ANALYZER, prelude + "\nGet-EntraUsr -UserId $id\n").size(), prelude);
        }
    }

    @Test
    void aNamespaceCountsOnlyWhenASourceHoldsItsModule() {
        // the bundled pages alone hold five session cmdlets of Microsoft.Entra: not the module
        ScriptAnalyzer pagesOnly = new ScriptAnalyzer(TestDocs.index(), MigrationTable.bundled());
        assertEquals(List.of(), unknown(pagesOnly, "Get-EntraUsr -UserId $id\nGet-MgUsr\n"));
        assertEquals(1, unknown(pagesOnly, "Get-AzureADUsr\n").size());
        // Graph: no docs, nothing judged
        assertEquals(List.of(), unknown(ANALYZER, "Get-MgUsr -UserId $id\nGet-MgBetaUsr\n"));
    }

    @Test
    void graphNamesAreJudgedWhenGraphDocsAreLoadedAndOnlyForTypos(@TempDir Path dir) throws IOException {
        Path few = dir.resolve("few");
        Path many = dir.resolve("many");
        Files.createDirectories(few);
        Files.createDirectories(many);
        page(few, "Get-MgUser");
        page(many, "Get-MgUser");
        for (int i = 0; i < UnknownCommand.LOADED_MIN; i++) {
            page(many, "Get-MgWidget" + (char) ('A' + i % 26) + (char) ('a' + i / 26));
        }
        ScriptAnalyzer fewPages = new ScriptAnalyzer(HelpIndex.load(List.of(few), true), MigrationTable.bundled());
        assertEquals(List.of(), unknown(fewPages, "Get-MgUsr\n"));
        ScriptAnalyzer graph = new ScriptAnalyzer(HelpIndex.load(List.of(many), true), MigrationTable.bundled());
        assertEquals(List.of("Get-MgUsr: The term 'Get-MgUsr' is not recognized as a name of a cmdlet, function, "
                + "script file, or executable program: Microsoft Graph PowerShell has no command of this name. "
                + "Did you mean Get-MgUser?"), unknown(graph, "Get-MgUsr\n"));
        // a Graph name that is no typo of a loaded one may come from one of Graph's other modules
        assertEquals(List.of(), unknown(graph, "Get-MgGroupMember -GroupId 1\n"));
    }

    private static void page(Path dir, String name) throws IOException {
        Files.writeString(dir.resolve(name + ".md"), """
                ---
                external help file: Microsoft.Graph.Test-help.xml
                Module Name: Microsoft.Graph.Test
                online version:
                schema: 2.0.0
                ---

                # %s

                ## SYNOPSIS
                Gets a thing.

                ## SYNTAX

                ```
                %s [-UserId <String>] [<CommonParameters>]
                ```

                ## DESCRIPTION
                Gets a thing.

                ## PARAMETERS

                ### -UserId
                The id.

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
                """.formatted(name, name));
    }
}
