package dev.entrals.docs;

import java.util.Map;

/**
 * Where a cmdlet page came from: the source's label ({@code bundled} or the folder given), the file, and the
 * 1-based line of each part (keys such as {@code name}, {@code synopsis}, {@code syntax}, {@code parameters}).
 */
public record PageSource(String origin, String file, Map<String, Integer> lines) {

    public PageSource {
        lines = Map.copyOf(lines);
    }

    /** The line of a part, or 0 when the page does not have it. */
    public int line(String part) {
        return lines.getOrDefault(part, 0);
    }
}
