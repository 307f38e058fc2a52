package dev.entrals.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.google.gson.JsonObject;

import dev.entrals.features.Providers;

/** Garbage on the wire must not kill the server: every request that can be answered is, and the next one works. */
@Timeout(60)
class MalformedInputTest {

    private static final String URI = "file:///work/m.ps1";
    private static final Providers ANSWERING = Providers.builder()
            .hover((d, p, c) -> new Hover(new MarkupContent("plaintext", "still here"))).build();

    /** One kind of malformed message: its bytes, and the error code its id gets (0 when it has no id). */
    private record Bad(String name, String bytes, int id, int expectedCode) {
    }

    private static List<Bad> kinds(int n) {
        int id = 100_000 + n * 10;
        String badTypes = "{'jsonrpc':'2.0','id':" + id + ",'method':'textDocument/hover','params':{'textDocument':5}}";
        return List.of(
                new Bad("truncated JSON", frame("{\"jsonrpc\":\"2.0\",\"id\":"), 0, 0),
                new Bad("not JSON at all", frame("Get-EntraUser -Top 1"), 0, 0),
                new Bad("missing Content-Length", "Content-Type: application/json\r\n\r\n{\"jsonrpc\":\"2.0\"}", 0, 0),
                new Bad("Content-Length not a number", "Content-Length: many\r\n\r\n", 0, 0),
                new Bad("Content-Length too short", "Content-Length: 4\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"x\"}", 0, 0),
                new Bad("JSON array", frame("[1,2,3]"), 0, 0),
                new Bad("JSON number", frame("42"), 0, 0),
                new Bad("JSON null", frame("null"), 0, 0),
                new Bad("object without method", frame("{\"foo\":1}"), 0, 0),
                new Bad("method not a string", frame("{\"jsonrpc\":\"2.0\",\"id\":" + (id + 1) + ",\"method\":5}"), 0, 0),
                new Bad("params of the wrong type", frame(badTypes.replace('\'', '"')), id, -32602),
                new Bad("unknown method", frame("{\"jsonrpc\":\"2.0\",\"id\":" + (id + 2) + ",\"method\":\"entra/nope\"}"),
                        id + 2, -32601),
                new Bad("unknown notification", frame("{\"jsonrpc\":\"2.0\",\"method\":\"entra/nope\"}"), 0, 0),
                new Bad("binary junk without line breaks", "\u0001\u0002\u00ff\u00fe junk", 0, 0),
                new Bad("header with a bad charset", "Content-Length: 2\r\nContent-Type: text/json; charset=nope\r\n\r\n{}",
                        0, 0));
    }

    private static String frame(String body) {
        return "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    @Test
    void aThousandMalformedMessagesThenAValidHoverIsAnswered() throws Exception {
        try (InProcessServer s = InProcessServer.withWire(ANSWERING)) {
            LspWire wire = s.wire();
            BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try {
                    while (true) {
                        received.add(wire.read());
                    }
                } catch (Exception end) {
                    // stream closed
                }
            });
            reader.setDaemon(true);
            reader.start();
            wire.send(request(1, "initialize", Json.initialize(null)));
            wire.notify("textDocument/didOpen", Json.didOpen(URI, "Get-EntraUser\n"));

            Map<Integer, Integer> expected = new HashMap<>();
            for (int i = 0; i < 1000; i++) {
                List<Bad> kinds = kinds(i);
                Bad bad = kinds.get(i % kinds.size());
                wire.raw(bad.bytes().getBytes(StandardCharsets.ISO_8859_1));
                if (bad.id() != 0) {
                    expected.put(bad.id(), bad.expectedCode());
                }
            }
            wire.raw("\r\n".getBytes(StandardCharsets.US_ASCII)); // end the last junk header line
            wire.send(request(2, "textDocument/hover", Json.at(URI, 0, 3)));

            JsonObject hover = null;
            Map<Integer, Integer> answered = new HashMap<>();
            while (hover == null) {
                JsonObject m = received.poll(30, TimeUnit.SECONDS);
                assertNotNull(m, "the server stopped answering");
                if (m.has("id") && !m.get("id").isJsonNull() && !m.has("method")) {
                    int id = m.get("id").getAsInt();
                    if (id == 2) {
                        hover = m;
                    } else if (m.has("error")) {
                        answered.put(id, Json.errorCode(m));
                    }
                }
            }
            assertEquals("still here", hover.getAsJsonObject("result").getAsJsonObject("contents").get("value").getAsString());
            assertTrue(answered.entrySet().containsAll(expected.entrySet()),
                    "every malformed request with a readable id got its error: " + expected.size() + " expected");
        }
    }

    @Test
    void unreadableJsonIsAnsweredWithParseErrorAndNullId() throws Exception {
        try (InProcessServer s = InProcessServer.withWire(ANSWERING)) {
            LspWire wire = s.wire();
            wire.raw(frame("{not json").getBytes(StandardCharsets.UTF_8));
            JsonObject reply = wire.read();
            while (reply.has("method")) { // log messages may come first
                reply = wire.read();
            }
            assertTrue(reply.get("id").isJsonNull());
            assertEquals(-32700, Json.errorCode(reply));
        }
    }

    private static JsonObject request(int id, String method, JsonObject params) {
        JsonObject m = Json.of("{'jsonrpc': '2.0'}");
        m.addProperty("id", id);
        m.addProperty("method", method);
        m.add("params", params);
        return m;
    }
}
