package dev.entrals.session;

import com.microsoft.aad.msal4j.ManagedIdentityTestEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.entrals.session.SessionFixture.NO_UI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@org.junit.jupiter.api.extension.ExtendWith(StandInSessions.class)
class OtherFlowsSessionTest {

    static final String CERT_APP_ID = "55556666-ffff-7777-aaaa-8888bbbb9999";

    @TempDir
    static Path certs;
    static Path appKeys;
    static Path otherKeys;

    SessionFixture fx;

    @BeforeAll
    static void makeCertificates() {
        appKeys = TestCertificates.keytool(certs, "app", "CN=entra-ls-test-app, O=Contoso");
        otherKeys = TestCertificates.keytool(certs, "other", "CN=someone-else");
    }

    @BeforeEach
    void setUp(SessionFixture fixture) {
        fx = fixture;
        fx.standIn.registerCertificateApp(CERT_APP_ID, TestCertificates.certificate(appKeys), "Contoso Cert App");
    }

    @AfterEach
    void cleanUp() {
        ManagedIdentityTestEnvironment.reset();
    }

    private ConnectRequest certificateRequest(Path file, String password) {
        return new ConnectRequest(TokenCredentialType.ClientCertificate, EntraStandIn.TENANT_ID, CERT_APP_ID, null,
                SessionFixture.ENVIRONMENT, null, file.toString(), password, null, null, null);
    }

