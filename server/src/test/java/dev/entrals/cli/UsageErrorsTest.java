package dev.entrals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * Usage errors of every command name stray options but never echo a stray value: a secret pasted as an extra
 * argument, after a secret-taking option, or as NAME=VALUE is not printed.
 */
class UsageErrorsTest {

    private static final String SECRET = "Sup3r~Secret.value-0123456789";

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String firstLine(Run r) {
        assertEquals(Main.USAGE, r.exit(), r.err());
        assertEquals("", r.out());
        assertFalse(r.err().contains("Sup3r"), "the secret is not echoed:\n" + r.err());
        return r.err().lines().findFirst().orElse("");
    }

    @Test
    void aSecretPastedAsAnExtraArgumentIsNotEchoed() {
        assertEquals("Unexpected argument (not shown: it may hold a secret).", firstLine(run("context", SECRET)));
        assertEquals("2 unexpected arguments (not shown: they may hold a secret).",
                firstLine(run("disconnect", SECRET, "more")));
    }

    @Test
    void aSecretPastedAtTheTopLevelIsNotEchoed() {
        String line = firstLine(run(SECRET));
        assertTrue(line.startsWith("Unexpected argument (not shown: it may hold a secret)."), line);
    }

    @Test
    void aValueAfterASecretTakingOptionIsNotEchoedOnCommandsWithoutIt() {
        assertEquals("Unknown option: --client-secret (the arguments after it are not shown: they may hold a secret).",
                firstLine(run("context", "--client-secret", SECRET)));
        assertEquals("Unknown option: --access-token (the arguments after it are not shown: they may hold a secret).",
                firstLine(run("environment", "list", "--access-token=" + SECRET)));
    }

    @Test
    void aValueThatLooksLikeAnOptionAfterASecretTakingOptionIsNotEchoed() {
        assertEquals("Unknown option: --client-secrt (the arguments after it are not shown: they may hold a secret).",
                firstLine(run("context", "--client-secrt", "-Sup3rSecret")));
    }

    @Test
    void nameEqualsValueArgumentsAreNotEchoed() {
        assertEquals("Unexpected argument (not shown: it may hold a secret).",
                firstLine(run("disconnect", "AZURE_CLIENT_SECRET=" + SECRET)));
        assertEquals("Unknown option: --tenant (the arguments after it are not shown: they may hold a secret).",
                firstLine(run("context", "--tenant", "PASSWORD=" + SECRET)));
    }

    @Test
    void strayOptionNamesAloneStillGetPicoclisMessage() {
        Run r = run("context", "--formt");
        assertEquals(Main.USAGE, r.exit());
        assertEquals(List.of("Unknown option: '--formt'", "Try 'entra-ls context --help' for the options."),
                r.err().lines().toList());
    }

    @Test
    void aMistypedCommandIsNotEchoedButTheSuggestionIsGiven() {
        String line = firstLine(run("conect"));
        assertTrue(line.startsWith("Unexpected argument (not shown: it may hold a secret). Did you mean: connect or "),
                line);
    }
}
