package dev.entrals.features;

import org.eclipse.lsp4j.Position;

import dev.entrals.analysis.MigrationTable;
import dev.entrals.commons.TextDocument;

/** Makes the {@link CallSite} of each request: the one place that picks the script view and the docs snapshot. */
public final class CallSites {

    private final DocsAccess docs;
    private final MigrationTable migration;

    public CallSites(DocsAccess docs, MigrationTable migration) {
        this.docs = docs;
        this.migration = migration;
    }

    /**
     * The site at {@code position}: the lines around it for a very large document not parsed yet (see
     * {@link ScriptView#around}), the index after the first load (the service runs requests off the message thread
     * until that load has ended, so this never blocks it).
     */
    public CallSite at(TextDocument document, Position position, RequestContext context) {
        return site(ScriptView.around(document, position), position, context);
    }

    /** As {@link #at}, over the whole document (for answers that need every definition in it). */
    public CallSite inWhole(TextDocument document, Position position, RequestContext context) {
        return site(ScriptView.of(document), position, context);
    }

    /** The snapshot a request without a position reads (waits for the first load like {@link #at}). */
    public DocsSnapshot snapshot() {
        return docs.afterFirstLoad();
    }

    public DocsAccess access() {
        return docs;
    }

    private CallSite site(ScriptView view, Position position, RequestContext context) {
        return new CallSite(view, view.offset(position), docs.afterFirstLoad(), migration,
                context.client().hoverMarkdown(), context.client().fetchDocsCommand(),
                context.workspace(view.document()));
    }
}
