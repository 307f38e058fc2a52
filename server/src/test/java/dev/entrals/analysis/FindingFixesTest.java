package dev.entrals.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.entrals.script.ScriptDocument;
import dev.entrals.testing.Fixture;

/** Which fixes each parameter finding gets, and which are safe (fix-all, {@code check --fix}). */
class FindingFixesTest {

    private static final ScriptAnalyzer ANALYZER = new ScriptAnalyzer(TestDocs.index(), MigrationTable.bundled());

    /** "title safe|unsafe => fixed text" for each fix of the one finding at the fixture's range. */
    private static List<String> fixes(String marked) {
        Fixture f = Fixture.of(marked);
        ScriptDocument script = ScriptDocument.parse(f.text());
        List<ScriptDiagnostic> found = ANALYZER.analyze(script).stream()
                .filter(d -> d.start() == f.ranges().get(0).start()).toList();
        assertEquals(1, found.size(), "one finding at the range: " + found);
        return FindingFixes.of(script, found.get(0), ANALYZER).stream().map(x -> x.title() + " "
                + (x.safe() ? "safe" : "unsafe") + " => " + MigrationFix.apply(f.text(), x.edits())).toList();
    }

    @Test
    void aDuplicateIsSafelyRemovedOnlyWhenItRepeatsTheSameValue() {
        assertEquals(List.of("Remove the second -Top 5 safe => Get-TestUser -Top 5 -All"),
                fixes("Get-TestUser -Top 5 <[-Top]> 5 -All"));
        assertEquals(List.of("Remove the second -To 6 unsafe => Get-TestUser -Top 5"),
                fixes("Get-TestUser -Top 5 <[-To]> 6"));
        // a switch given twice: nothing after it is its value
        assertEquals(List.of("Remove the second -All safe => Get-TestUser -All 'x'"),
                fixes("Get-TestUser -All <[-All]> 'x'"));
    }

    @Test
    void aValueGetsOneFixPerCloseAcceptedValueSafeOnlyWhenThereIsOne() {
        assertEquals(List.of("Replace 'Enabld' with 'Enabled' safe => Set-TestThing x -State \"Enabled\""),
                fixes("Set-TestThing x -State <[\"Enabld\"]>"));
        assertEquals(List.of("Replace 'abled' with 'Disabled' unsafe => Set-TestThing x -State Disabled",
                "Replace 'abled' with 'Enabled' unsafe => Set-TestThing x -State Enabled"),
                fixes("Set-TestThing x -State <[abled]>"));
    }

    @Test
    void namesAreSafeWithOneCandidateAndPlaceholdersNever() {
        assertEquals(List.of("Replace -Filtr with -Filter safe => Get-TestUser -Filter x"),
                fixes("Get-TestUser <[-Filtr]> x"));
        assertEquals(List.of("Replace -Dis with -Display unsafe => Set-TestThing x -Display y",
                "Replace -Dis with -DisplayColor unsafe => Set-TestThing x -DisplayColor y",
                "Replace -Dis with -DisplayName unsafe => Set-TestThing x -DisplayName y"),
                fixes("Set-TestThing x <[-Dis]> y"));
        assertEquals(List.of("Add -Id unsafe => Set-TestThing -Name n -Id "), fixes("<[Set-TestThing]> -Name n"));
        assertEquals(List.of(), fixes("Get-TestUser <[-Filter]>"));
    }

    @Test
    void missingMandatoryParametersAlsoComeAsASnippetWithATabStopPerValue() {
        String text = "Set-TestThing -Name n";
        ScriptDocument script = ScriptDocument.parse(text);
        ScriptDiagnostic d = ANALYZER.analyze(script).stream().filter(x -> x.rule() == Rule.MISSING_MANDATORY)
                .findFirst().orElseThrow();
        assertEquals(List.of(" -Id $1"), FindingFixes.of(script, d, ANALYZER).stream().map(FindingFixes.Fix::snippet)
                .toList());
        // the other fixes have no snippet form
        ScriptDocument other = ScriptDocument.parse("Get-TestUser -Filtr x");
        ScriptDiagnostic u = ANALYZER.analyze(other).get(0);
        assertEquals(null, FindingFixes.of(other, u, ANALYZER).get(0).snippet());
    }
}
