package dev.entrals.features;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.entrals.settings.DocsSettings;

/**
 * Holds the docs index in force and rebuilds it in the background when the docs settings change: readers keep the
 * old index until the new one is complete, then it is swapped in atomically. A rebuild overtaken by a newer one is
 * discarded; a failed rebuild keeps the old index and logs why.
 *
 * @param <I> the index type (the docs engine's help index)
 */
public final class DocsReloader<I> {

    /** Builds an index from the docs settings; the docs engine implements it (e.g. {@code HelpIndex::load}). */
    @FunctionalInterface
    public interface Loader<I> {
        /** A complete index for {@code docs}; may take long, and may throw on failure. */
        I load(DocsSettings docs) throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(DocsReloader.class.getName());

    private final Loader<I> loader;
    private final Executor background;
    private final AtomicReference<I> current;
    private final AtomicLong generation = new AtomicLong();
    private final List<Consumer<I>> swapListeners = new CopyOnWriteArrayList<>();
    private DocsSettings latest;
    private CompletableFuture<I> pending;

    /** Starts with {@code initial} in force (e.g. an empty index) until the first load completes. */
    public DocsReloader(Loader<I> loader, I initial, Executor background) {
        this.loader = loader;
        this.background = background;
        this.current = new AtomicReference<>(initial);
    }

    /** The index in force now; never blocks. */
    public I current() {
        return current.get();
    }

    /**
     * Builds the index again with the settings of the latest reload (e.g. after new docs were downloaded); with no
     * reload yet, the current index.
     */
    public CompletableFuture<I> reloadLatest() {
        DocsSettings docs;
        synchronized (this) {
            docs = latest;
        }
        return docs == null ? CompletableFuture.completedFuture(current()) : reload(docs);
    }

    /** Adds a listener told of each index swapped in (e.g. to diagnose open documents again). */
    public void onSwap(Consumer<I> listener) {
        swapListeners.add(listener);
    }

    /**
     * Builds an index for {@code docs} in the background and swaps it in, unless a later reload started meanwhile.
     * The future completes with the index in force afterwards (the old one when this load failed or was overtaken).
     */
    public CompletableFuture<I> reload(DocsSettings docs) {
        return reloadInStages(List.of(docs));
    }

    /**
     * Like {@link #reload} but builds and swaps in an index for each stage in turn (e.g. a quick one without the
     * slow sources, then the full one), so readers get the quick index without waiting for the full one. A later
     * reload stops the remaining stages. The last stage's settings are the ones {@link #reloadLatest} uses.
     */
    public CompletableFuture<I> reloadInStages(List<DocsSettings> stages) {
        long mine;
        synchronized (this) {
            mine = generation.incrementAndGet();
            latest = stages.get(stages.size() - 1);
        }
        CompletableFuture<I> future = CompletableFuture.supplyAsync(() -> {
            for (DocsSettings docs : stages) {
                if (!buildAndSwap(docs, mine)) {
                    break;
                }
            }
            return current.get();
        }, background);
        synchronized (this) {
            if (generation.get() == mine) {
                pending = future;
            }
        }
        return future;
    }

    /**
     * The latest reload, all its stages: completes with the index in force once it is over (at once when no reload
     * was ever started). A reader that must see the full index, not a quick first stage, waits for it.
     */
    public synchronized CompletableFuture<I> latestLoad() {
        return pending == null ? CompletableFuture.completedFuture(current()) : pending;
    }

    /** Builds one index and swaps it in; false when the load failed or a newer reload overtook it. */
    private boolean buildAndSwap(DocsSettings docs, long mine) {
        long start = System.nanoTime();
        I built;
        try {
            built = loader.load(docs);
        } catch (Exception | StackOverflowError e) {
            LOG.log(Level.WARNING, "docs not reloaded, keeping the previous index: " + e, e);
            return false;
        }
        synchronized (this) {
            if (generation.get() != mine) {
                LOG.fine("discarded a docs index overtaken by a newer reload");
                return false;
            }
            current.set(built);
        }
        LOG.info(() -> String.format("docs index loaded from %s%s in %d ms", docs.paths(),
                docs.installedModules() ? " and installed modules" : "", (System.nanoTime() - start) / 1_000_000));
        for (Consumer<I> l : swapListeners) {
            try {
                l.accept(built);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a docs swap listener failed: " + e, e);
            }
        }
        return true;
    }
}
