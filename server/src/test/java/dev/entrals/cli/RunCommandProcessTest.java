package dev.entrals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.entrals.cli.CliProcess.Run;
import dev.entrals.execution.GraphStandInAccess;
import dev.entrals.execution.Planners;
import dev.entrals.session.EntraStandIn;
import dev.entrals.session.SessionTestKit;

/**
 * {@code entra-ls run} in a child JVM with a saved CurrentUser session (client secret against the identity
 * stand-in) whose environment's Graph endpoint is the Graph stand-in; the request table is the test planner.
 */
class RunCommandProcessTest {

    @TempDir
    Path home;
    @TempDir
    Path logs;
    @TempDir
    Path kitHome;

    private GraphStandInAccess graph;
    private CliProcess cli;

    @BeforeEach
    void connect() throws Exception {
        SessionTestKit kit = new SessionTestKit(kitHome);
        graph = GraphStandInAccess.start(kit.serverTls());
        graph.members("/v1.0/groups/g-1/members", 2);
        graph.object("/v1.0/groups/g-1", Map.of("id", "g-1"));
        cli = connected(new CliProcess(EntraStandIn.shared(), home, logs)
                .jvmArg("-D" + Planners.PROPERTY + "=dev.entrals.execution.TestPlanner"), kit, graph);
    }

    /**
     * {@code cli} with the secret's variable, an environment whose Graph endpoint is {@code graph} and a saved
     * CurrentUser session (client secret against the identity stand-in).
     */
    static CliProcess connected(CliProcess cli, SessionTestKit kit, GraphStandInAccess graph) throws Exception {
        CliProcess out = cli.env("ENTRA_TEST_SECRET", SessionTestKit.SECRET);
        // shared() reset the stand-in: register the app again
        EntraStandIn.shared().registerSecretApp(SessionTestKit.APP_ID, SessionTestKit.SECRET, "Contoso Automation");
        Run add = out.run("environment", "add", "--name", "GraphStandIn", "--azure-ad-endpoint", kit.standInUrl(),
                "--graph-endpoint", graph.baseUrl());
        assertEquals(0, add.exit(), add.err());
        Run connect = out.run("connect", "--environment", "GraphStandIn", "--tenant-id", SessionTestKit.TENANT_NAME,
                "--client-id", SessionTestKit.APP_ID, "--client-secret-env", "ENTRA_TEST_SECRET", "--context-scope",
                "CurrentUser");
        assertEquals(0, connect.exit(), connect.err());
        return out;
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    @Test
    void readsPrintATableAndErrorsExitOne() throws Exception {
        Run r = cli.run("run", "Get-EntraUser -Top 3");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(5, lines.size(), r.out());
        assertEquals("Id                                   DisplayName UserPrincipalName Mail", lines.get(0));
        assertTrue(lines.get(2).startsWith("00000000-0000-0000-0000-000000000001 User 1"), r.out());
        assertTrue(r.err().contains("GET " + graph.baseUrl() + "/v1.0/users/?$select="), r.err());
        String token = graph.lastAuthorization().substring("Bearer ".length());
        assertFalse(r.out().contains(token) || r.err().contains(token), "the token is never printed");

        Run json = cli.run("run", "Get-EntraUser -UserId user1@contoso.com", "--format", "json");
        assertEquals(0, json.exit(), json.err());
        assertTrue(json.out().startsWith("{\n  \"id\" : \"00000000-0000-0000-0000-000000000001\""), json.out());

        Run missing = cli.run("run", "Get-EntraUser -UserId nobody@contoso.com");
        assertEquals(1, missing.exit(), missing.err());
        assertTrue(missing.err().contains("Status: 404 (NotFound)"), missing.err());
        assertTrue(missing.err().contains("ErrorCode: Request_ResourceNotFound"), missing.err());
    }

    @Test
    void jsonAndCsvOfAllPagesAreWrittenAsTheyArrive() throws Exception {
        graph.users(250);
        Run json = cli.run("run", "Get-EntraUser -All", "--format", "json");
        assertEquals(0, json.exit(), json.err());
        com.fasterxml.jackson.databind.JsonNode all = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json.out());
        assertEquals(250, all.size(), "every page's objects, one JSON array");
        assertEquals("User 250", all.get(249).get("displayName").asText());
        assertTrue(json.err().contains("Page 3: 250 objects"), json.err());
        assertTrue(json.err().contains("-> 250 objects"), json.err());
        Run csv = cli.run("run", "Get-EntraUser -All", "--format", "csv");
        assertEquals(0, csv.exit(), csv.err());
        List<String> lines = csv.out().lines().toList();
        assertEquals(251, lines.size());
        assertTrue(lines.get(0).startsWith("\"Id\",\"DisplayName\""), lines.get(0));
        assertTrue(lines.get(250).startsWith("\"00000000-0000-0000-0000-000000000250\",\"User 250\""), lines.get(250));
    }

