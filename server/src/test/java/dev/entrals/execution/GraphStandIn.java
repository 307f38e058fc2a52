package dev.entrals.execution;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A Microsoft Graph stand-in on 127.0.0.1 over HTTPS (the identity stand-in's certificate, so the same trust
 * works): records every request (method, URL, headers, body), serves users and group members paged through
 * {@code @odata.nextLink}, Graph-style errors for unknown objects, and the faults queued with {@link #failNext}:
 * throttling with {@code Retry-After}, 503, 401, a slow reply, a dropped connection, malformed or truncated JSON.
 */
final class GraphStandIn implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    /** One recorded request. */
    record Recorded(String method, String url, Map<String, String> headers, String body) {
        String line() {
            return method + " " + url;
        }
    }

    /** A fault for the next request. */
    enum Fault { THROTTLE, UNAVAILABLE, UNAUTHORIZED, FORBIDDEN, SLOW, DROP, MALFORMED, TRUNCATED }

    private final HttpsServer https;
    final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final Map<String, List<Map<String, Object>>> collections = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> objects = new ConcurrentHashMap<>();
    private final Map<String, String> xml = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);
    /** While set, every next-page request ({@code $skiptoken}) waits for it (see {@link #holdPages}). */
    private volatile CountDownLatch pageGate;
    /** Hears of each request as it arrives, before it is served or held. */
    volatile java.util.function.Consumer<Recorded> onRequest = r -> { };
    volatile int pageSize = 100;
    volatile String retryAfter = "7";

    GraphStandIn(SSLContext tls) throws IOException {
        https = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(tls));
        https.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "graph-stand-in");
            t.setDaemon(true);
            return t;
        }));
        https.createContext("/", this::handle);
        https.start();
    }

    String baseUrl() {
        return "https://127.0.0.1:" + https.getAddress().getPort();
    }

    /** Serves {@code count} users at {@code /v1.0/users} and each one at {@code /v1.0/users/{id}}. */
    GraphStandIn users(int count) {
        List<Map<String, Object>> users = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("id", String.format("00000000-0000-0000-0000-%012d", i));
            u.put("displayName", "User " + i);
            u.put("userPrincipalName", "user" + i + "@contoso.com");
            u.put("mail", i % 2 == 0 ? null : "user" + i + "@contoso.com");
            u.put("createdDateTime", "2024-03-0" + (1 + i % 9) + "T08:15:30Z");
            u.put("businessPhones", List.of("+1 555 010" + (i % 10)));
            users.add(u);
            objects.put("/v1.0/users/" + u.get("id"), u);
            objects.put("/v1.0/users/" + u.get("userPrincipalName"), u);
        }
        collections.put("/v1.0/users", users);
        return this;
    }

    /** Serves a collection at {@code path}. */
    /** Serves a collection at {@code path} to a GET whose {@code $filter} is {@code filter} (before the path's own). */
    GraphStandIn filtered(String path, String filter, List<Map<String, Object>> items) {
        return collection(path + "?$filter=" + filter, items);
    }

    GraphStandIn collection(String path, List<Map<String, Object>> items) {
        collections.put(path, List.copyOf(items));
        return this;
    }

    /** Serves one object at {@code path} (GET), and accepts writes there (POST answers 201 with the object). */
    GraphStandIn object(String path, Map<String, Object> o) {
        objects.put(path, o);
        return this;
    }

    /** Answers every request at {@code path} with this XML text ({@code application/xml}; a POST with 201). */
    GraphStandIn xml(String path, String text) {
        xml.put(path, text);
        return this;
    }

    synchronized void failNext(Fault... fs) {
        faults.addAll(List.of(fs));
    }

    private synchronized Fault nextFault() {
        return faults.poll();
    }

    /** Lets a slow reply go (also done on close). */
    void releaseSlow() {
        release.countDown();
    }

    /** From now on, next-page requests are recorded, then wait until {@link #releasePages} (or close). */
    void holdPages() {
        pageGate = new CountDownLatch(1);
    }

    /** Lets the held next-page requests go and stops holding. */
    void releasePages() {
        CountDownLatch gate = pageGate;
        pageGate = null;
        if (gate != null) {
            gate.countDown();
        }
    }

    @Override
    public void close() {
        release.countDown();
        releasePages();
        https.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String url = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? ""
                    : "?" + ex.getRequestURI().getRawQuery());
            Map<String, String> headers = new LinkedHashMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Recorded recorded = new Recorded(ex.getRequestMethod(), url, headers, body.isEmpty() ? null : body);
            requests.add(recorded);
            onRequest.accept(recorded);
            String auth = headers.getOrDefault("authorization", "");
            if (!auth.startsWith("Bearer ") || auth.length() < 20) {
                error(ex, 401, "InvalidAuthenticationToken", "Access token is empty.");
                return;
            }
            CountDownLatch gate = pageGate;
            if (gate != null && url.contains("$skiptoken=")) {
                awaitQuietly(gate, 60);
            }
            Fault f = nextFault();
            if (f != null && fault(ex, f)) {
                return;
            }
            serve(ex, ex.getRequestMethod(), ex.getRequestURI().getRawPath(), query(ex.getRequestURI().getRawQuery()),
                    body);
        }
    }

    /** Applies a fault; false when the request goes on to be served (after a slow start). */
    private boolean fault(HttpExchange ex, Fault f) throws IOException {
        switch (f) {
            case THROTTLE -> {
                ex.getResponseHeaders().add("Retry-After", retryAfter);
                error(ex, 429, "TooManyRequests", "Too many requests.");
            }
            case UNAVAILABLE -> error(ex, 503, "serviceNotAvailable", "The service is temporarily unavailable.");
            case UNAUTHORIZED -> error(ex, 401, "InvalidAuthenticationToken", "Lifetime validation failed, the token is expired.");
            case FORBIDDEN -> error(ex, 403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
            case SLOW -> {
                awaitQuietly(release, 30);
                return false;
            }
            case DROP -> {
                ex.sendResponseHeaders(200, 5000);
                ex.getResponseBody().write("{\"value\":[{\"id\":\"1\"".getBytes(StandardCharsets.UTF_8));
                ex.getResponseBody().flush();
                // closing the exchange now leaves the promised length unsent: the client sees the connection drop
            }
            case MALFORMED -> send(ex, 200, "<html>Service busy</html>");
            case TRUNCATED -> send(ex, 200, "{\"value\":[{\"id\":\"1\",\"displayName\":\"Ad");
        }
        return true;
    }

    private static void awaitQuietly(CountDownLatch latch, int seconds) {
        try {
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void serve(HttpExchange ex, String method, String path, Map<String, String> q, String body)
            throws IOException {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        p = URLDecoder.decode(p, StandardCharsets.UTF_8);
        String filtered = p + "?$filter=" + q.get("$filter");
        if (method.equals("GET") && (collections.containsKey(filtered) || collections.containsKey(p))) {
            List<Map<String, Object>> all = collections.getOrDefault(filtered, collections.get(p));
            int top = q.containsKey("$top") ? Integer.parseInt(q.get("$top")) : pageSize;
            int size = Math.min(top, pageSize);
            int skip = q.containsKey("$skiptoken") ? Integer.parseInt(q.get("$skiptoken")) : 0;
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("@odata.context", baseUrl() + "/v1.0/$metadata#users");
            reply.put("value", all.subList(Math.min(skip, all.size()), Math.min(skip + size, all.size())));
            if (skip + size < all.size()) {
                reply.put("@odata.nextLink", baseUrl() + path + "?$top=" + top + "&$skiptoken=" + (skip + size));
            }
            send(ex, 200, JSON.writeValueAsString(reply));
            return;
        }
        if (xml.containsKey(p)) {
            byte[] b = xml.get(p).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/xml; charset=utf-8");
            ex.sendResponseHeaders(method.equals("POST") ? 201 : 200, b.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
            return;
        }
        Map<String, Object> o = objects.get(p);
        if (o == null) {
            error(ex, 404, "Request_ResourceNotFound", "Resource '" + p.substring(p.lastIndexOf('/') + 1)
                    + "' does not exist or one of its queried reference-property objects are not present.");
            return;
        }
        switch (method) {
            case "GET" -> send(ex, 200, JSON.writeValueAsString(o));
            case "POST" -> send(ex, 201, JSON.writeValueAsString(o));
            default -> {
                ex.sendResponseHeaders(204, -1);
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static void error(HttpExchange ex, int status, String code, String message) throws IOException {
        ex.getResponseHeaders().add("request-id", "rid-" + status + "-0001");
        ex.getResponseHeaders().add("Date", "Sat, 05 Dec 2026 10:00:00 GMT");
        send(ex, status, "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"innerError\":{"
                + "\"date\":\"2026-12-05T10:00:00\",\"request-id\":\"rid-" + status + "-0001\","
                + "\"client-request-id\":\"crid-1\"}}}");
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }
}
