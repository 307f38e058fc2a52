package dev.entrals.session;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The Entra session of one process (language server or CLI): connect, context, disconnect, environments and the
 * silent restore of a CurrentUser session. Every result is a plain record; errors are {@link SessionException}s
 * with a message a person understands and no secret in it.
 */
public final class SessionService {

    /** What {@code Disconnect-Entra} says when no session is there (the CLI prints it, the editors show it). */
    public static final String NOTHING_TO_SIGN_OUT = "No application to sign out from.";

    private final SessionPaths paths;
    private final EnvironmentCatalog catalog;
    private final DelegatedSignIn delegated;
    private final AppOnlySignIn appOnly;
    private final ManagedIdentitySignIn managedIdentity;
    private final ReentrantLock changing = new ReentrantLock();
    /** True while the start-up restore holds the lock: a connect then waits for it. */
    private volatile boolean restoring;
    /** How long a connect waits for the start-up restore. */
    private static final long RESTORE_WAIT_SECONDS = 60;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private volatile ActiveSession current;

    /** The session service of this process, with the folders of {@link SessionPaths#fromSystem()}. */
    public SessionService() {
        this(SessionPaths.fromSystem());
    }

    /** A session service keeping its files in the given folders. */
    public SessionService(SessionPaths paths) {
        this(paths, SessionOptions.defaults());
    }

