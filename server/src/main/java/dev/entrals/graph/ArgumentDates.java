package dev.entrals.graph;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * An argument given to a {@code [DateTime]} parameter, as PowerShell converts a string to it (the invariant culture:
 * ISO 8601 with or without a time and a zone, or {@code M/d/yyyy} with an optional {@code h:mm[:ss] [AM|PM]} or
 * {@code H:mm[:ss]}), then {@code .ToUniversalTime()}: a date without a zone is this machine's local time, one with a
 * zone or {@code Z} is that instant.
 */
public final class ArgumentDates {

    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ofPattern("M/d/yyyy h:mm[:ss] a", Locale.US),
            DateTimeFormatter.ofPattern("M/d/yyyy H:mm[:ss]", Locale.US),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]", Locale.US));
    private static final List<DateTimeFormatter> DAY = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US));

    private ArgumentDates() {
    }

    /** Whether PowerShell reads the text as a date (a {@code [DateTime]} argument). */
    public static boolean isDate(String text) {
        return toUtc(text.strip(), ZoneOffset.UTC) != null;
    }

    /** The text as a date in UTC written with {@code pattern} (java.time), or null when it is not a date. */
    static String utc(String text, String pattern) {
        LocalDateTime utc = toUtc(text.strip(), ZoneId.systemDefault());
        return utc == null ? null : utc.format(DateTimeFormatter.ofPattern(pattern, Locale.US));
    }

    /**
     * The text as PowerShell's {@code [DateTime]} writes it with {@code .ToString('o')}: a date without a zone keeps
     * its wall-clock time and has none ({@code 2026-01-01T00:00:00.0000000}); one with a zone or {@code Z} is that
     * instant in this machine's local time, with its offset ({@code …+01:00}); null when it is not a date.
     */
    static String roundTrip(String text) {
        String t = text.strip();
        LocalDateTime utc = toUtc(t, ZoneOffset.UTC);
        if (utc == null) {
            return null;
        }
        boolean zoned;
        try {
            OffsetDateTime.parse(t.replace(' ', 'T'));
            zoned = true;
        } catch (DateTimeParseException e) {
            zoned = false;
        }
        return zoned ? utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.systemDefault())
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSxxx", Locale.US))
                : utc.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS", Locale.US));
    }

    /** The text's instant in UTC, a date without a zone read in {@code zone}; null when it is not a date. */
    static LocalDateTime toUtc(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text.replace(' ', 'T')).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException notZoned) {
            // a local date and time follows
        }
        for (DateTimeFormatter f : LOCAL) {
            try {
                return utcOf(LocalDateTime.parse(text.toUpperCase(Locale.ROOT), f), zone);
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        for (DateTimeFormatter f : DAY) {
            try {
                return utcOf(LocalDate.parse(text, f).atStartOfDay(), zone);
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return null;
    }

    private static LocalDateTime utcOf(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}
