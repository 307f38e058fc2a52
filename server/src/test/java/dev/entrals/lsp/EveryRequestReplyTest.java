package dev.entrals.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonObject;

import dev.entrals.StandardFeatures;

/**
 * Every request method of LSP 3.17 gets a reply a strict client accepts: {@code result} (null included) or
 * {@code error}, never neither, read from the raw JSON (lsp4j's parsed reply hides a missing result); and a method the
 * server does not implement gets -32601 Method not found. At a position with something to say, at one with nothing
 * to offer, and on a document that is not open; over the raw wire and through the lsp4j client.
 */
@Timeout(120)
class EveryRequestReplyTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"valid", "empty", "closed"})
    void everyRequestOnTheRawWireGetsAResultOrAnError(String caseName) throws Exception {
        LspRequests fixture = LspRequests.load();
        try (InProcessServer s = InProcessServer.withFeaturesOnWire(StandardFeatures.standard())) {
            LspWire wire = s.wire();
            int init = wire.request("initialize", Json.initialize(null));
            assertNull(LspRequests.fault(readReplies(wire, List.of(init)).get(init), true));
            wire.notify("initialized", new JsonObject());
            wire.notify("textDocument/didOpen", Json.didOpen(fixture.uri, fixture.text));

            Map<Integer, LspRequests.Request> sent = new LinkedHashMap<>();
            for (LspRequests.Request r : fixture.forCase(caseName)) {
                sent.put(wire.request(r.method(), r.params()), r);
            }
            Map<Integer, JsonObject> replies = readReplies(wire, sent.keySet());
            List<String> faults = new ArrayList<>();
            sent.forEach((id, r) -> {
                String fault = LspRequests.fault(replies.get(id), r.implemented());
                if (fault != null) {
                    faults.add(r.method() + ": " + fault);
                }
            });
            assertEquals(List.of(), faults);
            assertTrue(sent.size() >= 50, "the fixture lists LSP 3.17's requests: " + sent.size());

            int shutdown = wire.request("shutdown", null);
            JsonObject reply = readReplies(wire, List.of(shutdown)).get(shutdown);
            assertTrue(reply.has("result") && reply.get("result").isJsonNull(), "shutdown answers result: null: " + reply);
        }
    }

    @Test
    void anEmptyCompletionIsSentAsResultNull() throws Exception {
        LspRequests fixture = LspRequests.load();
        try (InProcessServer s = InProcessServer.withFeaturesOnWire(StandardFeatures.standard())) {
            LspWire wire = s.wire();
            readReplies(wire, List.of(wire.request("initialize", Json.initialize(null))));
            wire.notify("initialized", new JsonObject());
            wire.notify("textDocument/didOpen", Json.didOpen(fixture.uri, fixture.text));
            LspRequests.Request completion = fixture.forCase("empty").stream()
                    .filter(r -> r.method().equals("textDocument/completion")).findFirst().orElseThrow();
            int id = wire.request(completion.method(), completion.params());
            JsonObject reply = readReplies(wire, List.of(id)).get(id);
            // the case the issue met: a value position, where the provider has nothing and lsp4j dropped the member
            assertTrue(reply.has("result"), reply.toString());
            assertTrue(reply.get("result").isJsonNull() || reply.getAsJsonObject("result").getAsJsonArray("items").isEmpty(),
                    reply.toString());
        }
    }

    @Test
    void everyRequestThroughTheLsp4jClientResolvesOrFailsWithMethodNotFound() throws Exception {
        LspRequests fixture = LspRequests.load();
        ByteArrayOutputStream tap = new ByteArrayOutputStream();
        try (InProcessServer s = InProcessServer.withFeatures(StandardFeatures.standard(), tap)) {
            s.initialize();
            s.open(fixture.uri, fixture.text);
            List<String> faults = new ArrayList<>();
            int requests = 1;
            for (String caseName : List.of("valid", "empty", "closed")) {
                for (LspRequests.Request r : fixture.forCase(caseName)) {
                    requests++;
                    CompletableFuture<?> reply = s.remote.request(r.method(), r.params());
                    try {
                        reply.get(10, TimeUnit.SECONDS);
                        if (!r.implemented()) {
                            faults.add(caseName + " " + r.method() + ": answered, not -32601");
                        }
                    } catch (ExecutionException e) {
                        int code = e.getCause() instanceof ResponseErrorException ree ? ree.getResponseError().getCode() : 0;
                        if (r.implemented() || code != -32601) {
                            faults.add(caseName + " " + r.method() + ": " + e.getCause());
                        }
                    }
                }
            }
            s.server.shutdown().get(10, TimeUnit.SECONDS);
            requests++;
            assertEquals(List.of(), faults);

            // and what the client read, frame by frame: each reply has result or error
            LspWire read = new LspWire(new ByteArrayInputStream(tap.toByteArray()), OutputStream.nullOutputStream());
            int replies = 0;
            while (true) {
                JsonObject m;
                try {
                    m = read.read();
                } catch (EOFException end) {
                    break;
                }
                if (m.has("id") && !m.has("method")) {
                    replies++;
                    assertTrue(m.has("result") != m.has("error"), "a reply with result or error: " + m);
                }
            }
            assertEquals(requests, replies);
        }
    }

    /** Reads until every id has its reply (whatever its shape); messages from the server to the client are skipped. */
    private static Map<Integer, JsonObject> readReplies(LspWire wire, Collection<Integer> ids) throws Exception {
        Map<Integer, JsonObject> replies = new HashMap<>();
        while (!replies.keySet().containsAll(ids)) {
            JsonObject m = wire.read();
            if (m.has("id") && !m.has("method") && m.get("id").isJsonPrimitive()) {
                replies.put(m.get("id").getAsInt(), m);
            }
        }
        return replies;
    }
}
