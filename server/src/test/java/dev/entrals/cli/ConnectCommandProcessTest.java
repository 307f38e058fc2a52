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

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code entra-ls connect} in a child JVM for each way to sign in, against the local stand-in registered as the
 * environment {@code StandIn} in the child's home.
 */
class ConnectCommandProcessTest {

    private static final String CERT_APP_ID = "66667777-aaaa-8888-bbbb-9999cccc0000";

    @TempDir
    Path home;

    @TempDir
    Path work;

    SessionTestKit kit;
    CliProcess cli;

    @BeforeEach
    void setUp() throws Exception {
        EntraStandIn standIn = EntraStandIn.shared();
        kit = new SessionTestKit(work.resolve("kit"));
        new SessionService(new SessionPaths(home, home)).addEnvironment(SessionTestKit.ENVIRONMENT,
                kit.standInUrl(), "https://graph.microsoft.com");
        Files.createDirectories(work.resolve("logs"));
        cli = new CliProcess(standIn, home, work.resolve("logs"));
    }

    @AfterEach
    void nothingLeftTheMachine() {
        assertEquals(List.of(), SessionTestKit.blockedRequests());
    }

    @Test
    void interactiveSignInOpensTheBrowserNamedByTheBrowserVariable() throws Exception {
        Path opened = work.resolve("opened.txt");
        Path browser = work.resolve("browser.sh");
        Files.writeString(browser, "#!/bin/sh\nprintf '%s' \"$1\" > '" + opened + ".part' && mv '" + opened
                + ".part' '" + opened + "'\n");
        Files.setPosixFilePermissions(browser, PosixFilePermissions.fromString("rwx------"));
        // a list: the first entry does not exist, so the second is tried
        cli.env("BROWSER", work.resolve("no-such-browser") + ":" + browser);

        Running running = cli.start("connect", "--environment", SessionTestKit.ENVIRONMENT, "--tenant-id",
                SessionTestKit.TENANT_NAME);
        URI authorize = URI.create(awaitFile(opened, running));
        String reply = kit.signInWithBrowser(authorize).get();
        Run run = running.finish();

        assertEquals(0, run.exit(), run.err());
        assertTrue(reply.contains("Authentication complete"), reply);
        assertTrue(authorize.toString().startsWith(kit.standInUrl() + "/" + SessionTestKit.TENANT_NAME
                + "/oauth2/v2.0/authorize?"), authorize.toString());
        assertTrue(authorize.getRawQuery().matches(".*redirect_uri=http%3A%2F%2F127\\.0\\.0\\.1%3A\\d+.*"),
                authorize.getRawQuery());
        assertEquals("Delegated", field(run.out(), "AuthType"));
        assertEquals("InteractiveBrowser", field(run.out(), "TokenCredentialType"));
        assertEquals(SessionTestKit.USER, field(run.out(), "Account"));
        assertEquals("CurrentUser", field(run.out(), "ContextScope"));
        assertTrue(run.err().lines().anyMatch(l -> l.equals("  " + authorize)), run.err());
    }

    @Test
    void redirectUriThatIsNotLoopbackHttpIsAUsageError() throws Exception {
        Run run = cli.run("connect", "--environment", SessionTestKit.ENVIRONMENT, "--redirect-uri",
                "https://app.contoso.test/callback");
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertEquals("The redirect URI 'https://app.contoso.test/callback' is not an http loopback address: use "
                + "http://127.0.0.1 or http://localhost (a port and a path are allowed), as registered for the app.",
                run.err().strip());
        assertEquals(0, kit.requests("authorize"), "no sign-in was started");
    }

