package dev.entrals.session;

import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.ManagedIdentityApplication;
import com.microsoft.aad.msal4j.ManagedIdentityId;
import com.microsoft.aad.msal4j.ManagedIdentityParameters;

import java.time.Duration;
import java.util.List;

/**
 * Managed identity sign-in (system- or user-assigned) through msal4j, which finds the identity endpoint of the host
 * (App Service, Arc, Cloud Shell, Service Fabric, IMDS) from its environment.
 */
final class ManagedIdentitySignIn {

    private final MsalClients clients;

    ManagedIdentitySignIn(MsalClients clients) {
        this.clients = clients;
    }

    ActiveSession signIn(String userAssignedClientId, EntraEnvironment env, ContextScope scope,
                         CancellationSignal cancel) {
        ManagedIdentityId id = userAssignedClientId == null ? ManagedIdentityId.systemAssigned()
                : ManagedIdentityId.userAssignedClientId(userAssignedClientId);
        ManagedIdentityApplication app = clients.managedIdentity(id);
        ErrorContext errors = new ErrorContext("the managed identity endpoint", "", userAssignedClientId == null
                ? "(system-assigned identity)" : userAssignedClientId, List.of());
        Session session = new Session(app, env.graphEndpoint(), errors);
        String token = session.token(cancel, clients.options().signInTimeout());
        TokenClaims claims = TokenClaims.of(token);
        String clientId = claims.text("appid", "azp");
        session.context = new EntraContext(clientId.isEmpty() && userAssignedClientId != null
                ? userAssignedClientId : clientId, ContextFacts.tenant(claims, ""),
                ContextFacts.scopes(claims, List.of(env.graphDefaultScope())), AuthType.ManagedIdentity,
                TokenCredentialType.ManagedIdentity, "", "", "", ContextFacts.appName(claims, clientId), scope, "",
                ContextFacts.hostVersion(), userAssignedClientId == null ? "" : userAssignedClientId, "", env.name());
        return session;
    }

    /** A managed-identity session; its tokens live in msal4j's process-wide managed-identity cache. */
    private static final class Session implements ActiveSession {
        private final ManagedIdentityApplication app;
        private final String resource;
        private final ErrorContext errors;
        private EntraContext context;

        Session(ManagedIdentityApplication app, String resource, ErrorContext errors) {
            this.app = app;
            this.resource = resource;
            this.errors = errors;
        }

        String token(CancellationSignal cancel, Duration limit) {
            return token(cancel, limit, false);
        }

        String token(CancellationSignal cancel, Duration limit, boolean forceRefresh) {
            try {
                IAuthenticationResult r = SignInWait.await(app.acquireTokenForManagedIdentity(
                        ManagedIdentityParameters.builder(resource).forceRefresh(forceRefresh).build()), cancel, limit,
                        errors);
                return r.accessToken();
            } catch (SessionException e) {
                throw e;
            } catch (Exception e) {
                throw errors.translate(e);
            }
        }

        @Override
        public EntraContext context() {
            return context;
        }

        @Override
        public String accessToken(CancellationSignal cancel) {
            return token(cancel, Duration.ofMinutes(2));
        }

        @Override
        public String freshAccessToken(CancellationSignal cancel) {
            return token(cancel, Duration.ofMinutes(2), true);
        }

        @Override
        public void signOut() {
            SharedCacheScrubber.scrub(ManagedIdentityApplication.getSharedTokenCache());
        }

        @Override
        public SavedSession toSaved() {
            return new SavedSession(context, "", "");
        }
    }
}
