package dev.entrals.features;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import dev.entrals.analysis.Binding;
import dev.entrals.analysis.CommandTarget;
import dev.entrals.analysis.MigrationTable;
import dev.entrals.analysis.ParameterBinder;
import dev.entrals.analysis.WorkspaceFunctions;
import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.HelpIndex;
import dev.entrals.script.CommandContext;
import dev.entrals.script.CommandInvocation;

/**
 * One request at one place in a script: the script view and offset, ONE docs snapshot for the whole request, the
 * command under the cursor and what its name stands for, the client's markup kind, and the call's binding. What it
 * derives is computed on first use; what outlives the request (bindings, a provider's answers) is kept per document
 * version, docs snapshot and the other open scripts' parses in {@link #memo}, the one place for such caches. Made
 * by {@link CallSites}.
 */
public final class CallSite {

    private final ScriptView view;
    private final int offset;
    private final DocsSnapshot docs;
    private final MigrationTable migration;
    private final boolean markdown;
    private final String fetchDocsCommand;
    private Optional<CommandContext> context;
    private Optional<CommandTarget> target;
    private final WorkspaceFunctions workspace;

    CallSite(ScriptView view, int offset, DocsSnapshot docs, MigrationTable migration, boolean markdown,
            String fetchDocsCommand) {
        this(view, offset, docs, migration, markdown, fetchDocsCommand, WorkspaceFunctions.NONE);
    }

    CallSite(ScriptView view, int offset, DocsSnapshot docs, MigrationTable migration, boolean markdown,
            String fetchDocsCommand, WorkspaceFunctions workspace) {
        this.workspace = workspace;
        this.view = view;
        this.offset = offset;
        this.docs = docs;
        this.migration = migration;
        this.markdown = markdown;
        this.fetchDocsCommand = fetchDocsCommand;
    }

    public ScriptView view() {
        return view;
    }

    /** The cursor's offset in {@link #view()}'s script. */
    public int offset() {
        return offset;
    }

    public DocsSnapshot docs() {
        return docs;
    }

    /** The functions the workspace's other open scripts define (after this script's own, before the docs). */
    public WorkspaceFunctions workspace() {
        return workspace;
    }

    public HelpIndex index() {
        return docs.index();
    }

    public ParameterBinder binder() {
        return docs.binder();
    }

    /** Whether the client reads Markdown (else plain text). */
    public boolean markdown() {
        return markdown;
    }

    /** The client command that downloads the docs, for command links in Markdown ("" when the client has none). */
    public String fetchDocsCommand() {
        return fetchDocsCommand;
    }

    /** The command under the cursor and which part of it the cursor is in. */
    public Optional<CommandContext> context() {
        if (context == null) {
            context = view.script().commandAt(offset);
        }
        return context;
    }

    /** The command under the cursor, or null. */
    public CommandInvocation command() {
        return context().map(CommandContext::command).orElse(null);
    }

    /** What the command's name stands for: a script function, a documented cmdlet or a retired one. */
    public Optional<CommandTarget> target() {
        if (target == null) {
            CommandInvocation c = command();
            target = c == null ? Optional.empty() : CommandTarget.resolve(c.name(), view.script(), docs.index(), migration,
                    workspace);
        }
        return target;
    }

    /** The documented cmdlet the command calls (not shadowed by a script function, with parameters documented). */
    public Optional<CmdletHelp> cmdlet() {
        return target().flatMap(CommandTarget::documentedHelp);
    }

    /** The binding of the command under the cursor to {@link #cmdlet()} (empty when it calls no documented cmdlet). */
    public Optional<Binding> binding() {
        return cmdlet().map(h -> binding(command(), h));
    }

    /** The binding of {@code call} (of this view) to {@code cmdlet}, pipeline input counted; memoised. */
    public Binding binding(CommandInvocation call, CmdletHelp cmdlet) {
        return memo(new BindingKey(view.base(), call.start(), cmdlet.name()),
                () -> docs.binder().bind(call, cmdlet, ParameterBinder.receivesPipelineInput(view.script().text(), call)));
    }

    private record BindingKey(int base, int start, String cmdlet) {
    }

    /**
     * The value kept for {@code key} for this document version under this docs snapshot, computed on first use
     * ({@code key}'s type must say its kind). A newer snapshot starts afresh; a newer version is a new document.
     * Computations may nest (an answer that needs a binding); two racing requests may both compute, one value is kept.
     */
    @SuppressWarnings("unchecked")
    public <V> V memo(Object key, java.util.function.Supplier<V> compute) {
        Map<Object, Object> values = view.document().derived(Memo.class, d -> new Memo()).under(docs, workspace.key());
        Object v = values.get(key);
        if (v == null) {
            v = compute.get();
            Object raced = values.putIfAbsent(key, v);
            if (raced != null) {
                v = raced;
            }
        }
        return (V) v;
    }

    /** The per-version caches: one map, for the latest snapshot it was asked about. */
    private static final class Memo {
        private record Entry(DocsSnapshot docs, List<Object> workspace, Map<Object, Object> values) {
        }

        private final AtomicReference<Entry> entry = new AtomicReference<>();

        Map<Object, Object> under(DocsSnapshot docs, List<Object> workspace) {
            Entry e = entry.get();
            if (e != null && e.docs() == docs && e.workspace().equals(workspace)) {
                return e.values();
            }
            Entry fresh = new Entry(docs, workspace, new ConcurrentHashMap<>());
            return entry.accumulateAndGet(fresh, (old, mine) -> old != null && old.docs() == docs
                    && old.workspace().equals(workspace) ? old : mine).values();
        }
    }
}