    @Test
    void deviceCodeGoesToStderrAndOnlyTheContextToStdout() throws Exception {
        Running running = cli.start("connect", "--use-device-code", "--environment", SessionTestKit.ENVIRONMENT,
                "--tenant-id", SessionTestKit.TENANT_NAME, "--client-id", SessionTestKit.PUBLIC_APP_ID,
                "--scopes", "User.Read,Group.Read.All");
        Pattern prompt = Pattern.compile("open the page (\\S+) and enter the code (\\S+) to authenticate");
        Matcher m = prompt.matcher(running.awaitErr(e -> prompt.matcher(e).find()));
        assertTrue(m.find());
        kit.approveDeviceCode(m.group(2));
        Run run = running.finish();

        assertEquals(0, run.exit(), run.err());
        assertEquals(kit.standInUrl() + "/devicelogin", m.group(1));
        assertEquals("DeviceCode", field(run.out(), "TokenCredentialType"));
        assertEquals("Delegated", field(run.out(), "AuthType"));
        assertEquals(SessionTestKit.PUBLIC_APP_ID, field(run.out(), "ClientId"));
        assertEquals("{User.Read, Group.Read.All}", field(run.out(), "Scopes"));
        assertEquals("CurrentUser", field(run.out(), "ContextScope"));
        assertEquals(15, run.out().lines().count(), "stdout holds the context and nothing else:\n" + run.out());
        assertTrue(run.out().lines().allMatch(l -> l.matches("[A-Za-z]+ +:( .*)?")), run.out());
        assertTrue(!run.out().contains(m.group(2)), "the code is not on stdout");
    }

    @Test
    void pkcs12CertificateWithPasswordFromTheEnvironmentSignsIn() throws Exception {
        Path p12 = kit.registerCertificateApp(CERT_APP_ID, work, "app", "CN=entra-ls-cli-app, O=Contoso",
                "Contoso Cert CLI");
        Run run = cli.env("CERT_PASSWORD", SessionTestKit.CERTIFICATE_PASSWORD).run("connect", "--environment",
                SessionTestKit.ENVIRONMENT, "--tenant-id", SessionTestKit.TENANT_ID, "--client-id", CERT_APP_ID,
                "--certificate-path", p12.toString(), "--certificate-password-env", "CERT_PASSWORD");

        assertEquals(0, run.exit(), run.err());
        assertEquals("AppOnly", field(run.out(), "AuthType"));
        assertEquals("ClientCertificate", field(run.out(), "TokenCredentialType"));
        assertEquals(thumbprint(p12), field(run.out(), "CertificateThumbprint"));
        assertEquals("CN=entra-ls-cli-app, O=Contoso", field(run.out(), "CertificateSubjectName"));
        assertEquals("Contoso Cert CLI", field(run.out(), "AppName"));
        assertEquals("Process", field(run.out(), "ContextScope"));
        assertTrue(run.out().lines().anyMatch(l -> l.equals("Certificate            :")), run.out());
        assertTrue(!run.out().contains(SessionTestKit.CERTIFICATE_PASSWORD)
                && !run.err().contains(SessionTestKit.CERTIFICATE_PASSWORD));
    }

    @Test
    void pemCertificateSignsInWithoutAPassword() throws Exception {
        Path p12 = kit.registerCertificateApp(CERT_APP_ID, work, "app", "CN=entra-ls-cli-pem", "Contoso Cert CLI");
        Path pem = SessionTestKit.pem(p12, work.resolve("app.pem"));
        Run run = cli.run("connect", "--environment", SessionTestKit.ENVIRONMENT, "--tenant-id",
                SessionTestKit.TENANT_ID, "--client-id", CERT_APP_ID, "--certificate-path", pem.toString());

        assertEquals(0, run.exit(), run.err());
        assertEquals("ClientCertificate", field(run.out(), "TokenCredentialType"));
        assertEquals(thumbprint(p12), field(run.out(), "CertificateThumbprint"));
        assertEquals("CN=entra-ls-cli-pem", field(run.out(), "CertificateSubjectName"));
    }

    @Test
    void systemAssignedManagedIdentitySignsInFromTheAppServiceEnvironment() throws Exception {
        Run run = managedIdentity().run("connect", "--identity", "--environment", SessionTestKit.ENVIRONMENT);

        assertEquals(0, run.exit(), run.err());
        assertEquals("ManagedIdentity", field(run.out(), "AuthType"));
        assertEquals("ManagedIdentity", field(run.out(), "TokenCredentialType"));
        assertEquals("system-assigned-app-id", field(run.out(), "ClientId"));
        assertEquals("", field(run.out(), "ManagedIdentityId"));
        assertEquals(SessionTestKit.TENANT_ID, field(run.out(), "TenantId"));
        assertEquals("Process", field(run.out(), "ContextScope"));
        assertEquals(1, kit.requests("token"), "one request to the managed-identity endpoint");
    }

