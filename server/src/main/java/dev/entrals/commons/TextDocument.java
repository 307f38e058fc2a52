package dev.entrals.commons;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One version of an open document: its text, version and the position encoding agreed with the client. Immutable;
 * an edit makes a new instance. Things derived from the text (the line index, later the parsed script) are computed
 * on first use and kept with this version.
 */
public final class TextDocument {

    private final String uri;
    private final String languageId;
    private final int version;
    private final String text;
    private final PositionEncoding encoding;
    private volatile LineIndex lineIndex;
    private final Map<Class<?>, Object> derived = new ConcurrentHashMap<>(4);

    public TextDocument(String uri, String languageId, int version, String text, PositionEncoding encoding) {
        this.uri = uri;
        this.languageId = languageId == null ? "" : languageId;
        this.version = version;
        this.text = text == null ? "" : text;
        this.encoding = encoding == null ? PositionEncoding.UTF16 : encoding;
    }

    public String uri() {
        return uri;
    }

    public String languageId() {
        return languageId;
    }

    public int version() {
        return version;
    }

    public String text() {
        return text;
    }

    /** The unit positions of this document are counted in. */
    public PositionEncoding encoding() {
        return encoding;
    }

    /** The line index of this version, built on first use. */
    public LineIndex lineIndex() {
        LineIndex li = lineIndex;
        if (li == null) {
            li = LineIndex.of(text);
            lineIndex = li;
        }
        return li;
    }

    /** The UTF-16 offset of a client position (in this document's encoding), clamped to the text. */
    public int offsetAt(TextPosition position) {
        return lineIndex().offset(position.line(), position.character(), encoding);
    }

    /** The client position (in this document's encoding) of a UTF-16 offset, clamped to the text. */
    public TextPosition positionAt(int offset) {
        return lineIndex().position(offset, encoding);
    }

    /**
     * Something derived from this version's text, computed once on first use and kept until the next edit; e.g.
     * {@code document.derived(ScriptDocument.class, d -> ScriptDocument.parse(d.text()))}.
     */
    public <T> T derived(Class<T> kind, Function<TextDocument, T> compute) {
        Object v = derived.get(kind);
        if (v == null) {
            v = compute.apply(this);
            Object raced = derived.putIfAbsent(kind, v);
            v = raced == null ? v : raced;
        }
        return kind.cast(v);
    }

    /** Something derived from this version's text if it has been computed already; never computes it. */
    public <T> java.util.Optional<T> derivedIfPresent(Class<T> kind) {
        return java.util.Optional.ofNullable(kind.cast(derived.get(kind)));
    }

    /** The document after {@code changes}, applied in order (each range refers to the text left by the previous one). */
    public TextDocument withChanges(int newVersion, List<ContentChange> changes) {
        String t = text;
        for (ContentChange c : changes) {
            t = apply(t, c);
        }
        return new TextDocument(uri, languageId, newVersion, t, encoding);
    }

    private String apply(String current, ContentChange change) {
        if (change.isFull()) {
            return change.text();
        }
        LineIndex li = current == text ? lineIndex() : LineIndex.of(current);
        int from = li.offset(change.start().line(), change.start().character(), encoding);
        int to = li.offset(change.end().line(), change.end().character(), encoding);
        if (to < from) {
            int swap = from;
            from = to;
            to = swap;
        }
        return new StringBuilder(current.length() - (to - from) + change.text().length())
                .append(current, 0, from).append(change.text()).append(current, to, current.length()).toString();
    }

    @Override
    public String toString() {
        return uri + "@" + version + " (" + text.length() + " chars)";
    }

    /**
     * The file name a URI ends in, as a person reads it ({@code file:///x/My%20Script.ps1} → {@code My Script.ps1});
     * the raw last segment when the URI does not parse.
     */
    public static String fileName(String uri) {
        String raw = uri.substring(uri.lastIndexOf('/') + 1);
        try {
            java.net.URI u = java.net.URI.create(uri);
            String path = u.isOpaque() ? u.getSchemeSpecificPart() : u.getPath();
            return path == null || path.isEmpty() ? raw : path.substring(path.lastIndexOf('/') + 1);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
