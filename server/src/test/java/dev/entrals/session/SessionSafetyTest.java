package dev.entrals.session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static dev.entrals.session.SessionFixture.NO_UI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Defaults and the promises about secrets and files that no sign-in flow test pins on its own. */
class SessionSafetyTest {

    @TempDir
    Path home;
    SessionFixture fx;

    @BeforeEach
    void setUp() {
        fx = new SessionFixture(home);
    }

    @AfterEach
    void nothingLeftTheMachine() {
        assertEquals(List.of(), NetworkGuard.install().blocked());
    }

    @Test
    void defaultSignInTimeoutIs120Seconds() {
        assertEquals(Duration.ofSeconds(120), SessionOptions.defaults().signInTimeout());
    }

    @Test
    void afterDisconnectTheServiceNeedsTheSecretAgain() {
        SessionService service = fx.newService();
        service.connect(fx.secretRequest(SessionFixture.SECRET, ContextScope.Process), NO_UI,
                CancellationSignal.NONE);
        service.accessToken(CancellationSignal.NONE);
        service.disconnect();
        long tokenRequests = fx.standIn.count("token");

        SessionException notConnected = assertThrows(SessionException.class,
                () -> service.accessToken(CancellationSignal.NONE));
        assertEquals("Not connected: run connect first.", notConnected.getMessage());
        SessionException needsSecret = assertThrows(SessionException.class, () -> service.connect(
                fx.secretRequest(null, ContextScope.Process), NO_UI, CancellationSignal.NONE));
        assertEquals("Client secret sign-in needs the client secret.", needsSecret.getMessage());
        assertEquals(tokenRequests, fx.standIn.count("token"), "nothing held in memory signed in again");
    }

    @Test
    void signedOutAppOnlySessionDropsItsApplicationAndSecret() {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            AppOnlySignIn appOnly = new AppOnlySignIn(new MsalClients(new SessionOptions(fx.standIn.trust(), 2000,
                    2000, Duration.ofSeconds(20), Map.of()), executor), fx.paths);
            EntraEnvironment env = new EnvironmentCatalog(fx.paths.environmentsFile())
                    .require(SessionFixture.ENVIRONMENT);
            ActiveSession session = appOnly.clientSecret(fx.secretRequest(SessionFixture.SECRET,
                    ContextScope.Process), env, ContextScope.Process, CancellationSignal.NONE);
            session.accessToken(CancellationSignal.NONE);

            session.signOut();

            long tokenRequests = fx.standIn.count("token");
            assertEquals("Not connected.", assertThrows(SessionException.class,
                    () -> session.accessToken(CancellationSignal.NONE)).getMessage());
            assertEquals(tokenRequests, fx.standIn.count("token"), "the secret is no longer there to use");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void persistedContextRecordIsOwnerOnlyInAnOwnerOnlyFolder() throws Exception {
        assertFalse(Files.exists(fx.paths.dataDir()));
        fx.newService().connect(fx.secretRequest(SessionFixture.SECRET, ContextScope.CurrentUser), NO_UI,
                CancellationSignal.NONE);

        assertTrue(Files.exists(fx.paths.contextFile()));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(fx.paths.contextFile())));
        assertEquals("rwx------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(fx.paths.dataDir())));
        assertFalse(Files.readString(fx.paths.contextFile()).contains(SessionFixture.SECRET));
    }
}
