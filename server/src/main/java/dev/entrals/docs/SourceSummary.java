package dev.entrals.docs;

/**
 * What one docs source contributed to an index: its label, the files it looked at, the cmdlet pages with help it
 * holds, and the commands it knows (with or without help), counted before later sources override any of them, and a
 * note on what it read (for an installed module: how many of its script functions it exports; {@code ""} for none).
 */
public record SourceSummary(String label, int files, int pages, int commands, String note) {

    public SourceSummary {
        note = note == null ? "" : note;
    }

    /** A summary without a note. */
    public SourceSummary(String label, int files, int pages, int commands) {
        this(label, files, pages, commands, "");
    }
}
