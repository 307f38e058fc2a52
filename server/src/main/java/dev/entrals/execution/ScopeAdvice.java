package dev.entrals.execution;

import java.util.List;

import dev.entrals.graph.GraphRequest;

/**
 * The seam for the permission facts (the permissions issue): which delegated or application scopes would allow a
 * refused (403) call, so the error can name them and offer to reconnect with them. {@link #NONE} until those facts
 * are wired in.
 */
@FunctionalInterface
public interface ScopeAdvice {

    /** The scopes that would allow {@code command} to send {@code request}, least privileged first; empty if unknown. */
    List<String> scopesFor(String command, GraphRequest request);

    /** Knows no scopes. */
    ScopeAdvice NONE = (command, request) -> List.of();
}
