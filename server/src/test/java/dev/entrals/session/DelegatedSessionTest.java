package dev.entrals.session;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@org.junit.jupiter.api.extension.ExtendWith(StandInSessions.class)
class DelegatedSessionTest {

    SessionFixture fx;

    @BeforeEach
    void setUp(SessionFixture fixture) {
        fx = fixture;
    }


    private ConnectRequest request(TokenCredentialType flow, ContextScope scope) {
        return new ConnectRequest(flow, EntraStandIn.TENANT_NAME, SessionFixture.PUBLIC_APP_ID,
                List.of("User.Read", "Group.Read.All"), SessionFixture.ENVIRONMENT, scope, null, null, null, null,
                null);
    }

    @Test
    void interactiveBrowserSignInGivesDelegatedCurrentUserContext() {
        TestBrowser browser = new TestBrowser(fx.standIn, false);
        EntraContext c = fx.newService().connect(request(TokenCredentialType.InteractiveBrowser, null), browser,
                CancellationSignal.NONE);
        assertEquals(AuthType.Delegated, c.authType());
        assertEquals(TokenCredentialType.InteractiveBrowser, c.tokenCredentialType());
        assertEquals(ContextScope.CurrentUser, c.contextScope());
        assertEquals(EntraStandIn.USER, c.account());
        assertEquals(EntraStandIn.TENANT_ID, c.tenantId());
        assertEquals(List.of("User.Read", "Group.Read.All"), c.scopes());
        assertEquals("Contoso Scripts", c.appName());
        URI authorize = browser.opened.get(0);
        assertTrue(authorize.toString().startsWith(fx.standIn.baseUrl() + "/" + EntraStandIn.TENANT_NAME
                + "/oauth2/v2.0/authorize?"), authorize.toString());
        Map<String, String> q = EntraStandIn.parse(authorize.getRawQuery());
        assertEquals("form_post", q.get("response_mode"));
        assertEquals("S256", q.get("code_challenge_method"));
        assertTrue(q.get("redirect_uri").matches("http://127\\.0\\.0\\.1:\\d+"), q.get("redirect_uri"));
        assertTrue(browser.loopbackReply().contains("Authentication complete"), browser.loopbackReply());
        assertTrue(Files.exists(fx.paths.contextFile()));
    }

    @Test
    void redirectUriOverrideIsSentAsGivenWithItsPort() {
        TestBrowser browser = new TestBrowser(fx.standIn, false);
        EntraContext c = fx.newService().connect(ConnectRequest.fromMap(Map.of("environment",
                SessionFixture.ENVIRONMENT, "clientId", SessionFixture.PUBLIC_APP_ID, "redirectUri",
                "http://localhost")), browser, CancellationSignal.NONE);
        assertEquals(TokenCredentialType.InteractiveBrowser, c.tokenCredentialType());
        String redirect = EntraStandIn.parse(browser.opened.get(0).getRawQuery()).get("redirect_uri");
        assertTrue(redirect.matches("http://localhost:\\d+"), redirect);
        assertTrue(browser.loopbackReply().contains("Authentication complete"), browser.loopbackReply());
    }

    @Test
    void defaultDelegatedSignInUsesGraphCommandLineClientAndUserRead() {
        TestBrowser browser = new TestBrowser(fx.standIn, false);
        EntraContext c = fx.newService().connect(ConnectRequest.fromMap(Map.of("environment",
                SessionFixture.ENVIRONMENT)), browser, CancellationSignal.NONE);
        assertEquals(ContextFacts.GRAPH_CLI_CLIENT_ID, c.clientId());
        assertEquals(List.of("User.Read"), c.scopes());
        assertTrue(browser.opened.get(0).getPath().startsWith("/common/"), browser.opened.toString());
    }

