package dev.entrals.execution;

import java.util.List;
import java.util.Optional;

import dev.entrals.session.CancellationSignal;
import dev.entrals.session.EntraContext;
import dev.entrals.session.EntraEnvironment;
import dev.entrals.session.SessionException;
import dev.entrals.session.SessionService;

/**
 * Where a run takes its Graph endpoint and access token from: the session of this process. The token goes into the
 * {@code Authorization} header and nowhere else.
 */
public interface TokenSource {

    /** The Graph endpoint of the session's environment, without a trailing slash ({@code https://graph.microsoft.com}). */
    String graphEndpoint();

    /**
     * An access token; {@code afterRejection} is true when Graph has just refused the previous one (401), so a fresh
     * one is wanted.
     */
    String token(boolean afterRejection, CancellationSignal cancel);

    /** The session's context ({@code Get-EntraContext}), when there is a session. */
    default Optional<EntraContext> context() {
        return Optional.empty();
    }

    /** The clouds known to the session: the built-in ones and those added ({@code Get-EntraEnvironment}). */
    default List<EntraEnvironment> environments() {
        return EntraEnvironment.BUILT_IN;
    }

    /**
     * Adds a cloud to this machine's list ({@code Add-EntraEnvironment}); a {@link LocalAnswers.Failure} says why
     * not (a bad name or endpoint, a built-in name, or a source that cannot add any).
     */
    default EntraEnvironment addEnvironment(String name, String azureADEndpoint, String graphEndpoint) {
        throw new LocalAnswers.Failure("this session cannot add environments");
    }

    /** The signed-in tenant's id, when there is a session (the module's {@code (Get-MgContext).TenantId}). */
    default Optional<String> tenantId() {
        return context().map(EntraContext::tenantId).filter(t -> !t.isBlank());
    }

    /**
     * The session service's endpoint and token; {@link GraphFault.Kind#NOT_CONNECTED} when it holds no session.
     */
    static TokenSource of(SessionService session) {
        return new TokenSource() {
            @Override
            public String graphEndpoint() {
                String env = session.context().orElseThrow(TokenSource::notConnected).environment();
                return session.environments().stream().filter(e -> e.name().equalsIgnoreCase(env)).findFirst()
                        .map(EntraEnvironment::graphEndpoint)
                        .orElseThrow(() -> GraphFault.of(GraphFault.Kind.NOT_CONNECTED, "The session's environment '"
                                + env + "' is not known; add it with Add-EntraEnvironment or connect again.", null));
            }

            @Override
            public Optional<EntraContext> context() {
                return session.context();
            }

            @Override
            public List<EntraEnvironment> environments() {
                return session.environments();
            }

            @Override
            public EntraEnvironment addEnvironment(String name, String azureADEndpoint, String graphEndpoint) {
                try {
                    return session.addEnvironment(name, azureADEndpoint, graphEndpoint);
                } catch (SessionException e) {
                    throw new LocalAnswers.Failure(e.getMessage());
                }
            }

            @Override
            public String token(boolean afterRejection, CancellationSignal cancel) {
                // msal4j refreshes an expired token silently; after a 401 a new one is asked for, past the cache
                try {
                    return afterRejection ? session.freshAccessToken(cancel) : session.accessToken(cancel);
                } catch (SessionException e) {
                    if (session.context().isEmpty()) {
                        throw notConnected();
                    }
                    throw GraphFault.of(GraphFault.Kind.NOT_CONNECTED, "No access token: " + e.getMessage()
                            + " Connect again.", null);
                }
            }
        };
    }

    /** The error of a run without a session. */
    static GraphFault notConnected() {
        return GraphFault.of(GraphFault.Kind.NOT_CONNECTED,
                "Not connected to Entra: connect first (Connect-Entra, the command 'Entra: Connect', or "
                        + "'entra-ls connect --context-scope CurrentUser').", null);
    }
}
