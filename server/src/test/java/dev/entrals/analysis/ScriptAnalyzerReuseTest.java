package dev.entrals.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.entrals.docs.HelpIndex;
import dev.entrals.script.ScriptDocument;

/** The per-command reuse of findings between analyses: same results as a fresh analysis, less work. */
class ScriptAnalyzerReuseTest {

    private static final String SCRIPT = "Get-TestUser -Filtr x\n$u = Get-AzureADUser -ObjectId $id\nSet-TestThing x -Disp y\n";

    private static List<String> described(String text, List<ScriptDiagnostic> ds) {
        return ds.stream().map(d -> d.code() + " " + text.substring(d.start(), d.end()) + " " + d.severity()
                + " " + d.message() + " " + d.suggestions()).toList();
    }

    private static List<String> fresh(String text) {
        ScriptAnalyzer a = new ScriptAnalyzer(TestDocs.index(), MigrationTable.bundled());
        return described(text, a.analyze(ScriptDocument.parse(text)));
    }

    @Test
    void editOfOneCommandReanalysesItAndReusesTheOthersMoved() {
        ScriptAnalyzer a = new ScriptAnalyzer(TestDocs.index(), MigrationTable.bundled());
        assertEquals(fresh(SCRIPT), described(SCRIPT, a.analyze(ScriptDocument.parse(SCRIPT))));
        assertEquals(3, a.findings().computed());
        assertEquals(0, a.findings().reused());

        String edited = "# a new first line moves everything\n" + SCRIPT.replace("-Filtr x", "-Fltr x");
        List<String> after = described(edited, a.analyze(ScriptDocument.parse(edited)));

        assertEquals(fresh(edited), after);
        assertTrue(after.get(0).startsWith("unknown-parameter -Fltr "), after.get(0));
        assertEquals(4, a.findings().computed(), "only the edited command is analysed again");
        assertEquals(2, a.findings().reused());
    }

    @Test
    void reusedFindingsFollowTheirCommandToItsNewOffset() {
        ScriptAnalyzer a = new ScriptAnalyzer(TestDocs.index(), MigrationTable.bundled());
        a.analyze(ScriptDocument.parse(SCRIPT));
        String twice = SCRIPT + SCRIPT;
        List<ScriptDiagnostic> ds = a.analyze(ScriptDocument.parse(twice));
        assertEquals(fresh(twice), described(twice, ds));
        assertEquals(6, a.findings().reused(), "both copies are found by their text, wherever they start");
        assertEquals(3, a.findings().computed());
        assertEquals(ds.get(0).start() + SCRIPT.length(), ds.get(ds.size() / 2).start());
    }

    @Test
    void newFunctionDefinitionInvalidatesTheReuse() {
        ScriptAnalyzer a = new ScriptAnalyzer(TestDocs.index(), MigrationTable.bundled());
        a.analyze(ScriptDocument.parse(SCRIPT));
        String shadowed = "function Get-TestUser { }\n" + SCRIPT;
        List<String> after = described(shadowed, a.analyze(ScriptDocument.parse(shadowed)));

        assertEquals(fresh(shadowed), after);
        assertTrue(after.stream().noneMatch(d -> d.contains("-Filtr")), after.toString());
        assertEquals(0, a.findings().reused(), "other script facts start afresh");
    }

    @Test
    void aliasCommandAddedLaterChangesTheKeptRetiredFinding() {
        ScriptAnalyzer a = new ScriptAnalyzer(TestDocs.index(), MigrationTable.bundled());
        a.analyze(ScriptDocument.parse(SCRIPT));
        String aliased = SCRIPT + "Enable-EntraAzureADAlias\n";
        List<String> after = described(aliased, a.analyze(ScriptDocument.parse(aliased)));
        assertEquals(fresh(aliased), after);
        assertTrue(after.stream().anyMatch(d -> d.startsWith("retired-cmdlet Get-AzureADUser INFORMATION")), after.toString());
    }

    @Test
    void pipelineInputIsPartOfWhatIsReused() {
        ScriptAnalyzer a = new ScriptAnalyzer(TestDocs.index(), MigrationTable.bundled());
        String alone = "Get-TestUser -Top 1\n";
        String piped = "$x | Get-TestUser -Top 1\n";
        a.analyze(ScriptDocument.parse(alone));
        assertEquals(fresh(piped), described(piped, a.analyze(ScriptDocument.parse(piped))));
        assertEquals(0, a.findings().reused());
    }

    @Test
    void anAnalyzerOverAnotherIndexDoesNotSeeEarlierFindings() {
        new ScriptAnalyzer(TestDocs.index(), MigrationTable.bundled()).analyze(ScriptDocument.parse(SCRIPT));
        ScriptAnalyzer other = new ScriptAnalyzer(HelpIndex.empty(), MigrationTable.bundled());
        List<String> found = described(SCRIPT, other.analyze(ScriptDocument.parse(SCRIPT)));
        assertEquals(1, found.size(), "only the retired cmdlet; the empty index knows no parameters: " + found);
        assertTrue(found.get(0).startsWith("retired-cmdlet Get-AzureADUser"), found.get(0));
    }
}