    @Test
    void cancelledBrowserSignInSaysSoAndKeepsThePreviousSession() {
        SessionService service = fx.newService();
        EntraContext before = service.connect(fx.secretRequest(SessionFixture.SECRET, null), SessionFixture.NO_UI,
                CancellationSignal.NONE);
        TestBrowser walksAway = new TestBrowser(fx.standIn, true);
        // the user cancels once the browser is open (and not before)
        SessionException e = assertThrows(SessionException.class, () -> service.connect(
                request(TokenCredentialType.InteractiveBrowser, null), walksAway, () -> !walksAway.opened.isEmpty()));
        assertEquals("Sign-in was cancelled.", e.getMessage());
        assertEquals(Optional.of(before), service.context());
    }

    @Test
    void browserSignInTimesOut() {
        SessionService service = fx.newService(Map.of(), Duration.ofSeconds(2));
        SessionException e = assertThrows(SessionException.class, () -> service.connect(
                request(TokenCredentialType.InteractiveBrowser, null), new TestBrowser(fx.standIn, true),
                CancellationSignal.NONE));
        assertEquals("Sign-in timed out after 2 s.", e.getMessage());
        assertEquals(Optional.empty(), service.context());
    }

    @Test
    void secondSignInWhileOneWaitsIsRefused() throws Exception {
        SessionService service = fx.newService();
        TestBrowser walksAway = new TestBrowser(fx.standIn, true);
        AtomicBoolean cancelled = new AtomicBoolean();
        CompletableFuture<EntraContext> first = CompletableFuture.supplyAsync(() -> service.connect(
                request(TokenCredentialType.InteractiveBrowser, null), walksAway, cancelled::get));
        walksAway.awaitOpened();
        SessionException e = assertThrows(SessionException.class, () -> service.connect(
                fx.secretRequest(SessionFixture.SECRET, null), SessionFixture.NO_UI, CancellationSignal.NONE));
        assertEquals("Another sign-in is in progress; wait for it or cancel it.", e.getMessage());
        cancelled.set(true);
        ExecutionException firstEnded = assertThrows(ExecutionException.class, () -> first.get(10, TimeUnit.SECONDS));
        assertEquals("Sign-in was cancelled.", firstEnded.getCause().getMessage());
        assertEquals(Optional.empty(), service.context());
    }

    @Test
    void declinedBrowserSignInSaysSo() {
        fx.standIn.declineSignIn = true;
        SessionException e = assertThrows(SessionException.class, () -> fx.newService().connect(
                request(TokenCredentialType.InteractiveBrowser, null), new TestBrowser(fx.standIn, false),
                CancellationSignal.NONE));
        assertTrue(e.getMessage().startsWith("The browser sign-in ended without an authorization code (declined"),
                e.getMessage());
    }

    @Test
    void deviceCodeSignInPollsUntilApproved() {
        TestBrowser person = new TestBrowser(fx.standIn, false);
        fx.standIn.pendingPolls = 1;
        EntraContext c = fx.newService().connect(request(TokenCredentialType.DeviceCode, ContextScope.Process),
                person, CancellationSignal.NONE);
        assertEquals(TokenCredentialType.DeviceCode, c.tokenCredentialType());
        assertEquals(ContextScope.Process, c.contextScope());
        assertEquals(EntraStandIn.USER, c.account());
        assertEquals(1, person.deviceCodes.size());
        assertTrue(person.deviceCodes.get(0).contains("/devicelogin"), person.deviceCodes.toString());
        assertTrue(fx.standIn.count("token") >= 2, "polled while pending: " + fx.standIn.requests);
        assertFalse(Files.exists(fx.paths.tokenCacheFile()), "a Process session writes no cache");
    }

    @Test
    void expiredDeviceCodeSaysSo() {
        fx.standIn.deviceCodeLifetime = 2;
        SessionException e = assertThrows(SessionException.class, () -> fx.newService().connect(
                request(TokenCredentialType.DeviceCode, null), new TestBrowser(fx.standIn, true),
                CancellationSignal.NONE));
        assertEquals("The device code expired before the sign-in was completed; connect again.", e.getMessage());
    }

