package dev.entrals.session;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local stand-in for the Entra identity platform on 127.0.0.1 over HTTPS (certificate made with keytool at test
 * time): token, device code and authorize endpoints per tenant, and an App Service style managed-identity endpoint
 * over plain HTTP on loopback. It checks what Entra checks: secrets, certificate assertions, PKCE, the redirect URI,
 * refresh-token rotation and revocation. One instance serves the whole test JVM (msal4j caches discovery per host).
 */
public final class EntraStandIn {

    public static final String TENANT_NAME = "contoso.onmicrosoft.com";
    public static final String TENANT_ID = "aaaabbbb-0000-cccc-1111-dddd2222eeee";
    static final String USER = "adele@contoso.onmicrosoft.com";
    static final String USER_OID = "11112222-3333-4444-5555-666677778888";
    static final String MSI_HEADER = "msi-header-value";

    /** Faults the next request to an endpoint can meet. */
    enum Fault { HTTP_500, HANG, MALFORMED_JSON }

    private static EntraStandIn shared;

    private final HttpsServer https;
    private final HttpServer msi;
    private final SSLSocketFactory trust;
    private final javax.net.ssl.SSLContext trustContext;
    private final Path trustStoreFile;
    private final Path serverKeys;
    private final Path dir;
    /** The host name in {@link #baseUrl()}: 127.0.0.1, or a name the clients resolve to it. */
    private final String host;
    final List<String> requests = new CopyOnWriteArrayList<>();
    /** The {@code scope} parameter of every token request, in order ("" when the request had none). */
    final List<String> tokenScopes = new CopyOnWriteArrayList<>();
    final Map<String, App> apps = new ConcurrentHashMap<>();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final Map<String, DeviceGrant> deviceCodes = new ConcurrentHashMap<>();
    volatile long accessTokenLifetime = 3600;
    volatile int pendingPolls = 1;
    volatile long deviceCodeLifetime = 30;
    volatile boolean declineSignIn;

    record App(String clientId, String secret, X509Certificate certificate, String displayName, boolean publicClient) {
    }

    private record Grant(String clientId, String scope, String redirectUri, String challenge) {
    }

    private static final class DeviceGrant {
        final String clientId;
        final String scope;
        final String userCode;
        final Instant expires;
        int polls;
        volatile boolean approved;

        DeviceGrant(String clientId, String scope, String userCode, Instant expires) {
            this.clientId = clientId;
            this.scope = scope;
            this.userCode = userCode;
            this.expires = expires;
        }
    }

    public static synchronized EntraStandIn shared() {
        if (shared == null) {
            try {
                shared = new EntraStandIn(Files.createTempDirectory("entra-stand-in"));
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the stand-in", e);
            }
        }
        shared.reset();
        return shared;
    }

    private EntraStandIn(Path dir) throws Exception {
        this(dir, "127.0.0.1");
    }

