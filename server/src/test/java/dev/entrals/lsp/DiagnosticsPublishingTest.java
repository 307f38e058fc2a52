package dev.entrals.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

import dev.entrals.features.Providers;

/** Diagnostics go out on open at once, after edits once they pause, for the version still open only. */
class DiagnosticsPublishingTest {

    private static final String URI = "file:///work/sync.ps1";
    private static final String MARKER = "file:///work/marker.ps1";

    /** One diagnostic whose message is the document's text. */
    private static Providers echo(AtomicInteger runs) {
        return Providers.builder().diagnostics((doc, ctx) -> {
            runs.incrementAndGet();
            return List.of(new Diagnostic(new Range(new Position(0, 0), new Position(0, 1)), doc.text()));
        }).build();
    }

    @Test
    void openPublishesDiagnosticsWithTheVersion() throws Exception {
        try (InProcessServer s = InProcessServer.withClient(echo(new AtomicInteger()))) {
            s.initialize();
            awaitDocsIndex(s); // its swap re-diagnoses open documents: a publish more than the test counts
            s.open(URI, "Get-EntraUser");
            PublishDiagnosticsParams p = s.client.nextDiagnostics();
            assertEquals(URI, p.getUri());
            assertEquals(1, p.getVersion());
            assertEquals("Get-EntraUser", p.getDiagnostics().get(0).getMessage());
        }
    }

    @Test
    void noProviderPublishesAnEmptyList() throws Exception {
        try (InProcessServer s = InProcessServer.withClient(Providers.none())) {
            s.initialize();
            awaitDocsIndex(s); // its swap re-diagnoses open documents: a publish more than the test counts
            s.open(URI, "Get-EntraUser");
            assertTrue(s.client.nextDiagnostics().getDiagnostics().isEmpty());
        }
    }

    @Test
    void aBurstOfEditsIsCoalescedAndEndsWithTheLastVersion() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch burstSent = new CountDownLatch(1);
        // the first run of the burst is held until every edit has been sent, so the edits always find it pending:
        // what is counted then is the scheduler's coalescing, not the machine's speed
        CountDownLatch markerHeld = new CountDownLatch(1);
        CountDownLatch releaseMarker = new CountDownLatch(1);
        Providers held = Providers.builder().diagnostics((doc, ctx) -> {
            if (doc.uri().equals(MARKER)) {
                return holdMarker(doc.version(), markerHeld, releaseMarker);
            }
            if (runs.incrementAndGet() == 1 && doc.version() > 1) {
                try {
                    burstSent.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return List.of(new Diagnostic(new Range(new Position(0, 0), new Position(0, 1)), doc.text()));
        }).build();
        try (InProcessServer s = InProcessServer.withFeatures(docs -> held, Duration.ofMillis(100))) {
            s.initialize();
            awaitDocsIndex(s); // its swap re-diagnoses open documents: a publish more than the test counts
            s.open(URI, "");
            s.client.nextDiagnostics();
            runs.set(0);
            for (int v = 2; v <= 20; v++) {
                DocumentSyncTest.change(s, v, DocumentSyncTest.edit(0, v, 0, v, "x"));
            }
            barrier(s); // every edit has arrived
            burstSent.countDown();
            PublishDiagnosticsParams p = s.client.nextDiagnostics();
            while (p.getVersion() != 20) {
                assertTrue(p.getVersion() < 20);
                p = s.client.nextDiagnostics();
            }
            assertEquals("x".repeat(19), p.getDiagnostics().get(0).getMessage());
            assertEquals(MARKER, afterMarker(s, markerHeld, releaseMarker).getUri(), "nothing more after the last version");
            assertTrue(runs.get() <= 3, "coalesced: " + runs.get() + " runs for 19 edits");
        }
    }

    @Test
    void aSingleEditIsDiagnosedWithoutWaitingForTheDebounce() throws Exception {
        try (InProcessServer s = InProcessServer.withFeatures(docs -> echo(new AtomicInteger()), Duration.ofSeconds(30))) {
            s.initialize();
            awaitDocsIndex(s); // its swap re-diagnoses open documents: a publish more than the test counts
            s.open(URI, "a");
            s.client.nextDiagnostics();
            DocumentSyncTest.change(s, 2, new TextDocumentContentChangeEvent("b"));
            assertEquals(2, s.client.nextDiagnostics().getVersion(), "published well before the 30 s debounce");
        }
    }

    @Test
    void aRunOvertakenByAnEditIsNotPublished() throws Exception {
        CountDownLatch firstRunStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Providers slowFirst = Providers.builder().diagnostics((doc, ctx) -> {
            if (doc.version() == 1) {
                firstRunStarted.countDown();
                try {
                    release.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                ctx.cancel().checkCanceled();
            }
            return List.of(new Diagnostic(new Range(new Position(0, 0), new Position(0, 1)), "v" + doc.version()));
        }).build();
        try (InProcessServer s = InProcessServer.withClient(slowFirst)) {
            s.initialize();
            awaitDocsIndex(s); // its swap re-diagnoses open documents: a publish more than the test counts
            s.open(URI, "a");
            assertTrue(firstRunStarted.await(5, TimeUnit.SECONDS));
            DocumentSyncTest.change(s, 2, new TextDocumentContentChangeEvent("b"));
            barrier(s); // the change has arrived before the first run ends
            release.countDown();
            PublishDiagnosticsParams p = s.client.nextDiagnostics();
            assertEquals(2, p.getVersion(), "the diagnostics of version 1 were dropped");
            assertEquals("v2", p.getDiagnostics().get(0).getMessage());
        }
    }

    @Test
    void closingClearsTheDiagnostics() throws Exception {
        try (InProcessServer s = InProcessServer.withClient(echo(new AtomicInteger()))) {
            s.initialize();
            awaitDocsIndex(s); // its swap re-diagnoses open documents: a publish more than the test counts
            s.open(URI, "x");
            s.client.nextDiagnostics();
            s.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(URI)));
            // a run started before the close (e.g. after the docs index was swapped in) may still arrive first
            PublishDiagnosticsParams cleared = s.client.nextDiagnostics();
            while (!cleared.getDiagnostics().isEmpty()) {
                cleared = s.client.nextDiagnostics();
            }
            assertEquals(URI, cleared.getUri());
        }
    }

