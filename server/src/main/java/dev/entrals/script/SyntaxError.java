package dev.entrals.script;

/**
 * A syntax error the parser found: its UTF-16 range {@code [start, end)} (empty where PowerShell points between two
 * tokens) and PowerShell's own message for it where it has one.
 */
public record SyntaxError(int start, int end, String message) {
}
