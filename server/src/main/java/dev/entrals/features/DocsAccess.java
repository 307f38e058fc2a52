package dev.entrals.features;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.entrals.analysis.ParameterBinder;
import dev.entrals.docs.HelpIndex;

/**
 * The help index as the editor features read it. {@link #now()} never blocks. {@link #afterFirstLoad()} waits, only
 * while the server's very first index load is still running and at most {@code firstLoadWait}, so that a hover sent
 * right after start-up is answered with content instead of nothing; later reloads never make anyone wait (the
 * previous index stays in force meanwhile).
 */
public final class DocsAccess {

    /** How long a request may wait for the first index load: far above the load (about 0.3 s for 610 pages). */
    public static final Duration FIRST_LOAD_WAIT = Duration.ofSeconds(3);

    private final DocsReloader<HelpIndex> docs;
    private final CountDownLatch firstLoad = new CountDownLatch(1);
    private final Duration firstLoadWait;
    private volatile boolean settled;
    private volatile ParameterBinder binder;

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

    /** The index in force now (the empty one before the first load); never blocks. */
    public HelpIndex now() {
        return docs.current();
    }

    /**
     * The index in force, after waiting for the first load if it has not completed yet (bounded; after one timeout
     * nobody waits again, so a failed first load costs one wait, not one per request).
     */
    public HelpIndex afterFirstLoad() {
        if (!settled) {
            try {
                firstLoad.await(firstLoadWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            settled = true;
        }
        return docs.current();
    }

    /** The parameter binder of {@code index}, one per index (it caches each cmdlet's set model). */
    public ParameterBinder binder(HelpIndex index) {
        ParameterBinder b = binder;
        if (b == null || b.index() != index) {
            b = new ParameterBinder(index);
            binder = b;
        }
        return b;
    }
}
