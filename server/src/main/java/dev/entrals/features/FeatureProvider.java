package dev.entrals.features;

import dev.entrals.commons.TextDocument;

/**
 * A provider slot for one document feature (hover, completion, ...): the answer for {@code params} in an open
 * document, or null / an empty list when there is nothing to say. Runs off the message thread; may throw, which
 * becomes an error reply for this request only.
 */
@FunctionalInterface
public interface FeatureProvider<P, R> {

    /** The answer for {@code params} on {@code document}. */
    R provide(TextDocument document, P params, RequestContext context);

    /** This provider with its answer converted (inside the same computation, so cancelling still reaches it). */
    default <T> FeatureProvider<P, T> andThen(java.util.function.Function<? super R, ? extends T> convert) {
        return (document, params, context) -> convert.apply(provide(document, params, context));
    }
}
