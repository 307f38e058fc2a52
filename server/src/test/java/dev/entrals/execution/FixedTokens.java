package dev.entrals.execution;

import dev.entrals.session.CancellationSignal;
import java.util.function.Function;

/**
 * A session for tests that talk to the Graph stand-in without signing in: the stand-in's endpoint, and a token given
 * by {@code tokens} for each ask ({@code true} when Graph has just refused the previous one).
 */
record FixedTokens(String endpoint, Function<Boolean, String> tokens) implements TokenSource {

    @Override
    public String graphEndpoint() {
        return endpoint;
    }

    @Override
    public String token(boolean afterRejection, CancellationSignal cancel) {
        return tokens.apply(afterRejection);
    }
}
