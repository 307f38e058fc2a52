package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.entrals.graph.GraphRequest;
import dev.entrals.graph.RequestPlan;
import dev.entrals.session.CancellationSignal;
import dev.entrals.session.SessionTestKit;

/** The Graph client against the Graph stand-in: headers, paging, retries, 401, faults as errors, never the token. */
class GraphClientTest {

    static final String TOKEN = "eyJ0eXAiOiJKV1QifQ.secret-token-value-0123456789";

    private GraphStandIn graph;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokenCalls = new AtomicInteger();
    private SessionTestKit kit;

    @BeforeEach
    void start(@TempDir Path home) throws Exception {
        kit = new SessionTestKit(home);
        graph = new GraphStandIn(kit.serverTls()).users(250);
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    private GraphClient client(Duration timeout) {
        TokenSource tokens = new FixedTokens(graph.baseUrl(), afterRejection -> {
            tokenCalls.incrementAndGet();
            return TOKEN + (afterRejection ? "-fresh" : "");
        });
        HttpClient http = HttpClient.newBuilder().sslContext(kit.clientTrust()).build();
        return new GraphClient(http, tokens, new GraphClient.Settings(timeout, Duration.ofSeconds(30),
                Duration.ofSeconds(2), (d, c) -> waits.add(d)));
    }

    private GraphClient client() {
        return client(Duration.ofSeconds(20));
    }

    private static GraphRequest get(String url) {
        return new GraphRequest("GET", url, Map.of(), null);
    }

    @Test
    void sendsTheTokenTheHeadersAndTheBodyToTheSessionsEndpoint() {
        GraphReply r = client().send(new GraphRequest("GET", "/v1.0/users/?$top=5", Map.of("ConsistencyLevel",
                "eventual"), null), CancellationSignal.NONE);
        assertEquals(200, r.status());
        assertEquals(5, r.body().get("value").size());
        GraphStandIn.Recorded rec = graph.requests.get(0);
        assertEquals("GET /v1.0/users/?$top=5", rec.line());
        assertEquals("Bearer " + TOKEN, rec.headers().get("authorization"));
        assertEquals("eventual", rec.headers().get("consistencylevel"));
        assertTrue(rec.headers().containsKey("client-request-id"));
    }

    @Test
    void pagesThroughNextLinkUpToTheLimit() {
        PlanRunner runner = new PlanRunner(client());
        List<String> progress = new CopyOnWriteArrayList<>();
        PlanRunner.Collected all = runner.run(plan("/v1.0/users", new RequestPlan.Paging(true, null)), 1000,
                (page, n, limit) -> progress.add(page + ":" + n), CancellationSignal.NONE);
        assertEquals(250, all.count());
        assertEquals(List.of("1:100", "2:200", "3:250"), progress);
        assertEquals("GET /v1.0/users?$top=100&$skiptoken=200", graph.requests.get(2).line());
        graph.requests.clear();
        PlanRunner.Collected limited = runner.run(plan("/v1.0/users", new RequestPlan.Paging(true, 150)), 1000,
                PageListener.NONE, CancellationSignal.NONE);
        assertEquals(150, limited.count());
        assertEquals(2, graph.requests.size(), "stops asking once the limit is reached");
        graph.requests.clear();
        PlanRunner.Collected one = runner.run(plan("/v1.0/users", RequestPlan.Paging.SINGLE), 1000,
                PageListener.NONE, CancellationSignal.NONE);
        assertEquals(100, one.count());
        assertEquals(1, graph.requests.size());
    }

    @Test
    void keepsOnlyWhatItMayButCountsEveryObject() {
        PlanRunner.Collected c = new PlanRunner(client()).run(plan("/v1.0/users", new RequestPlan.Paging(true, null)),
                10, PageListener.NONE, CancellationSignal.NONE);
        assertEquals(250, c.count());
        assertEquals(10, c.objects().size());
    }

    @Test
    void throttlingIsRetriedAfterRetryAfterAtMostThreeTries() {
        graph.failNext(GraphStandIn.Fault.THROTTLE, GraphStandIn.Fault.UNAVAILABLE);
        GraphReply r = client().send(get("/v1.0/users/?$top=1"), CancellationSignal.NONE);
        assertEquals(200, r.status());
        assertEquals(List.of(Duration.ofSeconds(7), Duration.ofSeconds(2)), waits);
        assertEquals(3, graph.requests.size());
        graph.requests.clear();
        waits.clear();
        graph.retryAfter = "86400";
        graph.failNext(GraphStandIn.Fault.THROTTLE, GraphStandIn.Fault.THROTTLE, GraphStandIn.Fault.THROTTLE);
        GraphFault f = assertThrows(GraphFault.class, () -> client().send(get("/v1.0/users"), CancellationSignal.NONE));
        assertEquals(429, f.status());
        assertEquals(3, graph.requests.size(), "at most three tries");
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofSeconds(30)), waits, "waits bounded");
    }

    @Test
    void aCancelledWaitStopsTheRetries() {
        graph.failNext(GraphStandIn.Fault.THROTTLE);
        AtomicBoolean cancelled = new AtomicBoolean();
        TokenSource tokens = new FixedTokens(graph.baseUrl(), afterRejection -> TOKEN);
        GraphClient c = new GraphClient(HttpClient.newBuilder().sslContext(kit.clientTrust()).build(), tokens,
                new GraphClient.Settings(Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(2),
                        RetryWait.SLICED));
        GraphFault f = assertThrows(GraphFault.class, () -> c.send(get("/v1.0/users"), () -> {
            // the user cancels once the throttled reply has come back
            boolean answered = graph.requests.size() == 1;
            cancelled.set(cancelled.get() || answered);
            return cancelled.get();
        }));
        assertEquals(GraphFault.Kind.CANCELLED, f.kind());
        assertEquals(1, graph.requests.size());
    }

    @Test
    void a401IsRetriedOnceWithAFreshToken() {
        graph.failNext(GraphStandIn.Fault.UNAUTHORIZED);
        client().send(get("/v1.0/users/?$top=1"), CancellationSignal.NONE);
        assertEquals("Bearer " + TOKEN + "-fresh", graph.requests.get(1).headers().get("authorization"));
        graph.requests.clear();
        graph.failNext(GraphStandIn.Fault.UNAUTHORIZED, GraphStandIn.Fault.UNAUTHORIZED);
        GraphFault f = assertThrows(GraphFault.class, () -> client().send(get("/v1.0/users"), CancellationSignal.NONE));
        assertEquals(401, f.status());
        assertEquals(2, graph.requests.size(), "one retry only");
    }

    @Test
    void graphErrorsCarryCodeMessageRequestIdAndDateAndNeverTheToken() {
        GraphFault f = assertThrows(GraphFault.class, () -> client().send(get("/v1.0/users/nobody"),
                CancellationSignal.NONE));
        String text = f.powerShellText("Get-EntraUser");
        assertEquals("""
                Get-EntraUser: Resource 'nobody' does not exist or one of its queried reference-property objects are not present.

                Status: 404 (NotFound)
                ErrorCode: Request_ResourceNotFound
                Date: 2026-12-05T10:00:00

                Headers:
                request-id                    : rid-404-0001

                Request: GET %s/v1.0/users/nobody
                """.formatted(graph.baseUrl()), text);
        assertFalse(text.contains(TOKEN));
    }

    @Test
    void droppedConnectionsMalformedAndTruncatedRepliesAreClearErrors() {
        graph.failNext(GraphStandIn.Fault.DROP);
        GraphFault drop = assertThrows(GraphFault.class, () -> client().send(get("/v1.0/users"), CancellationSignal.NONE));
        assertEquals(GraphFault.Kind.CONNECTION, drop.kind(), drop.getMessage());
        graph.failNext(GraphStandIn.Fault.MALFORMED);
        GraphFault malformed = assertThrows(GraphFault.class, () -> client().send(get("/v1.0/users"),
                CancellationSignal.NONE));
        assertEquals(GraphFault.Kind.MALFORMED, malformed.kind());
        graph.failNext(GraphStandIn.Fault.TRUNCATED);
        GraphFault truncated = assertThrows(GraphFault.class, () -> client().send(get("/v1.0/users"),
                CancellationSignal.NONE));
        assertEquals(GraphFault.Kind.MALFORMED, truncated.kind());
        assertTrue(truncated.getMessage().contains("not valid JSON"), truncated.getMessage());
    }

    @Test
    void aSlowReplyEndsInATimeoutAndACancelStopsTheWait() {
        graph.failNext(GraphStandIn.Fault.SLOW);
        GraphFault timeout = assertThrows(GraphFault.class, () -> client(Duration.ofMillis(300)).send(get("/v1.0/users"),
                CancellationSignal.NONE));
        assertEquals(GraphFault.Kind.TIMEOUT, timeout.kind());
        graph.failNext(GraphStandIn.Fault.SLOW);
        GraphFault cancelled = assertThrows(GraphFault.class, () -> client().send(get("/v1.0/users"),
                () -> graph.requests.size() >= 2));
        assertEquals(GraphFault.Kind.CANCELLED, cancelled.kind());
    }

    @Test
    void aNextLinkOffTheSessionsEndpointIsNotFollowed() {
        GraphFault f = assertThrows(GraphFault.class, () -> client().sendTo("https://evil.example/v1.0/users",
                get("https://evil.example/v1.0/users"), CancellationSignal.NONE));
        assertEquals(GraphFault.Kind.MALFORMED, f.kind());
        assertEquals(0, graph.requests.size());
    }

    private static RequestPlan plan(String url, RequestPlan.Paging paging) {
        return new RequestPlan("Get-EntraUser", null, List.of(get(url)), paging, List.of(), List.of());
    }
}
