package dev.entrals.session;

import java.util.Locale;

/** Where a session lives: {@code Process} in memory only, {@code CurrentUser} also on disk for later processes. */
public enum ContextScope {
    Process, CurrentUser;

    /** Parses {@code Process} or {@code CurrentUser} ignoring case; null or blank gives null. */
    public static ContextScope parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (ContextScope s : values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(t)) {
                return s;
            }
        }
        throw new SessionException("Unknown context scope '" + text.strip() + "': use Process or CurrentUser.");
    }
}
