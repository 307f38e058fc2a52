package dev.entrals;

import dev.entrals.lsp.ClientProcessWatcher;
import dev.entrals.lsp.Lifecycle;
import dev.entrals.lsp.NamedDaemonThreads;
import dev.entrals.lsp.ServerOptions;
import dev.entrals.lsp.RequestActivity;
import dev.entrals.lsp.DocsPreParser;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.modules.ModulePaths;
import dev.entrals.docs.modules.StandardSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Logger;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.jsonrpc.Endpoint;
import org.eclipse.lsp4j.services.LanguageClient;

import com.google.gson.Gson;
import com.google.gson.JsonElement;

import dev.entrals.commons.DocumentStore;
import dev.entrals.features.ClientChannel;
import dev.entrals.features.ClientInfo;
import dev.entrals.features.DiagnosticsScheduler;
import dev.entrals.features.DocsReloader;
import dev.entrals.features.LanguageService;
import dev.entrals.features.ProgressCancels;
import dev.entrals.features.Providers;
import dev.entrals.settings.DocsSettings;
import dev.entrals.settings.EntraSettings;
import dev.entrals.settings.LiveSettings;
import dev.entrals.settings.SettingsReader;

/**
 * Everything one server connection runs on: lifecycle, open documents, settings, the docs index, the language service
 * and its diagnostics scheduler, and the threads behind them. Built by {@link ServerLauncher}.
 */
public final class ServerRuntime {

    private static final Logger LOG = Logger.getLogger(ServerRuntime.class.getName());
    private static final Gson GSON = new Gson();

    private final ServerOptions options;
    private final Lifecycle lifecycle = new Lifecycle();
    private final LiveSettings settings = new LiveSettings(EntraSettings.DEFAULT);
    private final ExecutorService requests;
    private final ScheduledExecutorService diagnosticsThread;
    private final ExecutorService background;
    private final DocsReloader<HelpIndex> docs;
    private final LanguageService service;
    private final DiagnosticsScheduler diagnostics;
    private volatile LanguageClient client;
    private volatile Endpoint endpoint;
    private final ProgressCancels progressCancels = new ProgressCancels();
    private volatile ClientProcessWatcher watcher;
    private final RequestActivity activity = new RequestActivity(PRE_PARSE_QUIET_MILLIS);
    private final DocsPreParser preParser = new DocsPreParser(activity);

    /**
     * How long the server must have had no client message before pages are pre-parsed (system property
     * {@code entrals.preparse.quietMillis}; negative turns pre-parsing off). Chosen in {@code features.md}.
     */
    static final long PRE_PARSE_QUIET_MILLIS = Long.getLong("entrals.preparse.quietMillis", 100);