    @Test
    void userAssignedManagedIdentityIsChosenWithClientId() throws Exception {
        Run run = managedIdentity().run("connect", "--identity", "--client-id", "mi-client-42", "--environment",
                SessionTestKit.ENVIRONMENT);

        assertEquals(0, run.exit(), run.err());
        assertEquals("ManagedIdentity", field(run.out(), "TokenCredentialType"));
        assertEquals("mi-client-42", field(run.out(), "ManagedIdentityId"));
        assertEquals("mi-client-42", field(run.out(), "ClientId"));
    }

    @Test
    void accessTokenFromTheEnvironmentIsUsedAsIsInProcessScope() throws Exception {
        String token = SessionTestKit.accessToken("tid", SessionTestKit.TENANT_ID, "appid", "app-77", "scp",
                "User.Read Mail.Read", "upn", SessionTestKit.USER, "exp", Instant.now().getEpochSecond() + 600);
        Run run = cli.env("MY_TOKEN", token).run("connect", "--access-token-env", "MY_TOKEN", "--context-scope",
                "CurrentUser");

        assertEquals(0, run.exit(), run.err());
        assertEquals("UserProvidedAccessToken", field(run.out(), "AuthType"));
        assertEquals("UserProvidedAccessToken", field(run.out(), "TokenCredentialType"));
        assertEquals("Process", field(run.out(), "ContextScope"));
        assertEquals("app-77", field(run.out(), "ClientId"));
        assertEquals(SessionTestKit.USER, field(run.out(), "Account"));
        assertEquals("{User.Read, Mail.Read}", field(run.out(), "Scopes"));
        assertTrue(!run.out().contains(token) && !run.err().contains(token), "the token is never printed");
        assertEquals(0, kit.requests("token"), "an access token needs no request");
        assertTrue(!Files.exists(kit.paths().contextFile()) && !Files.exists(home.resolve("context.json")),
                "a Process session is not persisted");
    }

    @Test
    void secretsOnTheCommandLineAreRefusedWithoutEchoingThem() throws Exception {
        String value = "-Sup3r~Secret.value";
        for (String[] c : List.of(new String[] {"--client-secret", "client secret"},
                new String[] {"--access-token", "access token"},
                new String[] {"--certificate-password", "certificate password"})) {
            for (List<String> given : List.of(List.of(c[0], value), List.of(c[0] + "=" + value))) {
                List<String> args = new java.util.ArrayList<>(List.of("connect", "--tenant-id", "t", "--client-id",
                        "x"));
                args.addAll(given);
                Run run = cli.run(args.toArray(String[]::new));
                assertEquals(2, run.exit(), run.err());
                assertEquals("", run.out());
                String first = run.err().lines().findFirst().orElse("");
                assertTrue(first.contains(" " + c[1] + " is not accepted on the command line")
                        && first.endsWith("give that variable's name with " + c[0] + "-env NAME."), first);
                assertTrue(!run.err().contains("Sup3r"), "the secret is not echoed:\n" + run.err());
            }
        }
    }

    @Test
    void mistypedSecretOptionIsNamedButItsValueIsNotEchoed() throws Exception {
        Run run = cli.run("connect", "--client-secrt", "Sup3r~Secret.value", "--tenant-id", "t");
        assertEquals(2, run.exit());
        assertEquals("Unknown option: --client-secrt (the arguments after it are not shown: they may hold a "
                + "secret).", run.err().lines().findFirst().orElse(""));
        assertTrue(!run.err().contains("Sup3r"), run.err());
    }

    private CliProcess managedIdentity() {
        return cli.env("IDENTITY_ENDPOINT", kit.managedIdentityEndpoint())
                .env("IDENTITY_HEADER", SessionTestKit.MANAGED_IDENTITY_HEADER);
    }

    private static String thumbprint(Path p12) throws Exception {
        return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1")
                .digest(SessionTestKit.certificate(p12).getEncoded()));
    }

    /** The value of one {@code Name : Value} line of the context list. */
    static String field(String list, String name) {
        return list.lines().filter(l -> l.startsWith(name + " ")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in:\n" + list));
    }

    private static String awaitFile(Path file, Running running) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (!Files.exists(file)) {
            if (Instant.now().isAfter(end) || !running.process().isAlive()) {
                running.process().destroyForcibly();
                throw new AssertionError("the browser was not started:\n" + Files.readString(running.err()));
            }
            Thread.sleep(50);
        }
        return Files.readString(file);
    }
}