    @Test
    void writesAreRefusedWithoutYesAndWhatIfSendsNothing() throws Exception {
        Run whatIf = cli.run("run", "--what-if", "Remove-EntraGroup -GroupId g-1");
        assertEquals(0, whatIf.exit(), whatIf.err());
        assertTrue(whatIf.out().contains("DELETE " + graph.baseUrl() + "/v1.0/groups/g-1"), whatIf.out());
        Run refused = cli.run("run", "Remove-EntraGroup -GroupId g-1 -Confirm:$false");
        assertEquals(2, refused.exit(), refused.err());
        assertTrue(refused.out().contains("DELETE " + graph.baseUrl() + "/v1.0/groups/g-1"), refused.out());
        assertTrue(refused.err().contains("--yes"), refused.err());
        assertEquals(List.of(), graph.requestLines(), "nothing sent");
        Run sent = cli.run("run", "--yes", "Remove-EntraGroup -GroupId g-1");
        assertEquals(0, sent.exit(), sent.err());
        assertEquals(List.of("DELETE /v1.0/groups/g-1"), graph.requestLines());
    }

    @Test
    void nonLiteralArgumentsExitTwoUntilSupplied() throws Exception {
        Run r = cli.run("run", "Get-EntraGroupMember -GroupId $group.Id | Select-Object Id");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("  -GroupId $group.Id"), r.err());
        Run supplied = cli.run("run", "Get-EntraGroupMember -GroupId $group.Id | Select-Object Id", "--arg", "GroupId=g-1");
        assertEquals(0, supplied.exit(), supplied.err());
        assertTrue(supplied.err().contains("Not run (only the Entra command runs here): Select-Object Id"),
                supplied.err());
        assertTrue(supplied.out().contains("Member 2"), supplied.out());
        Run usage = cli.run("run", "Get-EntraUser", "--format", "yaml");
        assertEquals(2, usage.exit());
    }

    @Test
    void aCallThatCannotRunHereSaysWhyOnLinesOfItsOwnAndExitsTwo() throws Exception {
        // the set without -DomainName: the SDK cmdlet it calls needs a domain id, so the module has no request there
        Run r = cli.run("run", "Get-EntraFederationProperty");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("Get-EntraFederationProperty"), r.err());
        assertTrue(r.err().endsWith("\n"), "the message ends its line: " + r.err());
        assertEquals("", r.out());
        assertEquals(List.of(), graph.requestLines(), "nothing sent");
    }

    @Test
    void aValueTheModulesValidationRefusesExitsTwoWithPowerShellsMessageAndSendsNothing() throws Exception {
        // Get-EntraUserManager.ps1:10-17 [ValidateScript()]: a user principal name or a GUID, else its throw
        String refusal = "Cannot validate argument on parameter 'UserId'. UserId must be a valid email address or GUID.";
        // the bundled request table (not the test planner), with the session saved by connect() in the same home
        CliProcess cli = new CliProcess(EntraStandIn.shared(), home, logs);
        Run literal = cli.run("run", "Get-EntraUserManager -UserId bob");
        assertEquals(2, literal.exit(), literal.err());
        assertTrue(literal.err().contains(refusal), literal.err());
        Run supplied = cli.run("run", "Get-EntraUserManager -UserId $u", "--arg", "UserId=bob");
        assertEquals(2, supplied.exit(), supplied.err());
        assertTrue(supplied.err().contains(refusal), supplied.err());
        assertEquals("", literal.out() + supplied.out());
        assertEquals(List.of(), graph.requestLines(), "nothing sent");
    }

    @Test
    void findEntraPermissionSearchesGraphsPermissionsAndStreamsThemAsCsv() throws Exception {
        // Find-EntraPermission.ps1:101 Find-MgGraphPermission: the SDK's one GET, its search done here
        graph.collection("/v1.0/servicePrincipals", List.of(Map.of("id", "sp-graph", "oauth2PermissionScopes",
                List.of(Map.of("id", "s-1", "value", "User.Read", "type", "User",
                        "userConsentDescription", "Read you")),
                "appRoles", List.of(Map.of("id", "r-1", "value", "User.Read.All", "origin", "Application",
                        "description", "Read all users"), Map.of("id", "r-2", "value", "Mail.Read", "origin",
                        "Application", "description", "Read mail")))));
        Run r = cli.run("run", "Find-EntraPermission user.read");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("   PermissionType: Delegated\n"), r.out());
        assertTrue(r.out().contains("s-1 User    User.Read Read you"), r.out());
        assertTrue(r.out().contains("   PermissionType: Application\n"), r.out());
        assertFalse(r.out().contains("Mail.Read"), r.out());
        assertTrue(r.err().contains("GET " + graph.baseUrl() + "/v1.0/servicePrincipals?$filter=appId%20eq%20'"
                + "00000003-0000-0000-c000-000000000000' -> 2 objects"), r.err());
        Run csv = cli.run("run", "Find-EntraPermission -All -PermissionType Application", "--format", "csv");
        assertEquals(0, csv.exit(), csv.err());
        assertEquals(List.of("\"Id\",\"PermissionType\",\"Consent\",\"Name\",\"Description\"",
                "\"r-2\",\"Application\",\"Admin\",\"Mail.Read\",\"Read mail\"",
                "\"r-1\",\"Application\",\"Admin\",\"User.Read.All\",\"Read all users\""), csv.out().lines().toList());
        assertEquals(2, graph.requestLines().size());
    }

    @Test
    void theAdminConsentUrlIsPrintedOnceConfirmedAndNothingIsSentToGraph() throws Exception {
        // Add-EntraPermissionsToInheritToAgentIdentityBlueprintPrincipal.ps1:89-110 builds the URL, :125 opens it with
        // Start-Process; the command line opens no browser: it prints the URL (the bundled table's via Start-Process)
        CliProcess bundled = new CliProcess(EntraStandIn.shared(), home, logs);
        String line = "Add-EntraPermissionsToInheritToAgentIdentityBlueprintPrincipal -AgentBlueprintId"
                + " 00000000-0000-0000-0000-000000000001 -Scopes User.Read -State xyz100";
        String url = "/v2.0/adminconsent?client_id=00000000-0000-0000-0000-000000000001&scope=user.read"
                + "&redirect_uri=https%3a%2f%2fentra.microsoft.com%2fTokenAuthorize&state=xyz100";
        Run asked = bundled.run("run", line);
        assertEquals(2, asked.exit(), asked.err());
        assertTrue(asked.out().contains(url), asked.out());
        assertTrue(asked.err().contains("Not confirmed: run again with --yes to confirm"), asked.err());
        Run confirmed = bundled.run("run", "--yes", line);
        assertEquals(0, confirmed.exit(), confirmed.err());
        List<String> out = confirmed.out().lines().toList();
        assertEquals("Open this URL in a browser, signed in as an administrator of the tenant, to grant the consent:",
                out.get(0));
        assertTrue(out.get(1).startsWith("https://127.0.0.1:") && out.get(1).endsWith(url), out.get(1));
        assertTrue(confirmed.out().contains("Action           : Not launched"), confirmed.out());
        assertFalse(confirmed.err().contains(" object"), "no request summary: " + confirmed.err());
        assertEquals(List.of(), graph.requestLines(), "nothing sent");
    }
}
