package dev.entrals.session;

import com.microsoft.aad.msal4j.DeviceCodeFlowParameters;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.InteractiveRequestParameters;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.SilentParameters;
import com.microsoft.aad.msal4j.SystemBrowserOptions;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Delegated sign-in with a public client: the interactive browser (auth code + PKCE, loopback redirect) and device
 * code flows, and the silent restore of a saved session.
 */
final class DelegatedSignIn {

    private static final List<String> DEFAULT_SCOPES = List.of("User.Read");

    private final MsalClients clients;
    private final SessionPaths paths;

    DelegatedSignIn(MsalClients clients, SessionPaths paths) {
        this.clients = clients;
        this.paths = paths;
    }

    ActiveSession interactive(ConnectRequest r, EntraEnvironment env, ContextScope scope, SessionUi ui,
                              CancellationSignal cancel) {
        Setup s = setup(r, env, scope);
        SystemBrowserOptions browser = SystemBrowserOptions.builder()
                .openBrowserAction(url -> ui.openBrowser(toUri(url)))
                .build();
        ui.progress("Opening the browser to sign in to " + env.name() + "...");
        for (int attempt = 1; ; attempt++) {
            InteractiveRequestParameters parameters = InteractiveRequestParameters
                    .builder(LoopbackRedirect.forSignIn(r.redirectUri()))
                    .scopes(s.scopes)
                    .systemBrowserOptions(browser)
                    .httpPollingTimeoutInSeconds((int) clients.options().signInTimeout().toSeconds() + 5)
                    .build();
            CompletableFuture<IAuthenticationResult> future = s.app.acquireToken(parameters);
            try {
                IAuthenticationResult result = SignInWait.await(future, cancel, clients.options().signInTimeout(),
                        s.errors);
                return session(s, r, result, TokenCredentialType.InteractiveBrowser, scope, env);
            } catch (SessionException e) {
                if (attempt > 1 || !failedOnMsalStartRace(future)) {
                    throw e;
                }
                // msal4j 1.26.1 can poll its own future before it has stored it (a NullPointerException at the
                // start of the interactive flow), and the free port chosen for the redirect can be taken before
                // msal4j binds it: the flow is started once more
                java.util.logging.Logger.getLogger(DelegatedSignIn.class.getName())
                        .fine("msal4j's interactive flow failed at its start; trying once more");
            }
        }
    }