    @Test
    void changingSeveritySettingsDiagnosesOpenDocumentsAgain() throws Exception {
        Providers severityEcho = Providers.builder().diagnostics((doc, ctx) -> List.of(new Diagnostic(
                new Range(new Position(0, 0), new Position(0, 1)),
                String.valueOf(ctx.settings().diagnostics().get("unknownParameter"))))).build();
        try (InProcessServer s = InProcessServer.withClient(severityEcho)) {
            s.initialize();
            awaitDocsIndex(s); // its swap re-diagnoses open documents: a publish more than the test counts
            s.open(URI, "x");
            assertEquals("null", s.client.nextDiagnostics().getDiagnostics().get(0).getMessage());
            s.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
                    Json.of("{'entra': {'diagnostics': {'severity': {'unknownParameter': 'off'}}}}")));
            String message = s.client.nextDiagnostics().getDiagnostics().get(0).getMessage();
            while (message.equals("null")) { // a refresh after the docs index swap may come first
                message = s.client.nextDiagnostics().getDiagnostics().get(0).getMessage();
            }
            assertEquals("OFF", message);
        }
    }

    /** A request is answered only after the notifications before it were handled (one reader thread, in order). */
    private static void barrier(InProcessServer s) throws Exception {
        s.server.getTextDocumentService().hover(new org.eclipse.lsp4j.HoverParams(
                new org.eclipse.lsp4j.TextDocumentIdentifier("file:///barrier"), new Position(0, 0)))
                .get(10, TimeUnit.SECONDS);
    }

    /** The marker's first run holds the diagnostics thread until released; its answer is the marker itself. */
    private static List<Diagnostic> holdMarker(int version, CountDownLatch held, CountDownLatch release) {
        if (version == 1) {
            held.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return List.of(new Diagnostic(new Range(new Position(0, 0), new Position(0, 1)), "marker"));
    }

    /**
     * The next diagnostics published after a marker sent through the scheduler behind every run of {@link #URI}
     * already scheduled. The scheduler runs on one thread in the order of its runs' due times. The marker document
     * is opened (its run holds that thread) and changed while that run is pending, so its second version is due a
     * whole debounce after now: later than any run of {@code URI} scheduled before, which therefore has published
     * before it. The first version's run is overtaken and publishes nothing.
     */
    private static PublishDiagnosticsParams afterMarker(InProcessServer s, CountDownLatch held, CountDownLatch release)
            throws Exception {
        s.open(MARKER, "marker");
        assertTrue(held.await(5, TimeUnit.SECONDS), "the marker's first run started");
        s.server.getTextDocumentService().didChange(new org.eclipse.lsp4j.DidChangeTextDocumentParams(
                new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(MARKER, 2),
                List.of(new TextDocumentContentChangeEvent("marker 2"))));
        barrier(s);
        release.countDown();
        PublishDiagnosticsParams p = s.client.nextDiagnostics();
        if (p.getUri().equals(MARKER)) {
            assertEquals(2, p.getVersion(), "the marker's overtaken first run published nothing");
        }
        return p;
    }

    private static void awaitDocsIndex(InProcessServer s) throws InterruptedException {
        var docs = s.connection.server().runtime().docs();
        CountDownLatch swapped = new CountDownLatch(1);
        docs.onSwap(index -> {
            if (index.find("Connect-Entra").isPresent()) {
                swapped.countDown();
            }
        });
        if (docs.current().find("Connect-Entra").isEmpty()) { // listening first: a swap after this check is heard
            assertTrue(swapped.await(10, TimeUnit.SECONDS), "bundled docs loaded");
        }
    }
}
