package dev.entrals.execution;

import java.util.List;

import dev.entrals.analysis.ScopeFacts;
import dev.entrals.graph.GraphRequest;

/**
 * Which permissions would allow a refused (403) call, so the error can name them and the editor can offer to
 * reconnect with them: {@link #of(ScopeFacts)} reads the permission facts of the permissions issue.
 */
@FunctionalInterface
public interface ScopeAdvice {

    /** The scopes that would allow {@code command} to send {@code request}, least privileged first; empty if unknown. */
    List<String> scopesFor(String command, GraphRequest request);

    /** Knows no scopes. */
    ScopeAdvice NONE = (command, request) -> List.of();

    /**
     * The cmdlet's delegated permissions from {@code facts}, narrowest first (a user reconnects with delegated
     * scopes; an app's permissions are granted in its registration, not asked for at sign-in).
     */
    static ScopeAdvice of(ScopeFacts facts) {
        return (command, request) -> facts.forCommand(command).map(n -> n.delegatedScopes()).orElse(List.of());
    }
}
