package dev.entrals.settings;

import java.util.Locale;
import java.util.Optional;

/** The severity a user gives a kind of diagnostic; {@link #OFF} silences it. */
public enum Severity {
    ERROR, WARNING, INFORMATION, HINT, OFF;

    /** Reads {@code error|warning|information|hint|off} (any case; {@code info} too); empty when unknown. */
    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("info")) {
            return Optional.of(INFORMATION);
        }
        for (Severity s : values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
