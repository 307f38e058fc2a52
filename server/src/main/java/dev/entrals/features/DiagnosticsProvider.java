package dev.entrals.features;

import java.util.List;

import org.eclipse.lsp4j.Diagnostic;

import dev.entrals.commons.TextDocument;

/** The diagnostics of one document version; called on the diagnostics thread, debounced after edits. */
@FunctionalInterface
public interface DiagnosticsProvider {

    /** The diagnostics of {@code document} (never null; empty when all is well). */
    List<Diagnostic> diagnose(TextDocument document, RequestContext context);
}
