package dev.entrals.lsp;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.IdleSignal;

/**
 * Parses the pages of each help index swapped in ahead of use, on one low-priority daemon thread, one page at a time
 * while the server is idle ({@link IdleSignal}), so that a cmdlet's first hover costs what later ones do. A newer
 * index stops the work on the older one. See {@code server/design/docs-engine.md} ("Pre-parsing").
 */
public final class DocsPreParser {

    private static final Logger LOG = Logger.getLogger(DocsPreParser.class.getName());

    private final IdleSignal idle;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new NamedDaemonThreads("preparse").newThread(r);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private Future<?> running;

    public DocsPreParser(IdleSignal idle) {
        this.idle = idle;
    }

    /** Starts on {@code index}, stopping the work on the previous one. */
    public synchronized void start(HelpIndex index) {
        if (running != null) {
            running.cancel(true);
        }
        try {
            running = thread.submit(() -> run(index));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.fine("no pre-parse: the server is stopping");
        }
    }

    private void run(HelpIndex index) {
        long start = System.nanoTime();
        try {
            int parsed = index.preParse(idle);
            LOG.fine(() -> String.format("pre-parsed %d pages in %d ms", parsed,
                    (System.nanoTime() - start) / 1_000_000));
        } catch (InterruptedException e) {
            LOG.fine("pre-parse stopped (a newer index, or shutdown)");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "pre-parse failed: " + e, e);
        }
    }

    /** Stops the work for good. */
    public synchronized void stop() {
        thread.shutdownNow();
    }
}
