package dev.entrals.execution;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

import dev.entrals.session.CancellationSignal;

/**
 * How a throttled request waits before its next try: {@link #SLICED} parks in short slices and stops as soon as the
 * run is cancelled; tests inject one that records the wait and returns at once.
 */
@FunctionalInterface
public interface RetryWait {

    /** Waits {@code delay} unless cancelled first; throws a {@link GraphFault.Kind#CANCELLED} fault on cancel. */
    void await(Duration delay, CancellationSignal cancel);

    /** Waits in slices of at most 50 ms, checking {@code cancel} between them. */
    RetryWait SLICED = (delay, cancel) -> {
        long end = System.nanoTime() + delay.toNanos();
        while (true) {
            if (cancel.isCancelled()) {
                throw GraphFault.of(GraphFault.Kind.CANCELLED, "Cancelled while waiting to retry.", null);
            }
            long left = end - System.nanoTime();
            if (left <= 0) {
                return;
            }
            LockSupport.parkNanos(Math.min(left, 50_000_000L));
        }
    };
}
