package dev.entrals.session;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for an msal4j call while watching the caller's cancellation and the sign-in time limit. */
final class SignInWait {

    private static final long POLL_MILLIS = 100;

    private SignInWait() {
    }

    /**
     * The future's value; on cancellation or after {@code limit} the future is cancelled (msal4j's browser and
     * device-code loops stop on that) and a {@link SessionException} says what happened.
     */
    static <T> T await(CompletableFuture<T> future, CancellationSignal cancel, Duration limit, ErrorContext errors) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            if (cancel.isCancelled()) {
                future.cancel(true);
                throw new SessionException("Sign-in was cancelled.");
            }
            if (System.nanoTime() - deadline > 0) {
                future.cancel(true);
                throw new SessionException("Sign-in timed out after " + limit.toSeconds() + " s.");
            }
            try {
                return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // keep waiting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                future.cancel(true);
                throw new SessionException("Sign-in was interrupted.");
            } catch (ExecutionException e) {
                throw errors.translate(e.getCause());
            } catch (java.util.concurrent.CancellationException e) {
                throw new SessionException("Sign-in was cancelled.");
            }
        }
    }
}
