package dev.entrals.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.lsp4j.Position;
import org.junit.jupiter.api.Test;

import dev.entrals.analysis.ScriptAnalyzer;
import dev.entrals.commons.PositionEncoding;
import dev.entrals.commons.TextDocument;
import dev.entrals.script.CommandInvocation;
import dev.entrals.testing.HostileInputs;

/** The window requests parse on large documents: bounded in lines and in chars; too-large documents never parse whole. */
class ScriptViewWindowTest {

    private static TextDocument doc(String text) {
        return new TextDocument("file:///w.ps1", "powershell", 1, text, PositionEncoding.UTF16);
    }

    @Test
    void aTenMegabyteLineGetsAWindowOfAtMostEightyKiloCharsAroundTheCursor() {
        TextDocument d = doc(HostileInputs.longLineOfParameters());
        Position at = new Position(0, 5_000_000);
        ScriptView v = ScriptView.around(d, at);
        assertTrue(v.script().text().length() <= ScriptView.WINDOW_CHARS_BEFORE + ScriptView.WINDOW_CHARS_AFTER,
                "window of " + v.script().text().length() + " chars");
        assertEquals(5_000_000 - ScriptView.WINDOW_CHARS_BEFORE, v.base());
        assertEquals(ScriptView.WINDOW_CHARS_BEFORE, v.offset(at), "the cursor maps into the window");
        assertEquals(at, v.position(v.offset(at)));
    }

    @Test
    void ordinaryLinesStillGetTheirWindowOfLines() {
        String line = "Get-EntraUser -UserId 'someone@contoso.com' -Property DisplayName\n";
        TextDocument d = doc(line.repeat(20_000)); // 1.3 M chars, past LARGE
        ScriptView v = ScriptView.around(d, new Position(10_000, 4));
        assertEquals(d.lineIndex().lineStart(10_000 - 400), v.base());
        assertEquals(501, v.script().commands().size(), "400 lines before, the cursor's, 100 after");
        CommandInvocation c = v.script().commandAt(v.offset(new Position(10_000, 4))).orElseThrow().command();
        assertEquals("Get-EntraUser", c.name());
    }

    @Test
    void aDocumentTooLargeToAnalyseIsNeverParsedWhole() {
        TextDocument d = doc("Get-EntraUser -UserId x\r".repeat(ScriptAnalyzer.MAX_CHARS / 24 + 1));
        assertEquals("", ScriptView.parsed(d).text());
        assertEquals(0, ScriptView.of(d).script().commands().size());
        ScriptView v = ScriptView.around(d, new Position(100_000, 3));
        assertTrue(v.script().text().length() < 20_000, "a window, even after the empty parse was cached");
        assertEquals("Get-EntraUser", v.script().commandAt(v.offset(new Position(100_000, 3))).orElseThrow()
                .command().name());
    }
}
