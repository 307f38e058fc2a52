package dev.entrals.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.entrals.settings.DocsSettings;

class DocsReloaderTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static DocsSettings docs(String... folders) {
        return new DocsSettings(List.of(folders).stream().map(Path::of).toList(), true);
    }

    @Test
    void readersKeepTheOldIndexUntilTheNewOneIsComplete() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        DocsReloader<String> r = new DocsReloader<>(d -> {
            release.await(5, TimeUnit.SECONDS);
            return "index of " + d.paths();
        }, "empty", pool);
        var done = r.reload(docs("/a"));
        assertEquals("empty", r.current());
        release.countDown();
        assertEquals("index of [/a]", done.get(5, TimeUnit.SECONDS));
        assertEquals("index of [/a]", r.current());
    }

    @Test
    void stagedReloadServesTheQuickIndexWhileTheFullOneLoads() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        DocsReloader<String> r = new DocsReloader<>(d -> {
            if (d.installedModules()) {
                release.await(5, TimeUnit.SECONDS);
            }
            return (d.installedModules() ? "full " : "quick ") + d.paths();
        }, "empty", pool);
        CountDownLatch quickIn = new CountDownLatch(1);
        r.onSwap(index -> {
            if (index.startsWith("quick")) {
                quickIn.countDown();
            }
        });
        var done = r.reloadInStages(List.of(new DocsSettings(List.of(Path.of("/a")), false), docs("/a")));
        assertTrue(quickIn.await(5, TimeUnit.SECONDS), "the quick index was swapped in");
        assertEquals("quick [/a]", r.current());
        release.countDown();
        assertEquals("full [/a]", done.get(5, TimeUnit.SECONDS));
        assertEquals("full [/a]", r.reloadLatest().get(5, TimeUnit.SECONDS));
    }

    @Test
    void aFailedLoadKeepsThePreviousIndex() throws Exception {
        DocsReloader<String> r = new DocsReloader<>(d -> {
            if (d.paths().contains(Path.of("/broken"))) {
                throw new java.io.IOException("unreadable");
            }
            return "index of " + d.paths();
        }, "empty", pool);
        r.reload(docs("/a")).get(5, TimeUnit.SECONDS);
        assertEquals("index of [/a]", r.reload(docs("/broken")).get(5, TimeUnit.SECONDS));
        assertEquals("index of [/a]", r.current());
    }

    @Test
    void aLoadOvertakenByANewerOneIsDiscarded() throws Exception {
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch releaseSlow = new CountDownLatch(1);
        DocsReloader<String> r = new DocsReloader<>(d -> {
            if (d.paths().contains(Path.of("/slow"))) {
                slowStarted.countDown();
                releaseSlow.await(5, TimeUnit.SECONDS);
            }
            return "index of " + d.paths();
        }, "empty", pool);
        var slow = r.reload(docs("/slow"));
        assertTrue(slowStarted.await(5, TimeUnit.SECONDS), "the slow load started");
        r.reload(docs("/fast")).get(5, TimeUnit.SECONDS);
        releaseSlow.countDown();
        slow.get(5, TimeUnit.SECONDS);
        assertEquals("index of [/fast]", r.current());
    }

    @Test
    void swapListenersHearOfEachNewIndex() throws Exception {
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        DocsReloader<String> r = new DocsReloader<>(d -> "index of " + d.paths(), "empty", pool);
        r.onSwap(heard::add);
        String built = r.reload(docs("/a")).get(5, TimeUnit.SECONDS);
        assertEquals(List.of("index of [/a]"), heard);
        assertSame(built, heard.get(0));
    }
}
