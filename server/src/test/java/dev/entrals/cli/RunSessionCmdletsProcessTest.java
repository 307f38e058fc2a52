package dev.entrals.cli;

import dev.entrals.cli.CliProcess.Run;
import dev.entrals.cli.CliProcess.Running;
import dev.entrals.session.EntraStandIn;
import dev.entrals.session.SessionPaths;
import dev.entrals.session.SessionService;
import dev.entrals.session.SessionTestKit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code entra-ls run 'Connect-Entra …'} and {@code run 'Disconnect-Entra'} in a child JVM against the identity
 * stand-in (the environment {@code StandIn} of the child's home): they sign in and out as {@code entra-ls connect} and
 * {@code disconnect} do, print the context as {@code Get-EntraContext} shows it, save a CurrentUser session and not a
 * Process one, and exit 0, 1 (a sign-in fault) or 2 (usage).
 */
class RunSessionCmdletsProcessTest {

    @TempDir
    Path home;

    @TempDir
    Path work;

    SessionTestKit kit;
    EntraStandIn standIn;

    @BeforeEach
    void setUp() throws Exception {
        standIn = EntraStandIn.shared();
        kit = new SessionTestKit(work.resolve("kit"));
        for (Path h : List.of(home, work.resolve("home2"))) {
            new SessionService(new SessionPaths(h, h)).addEnvironment(SessionTestKit.ENVIRONMENT, kit.standInUrl(),
                    "https://graph.microsoft.com");
        }
        Files.createDirectories(work.resolve("logs"));
    }

    @AfterEach
    void nothingLeftTheMachine() {
        assertEquals(List.of(), SessionTestKit.blockedRequests());
    }

    private CliProcess cli(Path in) {
        return new CliProcess(standIn, in, work.resolve("logs")).env("AZURE_CLIENT_ID", SessionTestKit.APP_ID)
                .env("AZURE_TENANT_ID", SessionTestKit.TENANT_NAME).env("AZURE_CLIENT_SECRET", SessionTestKit.SECRET);
    }

    private Run run(String line) throws Exception {
        return cli(home).run("run", line);
    }

    @Test
    void aDeviceCodeConnectSignsInOnStderrAndDisconnectReturnsTheContextItSignedOutOf() throws Exception {
        Run none = run("Get-EntraContext");
        assertEquals(0, none.exit(), none.err());
        assertEquals("", none.out(), "without a session Get-EntraContext returns nothing, as the module's");

        Running running = cli(home).start("run", "Connect-Entra -UseDeviceCode -Environment " + SessionTestKit.ENVIRONMENT
                + " -TenantId " + SessionTestKit.TENANT_NAME + " -ClientId " + SessionTestKit.PUBLIC_APP_ID
                + " -Scopes User.Read, Group.Read.All");
        Pattern prompt = Pattern.compile("open the page (\\S+) and enter the code (\\S+) to authenticate");
        Matcher m = prompt.matcher(running.awaitErr(e -> prompt.matcher(e).find()));
        assertTrue(m.find());
        kit.approveDeviceCode(m.group(2));
        Run connect = running.finish();
        assertEquals(0, connect.exit(), connect.err());
        assertEquals("DeviceCode", field(connect.out(), "TokenCredentialType"));
        assertEquals(SessionTestKit.PUBLIC_APP_ID, field(connect.out(), "ClientId"));
        assertEquals("{User.Read, Group.Read.All}", field(connect.out(), "Scopes"));
        assertEquals("CurrentUser", field(connect.out(), "ContextScope"), "a delegated flow saves, as connect does");
        assertEquals(SessionTestKit.ENVIRONMENT, field(connect.out(), "Environment"));
        assertEquals(15, connect.out().lines().count(), "stdout holds the context as a list:\n" + connect.out());
        assertFalse(connect.out().contains(m.group(2)), "the code is not on stdout");

        Run saved = cli(home).run("context");
        assertEquals(0, saved.exit(), saved.err());
        assertEquals(connect.out(), saved.out());
        assertEquals(connect.out(), run("Get-EntraContext").out());

        Run whatIf = run("Disconnect-Entra -WhatIf");
        assertEquals(0, whatIf.exit(), whatIf.err());
        assertEquals("What if: Performing the operation \"Sign out\" on target \"" + SessionTestKit.USER + " ("
                + SessionTestKit.TENANT_ID + ")\".\nNothing was signed out.\n", whatIf.out());
        assertEquals(0, cli(home).run("context").exit(), "-WhatIf signed nothing out");

        Run disconnect = run("Disconnect-Entra");
        assertEquals(0, disconnect.exit(), disconnect.err());
        assertEquals(connect.out(), disconnect.out(), "the context signed out of");
        assertEquals(1, cli(home).run("context").exit(), "the session is cleared");
        assertFalse(Files.exists(home.resolve("context.json")));

        Run again = run("Disconnect-Entra");
        assertEquals(1, again.exit());
        assertEquals("", again.out());
        assertEquals("Disconnect-Entra: No application to sign out from.", again.err().strip());
    }

    @Test
    void aCurrentUserConnectSavesWhatEntraLsConnectSavesAndAProcessOneSavesNothing() throws Exception {
        Run process = run("Connect-Entra -EnvironmentVariable -Environment " + SessionTestKit.ENVIRONMENT);
        assertEquals(0, process.exit(), process.err());
        assertEquals("EnvironmentVariable", field(process.out(), "TokenCredentialType"));
        assertEquals("Process", field(process.out(), "ContextScope"));
        assertEquals(1, cli(home).run("context").exit(), "a Process session is not saved");

        Run line = run("Connect-Entra -EnvironmentVariable -Environment " + SessionTestKit.ENVIRONMENT
                + " -ContextScope CurrentUser");
        assertEquals(0, line.exit(), line.err());
        assertEquals("CurrentUser", field(line.out(), "ContextScope"));
        Run saved = cli(home).run("context");
        assertEquals(0, saved.exit(), saved.err());
        assertEquals(line.out(), saved.out());

        Path other = work.resolve("home2");
        Run command = cli(other).run("connect", "--environment-variable", "--environment", SessionTestKit.ENVIRONMENT,
                "--context-scope", "CurrentUser");
        assertEquals(0, command.exit(), command.err());
        assertEquals(command.out(), line.out(), "the line signs in as `entra-ls connect` with the same options");
        assertEquals(cli(other).run("context").out(), saved.out(), "and saves the same context");
        for (Run r : List.of(process, line, saved, command)) {
            assertFalse(r.out().contains(SessionTestKit.SECRET) || r.err().contains(SessionTestKit.SECRET));
        }
    }

    @Test
    void aSignInFaultExitsOneAndUsageExitsTwoWithNothingSent() throws Exception {
        long tokens = standIn.count("token");
        String wrong = "wrong-run-Secret~0123456789abc";
        Run refused = cli(home).env("AZURE_CLIENT_SECRET", wrong).run("run", "Connect-Entra -EnvironmentVariable"
                + " -Environment " + SessionTestKit.ENVIRONMENT);
        assertEquals(1, refused.exit(), refused.err());
        assertEquals("", refused.out());
        assertTrue(refused.err().startsWith("Connect-Entra: "), refused.err());
        assertTrue(refused.err().contains("AADSTS7000215"), refused.err());
        assertFalse(refused.err().contains(wrong), refused.err());
        assertEquals(tokens + 1, standIn.count("token"), "the wrong secret went to the identity provider");

        Run secret = run("Connect-Entra -AccessToken 'eyJ-line-token-42'");
        assertEquals(2, secret.exit(), secret.err());
        assertFalse(secret.out().contains("eyJ-line-token-42") || secret.err().contains("eyJ-line-token-42"));
        assertTrue(secret.err().contains("never used"), secret.err());

        Run asked = run("Connect-Entra -Certificate $cert -ClientId c");
        assertEquals(2, asked.exit(), asked.err());
        assertTrue(asked.err().contains("-Certificate needs an X509Certificate2 object"), asked.err());

        Run sets = run("Connect-Entra -UseDeviceCode -Identity");
        assertEquals(2, sets.exit(), sets.err());

        Run whatIf = run("Connect-Entra -EnvironmentVariable -Environment " + SessionTestKit.ENVIRONMENT + " -WhatIf");
        assertEquals(0, whatIf.exit(), whatIf.err());
        assertTrue(whatIf.out().startsWith("What if: Performing the operation \"Sign in\" on target"
                + " \"EnvironmentVariable; environment " + SessionTestKit.ENVIRONMENT + ";"), whatIf.out());
        assertEquals(tokens + 1, standIn.count("token"), "nothing more was asked of the identity provider");
        assertEquals(1, cli(home).run("context").exit(), "and nothing signed in");
    }

    private static String field(String list, String name) {
        return list.lines().filter(l -> l.startsWith(name + " ")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                .findFirst().orElse(null);
    }
}
