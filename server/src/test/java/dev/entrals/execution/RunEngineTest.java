package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.entrals.analysis.ParameterBinder;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.modules.StandardSources;
import dev.entrals.session.CancellationSignal;
import dev.entrals.session.SessionService;
import dev.entrals.session.SessionTestKit;

/**
 * Whole runs with the REAL session: msal4j signs in with a client secret against the identity stand-in, whose token
 * the engine sends to the Graph stand-in of the session's environment.
 */
class RunEngineTest {

    private static ParameterBinder binder;
    private SessionTestKit kit;
    private GraphStandIn graph;
    private SessionService session;
    private RunEngine engine;

    @BeforeAll
    static void docs() {
        binder = new ParameterBinder(HelpIndex.load(StandardSources.of(List.of(), true, false)));
    }

    @BeforeEach
    void connect(@TempDir Path home) throws Exception {
        kit = new SessionTestKit(home);
        graph = new GraphStandIn(kit.serverTls()).users(7)
                .object("/v1.0/groups", Map.of("id", "g-new", "displayName", "Sales"))
                .object("/v1.0/groups/g-1", Map.of("id", "g-1"));
        session = GraphSessions.connect(kit, graph);
        engine = engine(session, (command, request) -> List.of());
    }

    private RunEngine engine(SessionService s, ScopeAdvice advice) {
        GraphClient client = GraphSessions.client(kit, s);
        return new RunEngine(binder, new TestPlanner(), client, advice);
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    private RunResult run(String line) {
        return engine.run(RunInput.commandLine(line), PageListener.NONE, CancellationSignal.NONE);
    }

    @Test
    void getEntraUserTop3ShowsATableWithTheSessionsToken() {
        RunResult r = run("Get-EntraUser -Top 3");
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(3, r.count());
        assertEquals(List.of("GET " + graph.baseUrl() + "/v1.0/users/?$select=Id,DisplayName,UserPrincipalName,Mail&$top=3"),
                r.request());
        assertEquals("""
                Id                                   DisplayName UserPrincipalName Mail
                --                                   ----------- ----------------- ----
                00000000-0000-0000-0000-000000000001 User 1      user1@contoso.com user1@contoso.com
                00000000-0000-0000-0000-000000000002 User 2      user2@contoso.com
                00000000-0000-0000-0000-000000000003 User 3      user3@contoso.com user3@contoso.com
                """, r.text());
        String auth = graph.requests.get(0).headers().get("authorization");
        String token = auth.substring("Bearer ".length());
        assertEquals(3, token.split("\\.").length, "a JWT from the identity stand-in");
        assertFalse(r.toString().contains(token), "the token is in no result");
    }

    @Test
    void oneObjectIsAListWithReadableDatesAndArrays() {
        RunResult r = run("Get-EntraUser -UserId user2@contoso.com");
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertTrue(r.single());
        assertEquals("""
                Id                : 00000000-0000-0000-0000-000000000002
                DisplayName       : User 2
                UserPrincipalName : user2@contoso.com
                Mail              :
                CreatedDateTime   : 3/3/2024 8:15:30 AM
                BusinessPhones    : {+1 555 0102}
                """, r.text().replace(" \n", "\n"));
    }

    @Test
    void jsonAndCsvViews() {
        RunInput in = new RunInput("Get-EntraUser -Top 2", 0, 20, Map.of(), false, false, ResultFormat.CSV, 0);
        RunResult csv = engine.run(in, PageListener.NONE, CancellationSignal.NONE);
        assertTrue(csv.text().startsWith("\"Id\",\"DisplayName\",\"UserPrincipalName\",\"Mail\",\"CreatedDateTime\","
                + "\"BusinessPhones\"\n\"00000000-0000-0000-0000-000000000001\",\"User 1\""), csv.text());
        RunResult json = engine.run(new RunInput("Get-EntraUser -Top 1", 0, 20, Map.of(), false, false,
                ResultFormat.JSON, 0), PageListener.NONE, CancellationSignal.NONE);
        assertTrue(json.text().contains("\"displayName\" : \"User 1\""), json.text());
    }

    @Test
    void aWriteIsShownAndNotSentUntilConfirmed() {
        String line = "New-EntraGroup -DisplayName Sales -MailEnabled $false -SecurityEnabled $true -MailNickname sales";
        RunResult refused = run(line);
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, refused.status());
        assertEquals(List.of("POST " + graph.baseUrl() + "/v1.0/groups",
                "{\"displayName\":\"Sales\",\"mailEnabled\":false,\"mailNickname\":\"sales\",\"securityEnabled\":true}"),
                refused.request());
        assertTrue(refused.text().contains("Nothing was sent"), refused.text());
        assertEquals(List.of(), graph.requests, "nothing sent");
        RunResult sent = engine.run(RunInput.commandLine(line).confirm(), PageListener.NONE, CancellationSignal.NONE);
        assertEquals(RunStatus.OK, sent.status(), sent.text());
        assertEquals("POST /v1.0/groups", graph.requests.get(0).line());
        assertEquals(refused.request().get(1), graph.requests.get(0).body());
    }

