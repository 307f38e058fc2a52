package dev.entrals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entrals.cli.CliProcess.Run;
import dev.entrals.session.EntraContext;
import dev.entrals.session.EntraStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the CLI in a child JVM against the local stand-in, sharing a CurrentUser session between invocations. */
class SessionCommandsProcessTest {

    private static final String APP_ID = "44445555-eeee-6666-ffff-7777aaaa8888";
    private static final String SECRET = "cli-Secret~9876543210zyxwvu";

    @TempDir
    Path home;

    @TempDir
    Path logs;

    private final EntraStandIn standIn = EntraStandIn.shared();

    @Test
    void addConnectContextDisconnectTwice() throws Exception {
        standIn.registerSecretApp(APP_ID, SECRET, "Contoso CLI Automation");

        Run add = run("environment", "add", "--name", "StandIn", "--azure-ad-endpoint", standIn.baseUrl(),
                "--graph-endpoint", "https://graph.microsoft.com");
        assertEquals(0, add.exit(), add.err());
        assertTrue(add.out().contains("StandIn  " + standIn.baseUrl()) || add.out().contains("StandIn " + standIn
                .baseUrl()), add.out());

        Run connect = run("connect", "--environment", "StandIn", "--tenant-id", EntraStandIn.TENANT_NAME,
                "--client-id", APP_ID, "--client-secret-env", "ENTRA_TEST_SECRET", "--context-scope", "CurrentUser");
        assertEquals(0, connect.exit(), connect.err());
        List<String> lines = connect.out().lines().toList();
        assertEquals(15, lines.size(), connect.out());
        assertEquals("ClientId               : " + APP_ID, lines.get(0));
        assertEquals("TenantId               : " + EntraStandIn.TENANT_ID, lines.get(1));
        assertEquals("AuthType               : AppOnly", lines.get(3));
        assertEquals("TokenCredentialType    : ClientSecret", lines.get(4));
        assertEquals("AppName                : Contoso CLI Automation", lines.get(8));
        assertEquals("ContextScope           : CurrentUser", lines.get(9));
        assertEquals("ClientSecret           :", lines.get(13));
        assertEquals("Environment            : StandIn", lines.get(14));

        Run context = run("context");
        assertEquals(0, context.exit(), context.err());
        assertEquals(connect.out(), context.out());
        long tokenRequests = standIn.count("token");

        Run json = run("context", "--json");
        assertEquals(0, json.exit(), json.err());
        JsonNode node = new ObjectMapper().readTree(json.out());
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        assertEquals(EntraContext.FIELD_NAMES, names);
        assertTrue(node.get("Scopes").isArray());
        assertEquals(tokenRequests, standIn.count("token"), "context reuses the saved token");

        Run disconnect = run("disconnect");
        assertEquals(0, disconnect.exit(), disconnect.err());
        assertEquals(connect.out(), disconnect.out());

        Run again = run("disconnect");
        assertEquals(1, again.exit());
        assertEquals("", again.out());
        assertEquals("No application to sign out from.", again.err().strip());

        for (Run r : List.of(add, connect, context, json, disconnect, again)) {
            assertFalse(r.out().contains(SECRET) || r.err().contains(SECRET), "no secret printed");
        }
        assertFalse(diskText().contains(SECRET), "no secret on disk");
        assertFalse(diskText().contains("\"secret\""), "no token left in the data folder");
        assertFalse(Files.exists(home.resolve("context.json")));
    }

    @Test
    void wrongSecretAfterACurrentUserConnectIsRefusedByTheIdentityProvider() throws Exception {
        standIn.registerSecretApp(APP_ID, SECRET, "Contoso CLI Automation");
        assertEquals(0, run("environment", "add", "--name", "StandIn", "--azure-ad-endpoint", standIn.baseUrl(),
                "--graph-endpoint", "https://graph.microsoft.com").exit());
        String[] connect = {"connect", "--environment", "StandIn", "--tenant-id", EntraStandIn.TENANT_NAME,
                "--client-id", APP_ID, "--client-secret-env", "ENTRA_TEST_SECRET", "--context-scope", "CurrentUser"};
        Run right = run(connect);
        assertEquals(0, right.exit(), right.err());
        long tokenRequests = standIn.count("token");

        String wrong = "wrong-cli-Secret~0123456789abc";
        Run refused = new CliProcess(standIn, home, logs).env("ENTRA_TEST_SECRET", wrong).run(connect);
        assertEquals(1, refused.exit(), refused.err());
        assertEquals("", refused.out());
        assertTrue(refused.err().contains("AADSTS7000215"), refused.err());
        assertFalse(refused.err().contains(wrong) || refused.err().contains(SECRET), refused.err());
        assertEquals(tokenRequests + 1, standIn.count("token"), "the wrong secret went to the identity provider");

        Run context = run("context");
        assertEquals(0, context.exit(), context.err());
        assertEquals(right.out(), context.out(), "the previous session stays");
    }

    @Test
    void connectRefusesASecretVariableThatIsNotSet() throws Exception {
        Run r = run("connect", "--tenant-id", "t", "--client-id", "c", "--client-secret-env", "ENTRA_UNSET_VAR_42");
        assertEquals(2, r.exit());
        assertEquals("The environment variable ENTRA_UNSET_VAR_42 is not set.", r.err().strip());
    }

    @Test
    void contextWhenNotConnectedSaysSo() throws Exception {
        Run r = run("context");
        assertEquals(1, r.exit());
        assertEquals("Not connected.", r.err().strip());
    }

    private Run run(String... args) throws IOException, InterruptedException {
        return new CliProcess(standIn, home, logs).env("ENTRA_TEST_SECRET", SECRET).run(args);
    }

    private String diskText() throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> s = Files.walk(home)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                b.append(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            }
        }
        return b.toString();
    }
}
