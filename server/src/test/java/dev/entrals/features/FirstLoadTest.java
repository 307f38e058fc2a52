package dev.entrals.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.entrals.analysis.MigrationTable;
import dev.entrals.commons.DocumentStore;
import dev.entrals.docs.HelpIndex;
import dev.entrals.features.hover.HoverProvider;
import dev.entrals.settings.DocsSettings;
import dev.entrals.settings.EntraSettings;
import dev.entrals.settings.LiveSettings;

/**
 * The first docs load never holds the message thread: before it ends, hover runs on a worker (where it may wait for
 * the load), after it hover runs inline again; one request reads one docs snapshot.
 */
class FirstLoadTest {

    private final ExecutorService loader = Executors.newSingleThreadExecutor();
    private final ExecutorService workers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        loader.shutdownNow();
        workers.shutdownNow();
    }

    @Test
    void hoverBeforeTheFirstLoadEndsLeavesTheCallingThreadAndAnswersOnceTheLoadEnds() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        DocsReloader<HelpIndex> docs = new DocsReloader<>(d -> {
            release.await();
            return HelpIndex.load(List.of(), true);
        }, HelpIndex.empty(), loader);
        // a first-load wait far longer than any test: were it taken on the calling thread, the test would hang
        DocsAccess access = new DocsAccess(docs, Duration.ofHours(1));
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        HoverProvider hover = new HoverProvider(new CallSites(access, MigrationTable.bundled()));
        LanguageService service = new LanguageService(new DocumentStore(), new LiveSettings(EntraSettings.DEFAULT),
                Providers.builder().inlineWhen(access::settled).hover((d, p, c) -> {
                    ranOn.set(Thread.currentThread());
                    return hover.provide(d, p, c);
                }).build(), workers);
        service.documents().open("file:///a.ps1", "powershell", 1, "Disconnect-Entra\n");
        docs.reload(DocsSettings.DEFAULT);

        // the "message thread": it must come back while the load is still held
        AtomicReference<java.util.concurrent.CompletableFuture<Hover>> early = new AtomicReference<>();
        Thread messages = new Thread(() -> early.set(service.hover(params())), "messages");
        messages.start();
        messages.join(TimeUnit.SECONDS.toMillis(30)); // a hang guard, not a timing assertion
        assertFalse(messages.isAlive(), "hover held the message thread while the first docs load ran");
        assertFalse(access.settled());
        release.countDown();
        Hover h = early.get().get(30, TimeUnit.SECONDS);
        assertNotNull(h, "the early hover is answered with the loaded docs, not with nothing");
        assertTrue(h.getContents().getRight().getValue().contains("Disconnect-Entra"));
        assertNotSame(messages, ranOn.get());

        assertTrue(access.settled());
        Hover later = service.hover(params()).get(30, TimeUnit.SECONDS);
        assertSame(Thread.currentThread(), ranOn.get(), "after the first load, hover runs inline again");
        assertEquals(h.getContents().getRight().getValue(), later.getContents().getRight().getValue());
    }

    @Test
    void oneSnapshotPerIndexSharedByEveryReader() throws Exception {
        DocsReloader<HelpIndex> docs = new DocsReloader<>(d -> HelpIndex.load(List.of(), true), HelpIndex.empty(), loader);
        DocsAccess access = new DocsAccess(docs, Duration.ofHours(1));
        DocsSnapshot before = access.now();
        assertSame(before, access.now());
        docs.reload(DocsSettings.DEFAULT).get(30, TimeUnit.SECONDS);
        DocsSnapshot after = access.afterFirstLoad();
        assertNotSame(before, after, "a new index gets a new snapshot, with nothing cached from the old one");
        assertSame(after, access.now());
        assertSame(after.index(), after.binder().index());
    }

    private static HoverParams params() {
        return new HoverParams(new TextDocumentIdentifier("file:///a.ps1"), new Position(0, 3));
    }
}