    private static boolean failedOnMsalStartRace(CompletableFuture<?> future) {
        if (!future.isCompletedExceptionally()) {
            return false;
        }
        try {
            future.join();
            return false;
        } catch (java.util.concurrent.CompletionException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof NullPointerException || t instanceof java.net.BindException
                        || String.valueOf(t.getMessage()).contains("java.lang.NullPointerException")
                        || String.valueOf(t.getMessage()).contains("Address already in use")) {
                    return true; // msal4j wraps these in an MsalClientException that carries their text
                }
            }
            return false;
        } catch (java.util.concurrent.CancellationException e) {
            return false;
        }
    }

    ActiveSession deviceCode(ConnectRequest r, EntraEnvironment env, ContextScope scope, SessionUi ui,
                             CancellationSignal cancel) {
        Setup s = setup(r, env, scope);
        DeviceCodeFlowParameters parameters = DeviceCodeFlowParameters.builder(s.scopes,
                code -> ui.showDeviceCode(code.userCode(), code.verificationUri(), code.message())).build();
        ui.progress("Requesting a device code from " + env.name() + "...");
        for (int attempt = 1; ; attempt++) {
            CompletableFuture<IAuthenticationResult> future = s.app.acquireToken(parameters);
            try {
                IAuthenticationResult result = SignInWait.await(future, cancel, clients.options().signInTimeout(),
                        s.errors);
                return session(s, r, result, TokenCredentialType.DeviceCode, scope, env);
            } catch (SessionException e) {
                if (attempt > 1 || cancel.isCancelled() || !failedOnMsalStartRace(future)) {
                    throw e;
                }
                // msal4j 1.26.1 can poll for the token before it has stored its own future (a NullPointerException
                // on its first poll): the flow is asked once more, which shows a new code
                java.util.logging.Logger.getLogger(DelegatedSignIn.class.getName())
                        .fine("msal4j's device code flow failed at its first poll; asking for a new code");
            }
        }
    }

    /** Reconnects a saved session from the token cache without asking the user; throws when that is refused. */
    ActiveSession restore(SavedSession saved, EntraEnvironment env) {
        EntraContext c = saved.context();
        EntraAuthority authority = EntraAuthority.of(env, saved.authorityTenant());
        PublicClientApplication app = clients.publicClient(c.clientId(), authority,
                new TokenCacheFile(paths.tokenCacheFile()));
        Set<String> scopes = new LinkedHashSet<>(c.scopes().isEmpty() ? DEFAULT_SCOPES : c.scopes());
        ErrorContext errors = new ErrorContext(authority.host(), saved.authorityTenant(), c.clientId(), List.of());
        Session session = new Session(app, scopes, saved.homeAccountId(), c, saved.authorityTenant(), errors);
        session.accessToken(CancellationSignal.NONE);
        return session;
    }

    private Setup setup(ConnectRequest r, EntraEnvironment env, ContextScope scope) {
        String clientId = r.clientId() == null ? ContextFacts.GRAPH_CLI_CLIENT_ID : r.clientId();
        String tenant = r.tenantId() == null ? "common" : r.tenantId();
        EntraAuthority authority = EntraAuthority.of(env, tenant);
        PublicClientApplication app = clients.publicClient(clientId, authority,
                scope == ContextScope.CurrentUser ? new TokenCacheFile(paths.tokenCacheFile()) : null);
        Set<String> scopes = new LinkedHashSet<>(r.scopes().isEmpty() ? DEFAULT_SCOPES : r.scopes());
        return new Setup(app, clientId, tenant, scopes, new ErrorContext(authority.host(), tenant, clientId,
                List.of()));
    }

    private Session session(Setup s, ConnectRequest r, IAuthenticationResult result, TokenCredentialType type,
                            ContextScope scope, EntraEnvironment env) {
        TokenClaims claims = TokenClaims.of(result.accessToken());
        TokenClaims idClaims = TokenClaims.of(result.idToken());
        IAccount account = result.account();
        List<String> granted = result.scopes() == null || result.scopes().isBlank()
                ? List.copyOf(s.scopes) : List.of(result.scopes().trim().split("\\s+"));
        EntraContext context = new EntraContext(s.clientId,
                ContextFacts.tenant(idClaims.isJwt() ? idClaims : claims, r.tenantId()),
                granted, AuthType.Delegated, type, "", "",
                account == null ? idClaims.text("preferred_username", "upn") : account.username(),
                ContextFacts.appName(claims, s.clientId), scope, "", ContextFacts.hostVersion(), "", "",
                env.name());
        return new Session(s.app, s.scopes, account == null ? "" : account.homeAccountId(), context, s.tenant,
                s.errors);
    }

    private static URI toUri(java.net.URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new SessionException("The sign-in page address is not a valid URI.");
        }
    }

    private record Setup(PublicClientApplication app, String clientId, String tenant, Set<String> scopes,
                         ErrorContext errors) {
    }

    /** A delegated session: tokens come silently from the account in the cache. */
    private static final class Session implements ActiveSession {
        private final PublicClientApplication app;
        private final Set<String> scopes;
        private final String homeAccountId;
        private final EntraContext context;
        private final String authorityTenant;
        private final ErrorContext errors;

        Session(PublicClientApplication app, Set<String> scopes, String homeAccountId, EntraContext context,
                String authorityTenant, ErrorContext errors) {
            this.app = app;
            this.scopes = scopes;
            this.homeAccountId = homeAccountId;
            this.context = context;
            this.authorityTenant = authorityTenant;
            this.errors = errors;
        }

        @Override
        public EntraContext context() {
            return context;
        }

        @Override
        public String accessToken(CancellationSignal cancel) {
            return token(cancel, false);
        }

        @Override
        public String freshAccessToken(CancellationSignal cancel) {
            return token(cancel, true);
        }

        private String token(CancellationSignal cancel, boolean forceRefresh) {
            IAccount account = account();
            if (account == null) {
                throw new SessionException("The signed-in account is no longer in the token cache; "
                        + "a new sign-in is needed.");
            }
            try {
                CompletableFuture<IAuthenticationResult> f =
                        app.acquireTokenSilently(SilentParameters.builder(scopes, account)
                                .forceRefresh(forceRefresh).build());
                return SignInWait.await(f, cancel, java.time.Duration.ofMinutes(2), errors).accessToken();
            } catch (MalformedURLException e) {
                throw new SessionException("The authority of the session is not a valid URL.");
            }
        }

        private IAccount account() {
            Set<IAccount> accounts = app.getAccounts().join();
            return accounts.stream().filter(a -> homeAccountId.isEmpty() || a.homeAccountId().equals(homeAccountId))
                    .findFirst().orElse(null);
        }

        @Override
        public void signOut() {
            for (IAccount a : app.getAccounts().join()) {
                app.removeAccount(a).join();
            }
        }

        @Override
        public SavedSession toSaved() {
            return new SavedSession(context, authorityTenant, homeAccountId);
        }
    }
}
