package dev.entrals.features;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The work-done progresses in flight that the user may cancel ({@code window/workDoneProgress/cancel}): a feature
 * registers what to do for its token and removes it when the work ends.
 */
public final class ProgressCancels {

    private final Map<Object, Runnable> cancels = new ConcurrentHashMap<>();

    /** Runs {@code onCancel} when the client cancels {@code token}; until {@link #remove}. */
    public void register(Either<String, Integer> token, Runnable onCancel) {
        cancels.put(key(token), onCancel);
    }

    public void remove(Either<String, Integer> token) {
        cancels.remove(key(token));
    }

    /** The client cancelled {@code token}; unknown tokens (work already ended) are ignored. */
    public void cancel(Either<String, Integer> token) {
        Runnable r = token == null ? null : cancels.get(key(token));
        if (r != null) {
            r.run();
        }
    }

    private static Object key(Either<String, Integer> token) {
        return token.isLeft() ? token.getLeft() : token.getRight();
    }
}
