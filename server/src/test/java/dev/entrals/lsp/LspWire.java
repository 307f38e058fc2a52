package dev.entrals.lsp;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A raw LSP wire for tests and the benchmark: writes frames (or any bytes) and reads frames strictly, failing on
 * anything on the stream that is not a well-formed {@code Content-Length} frame holding a JSON-RPC 2.0 object.
 */
public final class LspWire {

    private final InputStream in;
    private final OutputStream out;
    private final AtomicInteger ids = new AtomicInteger();

    public LspWire(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    /** Sends a request and returns its id. */
    public int request(String method, JsonElement params) throws IOException {
        int id = ids.incrementAndGet();
        JsonObject m = base();
        m.addProperty("id", id);
        m.addProperty("method", method);
        if (params != null) {
            m.add("params", params);
        }
        send(m);
        return id;
    }

    public void notify(String method, JsonElement params) throws IOException {
        JsonObject m = base();
        m.addProperty("method", method);
        if (params != null) {
            m.add("params", params);
        }
        send(m);
    }

    public void send(JsonObject message) throws IOException {
        byte[] body = message.toString().getBytes(StandardCharsets.UTF_8);
        raw(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        raw(body);
    }

    /** Writes bytes as they are (for malformed input). */
    public synchronized void raw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Reads frames until the response to {@code id}; other messages are passed to {@code skipped}. */
    public JsonObject responseTo(int id, java.util.function.Consumer<JsonObject> skipped) throws IOException {
        while (true) {
            JsonObject m = read();
            if (m.has("id") && !m.get("id").isJsonNull() && m.has("result") == !m.has("error")
                    && m.get("id").getAsInt() == id && !m.has("method")) {
                return m;
            }
            skipped.accept(m);
        }
    }

    public JsonObject responseTo(int id) throws IOException {
        return responseTo(id, m -> { });
    }

    /** Reads one frame strictly: only {@code Content-Length} and {@code Content-Type} headers, then a JSON-RPC object. */
    public JsonObject read() throws IOException {
        int length = -1;
        while (true) {
            String line = headerLine();
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IOException("not a header line: '" + line + "'");
            }
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1).trim();
            if (name.equals("Content-Length")) {
                length = Integer.parseInt(value);
            } else if (!name.equals("Content-Type")) {
                throw new IOException("unexpected header: '" + line + "'");
            }
        }
        if (length < 0) {
            throw new IOException("frame without Content-Length");
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new EOFException("stream ended inside a frame body");
        }
        JsonElement e = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
        if (!e.isJsonObject() || !"2.0".equals(e.getAsJsonObject().get("jsonrpc").getAsString())) {
            throw new IOException("not a JSON-RPC 2.0 object: " + e);
        }
        return e.getAsJsonObject();
    }

    private String headerLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int c = in.read();
            if (c < 0) {
                throw new EOFException(line.size() == 0 ? "end of stream" : "stream ended inside a header");
            }
            if (c == '\r') {
                if (in.read() != '\n') {
                    throw new IOException("CR without LF in a header");
                }
                return line.toString(StandardCharsets.US_ASCII);
            }
            if (c == '\n') {
                throw new IOException("LF without CR in a header");
            }
            line.write(c);
        }
    }

    private static JsonObject base() {
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        return m;
    }
}
