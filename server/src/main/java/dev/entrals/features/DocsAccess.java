package dev.entrals.features;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import dev.entrals.docs.HelpIndex;

/**
 * The help index as the editor features read it, as {@link DocsSnapshot}s (one per index, made when it is first
 * read). {@link #now()} never blocks. {@link #afterFirstLoad()} waits, only while the server's very first index load
 * is still running and at most {@code firstLoadWait}, so that a request sent right after start-up is answered with
 * content instead of nothing; it must not run on the message thread ({@link #settled()} tells the service when quick
 * requests may run there again). Later reloads never make anyone wait: the previous index stays in force meanwhile.
 */
public final class DocsAccess {

    /** How long a request may wait for the first index load: far above the load (about 0.3 s for 610 pages). */
    public static final Duration FIRST_LOAD_WAIT = Duration.ofSeconds(3);

    private final DocsReloader<HelpIndex> docs;
    private final CountDownLatch firstLoad = new CountDownLatch(1);
    private final Duration firstLoadWait;
    private final AtomicReference<DocsSnapshot> snapshot = new AtomicReference<>();
    private volatile boolean settled;

    /** Reads {@code docs}; must be built before the first load starts (the server builds features first). */
    public DocsAccess(DocsReloader<HelpIndex> docs, Duration firstLoadWait) {
        this.docs = docs;
        this.firstLoadWait = firstLoadWait;
        docs.onSwap(index -> {
            settled = true;
            firstLoad.countDown();
        });
    }

    /** Reads {@code docs}, waiting for the first load at most {@link #FIRST_LOAD_WAIT}. */
    public DocsAccess(DocsReloader<HelpIndex> docs) {
        this(docs, FIRST_LOAD_WAIT);
    }

    /** The snapshot of the index in force now (the empty index before the first load); never blocks. */
    public DocsSnapshot now() {
        HelpIndex index = docs.current();
        DocsSnapshot s = snapshot.get();
        if (s != null && s.index() == index) {
            return s;
        }
        DocsSnapshot fresh = new DocsSnapshot(index);
        // a racing reader may have made one for the same index: keep the first, so caches are shared
        return snapshot.accumulateAndGet(fresh, (old, mine) -> old != null && old.index() == index ? old : mine);
    }

    /**
     * The snapshot in force after waiting for the first load if it has not completed yet (bounded; after one timeout
     * nobody waits again, so a failed first load costs one wait, not one per request). Off the message thread only.
     */
    public DocsSnapshot afterFirstLoad() {
        if (!settled) {
            try {
                firstLoad.await(firstLoadWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            settled = true;
        }
        return now();
    }

    /** Whether {@link #afterFirstLoad()} returns at once (the first load ended, or one wait already timed out). */
    public boolean settled() {
        return settled;
    }
}
