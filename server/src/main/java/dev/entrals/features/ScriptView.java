package dev.entrals.features;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

import dev.entrals.commons.LineIndex;
import dev.entrals.commons.TextDocument;
import dev.entrals.script.ScriptDocument;

/**
 * One open document as the editor features read it: its parsed script and conversions between LSP positions and
 * the script's UTF-16 offsets in the negotiated encoding. Usually the whole document, parsed once per version; for a
 * very large document whose full parse is not ready, {@link #around} parses only the lines around the cursor, so
 * that requests on the message thread stay quick ({@code base} is then the window's offset in the document).
 */
public record ScriptView(TextDocument document, ScriptDocument script, int base) {

    /** Documents longer than this (in UTF-16 units) get a window around the cursor until their full parse exists. */
    public static final int LARGE = 512 * 1024;
    /** Lines of the window before the cursor line (a statement longer than this may be cut) and after it. */
    static final int LINES_BEFORE = 400;
    static final int LINES_AFTER = 100;

    /** The view of a whole document version; parses it on first use only. */
    public static ScriptView of(TextDocument document) {
        return new ScriptView(document, document.derived(ScriptDocument.class, d -> ScriptDocument.parse(d.text())), 0);
    }

    /**
     * The whole document when it is small or already parsed; else a parse of the lines around {@code at} (a
     * function defined outside the window is then not seen, and a string or comment opened far above is not known).
     */
    public static ScriptView around(TextDocument document, Position at) {
        if (document.text().length() <= LARGE || document.derivedIfPresent(ScriptDocument.class).isPresent()) {
            return of(document);
        }
        LineIndex lines = document.lineIndex();
        int line = Math.max(0, Math.min(at == null ? 0 : at.getLine(), lines.lineCount() - 1));
        int from = lines.lineStart(Math.max(0, line - LINES_BEFORE));
        int to = lines.lineEnd(Math.min(lines.lineCount() - 1, line + LINES_AFTER));
        return new ScriptView(document, ScriptDocument.parse(document.text().substring(from, to)), from);
    }

    /** The script offset of an LSP position, clamped to the text (positions past the end land at the end). */
    public int offset(Position position) {
        if (position == null) {
            return 0;
        }
        int absolute = document.offsetAt(LspPositions.of(position));
        return Math.max(0, Math.min(absolute - base, script.text().length()));
    }

    /** The LSP range of the script offsets {@code [start, end)}. */
    public Range range(int start, int end) {
        return new Range(position(start), position(end));
    }

    /** The LSP position of a script offset. */
    public Position position(int offset) {
        return LspPositions.at(document, offset + base);
    }

    /** The script text of {@code [start, end)}, clamped to the script. */
    public String text(int start, int end) {
        String t = script.text();
        int s = Math.max(0, Math.min(start, t.length()));
        return t.substring(s, Math.max(s, Math.min(end, t.length())));
    }
}