    @Test
    void expiredDeviceCodeKeepsThePreviousSession() {
        SessionService service = fx.newService();
        EntraContext before = service.connect(fx.secretRequest(SessionFixture.SECRET, null), SessionFixture.NO_UI,
                CancellationSignal.NONE);
        fx.standIn.deviceCodeLifetime = 2;
        SessionException e = assertThrows(SessionException.class, () -> service.connect(
                request(TokenCredentialType.DeviceCode, null), new TestBrowser(fx.standIn, true),
                CancellationSignal.NONE));
        assertEquals("The device code expired before the sign-in was completed; connect again.", e.getMessage());
        assertEquals(Optional.of(before), service.context());
    }

    @Test
    void silentReuseThenRefreshRotatesTheRefreshToken() {
        fx.standIn.accessTokenLifetime = 120; // under msal4j's 5-minute margin: every silent call refreshes
        SessionService service = fx.newService();
        service.connect(request(TokenCredentialType.DeviceCode, null), new TestBrowser(fx.standIn, false),
                CancellationSignal.NONE);
        var firstRefreshTokens = fx.standIn.liveRefreshTokens();
        String a = service.accessToken(CancellationSignal.NONE);
        var secondRefreshTokens = fx.standIn.liveRefreshTokens();
        String b = service.accessToken(CancellationSignal.NONE);
        assertNotEquals(a, b);
        assertEquals(1, secondRefreshTokens.size());
        assertNotEquals(firstRefreshTokens, secondRefreshTokens);
        assertTrue(fx.standIn.revoked.containsAll(firstRefreshTokens), "the used refresh token is revoked");
    }

    @Test
    void cachedDelegatedTokenIsReusedWithoutARequest() {
        SessionService service = fx.newService();
        service.connect(request(TokenCredentialType.DeviceCode, null), new TestBrowser(fx.standIn, false),
                CancellationSignal.NONE);
        long before = fx.standIn.count("token");
        assertEquals(service.accessToken(CancellationSignal.NONE), service.accessToken(CancellationSignal.NONE));
        assertEquals(before, fx.standIn.count("token"));
    }

    @Test
    void restartedServiceRestoresTheCurrentUserSessionSilently() {
        fx.standIn.accessTokenLifetime = 120;
        EntraContext c = fx.newService().connect(request(TokenCredentialType.DeviceCode, null),
                new TestBrowser(fx.standIn, false), CancellationSignal.NONE);
        SessionService restarted = fx.newService();
        List<EntraContext> seen = new java.util.ArrayList<>();
        restarted.addListener(seen::add);
        RestoreResult r = restarted.restore();
        assertEquals(RestoreResult.Status.RESTORED, r.status(), r.message());
        assertEquals(c, r.context());
        assertEquals(List.of(c), seen);
        assertTrue(r.message().contains(EntraStandIn.USER), r.message());
    }

    @Test
    void refusedRefreshTokenAtRestoreAsksForANewSignIn() {
        fx.standIn.accessTokenLifetime = 120;
        fx.newService().connect(request(TokenCredentialType.DeviceCode, null), new TestBrowser(fx.standIn, false),
                CancellationSignal.NONE);
        fx.standIn.liveRefreshTokens().forEach(fx.standIn::revoke);
        RestoreResult r = fx.newService().restore();
        assertEquals(RestoreResult.Status.SIGN_IN_NEEDED, r.status());
        assertTrue(r.message().contains("a new sign-in is needed"), r.message());
        assertTrue(r.message().contains("invalid_grant"), r.message());
    }

    @Test
    void disconnectRemovesAccountsAndLeavesNoRefreshTokenOnDisk() throws Exception {
        SessionService service = fx.newService();
        EntraContext c = service.connect(request(TokenCredentialType.DeviceCode, null),
                new TestBrowser(fx.standIn, false), CancellationSignal.NONE);
        String refreshToken = fx.standIn.liveRefreshTokens().iterator().next();
        assertTrue(String.join("", fx.filesText()).contains(refreshToken), "the cache file holds it first");
        assertEquals(Optional.of(c), service.disconnect());
        String disk = String.join("", fx.filesText());
        assertFalse(disk.contains(refreshToken));
        assertFalse(disk.contains("rt-"));
        assertEquals(RestoreResult.Status.NOTHING_SAVED, fx.newService().restore().status());
    }
}
