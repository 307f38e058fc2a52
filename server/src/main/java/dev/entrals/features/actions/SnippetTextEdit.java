package dev.entrals.features.actions;

import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/**
 * A text edit whose new text is a snippet ({@code insertTextFormat: 2}), as rust-analyzer's
 * {@code experimental.snippetTextEdit} extension defines it: sent only to clients that declare that capability
 * (lsp4j 0.24 has no LSP 3.18 {@code SnippetTextEdit}); other clients get the plain edit.
 */
public final class SnippetTextEdit extends TextEdit {

    /** Always {@link InsertTextFormat#Snippet}. */
    private final InsertTextFormat insertTextFormat = InsertTextFormat.Snippet;

    /** Replaces {@code range} with {@code snippet}. */
    public SnippetTextEdit(Range range, String snippet) {
        super(range, snippet);
    }

    /** {@link InsertTextFormat#Snippet}. */
    public InsertTextFormat getInsertTextFormat() {
        return insertTextFormat;
    }
}