    @Test
    void pkcs12CertificateSignInFillsThumbprintAndSubject() throws Exception {
        EntraContext c = fx.newService().connect(certificateRequest(appKeys, TestCertificates.PASSWORD), NO_UI,
                CancellationSignal.NONE);
        assertEquals(AuthType.AppOnly, c.authType());
        assertEquals(TokenCredentialType.ClientCertificate, c.tokenCredentialType());
        String sha1 = HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1")
                .digest(TestCertificates.certificate(appKeys).getEncoded()));
        assertEquals(sha1, c.certificateThumbprint());
        assertEquals("CN=entra-ls-test-app, O=Contoso", c.certificateSubjectName());
        assertEquals("", c.certificate());
        assertEquals("Contoso Cert App", c.appName());
    }

    @Test
    void pemCertificateWithPkcs8KeySignsIn() throws Exception {
        Path pem = TestCertificates.pem(appKeys, certs.resolve("app.pem"));
        EntraContext c = fx.newService().connect(certificateRequest(pem, null), NO_UI, CancellationSignal.NONE);
        assertEquals(TokenCredentialType.ClientCertificate, c.tokenCredentialType());
    }

    @Test
    void pemCertificateWithPkcs1KeySignsIn() throws Exception {
        byte[] pkcs8 = TestCertificates.privateKey(appKeys).getEncoded();
        assertEquals(0x04, pkcs8[22]); // PrivateKeyInfo's OCTET STRING holding the PKCS#1 key
        byte[] pkcs1 = Arrays.copyOfRange(pkcs8, 26, pkcs8.length);
        Path pem = certs.resolve("pkcs1.pem");
        Files.writeString(pem, pemBlock("RSA PRIVATE KEY", pkcs1) + pemBlock("CERTIFICATE",
                TestCertificates.certificate(appKeys).getEncoded()));
        EntraContext c = fx.newService().connect(certificateRequest(pem, null), NO_UI, CancellationSignal.NONE);
        assertEquals(TokenCredentialType.ClientCertificate, c.tokenCredentialType());
    }

    @Test
    void pemCertificateWithEncryptedKeySignsInWithItsPassword() throws Exception {
        Path openssl = Path.of("/usr/bin/openssl");
        Assumptions.assumeTrue(Files.isExecutable(openssl), "openssl makes the encrypted key; not installed");
        Path plain = TestCertificates.pem(appKeys, certs.resolve("plain.pem"));
        Path key = certs.resolve("encrypted-key.pem");
        Process p = new ProcessBuilder(openssl.toString(), "pkcs8", "-topk8", "-in", plain.toString(), "-out",
                key.toString(), "-v2", "aes-256-cbc", "-v2prf", "hmacWithSHA256", "-passout", "pass:pem-pass")
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), log);
        Path pem = certs.resolve("encrypted.pem");
        Files.writeString(pem, Files.readString(key) + pemBlock("CERTIFICATE",
                TestCertificates.certificate(appKeys).getEncoded()));
        assertTrue(Files.readString(pem).contains("ENCRYPTED PRIVATE KEY"));
        EntraContext c = fx.newService().connect(certificateRequest(pem, "pem-pass"), NO_UI,
                CancellationSignal.NONE);
        assertEquals(TokenCredentialType.ClientCertificate, c.tokenCredentialType());
    }

    @Test
    void certificateTheAppDoesNotKnowIsRefused() {
        SessionException e = assertThrows(SessionException.class, () -> fx.newService().connect(
                certificateRequest(otherKeys, TestCertificates.PASSWORD), NO_UI, CancellationSignal.NONE));
        assertTrue(e.getMessage().contains("was refused") && e.getMessage().contains("AADSTS700027"),
                e.getMessage());
    }

    @Test
    void certificateTheAppDoesNotKnowIsRefusedAfterACurrentUserConnectWithTheRightOne() {
        SessionService service = fx.newService();
        EntraContext before = service.connect(new ConnectRequest(TokenCredentialType.ClientCertificate,
                EntraStandIn.TENANT_ID, CERT_APP_ID, null, SessionFixture.ENVIRONMENT, ContextScope.CurrentUser,
                appKeys.toString(), TestCertificates.PASSWORD, null, null, null), NO_UI, CancellationSignal.NONE);
        long tokenRequests = fx.standIn.count("token");
        SessionException e = assertThrows(SessionException.class, () -> service.connect(new ConnectRequest(
                TokenCredentialType.ClientCertificate, EntraStandIn.TENANT_ID, CERT_APP_ID, null,
                SessionFixture.ENVIRONMENT, ContextScope.CurrentUser, otherKeys.toString(), TestCertificates.PASSWORD,
                null, null, null), NO_UI, CancellationSignal.NONE));
        assertTrue(e.getMessage().contains("AADSTS700027"), e.getMessage());
        assertEquals(tokenRequests + 1, fx.standIn.count("token"), "the other certificate went to the provider");
        assertEquals(java.util.Optional.of(before), service.context());
    }

    @Test
    void wrongCertificatePasswordGivesClearErrorWithoutThePassword() {
        SessionException e = assertThrows(SessionException.class, () -> fx.newService().connect(
                certificateRequest(appKeys, "not-the-password"), NO_UI, CancellationSignal.NONE));
        assertTrue(e.getMessage().startsWith("The certificate file " + appKeys + " cannot be used"), e.getMessage());
        assertTrue(!e.getMessage().contains("not-the-password"), e.getMessage());
    }

    @Test
    void environmentVariablesSignInWithClientSecret() {
        SessionService service = fx.newService(Map.of("AZURE_CLIENT_ID", SessionFixture.APP_ID, "AZURE_TENANT_ID",
                EntraStandIn.TENANT_NAME, "AZURE_CLIENT_SECRET", SessionFixture.SECRET), Duration.ofSeconds(10));
        EntraContext c = service.connect(ConnectRequest.fromConnectEntraParameters(Map.of("-EnvironmentVariable", "",
                "-Environment", SessionFixture.ENVIRONMENT)), NO_UI, CancellationSignal.NONE);
        assertEquals(AuthType.EnvironmentVariable, c.authType());
        assertEquals(TokenCredentialType.EnvironmentVariable, c.tokenCredentialType());
        assertEquals(SessionFixture.APP_ID, c.clientId());
        assertEquals(ContextScope.Process, c.contextScope());
    }

    @Test
    void environmentVariablesSignInWithCertificateFile() throws Exception {
        Path pem = TestCertificates.pem(appKeys, certs.resolve("env.pem"));
        SessionService service = fx.newService(Map.of("AZURE_CLIENT_ID", CERT_APP_ID, "AZURE_TENANT_ID",
                EntraStandIn.TENANT_ID, "AZURE_CLIENT_CERTIFICATE_PATH", pem.toString()), Duration.ofSeconds(10));
        EntraContext c = service.connect(new ConnectRequest(TokenCredentialType.EnvironmentVariable, null, null,
                null, SessionFixture.ENVIRONMENT, null, null, null, null, null, null), NO_UI, CancellationSignal.NONE);
        assertEquals(AuthType.EnvironmentVariable, c.authType());
        assertEquals("CN=entra-ls-test-app, O=Contoso", c.certificateSubjectName());
    }

    @Test
    void environmentVariablesMissingAreNamed() {
        SessionException e = assertThrows(SessionException.class, () -> fx.newService(Map.of("AZURE_CLIENT_ID",
                "x"), Duration.ofSeconds(5)).connect(ConnectRequest.of(TokenCredentialType.EnvironmentVariable),
                NO_UI, CancellationSignal.NONE));
        assertTrue(e.getMessage().endsWith("missing: AZURE_TENANT_ID, AZURE_CLIENT_SECRET or "
                + "AZURE_CLIENT_CERTIFICATE_PATH."), e.getMessage());
    }

    @Test
    void systemAssignedManagedIdentityGivesManagedIdentityContext() {
        ManagedIdentityTestEnvironment.use(Map.of("IDENTITY_ENDPOINT", fx.standIn.managedIdentityEndpoint(),
                "IDENTITY_HEADER", EntraStandIn.MSI_HEADER));
        SessionService service = fx.newService();
        EntraContext c = service.connect(ConnectRequest.fromConnectEntraParameters(Map.of("-Identity", "",
                "-Environment", SessionFixture.ENVIRONMENT)), NO_UI, CancellationSignal.NONE);
        assertEquals(AuthType.ManagedIdentity, c.authType());
        assertEquals(TokenCredentialType.ManagedIdentity, c.tokenCredentialType());
        assertEquals(ContextScope.Process, c.contextScope());
        assertEquals("system-assigned-app-id", c.clientId());
        assertEquals("", c.managedIdentityId());
        assertEquals(EntraStandIn.TENANT_ID, c.tenantId());
        assertEquals(Optional.of(c), service.disconnect());
    }

    @Test
    void userAssignedManagedIdentityIsNamedInTheContextAndDisconnectDropsItsTokens() {
        ManagedIdentityTestEnvironment.use(Map.of("IDENTITY_ENDPOINT", fx.standIn.managedIdentityEndpoint(),
                "IDENTITY_HEADER", EntraStandIn.MSI_HEADER));
        SessionService service = fx.newService();
        ConnectRequest r = ConnectRequest.fromConnectEntraParameters(Map.of("-Identity", "", "-ClientId", "mi-42",
                "-Environment", SessionFixture.ENVIRONMENT));
        EntraContext c = service.connect(r, NO_UI, CancellationSignal.NONE);
        assertEquals("mi-42", c.managedIdentityId());
        assertEquals("mi-42", c.clientId());
        String token = service.accessToken(CancellationSignal.NONE);
        assertEquals(1, fx.standIn.count("token"), "the second token came from msal4j's cache");
        service.disconnect();
        assertFalse(com.microsoft.aad.msal4j.ManagedIdentityApplication.getSharedTokenCache().serialize()
                .contains(token), "the token left msal4j's process-wide cache");
        service.connect(r, NO_UI, CancellationSignal.NONE);
        assertEquals(2, fx.standIn.count("token"), "after disconnect no cached token is left");
    }

    @Test
    void managedIdentityEndpointRefusalGivesClearError() {
        ManagedIdentityTestEnvironment.use(Map.of("IDENTITY_ENDPOINT", fx.standIn.managedIdentityEndpoint(),
                "IDENTITY_HEADER", "wrong-header"));
        SessionException e = assertThrows(SessionException.class, () -> fx.newService().connect(
                ConnectRequest.of(TokenCredentialType.ManagedIdentity), NO_UI, CancellationSignal.NONE));
        assertTrue(e.getMessage().contains("401") || e.getMessage().contains("X-IDENTITY-HEADER"), e.getMessage());
    }

    @Test
    void accessTokenSessionReadsClaimsAndIsAlwaysProcessScope() {
        String token = StandInTokens.jwt(StandInTokens.claims("tid", EntraStandIn.TENANT_ID, "appid", "app-9",
                "scp", "User.Read Mail.Read", "upn", EntraStandIn.USER, "exp", Instant.now().getEpochSecond() + 600));
        SessionService service = fx.newService();
        EntraContext c = service.connect(new ConnectRequest(null, null, null, null, null, ContextScope.CurrentUser,
                null, null, null, null, token), NO_UI, CancellationSignal.NONE);
        assertEquals(AuthType.UserProvidedAccessToken, c.authType());
        assertEquals(TokenCredentialType.UserProvidedAccessToken, c.tokenCredentialType());
        assertEquals(ContextScope.Process, c.contextScope());
        assertEquals(List.of("User.Read", "Mail.Read"), c.scopes());
        assertEquals(EntraStandIn.USER, c.account());
        assertEquals("Global", c.environment());
        assertEquals(token, service.accessToken(CancellationSignal.NONE));
        assertEquals(0, fx.standIn.requests.size(), "an access-token session makes no request");
        assertTrue(!Files.exists(fx.paths.contextFile()));
    }

    @Test
    void expiredAccessTokenIsRefused() {
        String token = StandInTokens.jwt(StandInTokens.claims("tid", "t", "exp", Instant.now().getEpochSecond() - 5));
        SessionException e = assertThrows(SessionException.class, () -> fx.newService().connect(
                ConnectRequest.fromMap(Map.of("accessToken", token)), NO_UI, CancellationSignal.NONE));
        assertTrue(e.getMessage().startsWith("The access token expired at "), e.getMessage());
        assertTrue(!e.getMessage().contains(token));
    }

    private static String pemBlock(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
