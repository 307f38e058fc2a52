package dev.entrals.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.entrals.testing.Corpus;

/**
 * Recovery after a syntax error: an unclosed {@code (}, {@code @{} or {@code [} inserted at the end of a command's
 * line in 20 real scripts of the Entra module must keep at least 95% of the commands after it (same name, same
 * place), and give at least one syntax error.
 */
class SyntaxRecoveryTest {

    private static final List<String> OPENERS = List.of(" (", " @{", "[");

    @Test
    void anUnclosedBracketKeepsTheCommandsAfterIt() throws IOException {
        Path root = Corpus.require("entra-module");
        List<Path> scripts = new ArrayList<>();
        for (Path p : SyntaxErrorTest.ps1(root)) {
            if (Scripts.parse(Files.readString(p, StandardCharsets.UTF_8)).commands().size() >= 12) {
                scripts.add(p);
            }
        }
        assertTrue(scripts.size() >= 20, "scripts with 12 or more commands: " + scripts.size());
        int step = scripts.size() / 20;
        long after = 0;
        long kept = 0;
        List<String> report = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Path p = scripts.get(i * step);
            String text = Files.readString(p, StandardCharsets.UTF_8);
            ScriptDocument doc = Scripts.parse(text);
            List<CommandInvocation> cmds = doc.commands();
            int at = lineEnd(text, cmds.get(cmds.size() / 3).end()); // a third into the script
            for (String opener : OPENERS) {
                String broken = text.substring(0, at) + opener + text.substring(at);
                ScriptDocument b = Scripts.parse(broken);
                assertFalse(b.syntaxErrors().isEmpty() && !opener.equals("["), p + " with '" + opener + "': no error");
                Set<String> found = new HashSet<>();
                for (CommandInvocation c : b.commands()) {
                    found.add(c.nameStart() + ":" + c.name());
                }
                int n = 0;
                int k = 0;
                for (CommandInvocation c : cmds) {
                    if (c.start() > at) {
                        n++;
                        k += found.contains((c.nameStart() + opener.length()) + ":" + c.name()) ? 1 : 0;
                    }
                }
                after += n;
                kept += k;
                report.add(String.format(Locale.ROOT, "%s '%s' %d/%d", root.relativize(p), opener.strip(), k, n));
            }
        }
        double share = after == 0 ? 1 : (double) kept / after;
        System.out.printf(Locale.ROOT, "syntax recovery: %d of %d commands after the inserted bracket kept (%.1f%%)%n",
                kept, after, 100 * share);
        assertTrue(after > 200, "commands after the insertion points: " + after);
        assertTrue(share >= 0.95, String.format(Locale.ROOT, "%.1f%% kept: %s", 100 * share, report));
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    @Test
    void aHashtableLeftOpenEndsAtTheNextKeyWithoutEquals() {
        ScriptDocument doc = Scripts.parse("$body = @{\nGet-EntraUser -Top 1\nGet-EntraGroup -All\n");
        assertEquals(List.of(new SyntaxError(14, 14, "Missing '=' operator after key in hash literal.")),
                doc.syntaxErrors());
        assertEquals(List.of("Get-EntraUser", "Get-EntraGroup"), doc.commands().stream().map(CommandInvocation::name)
                .toList());
        assertEquals(List.of("Top"), doc.commands().get(0).parameters().stream().map(CommandParameter::name).toList());
    }
}
