package dev.entrals.session;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The session tests' stand-in, home folder and network guard for tests outside this package (the language server's
 * session commands): a home with the stand-in registered as the environment {@link #ENVIRONMENT}, services that trust
 * it, and the test "person" who enters device codes and signs in in a browser.
 */
public final class SessionTestKit {

    public static final String ENVIRONMENT = SessionFixture.ENVIRONMENT;
    public static final String APP_ID = SessionFixture.APP_ID;
    public static final String SECRET = SessionFixture.SECRET;
    public static final String PUBLIC_APP_ID = SessionFixture.PUBLIC_APP_ID;
    public static final String TENANT_NAME = EntraStandIn.TENANT_NAME;
    public static final String TENANT_ID = EntraStandIn.TENANT_ID;
    public static final String USER = EntraStandIn.USER;

    private final SessionFixture fx;

    /** Resets the stand-in and makes a session home in {@code home}. */
    public SessionTestKit(Path home) {
        this.fx = new SessionFixture(home);
    }

    /** A service on this home that trusts the stand-in and waits at most 20 s for a sign-in. */
    public SessionService newService() {
        return fx.newService();
    }

    public SessionPaths paths() {
        return fx.paths;
    }

    public String standInUrl() {
        return fx.standIn.baseUrl();
    }

    /** TLS for another local stand-in (Graph) served with the identity stand-in's certificate. */
    public javax.net.ssl.SSLContext serverTls() {
        return fx.standIn.serverContext();
    }

    /** A client context that trusts the stand-in's certificate (and nothing else). */
    public javax.net.ssl.SSLContext clientTrust() {
        return fx.standIn.trustContext();
    }

    /** The stand-in's trust store file and password (for a child JVM's {@code javax.net.ssl.trustStore}). */
    public java.nio.file.Path trustStoreFile() {
        return fx.standIn.trustStoreFile();
    }

    /** The person enters and approves this device code. */
    public void approveDeviceCode(String userCode) {
        fx.standIn.approve(userCode);
    }

    /** The person's browser opens the sign-in page and posts its answer to the loopback; the reply page when done. */
    public Supplier<String> signInWithBrowser(URI authorize) {
        TestBrowser browser = new TestBrowser(fx.standIn, false);
        browser.openBrowser(authorize);
        return () -> browser.loopbackReply();
    }

    /** The {@code scope} parameter of every token request the stand-in received, in order. */
    public List<String> tokenScopes() {
        return List.copyOf(fx.standIn.tokenScopes);
    }

    /** How many requests reached one stand-in endpoint ({@code token}, {@code devicecode}, {@code authorize}). */
    public long requests(String endpoint) {
        return fx.standIn.count(endpoint);
    }

    /** Every request any test tried to send off this machine (must stay empty). */
    public static List<URI> blockedRequests() {
        return NetworkGuard.install().blocked();
    }

    /** Every file under the home with its text, for secret scans. */
    public List<String> filesText() throws IOException {
        return fx.filesText();
    }

    /** A service with a short sign-in limit. */
    public SessionService newService(Duration signInTimeout) {
        return fx.newService(Map.of(), signInTimeout);
    }

    /** The password of the PKCS#12 files {@link #registerCertificateApp} makes. */
    public static final String CERTIFICATE_PASSWORD = TestCertificates.PASSWORD;

    /** The header value the stand-in's managed-identity endpoint wants in {@code X-IDENTITY-HEADER}. */
    public static final String MANAGED_IDENTITY_HEADER = EntraStandIn.MSI_HEADER;

    /** The stand-in's App Service style managed-identity endpoint ({@code IDENTITY_ENDPOINT}). */
    public String managedIdentityEndpoint() {
        return fx.standIn.managedIdentityEndpoint();
    }

    /**
     * Makes a key pair and self-signed certificate in {@code dir/name.p12} (password {@link #CERTIFICATE_PASSWORD})
     * and registers it on the stand-in as the credential of {@code clientId}; returns the PKCS#12 file.
     */
    public Path registerCertificateApp(String clientId, Path dir, String name, String subject, String displayName) {
        Path p12 = TestCertificates.keytool(dir, name, subject);
        fx.standIn.registerCertificateApp(clientId, TestCertificates.certificate(p12), displayName);
        return p12;
    }

    /** The certificate of a PKCS#12 file made by {@link #registerCertificateApp}. */
    public static java.security.cert.X509Certificate certificate(Path p12) {
        return TestCertificates.certificate(p12);
    }

    /** Writes the key and certificate of a PKCS#12 file as one PEM file (PKCS#8 key). */
    public static Path pem(Path p12, Path file) throws IOException, java.security.GeneralSecurityException {
        return TestCertificates.pem(p12, file);
    }

    /** An unsigned-looking JWT access token with these claims (pairs of name and value). */
    public static String accessToken(Object... claims) {
        return StandInTokens.jwt(StandInTokens.claims(claims));
    }

    /** The {@code entra.connect} object of a client-secret sign-in to the stand-in in {@code scope}. */
    public static java.util.Map<String, Object> secretConnect(String secret, String scope) {
        return java.util.Map.of("flow", "clientSecret", "tenantId", TENANT_NAME, "clientId", APP_ID,
                "clientSecret", secret, "environment", ENVIRONMENT, "contextScope", scope);
    }
}
