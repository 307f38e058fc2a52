package dev.entrals.features;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.entrals.analysis.ParameterBinder;
import dev.entrals.docs.HelpIndex;

/**
 * One help index and everything the editor features derive from it alone: its parameter binder (which caches each
 * cmdlet's set model) and the rendered texts (hover, signature labels). A new index gets a new snapshot, so nothing
 * derived from an old index is ever served with a new one and no cache needs clearing by hand; a request reads one
 * snapshot from start to end.
 */
public final class DocsSnapshot {

    /** Rendered entries kept per snapshot; past this the cache starts over (bounded memory, no LRU bookkeeping). */
    static final int MAX_RENDERED = 4096;

    private final HelpIndex index;
    private final ParameterBinder binder;
    private final Map<Object, Object> rendered = new ConcurrentHashMap<>();

    DocsSnapshot(HelpIndex index) {
        this.index = index;
        this.binder = new ParameterBinder(index);
    }

    /** A snapshot of {@code index} outside the server (tests, command-line tools). */
    public static DocsSnapshot of(HelpIndex index) {
        return new DocsSnapshot(index);
    }

    public HelpIndex index() {
        return index;
    }

    public ParameterBinder binder() {
        return binder;
    }

    /** The value for {@code key} derived from this index, computed on first use ({@code key} must say its kind). */
    @SuppressWarnings("unchecked")
    public <V> V rendered(Object key, Supplier<V> render) {
        Object v = rendered.get(key);
        if (v == null) {
            v = render.get();
            if (rendered.size() >= MAX_RENDERED) {
                rendered.clear();
            }
            rendered.put(key, v);
        }
        return (V) v;
    }
}
