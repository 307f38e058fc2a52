package dev.entrals.session;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.entrals.session.SessionFixture.NO_UI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@org.junit.jupiter.api.extension.ExtendWith(StandInSessions.class)
class ClientSecretSessionTest {

    SessionFixture fx;

    @BeforeEach
    void setUp(SessionFixture fixture) {
        fx = fixture;
    }


    @Test
    void clientSecretConnectGivesAppOnlyContextInProcessScope() {
        SessionService service = fx.newService();
        EntraContext c = service.connect(fx.secretRequest(SessionFixture.SECRET, null), NO_UI,
                CancellationSignal.NONE);
        assertEquals(SessionFixture.APP_ID, c.clientId());
        assertEquals(EntraStandIn.TENANT_ID, c.tenantId());
        assertEquals(AuthType.AppOnly, c.authType());
        assertEquals(TokenCredentialType.ClientSecret, c.tokenCredentialType());
        assertEquals(ContextScope.Process, c.contextScope());
        assertEquals("Contoso Automation", c.appName());
        assertEquals(List.of("User.Read.All", "Group.Read.All"), c.scopes());
        assertEquals(SessionFixture.ENVIRONMENT, c.environment());
        assertEquals("", c.clientSecret());
        assertEquals(Optional.of(c), service.context());
        assertFalse(Files.exists(fx.paths.contextFile()), "a Process session writes no context record");
    }

    @Test
    void appOnlySignInAsksForTheGraphEndpointsDefaultScope() {
        SessionService service = fx.newService();
        service.addEnvironment("StandInGov", fx.standIn.baseUrl(), "https://graph.microsoft.us");
        ConnectRequest r = new ConnectRequest(TokenCredentialType.ClientSecret, EntraStandIn.TENANT_NAME,
                SessionFixture.APP_ID, null, "StandInGov", null, null, null, SessionFixture.SECRET, null, null);
        service.connect(r, NO_UI, CancellationSignal.NONE);
        assertEquals(1, fx.standIn.tokenScopes.size(), fx.standIn.tokenScopes.toString());
        List<String> resourceScopes = java.util.Arrays.stream(fx.standIn.tokenScopes.get(0).split(" "))
                .filter(s -> !java.util.Set.of("openid", "profile", "offline_access").contains(s)).toList();
        assertEquals(List.of("https://graph.microsoft.us/.default"), resourceScopes,
                "msal4j adds only the OpenID Connect scopes: " + fx.standIn.tokenScopes);
    }

    @Test
    void connectFillsPsHostVersionWithTheServersNameAndVersion() {
        EntraContext c = fx.newService().connect(fx.secretRequest(SessionFixture.SECRET, null), NO_UI,
                CancellationSignal.NONE);
        assertTrue(c.psHostVersion().startsWith("entra-ls "), c.psHostVersion());
        assertFalse(c.psHostVersion().substring("entra-ls ".length()).isBlank(), c.psHostVersion());
        assertEquals(c.psHostVersion(), c.toOrderedMap().get("PSHostVersion"));
    }

    @Test
    void cachedAppTokenIsReusedOnAnEndpointWithAPort() {
        SessionService service = fx.newService();
        service.connect(fx.secretRequest(SessionFixture.SECRET, null), NO_UI, CancellationSignal.NONE);
        String first = service.accessToken(CancellationSignal.NONE);
        String second = service.accessToken(CancellationSignal.NONE);
        assertEquals(first, second);
        assertEquals(1, fx.standIn.count("token"), fx.standIn.requests.toString());
    }

    @Test
    void wrongSecretSaysSoWithoutTheSecretAndKeepsThePreviousSession() {
        SessionService service = fx.newService();
        EntraContext before = service.connect(fx.secretRequest(SessionFixture.SECRET, null), NO_UI,
                CancellationSignal.NONE);
        String wrong = "wrong-secret-value-42";
        SessionException e = assertThrows(SessionException.class, () -> service.connect(
                fx.secretRequest(wrong, null), NO_UI, CancellationSignal.NONE));
        assertTrue(e.getMessage().contains("was refused"), e.getMessage());
        assertTrue(e.getMessage().contains("AADSTS7000215"), e.getMessage());
        assertFalse(e.getMessage().contains(wrong));
        assertEquals(Optional.of(before), service.context());
    }

