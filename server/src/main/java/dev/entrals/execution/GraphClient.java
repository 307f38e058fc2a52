package dev.entrals.execution;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.entrals.graph.GraphRequest;
import dev.entrals.session.CancellationSignal;

/**
 * Sends Graph requests over the JDK {@link HttpClient} with the session's token: one retry with a fresh token after a
 * 401; 429, 503 and 504 retried after {@code Retry-After} (at most {@link #MAX_TRIES} tries, each wait at most
 * {@code maxRetryWait}, cancellable); a time limit per request; dropped connections and malformed replies as
 * {@link GraphFault}s. Logs method and URL only.
 */
public final class GraphClient {

    /** The most tries of one request when Graph throttles or is unavailable. */
    public static final int MAX_TRIES = 3;

    private static final Logger LOG = Logger.getLogger(GraphClient.class.getName());

    /**
     * The JSON mapper of replies, built on first use (a holder class): building it loads some 150 Jackson classes,
     * which the server's start-up (it constructs this client) must not wait for.
     */
    static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();

        private Json() {
        }
    }

    private final java.util.function.Supplier<HttpClient> http;
    private final TokenSource tokens;
    private final Settings settings;

    /**
     * Time limits and waits.
     *
     * @param requestTimeout limit of one exchange (connect to last byte)
     * @param maxRetryWait   the longest wait honoured from a {@code Retry-After}
     * @param defaultRetryWait the wait when a retryable reply names none
     * @param retryWait      how to wait between tries
     */
    public record Settings(Duration requestTimeout, Duration maxRetryWait, Duration defaultRetryWait, RetryWait retryWait) {
        /** 60 s per request, waits of at most 30 s (2 s when Graph names none). */
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofSeconds(2), RetryWait.SLICED);
        }
    }

    /** A client over {@code http} (its SSL context and proxy are used as they are). */
    public GraphClient(HttpClient http, TokenSource tokens, Settings settings) {
        this(() -> http, tokens, settings);
    }

    private GraphClient(java.util.function.Supplier<HttpClient> http, TokenSource tokens, Settings settings) {
        this.http = http;
        this.tokens = tokens;
        this.settings = settings;
    }

    /**
     * A client with the JVM's trust and proxy settings, connecting within 20 s. The JDK client (and with it the TLS
     * stack, some 300 classes) is built on the first request, not when the server starts: start-up and the first
     * hover do not pay for it.
     */
    public static GraphClient standard(TokenSource tokens) {
        return new GraphClient(new LazyHttp(), tokens, Settings.defaults());
    }

    /** The standard JDK client, built once on first use. */
    private static final class LazyHttp implements java.util.function.Supplier<HttpClient> {
        private volatile HttpClient client;

        @Override
        public HttpClient get() {
            HttpClient c = client;
            if (c == null) {
                synchronized (this) {
                    c = client;
                    if (c == null) {
                        c = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                                .followRedirects(HttpClient.Redirect.NEVER).build();
                        client = c;
                    }
                }
            }
            return c;
        }
    }

    /** The endpoint requests go to. */
    public String endpoint() {
        return tokens.graphEndpoint();
    }

    /** A request as a report names it: {@code METHOD https://endpoint/path?query} (no body, no token). */
    String line(GraphRequest request) {
        return request.method() + " " + endpoint() + request.relativeUrl();
    }

    /** The session this client takes its endpoint and tokens from. */
    TokenSource session() {
        return tokens;
    }

    /** Sends {@code request} (its URL relative to the session's endpoint) and returns the successful reply. */
    public GraphReply send(GraphRequest request, CancellationSignal cancel) {
        return sendTo(endpoint() + request.relativeUrl(), request, cancel);
    }

    /**
     * Sends {@code request} to the absolute {@code url} (a next-page link), which must lie under the session's
     * endpoint: the token is never sent anywhere else.
     */
    public GraphReply sendTo(String url, GraphRequest request, CancellationSignal cancel) {
        String shown = request.method() + " " + url;
        String endpoint = endpoint();
        if (!url.startsWith(endpoint + "/")) {
            throw GraphFault.of(GraphFault.Kind.MALFORMED, "The reply pointed to a URL outside the session's Graph "
                    + "endpoint " + endpoint + "; it was not followed.", shown);
        }
        boolean refreshed = false;
        int tries = 0;
        while (true) {
            tries++;
            checkCancel(cancel, shown);
            LOG.fine(() -> "Graph " + shown);
            HttpResponse<byte[]> response = exchange(build(url, request, tokens.token(refreshed, cancel)), shown, cancel);
            int status = response.statusCode();
            if (status == 401 && !refreshed) {
                refreshed = true;
                tries--;
                continue;
            }
            if ((status == 429 || status == 503 || status == 504) && tries < MAX_TRIES) {
                Duration delay = retryAfter(response);
                LOG.info(() -> "Graph answered " + status + " to " + shown + "; retrying in " + delay.toMillis() + " ms");
                settings.retryWait().await(delay, cancel);
                continue;
            }
            if (status >= 400) {
                throw GraphErrors.fault(status, response, shown);
            }
            return new GraphReply(status, textual(response) ? text(response.body())
                    : parse(response.body(), shown));
        }
    }

    private HttpRequest build(String url, GraphRequest request, String token) {
        HttpRequest.Builder b;
        try {
            b = HttpRequest.newBuilder(URI.create(url));
        } catch (IllegalArgumentException e) {
            throw GraphFault.of(GraphFault.Kind.MALFORMED, "The request URL is not valid: " + e.getMessage(),
                    request.method() + " " + url);
        }
        b.timeout(settings.requestTimeout())
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("client-request-id", UUID.randomUUID().toString())
                .header("User-Agent", "entra-ls");
        for (Map.Entry<String, String> h : request.headers().entrySet()) {
            b.header(h.getKey(), h.getValue());
        }
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8);
        if (request.body() != null && request.headers().keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            b.header("Content-Type", "application/json"); // else the text of the type the request's headers name
        } else if (request.body() != null) {
            b.setHeader("Accept", "*/*"); // the module's XML body: Graph answers in XML
        } else if (request.file() != null) {
            body = HttpRequest.BodyPublishers.ofByteArray(LocalFiles.read(request.file(), request.method() + " " + url));
            b.header("Content-Type", request.file().contentType());
        }
        return b.method(request.method(), body).build();
    }

    private HttpResponse<byte[]> exchange(HttpRequest r, String shown, CancellationSignal cancel) {
        CompletableFuture<HttpResponse<byte[]>> f = http.get().sendAsync(r, HttpResponse.BodyHandlers.ofByteArray());
        while (true) {
            try {
                return f.get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (cancel.isCancelled()) {
                    f.cancel(true);
                    throw GraphFault.of(GraphFault.Kind.CANCELLED, "Cancelled.", shown);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                f.cancel(true);
                throw GraphFault.of(GraphFault.Kind.CANCELLED, "Interrupted.", shown);
            } catch (ExecutionException e) {
                throw transportFault(e.getCause(), shown);
            }
        }
    }

    private GraphFault transportFault(Throwable cause, String shown) {
        if (cause instanceof HttpConnectTimeoutException) {
            return GraphFault.of(GraphFault.Kind.TIMEOUT, "Could not connect to Microsoft Graph in time.", shown);
        }
        if (cause instanceof HttpTimeoutException) {
            return GraphFault.of(GraphFault.Kind.TIMEOUT, "Microsoft Graph did not answer within "
                    + settings.requestTimeout().toSeconds() + " s.", shown);
        }
        String detail = cause == null ? "" : cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        if (cause instanceof IOException) {
            return GraphFault.of(GraphFault.Kind.CONNECTION, "The connection to Microsoft Graph failed or was "
                    + "dropped (" + detail + ").", shown);
        }
        return GraphFault.of(GraphFault.Kind.CONNECTION, "The request to Microsoft Graph failed (" + detail + ").", shown);
    }

    private static void checkCancel(CancellationSignal cancel, String shown) {
        if (cancel.isCancelled()) {
            throw GraphFault.of(GraphFault.Kind.CANCELLED, "Cancelled.", shown);
        }
    }

    /** The wait a throttled reply asks for, bounded; seconds or an HTTP date. */
    private Duration retryAfter(HttpResponse<?> response) {
        Optional<String> v = response.headers().firstValue("Retry-After");
        Duration d = settings.defaultRetryWait();
        if (v.isPresent()) {
            String s = v.get().strip();
            try {
                d = Duration.ofSeconds(Math.max(0, Long.parseLong(s)));
            } catch (NumberFormatException e) {
                try {
                    d = Duration.between(java.time.Instant.now(), java.time.ZonedDateTime.parse(s,
                            java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                } catch (java.time.format.DateTimeParseException ignored) {
                    // keep the default
                }
            }
        }
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        return d.compareTo(settings.maxRetryWait()) > 0 ? settings.maxRetryWait() : d;
    }

    /** True for no body or one of ASCII white space only (a page is not copied into a string to find out). */
    private static boolean blank(byte[] body) {
        if (body == null) {
            return true;
        }
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Whether a reply is XML or plain text (a trust framework policy), kept as its text rather than read as JSON. */
    private static boolean textual(HttpResponse<?> response) {
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(java.util.Locale.ROOT);
        return type.contains("xml") || type.startsWith("text/plain");
    }

    /** A textual reply as a text node (UTF-8); null for an empty body. */
    private static JsonNode text(byte[] body) {
        return blank(body) ? null : com.fasterxml.jackson.databind.node.TextNode.valueOf(
                new String(body, StandardCharsets.UTF_8));
    }

    /** The JSON of a successful reply; null for an empty body; a fault when it is not JSON. */
    static JsonNode parse(byte[] body, String shown) {
        if (blank(body)) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw GraphFault.of(GraphFault.Kind.MALFORMED, "The reply of Microsoft Graph is not valid JSON "
                    + "(malformed or cut off at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ").", shown);
        } catch (IOException e) {
            throw GraphFault.of(GraphFault.Kind.MALFORMED, "The reply of Microsoft Graph could not be read.", shown);
        }
    }
}
