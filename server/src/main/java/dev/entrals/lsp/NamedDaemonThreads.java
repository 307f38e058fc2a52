package dev.entrals.lsp;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Makes daemon threads named {@code entra-ls-<role>-<n>}, so background work never keeps the JVM alive. */
public final class NamedDaemonThreads implements ThreadFactory {

    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    public NamedDaemonThreads(String role) {
        this.prefix = "entra-ls-" + role + "-";
    }

    @Override
    public Thread newThread(Runnable r) {
        Thread t = new Thread(r, prefix + count.incrementAndGet());
        t.setDaemon(true);
        return t;
    }
}