    @Test
    void confirmFalseDoesNotSkipOurConfirmationAndWhatIfSendsNothing() {
        RunResult r = run("Remove-EntraGroup -GroupId g-1 -Confirm:$false");
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, r.status());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("-Confirm:$false")), r.notes().toString());
        RunResult whatIf = engine.run(RunInput.commandLine("Remove-EntraGroup -GroupId g-1 -WhatIf").confirm(),
                PageListener.NONE, CancellationSignal.NONE);
        assertEquals(RunStatus.WHAT_IF, whatIf.status());
        assertTrue(whatIf.text().startsWith("What if: Performing the operation \"DELETE\" on target \""
                + graph.baseUrl() + "/v1.0/groups/g-1\"."), whatIf.text());
        assertEquals(List.of(), graph.requests);
        RunResult confirmed = engine.run(RunInput.commandLine("Remove-EntraGroup -GroupId g-1").confirm(),
                PageListener.NONE, CancellationSignal.NONE);
        assertEquals(RunStatus.OK, confirmed.status(), confirmed.text());
        assertEquals("DELETE /v1.0/groups/g-1", graph.requests.get(0).line());
    }

    @Test
    void aMissingObjectIsNamedAndForbiddenNamesTheScopes() {
        RunResult r = run("Get-EntraUser -UserId nobody@contoso.com");
        assertEquals(RunStatus.GRAPH_ERROR, r.status());
        assertTrue(r.text().contains("Status: 404 (NotFound)"), r.text());
        assertTrue(r.text().contains("Not found: the object 'nobody@contoso.com' (-UserId) in users."), r.text());
        graph.failNext(GraphStandIn.Fault.FORBIDDEN);
        RunResult denied = engine(session, (command, request) -> List.of("User.Read.All", "Directory.Read.All"))
                .run(RunInput.commandLine("Get-EntraUser -Top 1"), PageListener.NONE, CancellationSignal.NONE);
        assertEquals(RunStatus.GRAPH_ERROR, denied.status());
        assertEquals(List.of("User.Read.All", "Directory.Read.All"), denied.scopes());
        assertTrue(denied.text().contains("Any one of these permissions would allow the call (narrowest first):"
                + " User.Read.All, Directory.Read.All. Connect again with it (entra-ls connect --scopes User.Read.All)."),
                denied.text());
    }

    @Test
    void a401IsRetriedOnceWithANewTokenFromTheIdentityStandIn() {
        run("Get-EntraUser -Top 1");
        long tokenRequests = kit.requests("token");
        graph.requests.clear();
        graph.failNext(GraphStandIn.Fault.UNAUTHORIZED);
        RunResult r = run("Get-EntraUser -Top 1");
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(2, graph.requests.size());
        assertEquals(tokenRequests + 1, kit.requests("token"), "the retry asked the identity platform, not the cache");
        run("Get-EntraUser -Top 1");
        assertEquals(tokenRequests + 1, kit.requests("token"), "later runs use the cache again");
    }

    @Test
    void aCmdletTheTableRefusesAsAWholeSaysWhyAndSendsNothing() {
        RunResult r = run(TestPlanner.REFUSED + " -Top 1");
        assertEquals(RunStatus.UNSUPPORTED, r.status(), r.text());
        assertTrue(r.text().startsWith(TestPlanner.REFUSED + ": "), r.text());
        assertTrue(r.text().contains(".ps1:1"), "names the source line: " + r.text());
        assertEquals(List.of(), graph.requests);
        RunResult confirmed = engine.run(RunInput.commandLine(TestPlanner.REFUSED + " -Top 1").confirm(),
                (page, n, limit) -> { }, CancellationSignal.NONE);
        assertEquals(RunStatus.UNSUPPORTED, confirmed.status(), "a confirmation changes nothing");
        assertEquals(List.of(), graph.requests);
    }

    @Test
    void withoutASessionTheRunSaysToConnectFirst() {
        session.disconnect();
        RunResult r = run("Get-EntraUser -Top 1");
        assertEquals(RunStatus.NOT_CONNECTED, r.status());
        assertTrue(r.text().contains("connect first"), r.text());
        assertEquals(List.of(), graph.requests);
    }

    @Test
    void nonLiteralArgumentsAreListedAndPipelinesNoted() {
        RunResult r = run("Get-EntraGroupMember -GroupId $g.Id -Top $n");
        assertEquals(RunStatus.NOT_EVALUATED, r.status());
        assertTrue(r.text().contains("  -GroupId $g.Id\n  -Top $n\n"), r.text());
        RunResult piped = run("$u = Get-EntraUser -Top 1 | Select-Object Id");
        assertEquals(RunStatus.OK, piped.status());
        assertEquals(List.of("Not run (only the Entra command runs here): Select-Object Id"), piped.notes());
    }

    @Test
    void everyObjectIsCountedWhilePagingWithAll() {
        graph.users(250);
        List<Long> seen = new java.util.ArrayList<>();
        RunResult r = engine.run(RunInput.commandLine("Get-EntraUser -All"), (page, n, limit) -> seen.add(n),
                CancellationSignal.NONE);
        assertEquals(250, r.count());
        assertEquals(List.of(100L, 200L, 250L), seen);
        List<Object> streamed = new java.util.ArrayList<>();
        RunResult kept = engine.run(new RunInput("Get-EntraUser -All", 0, 18, Map.of(), false, false,
                ResultFormat.JSON, 1), PageListener.NONE, CancellationSignal.NONE, o -> streamed.add(o.get("id")));
        assertEquals(250, kept.count());
        assertEquals(1, kept.objects().size(), "the result keeps only what was asked; the rest went to the sink");
        assertEquals(250, streamed.size());
        assertEquals(String.format("00000000-0000-0000-0000-%012d", 250), streamed.get(249));
    }

    @Test
    void aCancelWhileANextPageIsInFlightEndsTheRunThereAndLogsIt() throws Exception {
        graph.users(250).holdPages();
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.CountDownLatch secondPageAsked = new java.util.concurrent.CountDownLatch(2);
        graph.onRequest = r -> secondPageAsked.countDown();
        List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(RunEngine.class.getName());
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                logged.add(record.getLevel() + " " + record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(handler);
        try {
            java.util.concurrent.CompletableFuture<RunResult> run = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> engine.run(RunInput.commandLine("Get-EntraUser -All"), PageListener.NONE, cancelled::get));
            assertTrue(secondPageAsked.await(20, java.util.concurrent.TimeUnit.SECONDS), "the second page is asked for");
            cancelled.set(true); // page 2 is held by the stand-in: the run must not wait for it
            RunResult r = run.get(20, java.util.concurrent.TimeUnit.SECONDS);
            graph.releasePages();
            assertEquals(RunStatus.CANCELLED, r.status(), r.text());
            List<String> lines = graph.requests.stream().map(GraphStandIn.Recorded::line).toList();
            assertEquals(2, lines.size(), lines.toString());
            assertTrue(lines.get(1).contains("$skiptoken=100"), lines.toString());
            assertEquals(List.of("INFO Get-EntraUser cancelled; the run ended at GET " + graph.baseUrl()
                    + lines.get(1).substring("GET ".length()) + "."), logged);
        } finally {
            log.removeHandler(handler);
        }
    }

    @Test
    void aWriteStepsFileBodyIsReadFromTheRunsFolder(@TempDir Path folder) throws Exception {
        java.nio.file.Files.writeString(folder.resolve("group.json"), "{\"displayName\":\"Sales\"}");
        // by hand: a plan whose write is a step before its request, its body a file named relative to the script
        dev.entrals.graph.GraphRequest post = new dev.entrals.graph.GraphRequest("POST", "/v1.0/groups", Map.of(), null,
                new dev.entrals.graph.GraphRequest.BodyFile("group.json", "application/json"));
        dev.entrals.graph.RequestPlanner planner = TestPlanner.fixed(command -> new dev.entrals.graph.RequestPlan(command,
                null, List.of(new dev.entrals.graph.GraphRequest("GET", "/v1.0/groups/g-1", Map.of(), null)),
                dev.entrals.graph.RequestPlan.Paging.SINGLE, List.of(), List.of(), false, List.of(
                new dev.entrals.graph.RequestPlan.Lookup(List.of(post), List.of()))));
        RunEngine e = new RunEngine(binder, planner, GraphSessions.client(kit, session), (c, r) -> List.of());
        String line = "New-EntraGroup -DisplayName Sales -MailEnabled $false -SecurityEnabled $true -MailNickname sales";
        RunResult r = e.run(RunInput.commandLine(line).confirm().in(folder), PageListener.NONE,
                CancellationSignal.NONE);
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals("{\"displayName\":\"Sales\"}", graph.requests.get(0).body());
    }
}