    SessionService(SessionPaths paths, SessionOptions options) {
        this.paths = paths;
        this.catalog = new EnvironmentCatalog(paths.environmentsFile());
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "entra-session");
            t.setDaemon(true);
            return t;
        });
        MsalClients clients = new MsalClients(options, executor);
        this.delegated = new DelegatedSignIn(clients, paths);
        this.appOnly = new AppOnlySignIn(clients, paths);
        this.managedIdentity = new ManagedIdentitySignIn(clients);
    }

    /** The folders this service uses. */
    public SessionPaths paths() {
        return paths;
    }

    /**
     * Signs in as the request says and makes that the session, replacing the previous one only on success. Waits at
     * most 120 s for the user; {@code cancel} stops the wait. Only one sign-in runs at a time.
     */
    public EntraContext connect(ConnectRequest request, SessionUi ui, CancellationSignal cancel) {
        if (!changing.tryLock() && !(restoring && lockAfterRestore())) {
            throw new SessionException("Another sign-in is in progress; wait for it or cancel it.");
        }
        try {
            EntraEnvironment env = catalog.require(request.environment());
            TokenCredentialType flow = request.resolvedFlow();
            ContextScope scope = flow == TokenCredentialType.UserProvidedAccessToken ? ContextScope.Process
                    : request.contextScope() != null ? request.contextScope() : flow.defaultScope();
            ActiveSession session = signInOrExplain(request, flow, env, scope, ui, cancel == null
                    ? CancellationSignal.NONE : cancel);
            if (scope == ContextScope.CurrentUser) {
                session.toSaved().save(paths.contextFile());
            }
            current = session;
            SessionLog.LOG.info("Connected to " + env.name() + " with " + flow + " (" + scope + ").");
            notifyListeners(session.context());
            return session.context();
        } finally {
            changing.unlock();
        }
    }

    /** The context of the current session, if connected. */
    public Optional<EntraContext> context() {
        ActiveSession s = current;
        return s == null ? Optional.empty() : Optional.of(s.context());
    }

    /**
     * Signs out: removes every account from the msal4j cache, drops the application (and any secret held in
     * memory), deletes the saved token cache and context record, and returns the context signed out of. Empty when
     * there was nothing to sign out from.
     */
    public Optional<EntraContext> disconnect() {
        changing.lock();
        try {
            ActiveSession s = current;
            current = null;
            EntraContext signedOut = null;
            if (s != null) {
                signedOut = s.context();
                s.signOut();
            } else {
                signedOut = savedContext().orElse(null);
            }
            deleteSavedFiles();
            if (signedOut == null) {
                SessionLog.LOG.info(NOTHING_TO_SIGN_OUT);
                return Optional.empty();
            }
            notifyListeners(null);
            return Optional.of(signedOut);
        } finally {
            changing.unlock();
        }
    }

    /**
     * Reconnects a saved CurrentUser session without asking the user (run once at start-up). A refused refresh
     * token or an unreachable endpoint leaves the saved files alone and says that a new sign-in is needed.
     */
    public RestoreResult restore() {
        changing.lock();
        restoring = true; // only while the restore holds the lock: a connect then waits for it
        try {
            if (current != null) {
                return new RestoreResult(RestoreResult.Status.RESTORED, current.context(), "Already connected.");
            }
            Optional<SavedSession> saved;
            try {
                saved = SavedSession.load(paths.contextFile());
            } catch (SessionException e) {
                return new RestoreResult(RestoreResult.Status.SIGN_IN_NEEDED, null,
                        "The saved Entra session could not be restored; a new sign-in is needed: " + e.getMessage());
            }
            if (saved.isEmpty()) {
                return new RestoreResult(RestoreResult.Status.NOTHING_SAVED, null, "No saved Entra session.");
            }
            return restore(saved.get());
        } finally {
            restoring = false;
            changing.unlock();
        }
    }

    /**
     * Waits for the start-up restore to end (it asks nobody; msal4j's own timeouts bound it) and takes the lock: a
     * connect sent while the saved session is being restored runs after it instead of failing.
     */
    private boolean lockAfterRestore() {
        try {
            return changing.tryLock(RESTORE_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A valid access token of the current session, from the cache or refreshed silently. */
    public String accessToken(CancellationSignal cancel) {
        ActiveSession s = current;
        if (s == null) {
            throw new SessionException("Not connected: run connect first.");
        }
        return s.accessToken(cancel == null ? CancellationSignal.NONE : cancel);
    }

    /**
     * A new access token of the current session, not the cached one: for a retry after a resource refused the cached
     * token (401). Sessions that cannot refresh silently (a user-provided token) answer the cached one.
     */
    public String freshAccessToken(CancellationSignal cancel) {
        ActiveSession s = current;
        if (s == null) {
            throw new SessionException("Not connected: run connect first.");
        }
        return s.freshAccessToken(cancel == null ? CancellationSignal.NONE : cancel);
    }

    /** Built-in environments, then the user's own. */
    public List<EntraEnvironment> environments() {
        return catalog.all();
    }

    /** Adds (or replaces) a custom environment, as {@code Add-EntraEnvironment}, and saves it. */
    public EntraEnvironment addEnvironment(String name, String azureADEndpoint, String graphEndpoint) {
        return catalog.add(name, azureADEndpoint, graphEndpoint);
    }

    /** Registers a listener told after every change of the session. */
    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    /** Signs in; an unexpected failure (a library bug, a bad argument msal4j refuses) still becomes a clear error. */
    private ActiveSession signInOrExplain(ConnectRequest r, TokenCredentialType flow, EntraEnvironment env,
                                          ContextScope scope, SessionUi ui, CancellationSignal cancel) {
        try {
            return signIn(r, flow, env, scope, ui, cancel);
        } catch (SessionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ErrorContext(env.loginAuthorityHost(), r.tenantId(), r.clientId(),
                    Arrays.asList(r.clientSecret(), r.certificatePassword(), r.accessToken())).translate(e);
        }
    }

    private ActiveSession signIn(ConnectRequest r, TokenCredentialType flow, EntraEnvironment env,
                                 ContextScope scope, SessionUi ui, CancellationSignal cancel) {
        return switch (flow) {
            case InteractiveBrowser -> delegated.interactive(r, env, scope, ui, cancel);
            case DeviceCode -> delegated.deviceCode(r, env, scope, ui, cancel);
            case ClientSecret -> appOnly.clientSecret(r, env, scope, cancel);
            case ClientCertificate -> appOnly.clientCertificate(r, env, scope, cancel);
            case EnvironmentVariable -> appOnly.environmentVariables(env, scope, cancel);
            case ManagedIdentity -> managedIdentity.signIn(r.managedIdentityClientId() != null
                    ? r.managedIdentityClientId() : r.clientId(), env, scope, cancel);
            case UserProvidedAccessToken -> AccessTokenSignIn.signIn(r, env);
        };
    }

    private RestoreResult restore(SavedSession saved) {
        EntraContext c = saved.context();
        try {
            EntraEnvironment env = catalog.require(c.environment());
            ActiveSession session = switch (c.authType() == null ? AuthType.Delegated : c.authType()) {
                case Delegated -> delegated.restore(saved, env);
                case ManagedIdentity -> managedIdentity.signIn(c.managedIdentityId().isEmpty() ? null
                        : c.managedIdentityId(), env, ContextScope.CurrentUser, CancellationSignal.NONE);
                case AppOnly, EnvironmentVariable -> CachedAppToken.find(paths.tokenCacheFile(), c.clientId(),
                                saved.authorityTenant())
                        .map(t -> AccessTokenSignIn.restoredAppOnly(saved, t.token(), t.expiry()))
                        .orElseThrow(() -> new SessionException("The saved app-only session has no valid token "
                                + "left and its secret is not saved."));
                case UserProvidedAccessToken -> throw new SessionException("Access-token sessions are not saved.");
            };
            current = session;
            notifyListeners(session.context());
            return new RestoreResult(RestoreResult.Status.RESTORED, session.context(),
                    "Restored the saved Entra session of " + c.who() + " (" + c.environment() + ").");
        } catch (SessionException e) {
            return new RestoreResult(RestoreResult.Status.SIGN_IN_NEEDED, null,
                    "The saved Entra session could not be restored; a new sign-in is needed: " + e.getMessage());
        }
    }

    private Optional<EntraContext> savedContext() {
        try {
            return SavedSession.load(paths.contextFile()).map(SavedSession::context);
        } catch (SessionException e) {
            return Optional.empty();
        }
    }

    private void deleteSavedFiles() {
        try {
            PrivateFiles.delete(paths.tokenCacheFile());
            PrivateFiles.delete(paths.contextFile());
        } catch (IOException e) {
            throw new SessionException("Signed out, but the saved session could not be deleted: " + e.getMessage());
        }
    }

    private void notifyListeners(EntraContext context) {
        for (SessionListener l : listeners) {
            try {
                l.sessionChanged(context);
            } catch (RuntimeException e) {
                SessionLog.LOG.warning("A session listener failed: " + e);
            }
        }
    }
}
