package dev.entrals.lsp;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import dev.entrals.docs.IdleSignal;

/**
 * The server's busy signal: client requests in flight (counted from arrival on the message thread to the reply
 * written) and the time of the last client message. Idle means no request in flight and no message for the quiet
 * period. Background work ({@link dev.entrals.docs.HelpIndex#preParse}) waits in {@link #awaitIdle()}; the request
 * path pays two atomic updates and, when a worker waits, one unpark.
 */
public final class RequestActivity implements IdleSignal {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final long quietNanos;
    private volatile long lastMessage = System.nanoTime();
    private volatile Thread waiter;

    /** Idle after {@code quietMillis} without a client message (0: as soon as no request is in flight). */
    public RequestActivity(long quietMillis) {
        this.quietNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(0, quietMillis));
    }

    /** A client request arrived (before it is handled). */
    public void requestArrived() {
        lastMessage = System.nanoTime();
        inFlight.incrementAndGet();
    }

    /** A client notification arrived. */
    public void notificationArrived() {
        lastMessage = System.nanoTime();
    }

    /** A reply to a client request was written. */
    public void replied() {
        if (inFlight.updateAndGet(n -> n > 0 ? n - 1 : 0) == 0) {
            Thread w = waiter;
            if (w != null) {
                LockSupport.unpark(w);
            }
        }
    }

    /** Whether a request is in flight now. */
    public boolean busy() {
        return inFlight.get() > 0;
    }

    @Override
    public void awaitIdle() throws InterruptedException {
        waiter = Thread.currentThread();
        try {
            while (true) {
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                if (inFlight.get() > 0) {
                    LockSupport.park(this); // replied() unparks when the last request is answered
                    continue;
                }
                long wait = lastMessage + quietNanos - System.nanoTime();
                if (wait <= 0) {
                    return;
                }
                LockSupport.parkNanos(this, wait);
            }
        } finally {
            waiter = null;
        }
    }
}
