package dev.entrals.features.diagnostics;

import java.util.ArrayList;
import java.util.List;

import dev.entrals.analysis.MigrationTable;
import dev.entrals.analysis.ScriptAnalyzer;
import dev.entrals.analysis.ScriptDiagnostic;
import dev.entrals.commons.TextDocument;
import dev.entrals.docs.HelpIndex;
import dev.entrals.features.DocsReloader;
import dev.entrals.features.RequestContext;
import dev.entrals.features.ScriptView;
import dev.entrals.script.ScriptDocument;

/**
 * The analysis of open documents against the docs index in force: one {@link ScriptAnalyzer} per index (made anew
 * when the reloader swaps one in), the parsed script taken from the document's per-version cache, and the user's
 * severity settings applied.
 */
public final class ScriptAnalysis {

    private final DocsReloader<HelpIndex> docs;
    private final MigrationTable migration;
    private volatile ScriptAnalyzer analyzer;

    /** Analysis over the reloader's current index and the bundled migration table. */
    public ScriptAnalysis(DocsReloader<HelpIndex> docs) {
        this(docs, MigrationTable.bundled());
    }

    /** Analysis over the reloader's current index and {@code migration}. */
    public ScriptAnalysis(DocsReloader<HelpIndex> docs, MigrationTable migration) {
        this.docs = docs;
        this.migration = migration;
    }

    /** The analyzer for the index in force now (never blocks). */
    public ScriptAnalyzer analyzer() {
        HelpIndex index = docs.current();
        ScriptAnalyzer a = analyzer;
        if (a == null || a.index() != index) {
            a = new ScriptAnalyzer(index, migration);
            analyzer = a;
        }
        return a;
    }

    /** The parsed script of {@code doc} (parsed once per version; empty when it is too large to analyse). */
    public static ScriptDocument script(TextDocument doc) {
        return ScriptView.parsed(doc);
    }

    /**
     * The diagnostics of {@code doc} with the severities the settings give; cancellable through the context. A
     * document too large to analyse gets only the finding that says so.
     */
    public List<ScriptDiagnostic> diagnose(TextDocument doc, RequestContext ctx) {
        List<ScriptDiagnostic> raw = ScriptAnalyzer.tooLarge(doc.text()).map(List::of)
                .orElseGet(() -> analyzer().analyze(script(doc), ctx.cancel()::checkCanceled, ctx.workspace(doc)));
        List<ScriptDiagnostic> out = new ArrayList<>(raw.size());
        for (ScriptDiagnostic d : raw) {
            d.configured(ctx.settings().severityOf(d.code(), null)).ifPresent(out::add);
        }
        return out;
    }
}
