package dev.entrals.features.session;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.lsp4j.MessageType;
import dev.entrals.analysis.ScopeFacts;

import dev.entrals.docs.HelpIndex;
import dev.entrals.features.ClientChannel;
import dev.entrals.features.Providers;
import dev.entrals.features.ServerCommands;
import dev.entrals.session.RestoreResult;
import dev.entrals.session.SessionService;

/**
 * The Entra session in the language server: registers the {@code entra.*} commands and the permission code lens, and at
 * {@code initialized} starts sending {@code entra/sessionChanged} and restores a saved session in the background.
 */
public final class SessionFeature {

    private static final Logger LOG = Logger.getLogger(SessionFeature.class.getName());

    private final SessionService service;
    private volatile Editor editor;

    private SessionFeature(SessionService service) {
        this.service = service;
    }

    /**
     * Plugs the session into {@code builder}: commands, code lens and the start-up hook. {@code docs} gives the help
     * index in force (for cmdlet aliases).
     */
    public static Providers.Builder register(Providers.Builder builder, SessionService service,
            Supplier<HelpIndex> docs) {
        registered(builder, service, docs);
        return builder;
    }

    /**
     * {@link #register}, and the editor's sign-in and sign-out that the session commands use, for a run of
     * {@code Connect-Entra} and {@code Disconnect-Entra} to use too.
     */
    public static EditorSignIn registered(Providers.Builder builder, SessionService service,
            Supplier<HelpIndex> docs) {
        SessionFeature feature = new SessionFeature(service);
        EditorSignIn signIn = new EditorSignIn(service, () -> feature.editor);
        SessionCommands commands = new SessionCommands(service, signIn);
        builder.command(ServerCommands.CONNECT, commands::connect)
                .command(ServerCommands.DISCONNECT, commands::disconnect)
                .command(ServerCommands.GET_CONTEXT, commands::context)
                .command(ServerCommands.GET_ENVIRONMENTS, commands::environments)
                .command(ServerCommands.ADD_ENVIRONMENT, commands::addEnvironment)
                // the session's permission lens; the session cmdlets' "Run" is the run feature's lens (entra.run)
                .codeLens(new ScopeLens(service::context, ScopeFacts::bundled))
                .onInitialized(feature::start);
        return signIn;
    }

    private void start(ClientChannel channel) {
        Editor e = new Editor(channel);
        editor = e;
        service.addListener(e::sessionChanged);
        service.addListener(c -> refreshLenses(channel));
        Thread restore = new Thread(() -> restore(e), "entra-session-restore");
        restore.setDaemon(true);
        restore.start();
    }

    /** Asks the client to ask for code lenses again (the permission lens follows the session), when it can. */
    private static void refreshLenses(ClientChannel channel) {
        var workspace = channel.capabilities().getWorkspace();
        if (workspace != null && workspace.getCodeLens() != null
                && Boolean.TRUE.equals(workspace.getCodeLens().getRefreshSupport())) {
            channel.client().refreshCodeLenses();
        }
    }

    /** Restores a saved CurrentUser session; the listener has already sent sessionChanged when it worked. */
    private void restore(Editor e) {
        try {
            RestoreResult r = service.restore();
            switch (r.status()) {
                case RESTORED -> {
                    String line = Summaries.restored(r.context());
                    LOG.info(line);
                    e.show(MessageType.Info, line);
                }
                case SIGN_IN_NEEDED -> {
                    String line = r.message();
                    LOG.warning(line);
                    e.show(MessageType.Warning, line);
                    e.sessionChanged(null);
                }
                case NOTHING_SAVED -> e.sessionChanged(null);
            }
        } catch (RuntimeException ex) {
            LOG.log(Level.WARNING, "The saved Entra session could not be restored: " + ex, ex);
            e.sessionChanged(null);
        }
    }
}
