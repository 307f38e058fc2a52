package dev.entrals.lsp;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Watches the client process named by {@code processId} in {@code initialize} and runs an action once it is gone
 * (or was never there), so an editor that dies without {@code exit} leaves no server behind.
 */
public final class ClientProcessWatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ClientProcessWatcher.class.getName());

    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(new NamedDaemonThreads("parent-watch"));

    private ClientProcessWatcher(long pid, Duration every, Runnable onGone) {
        timer.scheduleWithFixedDelay(() -> {
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            if (!alive) {
                LOG.warning(() -> "client process " + pid + " is gone; exiting");
                timer.shutdown();
                onGone.run();
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Polls process {@code pid} every {@code every}; {@code onGone} runs once, when it is no longer alive. */
    public static ClientProcessWatcher watch(long pid, Duration every, Runnable onGone) {
        return new ClientProcessWatcher(pid, every, onGone);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
