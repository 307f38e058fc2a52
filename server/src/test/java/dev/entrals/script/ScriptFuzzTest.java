package dev.entrals.script;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz test of the parser. In the normal test run it replays the seed inputs under
 * {@code src/test/resources/dev/entrals/script/ScriptFuzzTestInputs/} (a short deterministic run); run with
 * {@code JAZZER_FUZZ=1} to fuzz.
 */
class ScriptFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void parseNeverThrowsAndTokensCoverTheText(FuzzedDataProvider data) {
        int cursor = data.consumeInt(0, 10_000);
        String text = data.consumeRemainingAsString();
        ScriptDocument doc = Scripts.parse(text); // checks lossless and contiguous token ranges
        for (CommandInvocation c : doc.commands()) {
            assertTrue(c.start() <= c.end() && c.end() <= text.length());
        }
        doc.commandAt(Math.min(cursor, text.length()));
        doc.innermostTokenAt(cursor);
    }
}
