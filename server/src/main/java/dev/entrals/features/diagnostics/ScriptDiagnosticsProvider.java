package dev.entrals.features.diagnostics;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;

import dev.entrals.analysis.ScriptDiagnostic;
import dev.entrals.commons.TextDocument;
import dev.entrals.features.DiagnosticsProvider;
import dev.entrals.features.RequestContext;

/** Publishes the analysis rules' findings (parameters, sets, values, retired cmdlets) for an open script. */
public final class ScriptDiagnosticsProvider implements DiagnosticsProvider {

    private final ScriptAnalysis analysis;

    /** Diagnostics from {@code analysis}. */
    public ScriptDiagnosticsProvider(ScriptAnalysis analysis) {
        this.analysis = analysis;
    }

    @Override
    public List<Diagnostic> diagnose(TextDocument document, RequestContext context) {
        List<ScriptDiagnostic> found = analysis.diagnose(document, context);
        List<Diagnostic> out = new ArrayList<>(found.size());
        for (ScriptDiagnostic d : found) {
            out.add(LspDiagnostics.toLsp(document, d));
        }
        return out;
    }
}
