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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.entrals.graph.GraphRequest;
import dev.entrals.graph.RequestPlan;
import dev.entrals.graph.StepValues;
import dev.entrals.session.CancellationSignal;
import dev.entrals.session.SessionTestKit;

/**
 * Hand-made plans through the {@link PlanRunner} against the Graph stand-in: steps after a write (a lookup tried on
 * several paths, a list edit the tenant's list does not allow) and what the run says when it stops.
 */
class PlanRunnerTest {

    private GraphStandIn graph;
    private SessionTestKit kit;

    @BeforeEach
    void start(@TempDir Path home) throws Exception {
        kit = new SessionTestKit(home);
        graph = new GraphStandIn(kit.serverTls());
        // the write every plan starts with: its reply holds the tenant's list
        graph.object("/v1.0/things", Map.of("id", "t-1", "items", List.of(Map.of("id", "i-1"))));
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    private PlanRunner runner() {
        TokenSource tokens = new FixedTokens(graph.baseUrl(),
                afterRejection -> "eyJ0eXAiOiJKV1QifQ.plan-runner-test-token");
        HttpClient http = HttpClient.newBuilder().sslContext(kit.clientTrust()).build();
        return new PlanRunner(new GraphClient(http, tokens, new GraphClient.Settings(Duration.ofSeconds(20),
                Duration.ofSeconds(30), Duration.ofSeconds(2), (d, c) -> { })));
    }

    private static GraphRequest request(String method, String url, String body) {
        return new GraphRequest(method, url, Map.of(), body);
    }

    private static final GraphRequest CREATE = request("POST", "/v1.0/things", "{\"name\":\"T\"}");

    /** A body whose {@code items} is lookup 1's list without the item {@code zz}: not there, so the code stops. */
    private static final String REMOVE_ZZ = "{\"items\":{\"\uE000edit\":{\"list\":\"" + StepValues.token(1, "items")
            + "\",\"op\":\"remove\",\"key\":[\"id\"],\"read\":{\"id\":\"{0.id}\"},\"write\":{\"id\":\"{0.id}\"},"
            + "\"error\":\"No item zz.\",\"item\":{\"id\":\"zz\"}}}}";

    private Object run(List<RequestPlan.Lookup> steps, List<GraphRequest> requests) {
        RequestPlan plan = new RequestPlan("Test-Plan", null, requests, RequestPlan.Paging.SINGLE, List.of(),
                List.of(), false, steps);
        try {
            return runner().run(plan, 100, (page, count, limit) -> { }, CancellationSignal.NONE);
        } catch (GraphFault f) {
            return f;
        }
    }

    private static RequestPlan.Lookup step(GraphRequest r) {
        return new RequestPlan.Lookup(List.of(r), List.of());
    }

    private List<String> sent() {
        return graph.requests.stream().map(GraphStandIn.Recorded::line).toList();
    }

    @Test
    void aLookupTriedOnSeveralPathsAfterAWriteTriesTheNextPath() {
        graph.object("/v1.0/kindB/p-1", Map.of("id", "p-1")).object("/v1.0/kindB/p-1/items/t-1", Map.of());
        RequestPlan.Lookup either = new RequestPlan.Lookup(List.of(request("GET", "/v1.0/kindA/p-1", null),
                request("GET", "/v1.0/kindB/p-1", null)), List.of("kindA", "kindB"));
        Object r = run(List.of(step(CREATE), either), List.of(request("DELETE", "/v1.0/"
                + StepValues.token(2, "#") + "/p-1/items/" + StepValues.token(1, "id"), null)));
        assertTrue(r instanceof PlanRunner.Collected, r::toString);
        assertEquals(List.of("POST /v1.0/things", "GET /v1.0/kindA/p-1", "GET /v1.0/kindB/p-1",
                "DELETE /v1.0/kindB/p-1/items/t-1"), sent(), "a 404 of the first path is not the end");
    }

    @Test
    void aLookupWhosePathsAllFailAfterAWriteSaysWhatWasChanged() {
        RequestPlan.Lookup either = new RequestPlan.Lookup(List.of(request("GET", "/v1.0/kindA/p-1", null),
                request("GET", "/v1.0/kindB/p-1", null)), List.of("kindA", "kindB"));
        Object r = run(List.of(step(CREATE), either), List.of(request("DELETE", "/v1.0/"
                + StepValues.token(2, "#") + "/p-1", null)));
        GraphFault f = (GraphFault) r;
        assertEquals(GraphFault.Kind.NOT_FOUND, f.kind());
        assertEquals(List.of("POST /v1.0/things", "GET /v1.0/kindA/p-1", "GET /v1.0/kindB/p-1"), sent());
        assertFalse(f.getMessage().contains("nothing was changed"), f.getMessage());
        String base = graph.baseUrl();
        assertEquals(List.of("Sent and done before it (changed): POST " + base + "/v1.0/things. Not sent: DELETE "
                + base + "/v1.0/<the one of kindA, kindB whose GET answers first>/p-1."), f.hints());
    }

    @Test
    void aListEditRefusedAfterAWriteSaysTheWriteWasDone() {
        Object r = run(List.of(step(CREATE)), List.of(request("PATCH", "/v1.0/things/"
                + StepValues.token(1, "id"), REMOVE_ZZ)));
        GraphFault f = (GraphFault) r;
        assertEquals(GraphFault.Kind.NOT_FOUND, f.kind());
        assertEquals(List.of("POST /v1.0/things"), sent());
        assertFalse(f.getMessage().contains("nothing was changed"), f.getMessage());
        assertTrue(f.getMessage().startsWith("No item zz."), f.getMessage());
        String base = graph.baseUrl();
        assertEquals(List.of("Sent and done before it (changed): POST " + base + "/v1.0/things. Not sent: PATCH "
                + base + "/v1.0/things/<id from POST /v1.0/things>."), f.hints());
    }

    @Test
    void aListEditRefusedInAWriteStepsBodyIsAFaultNotAnException() {
        GraphRequest patch = request("PATCH", "/v1.0/things/" + StepValues.token(1, "id"), REMOVE_ZZ);
        Object r = assertDoesNotThrowRaw(() -> run(List.of(step(CREATE), step(patch)),
                List.of(request("GET", "/v1.0/things", null))));
        GraphFault f = (GraphFault) r;
        assertEquals(GraphFault.Kind.NOT_FOUND, f.kind());
        assertEquals(List.of("POST /v1.0/things"), sent(), "the PATCH is not sent");
        String base = graph.baseUrl();
        assertEquals(1, f.hints().size(), f.hints()::toString);
        assertTrue(f.hints().get(0).startsWith("Sent and done before it (changed): POST " + base + "/v1.0/things."
                + " Not sent: PATCH " + base + "/v1.0/things/<id from POST"), f.hints().get(0));
        assertTrue(f.hints().get(0).endsWith(", GET " + base + "/v1.0/things."), f.hints().get(0));
    }

    @Test
    void aListEditRefusedInAPerObjectRequestIsAFaultNotAnException() {
        graph.collection("/v1.0/methods", List.of(Map.of("@odata.type", "#t", "id", "m-1")));
        GraphRequest each = request("PATCH", "/v1.0/methods/" + StepValues.token(2, "value.id"), REMOVE_ZZ);
        RequestPlan plan = new RequestPlan("Test-Plan", null, List.of(each), RequestPlan.Paging.SINGLE, List.of(),
                List.of(), false, List.of(step(request("GET", "/v1.0/things", null)),
                step(request("GET", "/v1.0/methods", null))),
                new RequestPlan.PerObject(2, "value", "@odata.type", List.of("#t"), null));
        GraphFault f = assertThrows(GraphFault.class,
                () -> runner().run(plan, 100, (page, count, limit) -> { }, CancellationSignal.NONE));
        assertEquals(GraphFault.Kind.NOT_FOUND, f.kind());
        assertTrue(f.getMessage().startsWith("No item zz."), f.getMessage());
        assertEquals(List.of("Nothing was changed. Not sent: the requests for the 1 object from this one on."),
                f.hints());
    }

    /** Runs {@code body}; a raw exception (not a {@link GraphFault}) fails the test with its class. */
    private static Object assertDoesNotThrowRaw(java.util.function.Supplier<Object> body) {
        try {
            return body.get();
        } catch (RuntimeException e) {
            throw new AssertionError("escaped as " + e.getClass().getName() + ": " + e.getMessage(), e);
        }
    }
}
