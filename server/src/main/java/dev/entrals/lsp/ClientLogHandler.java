package dev.entrals.lsp;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Forwards log records to the client as {@code window/logMessage}. Sending happens on one daemon thread, so a caller
 * never blocks on the client and a record logged while sending is not forwarded again (no recursion). At most
 * {@link #PER_SECOND} records a second go out; the rest are counted and reported in one line.
 */
public final class ClientLogHandler extends Handler {

    static final int PER_SECOND = 50;

    private final LanguageClient client;
    private final ThreadPoolExecutor sender;
    private final AtomicInteger dropped = new AtomicInteger();
    private final SimpleFormatter formatter = new SimpleFormatter();
    private volatile Thread senderThread;
    private long windowStart;
    private int sentInWindow;

    private final java.util.function.LongSupplier nanoClock;

    public ClientLogHandler(LanguageClient client) {
        this(client, System::nanoTime);
    }

    /** With the clock that times the rate window (tests pass their own). */
    public ClientLogHandler(LanguageClient client, java.util.function.LongSupplier nanoClock) {
        this.client = client;
        this.nanoClock = nanoClock;
        this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(256), r -> {
            Thread t = new NamedDaemonThreads("log").newThread(r);
            senderThread = t;
            return t;
        }, (r, pool) -> dropped.incrementAndGet());
        setLevel(Level.INFO);
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null || !isLoggable(record) || Thread.currentThread() == senderThread || !admit()) {
            return;
        }
        MessageParams params = new MessageParams(type(record.getLevel()), text(record));
        sender.execute(() -> send(params));
    }

    private synchronized boolean admit() {
        long now = nanoClock.getAsLong();
        if (sentInWindow == 0 || now - windowStart >= 1_000_000_000L) {
            windowStart = now;
            sentInWindow = 0;
        }
        if (sentInWindow >= PER_SECOND) {
            dropped.incrementAndGet();
            return false;
        }
        sentInWindow++;
        return true;
    }

    private void send(MessageParams params) {
        try {
            int lost = dropped.getAndSet(0);
            if (lost > 0) {
                client.logMessage(new MessageParams(MessageType.Warning,
                        lost + " log messages were not forwarded (too many at once); stderr has them all"));
            }
            client.logMessage(params);
        } catch (RuntimeException closedOrBroken) {
            // the client is gone or the stream is broken: stderr still has the record
        }
    }

    private String text(LogRecord r) {
        String name = r.getLoggerName() == null ? "" : r.getLoggerName();
        String shortName = name.substring(name.lastIndexOf('.') + 1);
        String msg = formatter.formatMessage(r);
        if (r.getThrown() != null) {
            msg += " (" + r.getThrown() + ")";
        }
        return shortName.isEmpty() ? msg : "[" + shortName + "] " + msg;
    }

    private static MessageType type(Level level) {
        int v = level.intValue();
        if (v >= Level.SEVERE.intValue()) {
            return MessageType.Error;
        }
        if (v >= Level.WARNING.intValue()) {
            return MessageType.Warning;
        }
        if (v >= Level.INFO.intValue()) {
            return MessageType.Info;
        }
        return MessageType.Log;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        sender.shutdown();
    }
}
