package dev.entrals.features;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

import dev.entrals.commons.TextDocument;

/**
 * Publishes diagnostics per document on one background thread: at once on open and on an edit that finds nothing
 * pending, {@code debounce} after the last edit of a burst. A newer edit cancels a pending or running computation of an older version, so only the diagnostics of the
 * version still open are published (with that version).
 */
public final class DiagnosticsScheduler {

    private static final Logger LOG = Logger.getLogger(DiagnosticsScheduler.class.getName());

    private final LanguageService service;
    private final ScheduledExecutorService executor;
    private final Duration debounce;
    private final Consumer<PublishDiagnosticsParams> publisher;
    private final Map<String, Run> pending = new ConcurrentHashMap<>();
    /** What each open document defines for the others (its top-level functions' models), as last diagnosed. */
    private final Map<String, List<dev.entrals.docs.CmdletHelp>> defines = new ConcurrentHashMap<>();

    /** One scheduled computation; superseded once another takes its place in {@code pending}. */
    private static final class Run {
        private volatile Future<?> future;
        private volatile boolean cancelled;

        void cancel() {
            cancelled = true;
            Future<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
        }
    }

    /** {@code executor} should have a single thread: runs then never overlap and publish in order. */
    public DiagnosticsScheduler(LanguageService service, ScheduledExecutorService executor, Duration debounce,
            Consumer<PublishDiagnosticsParams> publisher) {
        this.service = service;
        this.executor = executor;
        this.debounce = debounce;
        this.publisher = publisher;
    }

    /** A document was opened: diagnose it now. */
    public void opened(String uri) {
        schedule(uri, 0);
    }

    /**
     * A document changed: diagnose it now when nothing is waiting for it, otherwise {@code debounce} later, so a
     * burst of edits costs one run for its last version while a single keystroke is diagnosed at once.
     */
    public void changed(String uri) {
        schedule(uri, pending.containsKey(uri) ? debounce.toMillis() : 0);
    }

    /** Diagnose every open document again (settings or docs changed). */
    public void refreshAll() {
        for (TextDocument d : service.documents().all()) {
            schedule(d.uri(), 0);
        }
    }

    /** A document was closed: drop pending work and clear its diagnostics in the client. */
    public void closed(String uri) {
        Run old = pending.remove(uri);
        if (old != null) {
            old.cancel();
        }
        List<dev.entrals.docs.CmdletHelp> gone = defines.remove(uri);
        if (gone != null && !gone.isEmpty()) {
            refreshCallers(uri, names(gone)); // its functions are no longer known to the other scripts
        }
        submit(() -> publish(new PublishDiagnosticsParams(uri, List.of())));
    }

    /** Closing a document at least this long (chars) gives its memory back to the system ({@link #releaseMemory}). */
    public static final int RELEASE_CHARS = 1 << 20;

    /**
     * After a large document was closed: a full collection on this thread, after the work queued before it, so the
     * JVM returns the heap the document's text, parse and analysis held (G1 shrinks the heap after a full
     * collection; without one the process keeps its peak size while idle).
     */
    public void releaseMemory() {
        submit(() -> {
            long before = Runtime.getRuntime().totalMemory();
            System.gc();
            LOG.fine(() -> "heap after closing a large document: " + (before >> 20) + " -> "
                    + (Runtime.getRuntime().totalMemory() >> 20) + " MB committed");
        });
    }

    private void schedule(String uri, long delayMillis) {
        Run run = new Run();
        Run old = pending.put(uri, run);
        if (old != null) {
            old.cancel();
        }
        try {
            run.future = executor.schedule(() -> run(uri, run), delayMillis, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException shutDown) {
            pending.remove(uri, run);
        }
    }

    private void run(String uri, Run self) {
        TextDocument doc = service.documents().get(uri).orElse(null);
        if (doc == null) {
            return;
        }
        CancelChecker stale = () -> {
            if (self.cancelled || pending.get(uri) != self) {
                throw new CancellationException("a newer version of " + uri + " is waiting");
            }
        };
        try {
            List<Diagnostic> found = service.diagnose(doc, stale);
            stale.checkCanceled();
            pending.remove(uri, self); // an edit from now on finds nothing pending and is diagnosed at once
            publish(new PublishDiagnosticsParams(uri, found, doc.version()));
            dependents(doc);
        } catch (CancellationException superseded) {
            LOG.finer(() -> "diagnostics of " + doc + " superseded");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "diagnostics of " + doc + " not published: " + e.getMessage());
        } catch (OutOfMemoryError | StackOverflowError e) {
            // a last resort (analysis is linear and documents past the size limit are not parsed): the thread and
            // the server go on, the document just gets no diagnostics for this version
            LOG.log(Level.SEVERE, "diagnostics of " + doc + " failed: " + e);
        } finally {
            pending.remove(uri, self);
        }
    }

    /**
     * When what {@code doc} defines for the other open scripts changed (a function added, removed, or its
     * parameters edited), diagnoses them again: their calls of its functions bind differently now.
     */
    private void dependents(TextDocument doc) {
        List<dev.entrals.docs.CmdletHelp> now = dev.entrals.analysis.WorkspaceFunctions.definedBy(doc.uri(),
                ScriptView.parsed(doc));
        List<dev.entrals.docs.CmdletHelp> before = defines.put(doc.uri(), now);
        List<dev.entrals.docs.CmdletHelp> was = before == null ? List.of() : before;
        if (was.equals(now)) {
            return;
        }
        List<dev.entrals.docs.CmdletHelp> changed = new java.util.ArrayList<>();
        was.stream().filter(h -> !now.contains(h)).forEach(changed::add);
        now.stream().filter(h -> !was.contains(h)).forEach(changed::add);
        refreshCallers(doc.uri(), names(changed));
    }

    /** The lower-case names and aliases of {@code functions}. */
    private static java.util.Set<String> names(List<dev.entrals.docs.CmdletHelp> functions) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (dev.entrals.docs.CmdletHelp h : functions) {
            out.add(h.name().toLowerCase(java.util.Locale.ROOT));
            h.aliases().forEach(a -> out.add(a.toLowerCase(java.util.Locale.ROOT)));
        }
        return out;
    }

    /** Diagnoses again the other open scripts that call one of {@code names} (lower case): only their calls changed. */
    private void refreshCallers(String uri, java.util.Set<String> names) {
        for (TextDocument d : service.documents().all()) {
            if (!d.uri().equals(uri) && ScriptView.parsed(d).commands().stream()
                    .anyMatch(c -> c.name() != null && names.contains(c.name().toLowerCase(java.util.Locale.ROOT)))) {
                schedule(d.uri(), pending.containsKey(d.uri()) ? debounce.toMillis() : 0);
            }
        }
    }

    private void publish(PublishDiagnosticsParams params) {
        try {
            publisher.accept(params);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not publish diagnostics for " + params.getUri() + ": " + e);
        }
    }

    private void submit(Runnable r) {
        try {
            executor.execute(r);
        } catch (java.util.concurrent.RejectedExecutionException shutDown) {
            LOG.finer("diagnostics executor is shut down");
        }
    }
}
