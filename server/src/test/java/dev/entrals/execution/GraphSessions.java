package dev.entrals.execution;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

import dev.entrals.session.CancellationSignal;
import dev.entrals.session.ConnectRequest;
import dev.entrals.session.SessionException;
import dev.entrals.session.SessionService;
import dev.entrals.session.SessionTestKit;

/**
 * The REAL session of the engine's tests: msal4j signs in with a client secret against the identity stand-in, in the
 * custom cloud "GraphStandIn" whose Graph endpoint is the Graph stand-in; and a client sending to it.
 */
final class GraphSessions {

    private GraphSessions() {
    }

    /** A new session service of {@code kit}, connected app-only to the cloud of {@code graph}. */
    static SessionService connect(SessionTestKit kit, GraphStandIn graph) throws SessionException {
        SessionService session = kit.newService();
        session.addEnvironment("GraphStandIn", kit.standInUrl(), graph.baseUrl());
        session.connect(ConnectRequest.fromMap(Map.of("flow", "clientSecret", "tenantId", SessionTestKit.TENANT_NAME,
                "clientId", SessionTestKit.APP_ID, "clientSecret", SessionTestKit.SECRET, "environment", "GraphStandIn",
                "contextScope", "Process")), null, CancellationSignal.NONE);
        return session;
    }

    /** A Graph client trusting the stand-ins' certificate, taking its tokens from {@code session}; no retry waits. */
    static GraphClient client(SessionTestKit kit, SessionService session) {
        return new GraphClient(HttpClient.newBuilder().sslContext(kit.clientTrust()).build(), TokenSource.of(session),
                new GraphClient.Settings(Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(1),
                        (d, c) -> { }));
    }
}