    @Test
    void wrongSecretAfterACurrentUserConnectIsCheckedByTheIdentityProviderNotAnsweredFromTheCache() {
        SessionService service = fx.newService();
        EntraContext before = service.connect(fx.secretRequest(SessionFixture.SECRET, ContextScope.CurrentUser), NO_UI,
                CancellationSignal.NONE);
        long tokenRequests = fx.standIn.count("token");
        String wrong = "wrong-secret-value-43";
        SessionException e = assertThrows(SessionException.class, () -> service.connect(
                fx.secretRequest(wrong, ContextScope.CurrentUser), NO_UI, CancellationSignal.NONE));
        assertEquals(tokenRequests + 1, fx.standIn.count("token"), "the wrong secret went to the identity provider");
        assertTrue(e.getMessage().contains("AADSTS7000215"), e.getMessage());
        assertFalse(e.getMessage().contains(wrong));
        assertEquals(Optional.of(before), service.context(), "the previous session stays");
        RestoreResult restored = fx.newService().restore();
        assertEquals(RestoreResult.Status.RESTORED, restored.status(), "its saved record and cache still restore");
        assertEquals(before.clientId(), restored.context().clientId());
    }

    @Test
    void aSecondConnectWithTheRightSecretAsksTheIdentityProviderAgain() {
        SessionService service = fx.newService();
        service.connect(fx.secretRequest(SessionFixture.SECRET, ContextScope.CurrentUser), NO_UI,
                CancellationSignal.NONE);
        long tokenRequests = fx.standIn.count("token");
        EntraContext again = service.connect(fx.secretRequest(SessionFixture.SECRET, ContextScope.CurrentUser), NO_UI,
                CancellationSignal.NONE);
        assertEquals(tokenRequests + 1, fx.standIn.count("token"));
        assertEquals(Optional.of(again), service.context());
        String token = service.accessToken(CancellationSignal.NONE);
        assertEquals(token, service.accessToken(CancellationSignal.NONE));
        assertEquals(tokenRequests + 1, fx.standIn.count("token"), "later tokens still come from the cache");
    }

    @Test
    void unknownTenantSaysTenantNotFound() {
        ConnectRequest r = new ConnectRequest(TokenCredentialType.ClientSecret, "fabrikam.onmicrosoft.com",
                SessionFixture.APP_ID, null, SessionFixture.ENVIRONMENT, null, null, null, SessionFixture.SECRET,
                null, null);
        SessionException e = assertThrows(SessionException.class,
                () -> fx.newService().connect(r, NO_UI, CancellationSignal.NONE));
        assertEquals("Tenant 'fabrikam.onmicrosoft.com' was not found at " + hostPort() + ".", e.getMessage());
    }

    @Test
    void tenantThatIsNotAnIdOrDomainIsRefusedBeforeAnyRequest() {
        ConnectRequest r = new ConnectRequest(TokenCredentialType.ClientSecret, "contoso/../x y", SessionFixture.APP_ID,
                null, SessionFixture.ENVIRONMENT, null, null, null, SessionFixture.SECRET, null, null);
        SessionException e = assertThrows(SessionException.class,
                () -> fx.newService().connect(r, NO_UI, CancellationSignal.NONE));
        assertEquals("'contoso/../x y' is not a tenant id or domain name.", e.getMessage());
        assertEquals(0, fx.standIn.requests.size());
    }

    @Test
    void serverErrorGivesClearErrorAndLeavesNoSession() {
        fx.standIn.failNext("token", EntraStandIn.Fault.HTTP_500, EntraStandIn.Fault.HTTP_500,
                EntraStandIn.Fault.HTTP_500);
        SessionService service = fx.newService();
        SessionException e = assertThrows(SessionException.class, () -> service.connect(
                fx.secretRequest(SessionFixture.SECRET, null), NO_UI, CancellationSignal.NONE));
        assertTrue(e.getMessage().contains("failed with HTTP 500"), e.getMessage());
        assertEquals(Optional.empty(), service.context());
    }

    @Test
    void serverErrorKeepsThePreviousSession() {
        SessionService service = fx.newService();
        EntraContext before = service.connect(fx.secretRequest(SessionFixture.SECRET, null), NO_UI,
                CancellationSignal.NONE);
        String token = service.accessToken(CancellationSignal.NONE);
        fx.standIn.failNext("token", EntraStandIn.Fault.HTTP_500, EntraStandIn.Fault.HTTP_500,
                EntraStandIn.Fault.HTTP_500);
        SessionException e = assertThrows(SessionException.class, () -> service.connect(
                fx.secretRequest(SessionFixture.SECRET, null), NO_UI, CancellationSignal.NONE));
        assertTrue(e.getMessage().contains("failed with HTTP 500"), e.getMessage());
        assertEquals(Optional.of(before), service.context());
        assertEquals(token, service.accessToken(CancellationSignal.NONE), "the previous session still serves");
    }

    @Test
    void malformedJsonReplyKeepsThePreviousSession() {
        SessionService service = fx.newService();
        EntraContext before = service.connect(fx.secretRequest(SessionFixture.SECRET, null), NO_UI,
                CancellationSignal.NONE);
        fx.standIn.failNext("token", EntraStandIn.Fault.MALFORMED_JSON);
        SessionException e = assertThrows(SessionException.class, () -> service.connect(
                fx.secretRequest(SessionFixture.SECRET, null), NO_UI, CancellationSignal.NONE));
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
        assertEquals(Optional.of(before), service.context());
    }

