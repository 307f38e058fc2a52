package dev.entrals.docs;

/**
 * What one docs source contributed to an index: its label, the files it looked at, the cmdlet pages with help it
 * holds, and the commands it knows (with or without help), counted before later sources override any of them.
 */
public record SourceSummary(String label, int files, int pages, int commands) {
}
