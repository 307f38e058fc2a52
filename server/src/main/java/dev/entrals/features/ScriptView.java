package dev.entrals.features;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

import dev.entrals.commons.TextDocument;
import dev.entrals.script.ScriptDocument;

/**
 * One open document as the editor features read it: its parsed script (parsed once per version and kept with the
 * version) and conversions between LSP positions and the script's UTF-16 offsets in the negotiated encoding.
 */
public record ScriptView(TextDocument document, ScriptDocument script) {

    /** The view of a document version; parses it on first use only. */
    public static ScriptView of(TextDocument document) {
        return new ScriptView(document, document.derived(ScriptDocument.class, d -> ScriptDocument.parse(d.text())));
    }

    /** The UTF-16 offset of an LSP position, clamped to the text (positions past the end land at the end). */
    public int offset(Position position) {
        if (position == null) {
            return 0;
        }
        return document.offsetAt(new dev.entrals.commons.Position(Math.max(0, position.getLine()),
                Math.max(0, position.getCharacter())));
    }

    /** The LSP range of the UTF-16 offsets {@code [start, end)}. */
    public Range range(int start, int end) {
        return new Range(position(start), position(end));
    }

    /** The LSP position of a UTF-16 offset. */
    public Position position(int offset) {
        dev.entrals.commons.Position p = document.positionAt(offset);
        return new Position(p.line(), p.character());
    }

    /** The text of {@code [start, end)}, clamped to the document. */
    public String text(int start, int end) {
        String t = script.text();
        int s = Math.max(0, Math.min(start, t.length()));
        return t.substring(s, Math.max(s, Math.min(end, t.length())));
    }
}
