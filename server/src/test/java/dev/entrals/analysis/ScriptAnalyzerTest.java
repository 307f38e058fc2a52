package dev.entrals.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.entrals.script.ScriptDocument;
import dev.entrals.settings.Severity;
import dev.entrals.testing.Fixture;

class ScriptAnalyzerTest {

    private static final ScriptAnalyzer ANALYZER = new ScriptAnalyzer(TestDocs.index(), MigrationTable.bundled());

    private static List<ScriptDiagnostic> analyze(String text) {
        return ANALYZER.analyze(ScriptDocument.parse(text));
    }

    /** Asserts the diagnostics: one per {@code <[ ]>} range, in order, with the given codes. */
    private static List<ScriptDiagnostic> assertDiagnostics(String marked, String... codes) {
        Fixture f = Fixture.of(marked);
        List<ScriptDiagnostic> found = analyze(f.text());
        List<String> actual = new ArrayList<>();
        found.forEach(d -> actual.add(d.code() + " " + f.text().substring(d.start(), d.end())));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            expected.add(codes[i] + " " + f.ranges().get(i).of(f.text()));
        }
        assertEquals(f.ranges().size(), codes.length, "fixture ranges vs codes");
        assertEquals(expected, actual);
        for (int i = 0; i < codes.length; i++) {
            assertEquals(f.ranges().get(i).start(), found.get(i).start());
        }
        return found;
    }

    @Test
    void unknownParameterSuggestsTheClosestNames() {
        ScriptDiagnostic d = assertDiagnostics("Get-TestUser <[-Filtr]> x", "unknown-parameter").get(0);
        assertEquals(List.of("Filter"), d.suggestions());
        assertTrue(d.message().contains("did you mean -Filter?"), d.message());
        assertEquals("https://example.test/Get-TestUser", d.helpUri());
        assertEquals(Severity.ERROR, d.severity());
    }

    @Test
    void unknownParameterWithColonCoversOnlyTheName() {
        assertDiagnostics("Set-TestThing x <[-Forse]>:$true", "unknown-parameter");
    }

    @Test
    void aLoneDashBeingTypedIsNotAnAmbiguousParameter() {
        assertEquals(List.of(), analyze("Set-TestThing x -\n"));
    }

    @Test
    void ambiguousAbbreviationListsTheCandidates() {
        ScriptDiagnostic d = assertDiagnostics("Set-TestThing x <[-Disp]> y", "ambiguous-parameter").get(0);
        assertEquals(List.of("Display", "DisplayColor", "DisplayName"), d.suggestions());
        assertTrue(d.message().contains("-Display, -DisplayColor, -DisplayName"), d.message());
    }

    @Test
    void parameterBoundTwiceIsReportedAtTheSecond() {
        assertDiagnostics("Get-TestUser -UserId a <[-ObjectId]> b", "duplicate-parameter");
    }

    @Test
    void parametersOfSetsThatCannotGoTogetherNameTheSets() {
        ScriptDiagnostic d = assertDiagnostics("Get-TestUser -Filter x <[-UserId]> y", "parameter-set-conflict").get(0);
        assertTrue(d.message().contains("-UserId (set GetById) cannot be used with -Filter (set GetQuery)"), d.message());
    }

    @Test
    void missingMandatoryParameterIsAWarningOnTheName() {
        ScriptDiagnostic d = assertDiagnostics("<[Set-TestThing]> -Name n", "missing-mandatory").get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.message().contains("-Id"), d.message());
        assertDiagnostics("New-TestPolicy -A a");
    }

    @Test
    void valueOutsideTheAcceptedOnesListsThem() {
        ScriptDiagnostic d = assertDiagnostics("Set-TestThing x -State <['Paused']>", "invalid-value").get(0);
        assertTrue(d.message().contains("Enabled, Disabled"), d.message());
        assertDiagnostics("Set-TestThing x -State disabled");
    }

    @Test
    void retiredCmdletWithReplacementIsAWarningNamingIt() {
        ScriptDiagnostic d = assertDiagnostics("$u = <[Get-AzureADUser]> -ObjectId $id", "retired-cmdlet").get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals(List.of("Get-EntraUser"), d.suggestions());
        assertTrue(d.message().contains("Get-EntraUser"), d.message());
    }

    @Test
    void retiredCmdletWithoutReplacementIsAnError() {
        RetiredCmdlet none = MigrationTable.bundled().all().stream().filter(r -> r.replacement() == null)
                .filter(r -> !r.fromPreview()).findFirst().orElseThrow();
        ScriptDiagnostic d = assertDiagnostics("<[" + none.name() + "]>", "retired-cmdlet-no-replacement").get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(ScriptAnalyzer.MIGRATION_GUIDE, d.helpUri());
    }

    @Test
    void aliasCommandDowngradesRetiredNamesToInformation() {
        List<ScriptDiagnostic> ds = assertDiagnostics("Enable-EntraAzureADAlias\n<[Get-AzureADUser]>", "retired-cmdlet");
        assertEquals(Severity.INFORMATION, ds.get(0).severity());
        assertTrue(ds.get(0).message().contains("Enable-EntraAzureADAlias"), ds.get(0).message());
    }

    @Test
    void previewMappingIsPreferredWhenTheScriptImportsAzureADPreview() {
        RetiredCmdlet both = MigrationTable.bundled().all().stream().filter(RetiredCmdlet::fromPreview)
                .filter(r -> r.replacement() != null)
                .filter(r -> MigrationTable.bundled().find(r.name()).map(v1 -> !v1.fromPreview()
                        && v1.replacement() != null && !v1.replacement().equals(r.replacement())).orElse(false))
                .findFirst().orElseThrow();
        assertEquals(List.of(both.replacement()),
                analyze("Import-Module AzureADPreview\n" + both.name()).get(0).suggestions());
        assertEquals(List.of(both.replacement()),
                analyze("Get-EntraBetaUser\n" + both.name()).get(0).suggestions());
        assertEquals(List.of(MigrationTable.bundled().find(both.name()).orElseThrow().replacement()),
                analyze(both.name()).get(0).suggestions());
    }

    @Test
    void retiredCmdletCalledWithTheCallOperatorIsFound() {
        assertDiagnostics("& <['Get-AzureADUser']> -All $true", "retired-cmdlet");
    }

    @Test
    void splattingSilencesConflictsAndMissingMandatory() {
        assertDiagnostics("Set-TestThing @params -Name n");
        assertDiagnostics("Get-TestUser @p -Filter x -UserId y");
        assertDiagnostics("Set-TestThing @{ Id = 'x' } -Name n");
    }

    @Test
    void splattingDoesNotHideAnUnknownName() {
        assertDiagnostics("Set-TestThing @params <[-Nope]> n", "unknown-parameter");
    }

    @Test
    void computedCommandNamesGiveNothing() {
        assertDiagnostics("& $cmd -Nope 1\n& (Get-Command Set-TestThing) -Nope 2");
    }

    @Test
    void userFunctionWithACmdletNameSilencesEveryRuleForIt() {
        assertDiagnostics("function Set-TestThing { param($Nope) }\nSet-TestThing -Nope 1\n"
                + "function Get-AzureADUser { }\nGet-AzureADUser");
    }

    @Test
    void unknownCmdletsGetNoParameterRules() {
        assertDiagnostics("Get-Something -Whatever 1 -Whatever 2");
    }

    @Test
    void positionalArgumentWithoutParameterSilencesMissingMandatory() {
        assertDiagnostics("New-TestPolicy -A a <[extra]>", "positional-argument");
    }

    @Test
    void argumentsBeyondThePositionalParametersAreReported() {
        ScriptDiagnostic d = assertDiagnostics("Set-TestThing id name <['third']> -Force", "positional-argument")
                .get(0);
        assertEquals("The docs of Set-TestThing give no positional parameter for the argument 'third'; name the"
                + " parameter it is for (-Name value)", d.message());
        assertEquals(Severity.WARNING, d.severity());
        assertDiagnostics("Set-TestThing id name -Force");
        assertDiagnostics("Get-TestUser <[alice]>", "positional-argument");
    }

    @Test
    void aValueAfterASwitchIsAnErrorThatSaysWhereItGoesAndHowToWriteIt() {
        ScriptDiagnostic d = assertDiagnostics("Get-TestUser -All <[$true]>", "switch-value").get(0);
        assertEquals("-All is a switch: the $true after it is a separate argument, not its value; no parameter takes"
                + " it by position in the docs, so PowerShell stops with an error or binds it to another parameter;"
                + " write -All:$true or just -All", d.message());
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(List.of("-All:$true", "-All"), d.suggestions());
        d = assertDiagnostics("Get-TestUser -all <[$False]> -Top 5", "switch-value").get(0);
        assertTrue(d.message().endsWith("; write -All:$false"), d.message());
        assertEquals(List.of("-all:$false"), d.suggestions());
        // a positional parameter takes it: no error from PowerShell, a silent misbinding
        d = assertDiagnostics("Set-TestThing id -Force <[$true]>", "switch-value").get(0);
        assertTrue(d.message().contains("; PowerShell passes it to -Name;"), d.message());
        // a splat hides parameters, but not this
        assertDiagnostics("Get-TestUser @p -All <[$true]>", "switch-value");
        assertDiagnostics("Get-TestUser -Top 5 -All <[yes]>", "positional-argument");
        assertDiagnostics("Get-TestUser -All:$true -Top 5");
        assertDiagnostics("Get-TestUser -Filter $true");
    }

    @Test
    void aParameterWithoutItsValueIsAMissingArgumentInPowerShellsWords() {
        ScriptDiagnostic d = assertDiagnostics("Get-TestUser <[-Filter]>", "missing-argument").get(0);
        assertEquals("Missing an argument for parameter 'Filter'. Specify a parameter of type 'System.String' and try"
                + " again.", d.message());
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(List.of(), d.suggestions()); // no fix: the value is the author's to write
        // followed by another parameter; an abbreviation names the parameter in full
        d = assertDiagnostics("Get-TestUser <[-Filt]> -All", "missing-argument").get(0);
        assertTrue(d.message().startsWith("Missing an argument for parameter 'Filter'."), d.message());
        assertDiagnostics("Get-TestUser <[-Top]> -All\nGet-TestUser -Filter x <[-Top]>:", "missing-argument",
                "missing-argument");
        assertDiagnostics("Get-TestUser <[-Top]> | Get-TestUser -All", "missing-argument");
    }

    @Test
    void noMissingArgumentForASwitchANegativeNumberAColonValueOrASplat() {
        assertDiagnostics("Get-TestUser -Filter x -All");
        assertDiagnostics("Get-TestUser -All");
        assertDiagnostics("Get-TestUser -Top -1");
        assertDiagnostics("Get-TestUser -Top -1.5 -All");
        assertDiagnostics("Get-TestUser -Top:$value -Filter:'x'");
        assertDiagnostics("Get-TestUser -Filter @params");
        assertDiagnostics("Get-TestUser @params -Filter x");
        assertDiagnostics("Get-TestUser -Filter:@params");
        assertDiagnostics("Get-TestUser -Filter: -All"); // PowerShell passes "-All" as -Filter's value
        assertDiagnostics("& $cmd -Filter");
    }

    @Test
    void positionalArgumentsAreLeftAloneWhenANameFoundNoParameterOrASplatHidesSome() {
        assertDiagnostics("Get-TestUser <[-Filtr]> x", "unknown-parameter");
        assertDiagnostics("Set-TestThing id n <[-Displa]> x", "ambiguous-parameter");
        assertDiagnostics("Get-TestUser @rest x");
    }

    @Test
    void aParameterTheSyntaxShowsAsPositionalTakesAnArgumentEvenWhenItsEntrySaysNamed() {
        // Find-EntraPermission's page: SYNTAX [-SearchString] <String>, entry "Position: Named"
        assertDiagnostics("Add-TestMember g m");
        assertDiagnostics("Add-TestMember g m <[x]>", "positional-argument");
    }

    @Test
    void pipedInputSatisfiesMandatoryPipelineParameters() {
        assertDiagnostics("Get-Things | Set-TestThing -Name n");
    }
}
