package dev.entrals.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.entrals.script.ScriptDocument;
import dev.entrals.testing.HostileInputs;

/**
 * Issue 11's hostile scripts, in process: what the analysis keeps stays bounded by the limits it states, huge
 * commands and files get one {@code too-large} finding, and ordinary input keeps its findings.
 */
class HostileScriptAnalysisTest {

    private final ScriptAnalyzer analyzer = new ScriptAnalyzer(TestDocs.index(), MigrationTable.bundled());

    @Test
    void nestedUnclosedCallsKeepNoCopyOfTheScriptPerCommand() {
        String text = HostileInputs.unclosedParens(); // each of the 30,000 commands spans the rest of the script
        ScriptDocument doc = ScriptDocument.parse(text);
        assertEquals(30_000, doc.commands().size());
        analyzer.analyze(doc);
        long[] kept = analyzer.findings().size();
        // before: every command's text was copied into its key, 30,000 copies of ~360 K chars (10 GB: out of memory)
        assertTrue(kept[1] <= CommandFindings.KEPT_CHARS, "kept chars " + kept[1]);
        assertTrue(kept[1] < text.length(), "kept chars " + kept[1] + " for a script of " + text.length());
        // one syntax error (the unclosed parentheses all end at the same place), and nothing else to report
        assertEquals(List.of("syntax-error"), analyzer.analyze(doc).stream().map(d -> d.code()).distinct().toList(),
                "and a second run agrees");
    }

    @Test
    void keptFindingsStopGrowingAtTheirCharacterBound() {
        // 3,000 distinct commands of ~2,000 chars: 6 M chars of keys if all were kept
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            b.append("Get-TestUser -Filter '").append(i).append("x".repeat(2_000)).append("'\n");
        }
        analyzer.analyze(ScriptDocument.parse(b.toString()));
        long[] kept = analyzer.findings().size();
        assertTrue(kept[1] <= CommandFindings.KEPT_CHARS + CommandFindings.LONGEST_KEPT, "kept chars " + kept[1]);
        assertTrue(kept[0] < 3_000, "kept commands " + kept[0]);
    }

    @Test
    void aCommandWithTooManyElementsGetsOneTooLargeFinding() {
        List<ScriptDiagnostic> found = analyzer.analyze(ScriptDocument.parse(command(1_001))); // 1,001 parameters, each with its value
        assertEquals(1, found.size(), found.toString());
        ScriptDiagnostic d = found.get(0);
        assertEquals(Rule.TOO_LARGE, d.rule());
        assertEquals("too-large", d.code());
        assertEquals(0, d.start());
        assertEquals("Get-TestUser".length(), d.end());
        assertEquals("This command is too large to analyse: 1,001 parameters and arguments (limit 1,000); its"
                + " parameters are not checked", d.message());
    }

    @Test
    void aCommandAtTheLimitIsStillChecked() {
        List<ScriptDiagnostic> found = analyzer.analyze(ScriptDocument.parse(command(1_000)));
        assertEquals(1_000, found.stream().filter(d -> d.rule() == Rule.UNKNOWN_PARAMETER).count());
        assertTrue(found.stream().noneMatch(d -> d.rule() == Rule.TOO_LARGE));
    }

    @Test
    void manySwitchValuesAreEachReported() {
        // -All $true pairs: the switch-value check looked at every element for every $true (quadratic)
        String text = "Get-TestUser" + " -All $true".repeat(400);
        List<ScriptDiagnostic> found = analyzer.analyze(ScriptDocument.parse(text));
        assertEquals(400, found.stream().filter(d -> d.rule() == Rule.SWITCH_VALUE).count());
        assertEquals(399, found.stream().filter(d -> d.rule() == Rule.DUPLICATE_PARAMETER).count());
    }

    @Test
    void aFileOverTheLimitIsTooLargeToAnalyse() {
        assertTrue(ScriptAnalyzer.tooLarge("x".repeat(ScriptAnalyzer.MAX_CHARS)).isEmpty());
        String over = "Get-TestUser -UserId x\r".repeat(ScriptAnalyzer.MAX_CHARS / 23 + 1);
        ScriptDiagnostic d = ScriptAnalyzer.tooLarge(over).orElseThrow();
        assertEquals(Rule.TOO_LARGE, d.rule());
        assertEquals(0, d.start());
        assertEquals(0, d.end());
        assertEquals(String.format(java.util.Locale.ROOT, "This file is too large to analyse: %,d chars in %,d lines"
                + " (limit 4,000,000 chars); no Entra diagnostics for it", over.length(),
                ScriptAnalyzer.MAX_CHARS / 23 + 2), d.message());
    }

    /** {@code Get-TestUser -P1 v -P2 v …} with {@code n} unknown parameters, each with a value. */
    private static String command(int n) {
        StringBuilder b = new StringBuilder("Get-TestUser");
        for (int i = 1; i <= n; i++) {
            b.append(" -P").append(i).append(" v");
        }
        return b.toString();
    }
}
