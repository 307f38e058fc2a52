package dev.entrals.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad input never throws and never loses text. */
class RobustnessTest {

    private static final String[] FRAGMENTS = {
        "Get-EntraUser", " -Top", " 3", " -Filter:", "'a''b'", "\"x $(Get-X -Y 1) `\"", "@'\n", "'@", "@\"\n", "\"@",
        "$env:PATH", "${a b}", "@params", "@{", "@(", "$(", "{", "}", "(", ")", "[", "]", "[string[]]", "|", "||", "&&",
        "&", ". ", ";", ",", "\n", "\r\n", "\r", "`\n", "`", "#c\n", "<#", "#>", "-eq", "\u2013And", "3kb", "0x1F", "1..2",
        "function f", "param(", "foreach ($a in $b)", "if", "else", "switch", "class C", "enum E", "2>&1", ">", "::",
        "\u201c", "\u2019", "\u0000", "\uD83D", "\uDE00", " ", "\t", "=", "+=", "!", "%", "?", ":", "--%", "'", "\"",
    };

    @Test
    void randomBytesNeverThrowAndStayLossless() {
        Random r = new Random(20261127L);
        for (int i = 0; i < 2000; i++) {
            byte[] bytes = new byte[r.nextInt(200)];
            r.nextBytes(bytes);
            Scripts.parse(new String(bytes, StandardCharsets.UTF_8));
            Scripts.parse(new String(bytes, StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void randomFragmentScriptsNeverThrowAndStayLossless() {
        Random r = new Random(42L);
        for (int i = 0; i < 3000; i++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(40);
            for (int k = 0; k < n; k++) {
                b.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
            }
            ScriptDocument doc = Scripts.parse(b.toString());
            for (CommandInvocation c : doc.commands()) {
                assertTrue(c.start() <= c.end() && c.end() <= b.length(), "invocation inside the text: " + c);
            }
            for (int o = 0; o <= b.length(); o += 7) {
                doc.commandAt(o);
                doc.innermostTokenAt(o);
            }
        }
    }

    @Test
    void aFiveMegabyteLineParses() {
        StringBuilder b = new StringBuilder(5_000_000);
        int n = 0;
        while (b.length() < 5_000_000) {
            b.append("Get-EntraUser -Top 3 -Filter 'x' ; $a = 1 + 2 ; ");
            n++;
        }
        ScriptDocument doc = Scripts.parse(b.toString());
        assertEquals(n, doc.commands().size());
        String word = "a".repeat(5_000_000);
        assertEquals(1, Scripts.parse(word).commands().size());
    }

    @Test
    void hundredThousandNestedBracketsDoNotOverflowTheStack() {
        int n = 100_000;
        Scripts.parse("(".repeat(n) + ")".repeat(n));
        Scripts.parse("{".repeat(n) + "Get-X" + "}".repeat(n));
        Scripts.parse("@{a=".repeat(n));
        Scripts.parse("[".repeat(n) + "]".repeat(n));
        Scripts.parse("$(".repeat(n));
        ScriptDocument strings = Scripts.parse("\"$(".repeat(n));
        assertTrue(strings.tokens().size() >= 1);
        ScriptDocument mixed = Scripts.parse("Get-A (".repeat(n) + "Get-B" + ")".repeat(n));
        assertEquals(n + 1, mixed.commands().size());
    }

    @Test
    void publicParseNeverThrowsEvenOnNull() {
        assertEquals("", ScriptDocument.parse(null).text());
        assertTrue(ScriptDocument.parse("").tokens().isEmpty());
    }
}
