package dev.entrals.docs;

/**
 * A problem found in a docs page or folder: where it is (file, 1-based line, 0 when the whole file),
 * how bad it is, a stable kind such as {@code missing-section}, and a message for people.
 */
public record DocDiagnostic(String file, int line, Severity severity, String kind, String message) {

    /** How bad a problem is; {@code docs lint} fails on errors. */
    public enum Severity { ERROR, WARNING, INFO }

    /**
     * The diagnostic as {@code file:line: severity: message [kind]}, the format {@code docs lint} prints; problems of
     * a whole file or folder (line 0) point at line 1.
     */
    public String format() {
        return file + ":" + Math.max(1, line) + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message
                + " [" + kind + "]";
    }
}
