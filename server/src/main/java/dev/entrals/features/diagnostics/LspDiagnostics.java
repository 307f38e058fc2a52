package dev.entrals.features.diagnostics;

import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import dev.entrals.analysis.Rule;
import dev.entrals.analysis.ScriptDiagnostic;
import dev.entrals.commons.TextDocument;
import dev.entrals.features.LspPositions;
import dev.entrals.settings.Severity;

/** Converts analysis results into LSP diagnostics and ranges, in the document's negotiated position encoding. */
public final class LspDiagnostics {

    /** The {@code source} of every diagnostic this server publishes. */
    public static final String SOURCE = "entra";

    private LspDiagnostics() {
    }

    /** The LSP form of {@code d}: range, severity, code, codeDescription, source, deprecated tag, suggestions as data. */
    public static Diagnostic toLsp(TextDocument doc, ScriptDiagnostic d) {
        Diagnostic out = new Diagnostic(range(doc, d.start(), d.end()), d.message(), severity(d.severity()), SOURCE);
        out.setCode(Either.forLeft(d.code()));
        if (d.helpUri() != null) {
            out.setCodeDescription(new DiagnosticCodeDescription(d.helpUri()));
        }
        if (d.rule() == Rule.RETIRED_CMDLET || d.rule() == Rule.RETIRED_CMDLET_NO_REPLACEMENT) {
            out.setTags(List.of(DiagnosticTag.Deprecated));
        }
        if (!d.suggestions().isEmpty()) {
            out.setData(Map.of("suggestions", d.suggestions()));
        }
        return out;
    }

    /** The LSP range of the UTF-16 offsets {@code [start, end)} of {@code doc}. */
    public static Range range(TextDocument doc, int start, int end) {
        return LspPositions.range(doc, start, end);
    }

    static DiagnosticSeverity severity(Severity s) {
        return switch (s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFORMATION -> DiagnosticSeverity.Information;
            case HINT, OFF -> DiagnosticSeverity.Hint;
        };
    }
}
