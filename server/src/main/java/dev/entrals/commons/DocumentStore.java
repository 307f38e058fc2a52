package dev.entrals.commons;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The documents the client has open, by URI. Edits to a document that is not open are logged and ignored; nothing
 * here throws on bad input from the client.
 */
public final class DocumentStore {

    private static final Logger LOG = Logger.getLogger(DocumentStore.class.getName());

    private final Map<String, TextDocument> open = new ConcurrentHashMap<>();
    private volatile PositionEncoding encoding = PositionEncoding.UTF16;

    /** Sets the encoding of documents opened from now on (agreed at {@code initialize}). */
    public void useEncoding(PositionEncoding encoding) {
        this.encoding = encoding;
    }

    /** Opens (or re-opens, replacing) a document. */
    public TextDocument open(String uri, String languageId, int version, String text) {
        TextDocument doc = new TextDocument(uri, languageId, version, text, encoding);
        if (open.put(uri, doc) != null) {
            LOG.fine(() -> "re-opened " + uri + " without closing it first");
        }
        return doc;
    }

    /** Applies edits to an open document; empty (with a log line) when the document is not open. */
    public Optional<TextDocument> change(String uri, int version, List<ContentChange> changes) {
        TextDocument after = open.computeIfPresent(uri, (u, before) -> {
            if (version <= before.version()) {
                LOG.fine(() -> "version " + version + " of " + u + " does not follow " + before.version());
            }
            return before.withChanges(version, changes);
        });
        if (after == null) {
            LOG.warning(() -> "ignored a change to " + uri + ", which is not open");
        }
        return Optional.ofNullable(after);
    }

    /** Closes a document; returns whether it was open. */
    public boolean close(String uri) {
        boolean was = open.remove(uri) != null;
        if (!was) {
            LOG.fine(() -> "closed " + uri + ", which was not open");
        }
        return was;
    }

    /** The open document with this URI. */
    public Optional<TextDocument> get(String uri) {
        return uri == null ? Optional.empty() : Optional.ofNullable(open.get(uri));
    }

    /** Every open document, in no particular order. */
    public Collection<TextDocument> all() {
        return List.copyOf(open.values());
    }
}
