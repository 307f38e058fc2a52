package dev.entrals.execution;

import java.util.Locale;

/** How results are shown: PowerShell's table or list, the raw JSON, or CSV; {@link #AUTO} as PowerShell picks. */
public enum ResultFormat {
    /** A table for a collection, a list for one object. */
    AUTO,
    /** {@code Format-Table}. */
    TABLE,
    /** {@code Format-List}. */
    LIST,
    /** The objects as Graph returned them. */
    JSON,
    /** {@code ConvertTo-Csv}. */
    CSV;

    /** The format named {@code s} (any case); {@link IllegalArgumentException} for another name. */
    public static ResultFormat parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown format '" + s + "': use table, list, json or csv.");
        }
    }
}