    private EntraStandIn(Path dir, String host) throws Exception {
        this.dir = dir;
        this.host = host;
        NetworkGuard.install();
        serverKeys = TestCertificates.keytool(dir, "stand-in", "CN=localhost", "-ext",
                "SAN=ip:127.0.0.1,dns:localhost" + (host.equals("127.0.0.1") ? "" : ",dns:" + host));
        trustStoreFile = dir.resolve("trust.p12");
        KeyStore ts = TestCertificates.trustStore(TestCertificates.certificate(serverKeys), trustStoreFile);
        trustContext = TestCertificates.clientContext(ts);
        trust = trustContext.getSocketFactory();
        https = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(TestCertificates.serverContext(serverKeys)));
        https.setExecutor(Executors.newCachedThreadPool(daemon()));
        https.createContext("/", this::handle);
        https.createContext("/devicelogin", this::deviceLogin);
        https.start();
        msi = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        msi.setExecutor(Executors.newCachedThreadPool(daemon()));
        msi.createContext("/msi/token", this::handleManagedIdentity);
        msi.start();
    }

    /**
     * A stand-in of its own whose files (certificate, trust store) go to {@code dir}, still bound to 127.0.0.1 but
     * named {@code host} in its URLs and certificate (the clients map that name to 127.0.0.1); for {@link StandInMain}.
     */
    static EntraStandIn startIn(Path dir, String host) throws Exception {
        return new EntraStandIn(dir, host);
    }

    /** Stops serving. */
    void stop() {
        https.stop(0);
        msi.stop(0);
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "stand-in");
            t.setDaemon(true);
            return t;
        };
    }

    /** Forgets grants, faults and the request log; apps are registered again by each test. */
    void reset() {
        requests.clear();
        tokenScopes.clear();
        apps.clear();
        faults.clear();
        codes.clear();
        refreshTokens.clear();
        revoked.clear();
        deviceCodes.clear();
        accessTokenLifetime = 3600;
        pendingPolls = 1;
        deviceCodeLifetime = 30;
        declineSignIn = false;
    }

    public String baseUrl() {
        return "https://" + host + ":" + https.getAddress().getPort();
    }

    String managedIdentityEndpoint() {
        return "http://127.0.0.1:" + msi.getAddress().getPort() + "/msi/token";
    }

    javax.net.ssl.SSLContext trustContext() {
        return trustContext;
    }

    /** A server SSL context with the stand-in's certificate, for other local stand-ins (Graph) the clients trust alike. */
    javax.net.ssl.SSLContext serverContext() {
        try {
            return TestCertificates.serverContext(serverKeys);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    SSLSocketFactory trust() {
        return trust;
    }

    public Path trustStoreFile() {
        return trustStoreFile;
    }

    /** The password of {@link #trustStoreFile()} (a PKCS#12 store holding only the stand-in's certificate). */
    public String trustStorePassword() {
        return TestCertificates.PASSWORD;
    }

    Path dir() {
        return dir;
    }

    public void registerSecretApp(String clientId, String secret, String displayName) {
        apps.put(clientId, new App(clientId, secret, null, displayName, false));
    }

    void registerCertificateApp(String clientId, X509Certificate cert, String displayName) {
        apps.put(clientId, new App(clientId, null, cert, displayName, false));
    }

    void registerPublicClient(String clientId, String displayName) {
        apps.put(clientId, new App(clientId, null, null, displayName, true));
    }

    void failNext(String endpoint, Fault... fs) {
        faults.computeIfAbsent(endpoint, k -> new ArrayDeque<>()).addAll(List.of(fs));
    }

    public long count(String endpoint) {
        return requests.stream().filter(r -> r.endsWith(" " + endpoint)).count();
    }

    /** Marks the device code as entered and approved by the user. */
    void approve(String userCode) {
        deviceCodes.values().stream().filter(d -> d.userCode.equals(userCode)).forEach(d -> d.approved = true);
    }

    /** Revokes a refresh token, as an administrator revoking sessions would. */
    void revoke(String refreshToken) {
        refreshTokens.remove(refreshToken);
        revoked.add(refreshToken);
    }

    /** Issued refresh tokens still accepted. */
    Set<String> liveRefreshTokens() {
        return Set.copyOf(refreshTokens.keySet());
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String[] path = ex.getRequestURI().getPath().split("/");
            String endpoint = path.length >= 5 ? path[4] : ex.getRequestURI().getPath();
            requests.add(path.length > 1 ? path[1] + " " + endpoint : endpoint);
            if (path.length < 5 || !"oauth2".equals(path[2]) || !"v2.0".equals(path[3])) {
                send(ex, 404, "{\"error\":\"not_found\",\"error_description\":\"no such endpoint\"}");
                return;
            }
            if (applyFault(ex, endpoint)) {
                return;
            }
            String tenant = path[1];
            if (!Set.of(TENANT_NAME, TENANT_ID, "common", "organizations").contains(tenant)) {
                send(ex, 400, error("invalid_request", "AADSTS90002: Tenant '" + tenant + "' not found. Check "
                        + "to make sure you have the correct tenant ID and are signing into the correct cloud."));
                return;
            }
            Map<String, String> form = "POST".equals(ex.getRequestMethod()) ? parse(new String(ex.getRequestBody()
                    .readAllBytes(), StandardCharsets.UTF_8)) : parse(ex.getRequestURI().getRawQuery());
            switch (endpoint) {
                case "token" -> token(ex, tenant, form);
                case "devicecode" -> deviceCode(ex, form);
                case "authorize" -> authorize(ex, form);
                default -> send(ex, 404, error("not_found", "no such endpoint"));
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
    }

    private boolean applyFault(HttpExchange ex, String endpoint) throws IOException {
        Deque<Fault> q = faults.get(endpoint);
        Fault f = q == null ? null : q.poll();
        if (f == null) {
            return false;
        }
        switch (f) {
            case HTTP_500 -> send(ex, 500, error("server_error", "AADSTS90033: A transient error has occurred."));
            case MALFORMED_JSON -> send(ex, 200, "{\"access_token\": \"abc\", ");
            case HANG -> {
                try {
                    Thread.sleep(8000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return true;
    }

    private void token(HttpExchange ex, String tenant, Map<String, String> f) throws IOException {
        tokenScopes.add(f.getOrDefault("scope", ""));
        String grant = f.getOrDefault("grant_type", "");
        App app = apps.get(f.getOrDefault("client_id", ""));
        if (app == null) {
            send(ex, 400, error("unauthorized_client", "AADSTS700016: Application with identifier '"
                    + f.get("client_id") + "' was not found in the directory."));
            return;
        }
        switch (grant) {
            case "client_credentials" -> clientCredentials(ex, tenant, app, f);
            case "authorization_code" -> authorizationCode(ex, app, f);
            case "refresh_token" -> refresh(ex, app, f);
            case "urn:ietf:params:oauth:grant-type:device_code", "device_code" -> deviceToken(ex, app, f);
            default -> send(ex, 400, error("unsupported_grant_type", "AADSTS70003: unsupported grant " + grant));
        }
    }

    private void clientCredentials(HttpExchange ex, String tenant, App app, Map<String, String> f) throws IOException {
        String problem;
        if (app.secret != null) {
            problem = app.secret.equals(f.get("client_secret")) ? null : "secret";
        } else if (app.certificate != null) {
            String endpoint = baseUrl() + "/" + tenant + "/oauth2/v2.0/token";
            problem = StandInTokens.checkAssertion(f.getOrDefault("client_assertion", ""), app.certificate,
                    app.clientId, endpoint);
        } else {
            problem = "public client";
        }
        if (problem != null) {
            send(ex, 401, error("invalid_client", problem.equals("secret")
                    ? "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request "
                    + "is the client secret value, not the client secret ID."
                    : "AADSTS700027: Client assertion failed signature validation (" + problem + ")."));
            return;
        }
        Map<String, Object> at = StandInTokens.claims("aud", f.get("scope"), "tid", TENANT_ID, "appid",
                app.clientId, "app_displayname", app.displayName, "roles", List.of("User.Read.All", "Group.Read.All"),
                "exp", Instant.now().getEpochSecond() + accessTokenLifetime);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("token_type", "Bearer");
        reply.put("expires_in", accessTokenLifetime);
        reply.put("access_token", StandInTokens.jwt(at));
        send(ex, 200, StandInTokens.JSON.writeValueAsString(reply));
    }

    private void authorize(HttpExchange ex, Map<String, String> q) throws IOException {
        App app = apps.get(q.getOrDefault("client_id", ""));
        String redirect = q.getOrDefault("redirect_uri", "");
        URI r = URI.create(redirect);
        if (app == null || !app.publicClient || !"http".equals(r.getScheme())
                || !Set.of("localhost", "127.0.0.1").contains(r.getHost())) {
            send(ex, 400, error("invalid_request", "AADSTS50011: The redirect URI '" + redirect
                    + "' does not match the redirect URIs configured for the application."));
            return;
        }
        if (!"S256".equals(q.get("code_challenge_method")) || q.get("code_challenge") == null) {
            send(ex, 400, error("invalid_request", "AADSTS9002325: Proof Key for Code Exchange is required."));
            return;
        }
        String fields;
        if (declineSignIn) {
            fields = hidden("error", "access_denied") + hidden("error_description", "AADSTS65004: User declined "
                    + "to consent to access the app.") + hidden("state", q.getOrDefault("state", ""));
        } else {
            String code = "code-" + UUID.randomUUID();
            codes.put(code, new Grant(app.clientId, q.get("scope"), redirect, q.get("code_challenge")));
            fields = hidden("code", code) + hidden("state", q.getOrDefault("state", ""));
        }
        String html = "<html><body onload=\"document.forms[0].submit()\"><form method=\"POST\" action=\""
                + redirect + "\">" + fields + "</form></body></html>";
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        byte[] b = html.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, b.length);
        ex.getResponseBody().write(b);
    }

    private void authorizationCode(HttpExchange ex, App app, Map<String, String> f) throws IOException {
        Grant g = codes.remove(f.getOrDefault("code", ""));
        if (g == null || !g.clientId.equals(app.clientId)) {
            send(ex, 400, error("invalid_grant", "AADSTS70008: The provided authorization code has expired or "
                    + "was already used."));
        } else if (!g.redirectUri.equals(f.get("redirect_uri"))) {
            send(ex, 400, error("invalid_grant", "AADSTS500112: The reply address does not match."));
        } else if (!StandInTokens.s256(f.getOrDefault("code_verifier", "")).equals(g.challenge)) {
            send(ex, 400, error("invalid_grant", "AADSTS501481: The Code_Verifier does not match the "
                    + "code_challenge supplied in the authorization request."));
        } else {
            sendUserTokens(ex, app, g.scope);
        }
    }

    private void refresh(HttpExchange ex, App app, Map<String, String> f) throws IOException {
        String rt = f.getOrDefault("refresh_token", "");
        Grant g = refreshTokens.remove(rt);
        if (g == null || !g.clientId.equals(app.clientId)) {
            send(ex, 400, error("invalid_grant", "AADSTS70008: The refresh token has expired or was revoked."));
            return;
        }
        revoked.add(rt);
        sendUserTokens(ex, app, g.scope);
    }

    private void deviceCode(HttpExchange ex, Map<String, String> f) throws IOException {
        App app = apps.get(f.getOrDefault("client_id", ""));
        if (app == null || !app.publicClient) {
            send(ex, 400, error("unauthorized_client", "AADSTS700016: Application not found or not public."));
            return;
        }
        String device = "device-" + UUID.randomUUID();
        String user = "U" + Integer.toHexString(device.hashCode()).toUpperCase();
        deviceCodes.put(device, new DeviceGrant(app.clientId, f.get("scope"), user,
                Instant.now().plusSeconds(deviceCodeLifetime)));
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("user_code", user);
        reply.put("device_code", device);
        reply.put("verification_uri", baseUrl() + "/devicelogin");
        reply.put("expires_in", deviceCodeLifetime);
        reply.put("interval", 1);
        reply.put("message", "To sign in, use a web browser to open the page " + baseUrl()
                + "/devicelogin and enter the code " + user + " to authenticate.");
        send(ex, 200, StandInTokens.JSON.writeValueAsString(reply));
    }

    private void deviceToken(HttpExchange ex, App app, Map<String, String> f) throws IOException {
        DeviceGrant d = deviceCodes.get(f.getOrDefault("device_code", ""));
        if (d == null || !d.clientId.equals(app.clientId)) {
            send(ex, 400, error("invalid_grant", "AADSTS70000: unknown device code"));
        } else if (Instant.now().isAfter(d.expires)) {
            send(ex, 400, error("expired_token", "AADSTS70020: The provided value for the input parameter "
                    + "'device_code' is no longer valid."));
        } else if (!d.approved || d.polls++ < pendingPolls) {
            send(ex, 400, error("authorization_pending", "AADSTS70016: OAuth 2.0 device flow error. "
                    + "Authorization is pending. Continue polling."));
        } else {
            deviceCodes.remove(f.get("device_code"));
            sendUserTokens(ex, app, d.scope);
        }
    }

    private void sendUserTokens(HttpExchange ex, App app, String scope) throws IOException {
        String granted = scope == null ? "" : String.join(" ", java.util.Arrays.stream(scope.split(" "))
                .filter(s -> !Set.of("openid", "profile", "offline_access").contains(s)).toList());
        String rt = "rt-" + UUID.randomUUID();
        refreshTokens.put(rt, new Grant(app.clientId, scope, null, null));
        long now = Instant.now().getEpochSecond();
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("token_type", "Bearer");
        reply.put("scope", granted);
        reply.put("expires_in", accessTokenLifetime);
        reply.put("access_token", StandInTokens.jwt(StandInTokens.claims("aud", "https://graph.microsoft.com",
                "tid", TENANT_ID, "appid", app.clientId, "app_displayname", app.displayName, "scp", granted,
                "upn", USER, "oid", USER_OID, "exp", now + accessTokenLifetime)));
        reply.put("refresh_token", rt);
        reply.put("id_token", StandInTokens.jwt(StandInTokens.claims("aud", app.clientId, "iss", baseUrl() + "/"
                        + TENANT_ID + "/v2.0", "tid", TENANT_ID, "oid", USER_OID, "sub", USER_OID, "preferred_username",
                USER, "name", "Adele Vance", "ver", "2.0", "exp", now + 3600)));
        reply.put("client_info", StandInTokens.clientInfo(USER_OID, TENANT_ID));
        send(ex, 200, StandInTokens.JSON.writeValueAsString(reply));
    }

    /**
     * The verification page of the device-code flow, as a person meets it in a browser: GET shows a form for the
     * code, POST approves the pending device code with that user code (or says it is unknown or expired).
     */
    private void deviceLogin(HttpExchange ex) throws IOException {
        try (ex) {
            requests.add("devicelogin " + ex.getRequestMethod());
            String body;
            int status = 200;
            if ("POST".equals(ex.getRequestMethod())) {
                String code = parse(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                        .getOrDefault("user_code", "").trim().toUpperCase(java.util.Locale.ROOT);
                boolean known = deviceCodes.values().stream().anyMatch(d -> d.userCode.equals(code)
                        && Instant.now().isBefore(d.expires));
                if (known) {
                    approve(code);
                    body = "<h1 id=\"signed-in\">You have signed in as " + USER + "</h1>"
                            + "<p>You may now close this window.</p>";
                } else {
                    status = 400;
                    body = "<h1 id=\"unknown-code\">That code didn't work</h1>" + deviceLoginForm();
                }
            } else {
                body = "<h1>Enter code</h1>" + deviceLoginForm();
            }
            byte[] b = ("<html><head><title>Stand-in device sign-in</title></head><body>" + body + "</body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(status, b.length);
            ex.getResponseBody().write(b);
        }
    }

    private static String deviceLoginForm() {
        return "<form method=\"POST\" action=\"/devicelogin\"><input name=\"user_code\" id=\"user_code\" "
                + "autocomplete=\"off\"/><button type=\"submit\" id=\"next\">Next</button></form>";
    }

    private void handleManagedIdentity(HttpExchange ex) throws IOException {
        try (ex) {
            requests.add("msi token");
            if (applyFault(ex, "msi")) {
                return;
            }
            if (!MSI_HEADER.equals(ex.getRequestHeaders().getFirst("X-IDENTITY-HEADER"))) {
                send(ex, 401, "{\"statusCode\":401,\"message\":\"missing or wrong X-IDENTITY-HEADER\"}");
                return;
            }
            Map<String, String> q = parse(ex.getRequestURI().getRawQuery());
            String clientId = q.getOrDefault("client_id", "system-assigned-app-id");
            long exp = Instant.now().getEpochSecond() + accessTokenLifetime;
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("access_token", StandInTokens.jwt(StandInTokens.claims("aud", q.get("resource"), "tid",
                    TENANT_ID, "appid", clientId, "roles", List.of("User.Read.All"), "exp", exp)));
            reply.put("expires_on", String.valueOf(exp));
            reply.put("resource", q.get("resource"));
            reply.put("token_type", "Bearer");
            reply.put("client_id", clientId);
            send(ex, 200, StandInTokens.JSON.writeValueAsString(reply));
        }
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + value + "\"/>";
    }

    private static String error(String code, String description) {
        return "{\"error\":\"" + code + "\",\"error_description\":\"" + description.replace("\"", "'")
                + "\",\"error_codes\":[],\"timestamp\":\"" + Instant.now() + "\",\"trace_id\":\""
                + UUID.randomUUID() + "\",\"correlation_id\":\"" + UUID.randomUUID() + "\"}";
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, b.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(b);
        }
    }

    static Map<String, String> parse(String query) {
        Map<String, String> m = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return m;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            m.put(k, v);
        }
        return m;
    }
}
