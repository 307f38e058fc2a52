package dev.entrals.script;

import java.util.List;

/**
 * Parameters passed by splatting: {@code @params} (variable is {@code params}, no keys) or a hashtable literal
 * {@code @{ Name = ... }} given as a positional argument (variable null, {@code keys} its literal keys;
 * {@code keysComplete} false when some key is computed).
 */
public record Splat(int start, int end, String variable, List<String> keys, boolean keysComplete) {

    /** Whether {@code offset} lies in the splat, both ends included. */
    public boolean touches(int offset) {
        return offset >= start && offset <= end;
    }
}
