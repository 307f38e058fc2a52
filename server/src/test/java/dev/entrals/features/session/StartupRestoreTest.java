package dev.entrals.features.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;

import dev.entrals.lsp.InProcessServer;
import dev.entrals.lsp.RecordingClient;
import dev.entrals.features.ServerCommands;
import dev.entrals.session.SessionTestKit;

class StartupRestoreTest {

    @TempDir
    Path home;
    SessionTestKit kit;

    @BeforeEach
    void setUp() {
        kit = new SessionTestKit(home);
    }

    @AfterEach
    void nothingLeftTheMachine() {
        assertEquals(List.of(), SessionTestKit.blockedRequests());
    }

    @Test
    void aNewServerRestoresTheSavedSessionAndSaysSo() throws Exception {
        JsonElement saved;
        try (InProcessServer first = InProcessServer.withSession(kit.newService()).initialized()) {
            saved = first.execute(ServerCommands.CONNECT, SessionTestKit.secretConnect(SessionTestKit.SECRET, "CurrentUser"));
        }
        try (InProcessServer second = InProcessServer.withSession(kit.newService()).initialized()) {
            assertEquals(saved, second.client.nextSessionChanged());
            assertEquals("Restored the Entra session of Contoso Automation ("
                    + SessionTestKit.TENANT_ID + ").", second.client.nextShown(MessageType.Info).getMessage());
            assertEquals(saved, second.execute(ServerCommands.GET_CONTEXT));
        }
    }

    @Test
    void aSavedSessionThatCannotBeRestoredAsksForANewSignIn() throws Exception {
        Files.createDirectories(kit.paths().dataDir());
        Files.writeString(kit.paths().contextFile(), "{ not json");
        try (InProcessServer lsp = InProcessServer.withSession(kit.newService()).initialized()) {
            assertTrue(lsp.client.nextSessionChanged().isJsonNull());
            MessageParams warning = lsp.client.nextShown(MessageType.Warning);
            assertTrue(warning.getMessage().contains("new sign-in is needed"), warning.getMessage());
        }
    }

    @Test
    void nothingSavedShowsNothing() throws Exception {
        try (InProcessServer lsp = InProcessServer.withSession(kit.newService()).initialized()) {
            assertTrue(lsp.client.nextSessionChanged().isJsonNull());
            assertTrue(lsp.execute(ServerCommands.GET_CONTEXT).isJsonNull());
            awaitRestoreEnded();
            // a later message through the same channel: whatever the restore showed came before it
            assertTrue(lsp.execute(ServerCommands.DISCONNECT, Map.of("origin", "codeLens")).isJsonNull());
            assertEquals(List.of("No application to sign out from."),
                    lsp.client.shown.stream().map(MessageParams::getMessage).toList(), "the restore showed nothing");
        }
    }

    /** Waits until the start-up restore thread has ended: everything it sends has been written by then. */
    private static void awaitRestoreEnded() throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("entra-session-restore")) {
                t.join(TimeUnit.SECONDS.toMillis(10));
                assertFalse(t.isAlive(), "the restore ended");
            }
        }
    }
}
