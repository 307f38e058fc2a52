package dev.entrals.features;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

import dev.entrals.analysis.ScriptAnalyzer;
import dev.entrals.commons.LineIndex;
import dev.entrals.commons.TextDocument;
import dev.entrals.script.ScriptDocument;

/**
 * One open document as the editor features read it: its parsed script and conversions between LSP positions and
 * the script's UTF-16 offsets in the negotiated encoding. Usually the whole document, parsed once per version; for a
 * very large document whose full parse is not ready, {@link #around} parses only the lines around the cursor, so
 * that requests on the message thread stay quick ({@code base} is then the window's offset in the document). A
 * document too large to analyse always gets the window, which is cut to 80 K chars around the cursor on long lines.
 */
public record ScriptView(TextDocument document, ScriptDocument script, int base) {

    /** Documents longer than this (in UTF-16 units) get a window around the cursor until their full parse exists. */
    public static final int LARGE = 512 * 1024;
    /** Lines of the window before the cursor line (a statement longer than this may be cut) and after it. */
    static final int LINES_BEFORE = 400;
    static final int LINES_AFTER = 100;

    /** Chars of the window before and after the cursor at most (a window of long lines stays small too). */
    static final int WINDOW_CHARS_BEFORE = 64 * 1024;
    static final int WINDOW_CHARS_AFTER = 16 * 1024;

    /** The view of a whole document version; parses it on first use only. */
    public static ScriptView of(TextDocument document) {
        return new ScriptView(document, parsed(document), 0);
    }

    /**
     * The parsed script of a document version, parsed once on first use; empty for a document longer than
     * {@link ScriptAnalyzer#MAX_CHARS} (too large to analyse: its diagnostics say so, and requests on it parse a
     * window around the cursor, {@link #around}).
     */
    public static ScriptDocument parsed(TextDocument document) {
        return document.derived(ScriptDocument.class, d -> ScriptDocument.parse(
                d.text().length() > ScriptAnalyzer.MAX_CHARS ? "" : d.text()));
    }

    /**
     * The whole document when it is small or already parsed; else a parse of the lines around {@code at} (a
     * function defined outside the window is then not seen, and a string or comment opened far above is not known).
     */
    public static ScriptView around(TextDocument document, Position at) {
        int length = document.text().length();
        if (length <= LARGE
                || length <= ScriptAnalyzer.MAX_CHARS && document.derivedIfPresent(ScriptDocument.class).isPresent()) {
            return of(document);
        }
        LineIndex lines = document.lineIndex();
        int line = Math.max(0, Math.min(at == null ? 0 : at.getLine(), lines.lineCount() - 1));
        int cursor = at == null ? 0 : document.offsetAt(new dev.entrals.commons.TextPosition(line,
                Math.max(0, at.getCharacter())));
        int from = Math.max(lines.lineStart(Math.max(0, line - LINES_BEFORE)), cursor - WINDOW_CHARS_BEFORE);
        int to = Math.min(lines.lineEnd(Math.min(lines.lineCount() - 1, line + LINES_AFTER)),
                cursor + WINDOW_CHARS_AFTER);
        from = Math.max(0, Math.min(from, cursor));
        to = Math.max(to, cursor);
        if (from > 0 && Character.isLowSurrogate(document.text().charAt(from))) {
            from--;
        }
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
