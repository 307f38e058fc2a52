package dev.entrals;

import dev.entrals.lsp.RequestActivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import dev.entrals.features.Providers;
import dev.entrals.lsp.InProcessServer;
import dev.entrals.lsp.Json;
import dev.entrals.lsp.LspWire;

/** The busy signal the pre-parser waits on: requests in flight from arrival to reply, and the quiet period. */
class RequestActivityTest {

    @Test
    void idleAtOnceWhenNothingIsInFlight() throws Exception {
        RequestActivity activity = new RequestActivity(0);
        activity.awaitIdle();
        assertFalse(activity.busy());
    }

    @Test
    void aWaiterBlocksWhileARequestIsInFlightAndGoesOnWhenItIsAnswered() throws Exception {
        RequestActivity activity = new RequestActivity(0);
        activity.requestArrived();
        activity.requestArrived();
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread waiter = waiter(activity, outcome);
        awaitState(waiter, Thread.State.WAITING);
        activity.replied();
        assertTrue(activity.busy(), "one request still in flight");
        awaitState(waiter, Thread.State.WAITING); // woken or not, it waits again while one is in flight
        assertFalse(outcome.isDone());
        activity.replied();
        assertEquals("idle", outcome.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aReplyWithoutARequestNeverHidesALaterRequest() {
        RequestActivity activity = new RequestActivity(0);
        activity.replied();
        activity.replied();
        activity.requestArrived();
        assertTrue(activity.busy());
    }

    @Test
    void aMessageWithinTheQuietPeriodKeepsItBusyUntilInterrupted() throws Exception {
        RequestActivity activity = new RequestActivity(TimeUnit.HOURS.toMillis(1));
        activity.notificationArrived();
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        Thread waiter = waiter(activity, outcome);
        awaitState(waiter, Thread.State.TIMED_WAITING);
        assertFalse(outcome.isDone());
        waiter.interrupt();
        assertInstanceOf(InterruptedException.class, outcome.get(10, TimeUnit.SECONDS));
    }

    @Test
    void theServerCountsEachRequestUntilItsReplyIncludingRefusalsAndParseErrors() throws Exception {
        try (InProcessServer s = InProcessServer.withWire(Providers.none())) {
            LspWire w = s.wire();
            RequestActivity activity = s.connection.server().runtime().activity();
            JsonObject refused = w.responseTo(w.request("textDocument/hover", Json.at("file:///a.ps1", 0, 0)));
            assertEquals(-32002, Json.errorCode(refused));
            assertFalse(activity.busy(), "a refusal is a reply");
            w.responseTo(w.request("initialize", Json.initialize(null)));
            w.notify("initialized", Json.of("{}"));
            w.raw("Content-Length: 9\r\n\r\n{garbage}".getBytes(StandardCharsets.US_ASCII));
            JsonObject parseError = w.read();
            while (parseError.has("method")) { // log messages may come first
                parseError = w.read();
            }
            assertEquals(-32700, Json.errorCode(parseError));
            JsonObject unknown = w.responseTo(w.request("entra/noSuchMethod", Json.of("{}")));
            assertEquals(-32601, Json.errorCode(unknown));
            assertFalse(activity.busy());
            w.responseTo(w.request("textDocument/hover", Json.at("file:///not-open.ps1", 0, 0)));
            assertFalse(activity.busy(), "answered requests leave the server idle");
            activity.awaitIdle();
        }
    }

    private static Thread waiter(RequestActivity activity, CompletableFuture<Object> outcome) {
        Thread t = new Thread(() -> {
            try {
                activity.awaitIdle();
                outcome.complete("idle");
            } catch (InterruptedException e) {
                outcome.complete(e);
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Spins (no sleep) until the thread parks in the given state. */
    private static void awaitState(Thread t, Thread.State state) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (t.getState() != state) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the waiter never reached " + state + ": " + t.getState());
            }
            Thread.onSpinWait();
        }
    }
}
