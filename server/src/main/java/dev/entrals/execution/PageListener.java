package dev.entrals.execution;

/** Told after each page of a collection arrives (for {@code $/progress} and the CLI's progress line). */
@FunctionalInterface
public interface PageListener {

    /** Page {@code page} (1-based) arrived; {@code objects} so far; {@code limit} the most wanted, or null. */
    void page(int page, long objects, Integer limit);

    /** Tells nothing. */
    PageListener NONE = (page, objects, limit) -> {
    };
}