    @Test
    void hungEndpointTimesOutWithClearError() {
        fx.standIn.failNext("token", EntraStandIn.Fault.HANG, EntraStandIn.Fault.HANG);
        SessionException e = assertThrows(SessionException.class, () -> fx.newService().connect(
                fx.secretRequest(SessionFixture.SECRET, null), NO_UI, CancellationSignal.NONE));
        assertEquals("The identity endpoint " + hostPort() + " did not answer in time.", e.getMessage());
    }

    @Test
    void endpointNobodyListensOnSaysItCannotBeReachedAndNamesHostAndPort() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closed = s.getLocalPort();
        }
        SessionService service = fx.newService();
        service.addEnvironment("Nowhere", "https://127.0.0.1:" + closed, "https://graph.microsoft.com");
        ConnectRequest r = new ConnectRequest(TokenCredentialType.ClientSecret, EntraStandIn.TENANT_NAME,
                SessionFixture.APP_ID, null, "Nowhere", null, null, null, SessionFixture.SECRET, null, null);
        SessionException e = assertThrows(SessionException.class, () -> service.connect(r, NO_UI,
                CancellationSignal.NONE));
        assertEquals("Cannot reach the identity endpoint 127.0.0.1:" + closed + " (connection refused).",
                e.getMessage());
        assertFalse(e.getMessage().contains(SessionFixture.SECRET));
        assertEquals(Optional.empty(), service.context());
    }

    @Test
    void malformedJsonReplyGivesClearError() {
        fx.standIn.failNext("token", EntraStandIn.Fault.MALFORMED_JSON);
        SessionException e = assertThrows(SessionException.class, () -> fx.newService().connect(
                fx.secretRequest(SessionFixture.SECRET, null), NO_UI, CancellationSignal.NONE));
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void disconnectReturnsTheContextAndLeavesNoTokenOrSecretOnDisk() throws Exception {
        SessionService service = fx.newService();
        List<EntraContext> seen = new CopyOnWriteArrayList<>();
        service.addListener(seen::add);
        EntraContext c = service.connect(fx.secretRequest(SessionFixture.SECRET, ContextScope.CurrentUser), NO_UI,
                CancellationSignal.NONE);
        String token = service.accessToken(CancellationSignal.NONE);
        assertTrue(Files.exists(fx.paths.tokenCacheFile()));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                fx.paths.tokenCacheFile())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fx.paths.dataDir())));
        assertFalse(String.join("\n", fx.filesText()).contains(SessionFixture.SECRET));

        assertEquals(Optional.of(c), service.disconnect());

        assertEquals(Optional.empty(), service.context());
        String disk = String.join("\n", fx.filesText());
        assertFalse(disk.contains(token), "no access token remains");
        assertFalse(disk.contains(SessionFixture.SECRET), "no secret remains");
        assertFalse(Files.exists(fx.paths.contextFile()));
        assertEquals(2, seen.size());
        assertNull(seen.get(1));
        assertThrows(SessionException.class, () -> service.accessToken(CancellationSignal.NONE));
    }

    @Test
    void disconnectWhenNotConnectedReturnsEmpty() {
        assertEquals(Optional.empty(), fx.newService().disconnect());
    }

    @Test
    void restartedServiceRestoresCurrentUserAppOnlySessionFromItsCachedToken() {
        EntraContext c = fx.newService().connect(fx.secretRequest(SessionFixture.SECRET, ContextScope.CurrentUser),
                NO_UI, CancellationSignal.NONE);
        SessionService restarted = fx.newService();
        RestoreResult r = restarted.restore();
        assertEquals(RestoreResult.Status.RESTORED, r.status(), r.message());
        assertEquals(c, r.context());
        assertEquals(Optional.of(c), restarted.context());
        long before = fx.standIn.count("token");
        restarted.accessToken(CancellationSignal.NONE);
        assertEquals(before, fx.standIn.count("token"), "served from the saved cache");
    }

    @Test
    void unreadableSavedSessionAsksForANewSignInAndDisconnectStillCleansUp() throws Exception {
        Files.createDirectories(fx.paths.dataDir());
        Files.writeString(fx.paths.contextFile(), "{ not json");
        Files.writeString(fx.paths.tokenCacheFile(), "{\"RefreshToken\":{\"k\":{\"secret\":\"rt-old\"}}}");
        SessionService service = fx.newService();
        RestoreResult r = service.restore();
        assertEquals(RestoreResult.Status.SIGN_IN_NEEDED, r.status());
        assertTrue(r.message().contains(fx.paths.contextFile().toString()), r.message());
        assertEquals(Optional.empty(), service.disconnect());
        assertFalse(Files.exists(fx.paths.tokenCacheFile()), "the orphaned cache is deleted");
    }

    private String hostPort() {
        return fx.standIn.baseUrl().substring("https://".length());
    }
}