    ServerRuntime(ServerOptions options, java.util.function.Function<DocsReloader<HelpIndex>, Providers> features) {
        this.options = options;
        this.requests = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                new NamedDaemonThreads("request"));
        this.diagnosticsThread = Executors.newSingleThreadScheduledExecutor(new NamedDaemonThreads("diagnostics"));
        this.background = Executors.newSingleThreadExecutor(new NamedDaemonThreads("docs"));
        this.docs = new DocsReloader<>(ServerRuntime::loadIndex, HelpIndex.empty(), background);
        this.service = new LanguageService(new DocumentStore(), settings, features.apply(docs), requests);
        this.diagnostics = new DiagnosticsScheduler(service, diagnosticsThread, options.diagnosticsDebounce(),
                p -> { LanguageClient c = client; if (c != null) c.publishDiagnostics(p); });
        docs.onSwap(index -> diagnostics.refreshAll());
        if (PRE_PARSE_QUIET_MILLIS >= 0) {
            docs.onSwap(preParser::start);
        }
    }

    /** Called at {@code initialize}: takes the client's capabilities and settings, loads docs, watches the client. */
    void start(ClientInfo clientInfo, Object initializationOptions, Integer processId, Runnable exit) {
        service.useClient(clientInfo);
        SettingsReader.read(toJson(initializationOptions)).ifPresent(settings::update);
        loadDocs(effectiveDocs(settings.get()));
        // the permission facts (hover's "Needs one of", the scope lens and rule): read on the docs thread after the
        // first docs stage, so neither initialize nor the first hover waits for them
        background.execute(dev.entrals.analysis.ScopeFacts::bundled);
        settings.onChange((old, now) -> {
            if (!old.docs().equals(now.docs())) {
                loadDocs(effectiveDocs(now)); // diagnostics follow when the new index is swapped in
            } else {
                diagnostics.refreshAll();
            }
        });
        if (processId != null && processId > 0) {
            watcher = ClientProcessWatcher.watch(processId, options.parentPoll(), exit);
        }
    }

    /** Applies a {@code workspace/didChangeConfiguration} payload; one without an {@code entra} section is ignored. */
    void changeSettings(Object payload) {
        SettingsReader.read(toJson(payload)).ifPresentOrElse(settings::update,
                () -> LOG.fine("didChangeConfiguration without an 'entra' section ignored"));
    }

    void connect(LanguageClient client, Endpoint endpoint) {
        this.client = client;
        this.endpoint = endpoint;
        service.connect(client);
    }

    /** Called at {@code initialized}: features that reach the client on their own (the session) start here. */
    void initialized(ClientCapabilities capabilities) {
        service.initialized(new ClientChannel(client, endpoint,
                capabilities == null ? new ClientCapabilities() : capabilities, progressCancels));
    }

    /** The work-done progresses the client may cancel. */
    public ProgressCancels progressCancels() {
        return progressCancels;
    }

    /** Stops the threads (at {@code shutdown} and when the connection ends). */
    void stopBackgroundWork() {
        ClientProcessWatcher w = watcher;
        if (w != null) {
            w.close();
        }
        diagnosticsThread.shutdownNow();
        background.shutdownNow();
        preParser.stop();
        requests.shutdown();
    }

    /** The busy signal: requests in flight and the last client message (fed by the transport). */
    RequestActivity activity() {
        return activity;
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    public LiveSettings settings() {
        return settings;
    }

    public LanguageService service() {
        return service;
    }

    public DiagnosticsScheduler diagnostics() {
        return diagnostics;
    }

    public DocsReloader<HelpIndex> docs() {
        return docs;
    }

    /**
     * Loads the docs in the background; with installed modules (and a module folder that exists), first without
     * them and then with them, so the bundled and configured pages answer without waiting for the module folders
     * to be scanned.
     */
    private void loadDocs(DocsSettings effective) {
        boolean staged = effective.installedModules()
                && ModulePaths.current().stream().anyMatch(Files::isDirectory);
        docs.reloadInStages(staged ? java.util.List.of(new DocsSettings(effective.paths(), false, effective.signatures()), effective)
                : java.util.List.of(effective));
    }

    private DocsSettings effectiveDocs(EntraSettings s) {
        DocsSettings docs = s.docs().withLeadingPaths(options.docsFolders());
        return options.installedModules() ? docs : new DocsSettings(docs.paths(), false, docs.signatures());
    }

    /**
     * Builds the help index for the docs settings (bundled pages, installed modules when
     * {@code entra.docs.installedModules} is on, downloaded docs, then each folder) and warms the parser up.
     */
    static HelpIndex loadIndex(DocsSettings docs) {
        for (Path p : docs.paths()) {
            if (!Files.isDirectory(p)) {
                LOG.warning(() -> "docs folder not found or not a folder: " + p);
            }
        }
        HelpIndex index = HelpIndex.load(StandardSources.of(docs.paths(), true, docs.installedModules(), docs.signatures()));
        index.warmUp();
        return index;
    }

    private static JsonElement toJson(Object payload) {
        if (payload == null || payload instanceof JsonElement) {
            return (JsonElement) payload;
        }
        return GSON.toJsonTree(payload);
    }
}
