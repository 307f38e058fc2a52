package dev.entrals.cli;

import dev.entrals.commons.SourceText;
import dev.entrals.settings.Severity;

/**
 * Something {@code check} says about a whole file rather than a place in it: the file could not be read (an error:
 * the check is incomplete), or it was read in a fallback encoding (information).
 */
record FileNotice(Kind kind, String message) {

    /** The kinds of notice, each a rule of its own in the SARIF log. */
    enum Kind {
        UNREADABLE("file-unreadable", Severity.ERROR, "The file cannot be read, so it was not checked"),
        ENCODING_FALLBACK("encoding-fallback", Severity.INFORMATION,
                "The file has no byte-order mark and is not UTF-8; it was read as Windows-1252");

        private final String code;
        private final Severity severity;
        private final String title;

        /** PowerShell's page on the encodings it reads and writes. */
        static final String HELP_URI = "https://learn.microsoft.com/powershell/module/microsoft.powershell.core/"
                + "about/about_character_encoding";

        Kind(String code, Severity severity, String title) {
            this.code = code;
            this.severity = severity;
            this.title = title;
        }

        String code() {
            return code;
        }

        Severity severity() {
            return severity;
        }

        String title() {
            return title;
        }
    }

    /** The starts of an unreadable notice's message, before the reason. */
    static final String CANNOT_READ_FILE = "cannot read the file: ";
    static final String CANNOT_READ_FOLDER = "cannot read the folder: ";

    static FileNotice unreadable(String message) {
        return new FileNotice(Kind.UNREADABLE, message);
    }

    /** The note for a file read as Windows-1252, or null when it was read in the encoding it declares or UTF-8. */
    static FileNotice encodingOf(SourceText source) {
        return source.fellBack() ? new FileNotice(Kind.ENCODING_FALLBACK, "no byte-order mark and not valid UTF-8: "
                + "read as Windows-1252, as Windows PowerShell 5.1 does (PowerShell 7 reads it as UTF-8)") : null;
    }
}
