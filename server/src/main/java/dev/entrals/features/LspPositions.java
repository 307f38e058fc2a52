package dev.entrals.features;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

import dev.entrals.commons.TextDocument;
import dev.entrals.commons.TextPosition;

/**
 * The one place where LSP positions and the documents' own {@link TextPosition}s are converted (both count characters
 * in the negotiated encoding; {@link TextDocument} maps them to offsets). Negative lines or characters, which a
 * client may send, become 0.
 */
public final class LspPositions {

    private LspPositions() {
    }

    /** The document position of an LSP position (negative parts clamped to 0). */
    public static TextPosition of(Position p) {
        return new TextPosition(Math.max(0, p.getLine()), Math.max(0, p.getCharacter()));
    }

    /** The LSP position of a document position. */
    public static Position toLsp(TextPosition p) {
        return new Position(p.line(), p.character());
    }

    /** The LSP position of a UTF-16 offset of {@code document}. */
    public static Position at(TextDocument document, int offset) {
        return toLsp(document.positionAt(offset));
    }

    /** The LSP range of the UTF-16 offsets {@code [start, end)} of {@code document}. */
    public static Range range(TextDocument document, int start, int end) {
        return new Range(at(document, start), at(document, end));
    }
}
