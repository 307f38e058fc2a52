package dev.entrals.session;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IClientCredential;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * App-only sign-in with a confidential client: a client secret, a client certificate, or either one named by the
 * {@code AZURE_*} environment variables. The scope is always {@code {GraphEndpoint}/.default}.
 */
final class AppOnlySignIn {

    private final MsalClients clients;
    private final SessionPaths paths;

    AppOnlySignIn(MsalClients clients, SessionPaths paths) {
        this.clients = clients;
        this.paths = paths;
    }

    ActiveSession clientSecret(ConnectRequest r, EntraEnvironment env, ContextScope scope, CancellationSignal cancel) {
        String clientId = require(r.clientId(), "a client id (the application id)");
        if (r.clientSecret() == null || r.clientSecret().isEmpty()) {
            throw new SessionException("Client secret sign-in needs the client secret.");
        }
        return signIn(new Credential(clientId, require(r.tenantId(), "a tenant id"),
                ClientCredentialFactory.createFromSecret(r.clientSecret()), null, List.of(r.clientSecret())),
                TokenCredentialType.ClientSecret, AuthType.AppOnly, env, scope, cancel);
    }

    ActiveSession clientCertificate(ConnectRequest r, EntraEnvironment env, ContextScope scope,
                                    CancellationSignal cancel) {
        String clientId = require(r.clientId(), "a client id (the application id)");
        String tenant = require(r.tenantId(), "a tenant id");
        CertificateFile cert = CertificateFile.load(Path.of(require(r.certificatePath(), "a certificate path")),
                r.certificatePassword());
        return signIn(new Credential(clientId, tenant, certificateCredential(cert), cert,
                secrets(r.certificatePassword())), TokenCredentialType.ClientCertificate, AuthType.AppOnly, env,
                scope, cancel);
    }

    /** AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH (+ _PASSWORD). */
    ActiveSession environmentVariables(EntraEnvironment env, ContextScope scope, CancellationSignal cancel) {
        var vars = clients.options().environment();
        String clientId = vars.get("AZURE_CLIENT_ID");
        String tenant = vars.get("AZURE_TENANT_ID");
        String secret = vars.get("AZURE_CLIENT_SECRET");
        String certPath = vars.get("AZURE_CLIENT_CERTIFICATE_PATH");
        if (blank(clientId) || blank(tenant) || blank(secret) && blank(certPath)) {
            throw new SessionException("Environment variable sign-in needs AZURE_CLIENT_ID, AZURE_TENANT_ID and "
                    + "AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH; missing: " + missing(clientId, tenant,
                    secret, certPath) + ".");
        }
        Credential credential;
        if (!blank(secret)) {
            credential = new Credential(clientId, tenant, ClientCredentialFactory.createFromSecret(secret), null,
                    List.of(secret));
        } else {
            String password = vars.get("AZURE_CLIENT_CERTIFICATE_PASSWORD");
            CertificateFile cert = CertificateFile.load(Path.of(certPath), password);
            credential = new Credential(clientId, tenant, certificateCredential(cert), cert, secrets(password));
        }
        return signIn(credential, TokenCredentialType.EnvironmentVariable, AuthType.EnvironmentVariable, env, scope,
                cancel);
    }

    private ActiveSession signIn(Credential c, TokenCredentialType type, AuthType authType, EntraEnvironment env,
                                 ContextScope scope, CancellationSignal cancel) {
        EntraAuthority authority = EntraAuthority.of(env, c.tenant);
        ConfidentialClientApplication app = clients.confidentialClient(c.clientId, c.credential, authority,
                scope == ContextScope.CurrentUser ? new TokenCacheFile(paths.tokenCacheFile()) : null);
        Set<String> scopes = Set.of(env.graphDefaultScope());
        ErrorContext errors = new ErrorContext(authority.host(), c.tenant, c.clientId, c.secrets);
        // An explicit connect verifies the credential it was given: skipCache sends the token request to the identity
        // provider even when the token cache (CurrentUser) still holds a token of this app, which a wrong secret or
        // certificate would otherwise "get" (msal4j keys app tokens by client and authority, not by credential).
        IAuthenticationResult result = SignInWait.await(
                app.acquireToken(ClientCredentialParameters.builder(scopes).skipCache(true).build()), cancel,
                clients.options().signInTimeout(), errors);
        TokenClaims claims = TokenClaims.of(result.accessToken());
        EntraContext context = new EntraContext(c.clientId, ContextFacts.tenant(claims, c.tenant),
                ContextFacts.scopes(claims, List.of(env.graphDefaultScope())), authType, type,
                c.certificate == null ? "" : c.certificate.thumbprint(),
                c.certificate == null ? "" : c.certificate.subject(), "", ContextFacts.appName(claims, c.clientId),
                scope, "", ContextFacts.hostVersion(), "", "", env.name());
        return new Session(app, scopes, context, c.tenant, errors);
    }

    private static IClientCredential certificateCredential(CertificateFile cert) {
        return ClientCredentialFactory.createFromCertificateChain(cert.key(), cert.chain());
    }

    private static List<String> secrets(String password) {
        return password == null ? List.of() : List.of(password);
    }

    private static String require(String value, String what) {
        if (blank(value)) {
            throw new SessionException("App-only sign-in needs " + what + ".");
        }
        return value;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String missing(String clientId, String tenant, String secret, String certPath) {
        List<String> m = new ArrayList<>();
        if (blank(clientId)) {
            m.add("AZURE_CLIENT_ID");
        }
        if (blank(tenant)) {
            m.add("AZURE_TENANT_ID");
        }
        if (blank(secret) && blank(certPath)) {
            m.add("AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH");
        }
        return String.join(", ", m);
    }

    private record Credential(String clientId, String tenant, IClientCredential credential,
                              CertificateFile certificate, List<String> secrets) {
    }

    /** An app-only session: the application (and so the secret) lives in memory only. */
    private static final class Session implements ActiveSession {
        private ConfidentialClientApplication app;
        private final Set<String> scopes;
        private final EntraContext context;
        private final String tenant;
        private final ErrorContext errors;

        Session(ConfidentialClientApplication app, Set<String> scopes, EntraContext context, String tenant,
                ErrorContext errors) {
            this.app = app;
            this.scopes = scopes;
            this.context = context;
            this.tenant = tenant;
            this.errors = errors;
        }

        @Override
        public EntraContext context() {
            return context;
        }

        @Override
        public synchronized String accessToken(CancellationSignal cancel) {
            if (app == null) {
                throw new SessionException("Not connected.");
            }
            return SignInWait.await(app.acquireToken(ClientCredentialParameters.builder(scopes).build()), cancel,
                    Duration.ofMinutes(2), errors).accessToken();
        }

        @Override
        public synchronized String freshAccessToken(CancellationSignal cancel) {
            if (app == null) {
                throw new SessionException("Not connected.");
            }
            return SignInWait.await(app.acquireToken(ClientCredentialParameters.builder(scopes).skipCache(true)
                    .build()), cancel, Duration.ofMinutes(2), errors).accessToken();
        }

        @Override
        public synchronized void signOut() {
            app = null;
        }

        @Override
        public SavedSession toSaved() {
            return new SavedSession(context, tenant, "");
        }
    }
}
