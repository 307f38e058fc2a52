package dev.entrals.features.hover;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.entrals.docs.HelpIndex;

/**
 * Rendered texts kept per help index: an entry is rendered once (per cmdlet, parameter set or parameter and per
 * Markdown/plain) and reused until another index is swapped in. Bounded: it starts over past {@link #MAX} entries.
 */
public final class RenderCache {

    static final int MAX = 4096;

    private volatile HelpIndex owner;
    private final Map<Object, String> texts = new ConcurrentHashMap<>();

    /** The text for {@code key} under {@code index}, rendering it on the first request. */
    public String get(HelpIndex index, Object key, Supplier<String> render) {
        if (owner != index) {
            synchronized (this) {
                if (owner != index) {
                    texts.clear();
                    owner = index;
                }
            }
        }
        String text = texts.get(key);
        if (text == null) {
            text = render.get();
            if (texts.size() >= MAX) {
                texts.clear();
            }
            texts.put(key, text);
        }
        return text;
    }
}
