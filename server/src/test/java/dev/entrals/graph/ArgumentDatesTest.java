package dev.entrals.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A {@code [DateTime]} argument read as PowerShell converts a string (the invariant culture), then in UTC. */
class ArgumentDatesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aDateWithoutAZoneIsLocalTime() {
        assertEquals(LocalDateTime.of(2024, 1, 14, 23, 0), ArgumentDates.toUtc("2024-01-15", PARIS));
        assertEquals(LocalDateTime.of(2024, 7, 15, 8, 30), ArgumentDates.toUtc("2024-07-15T10:30:00", PARIS));
        assertEquals(LocalDateTime.of(2024, 7, 15, 8, 30), ArgumentDates.toUtc("2024-07-15 10:30", PARIS));
    }

    @Test
    void theInvariantCulturesMonthFirstFormsAreRead() {
        assertEquals(LocalDateTime.of(2024, 3, 4, 23, 0), ArgumentDates.toUtc("3/5/2024", PARIS));
        assertEquals(LocalDateTime.of(2024, 3, 5, 13, 5, 9), ArgumentDates.toUtc("3/5/2024 2:05:09 PM", PARIS));
        assertEquals(LocalDateTime.of(2024, 3, 5, 13, 5), ArgumentDates.toUtc("03/05/2024 14:05", PARIS));
    }

    @Test
    void aZoneOrZIsThatInstant() {
        assertEquals(LocalDateTime.of(2024, 1, 15, 10, 0), ArgumentDates.toUtc("2024-01-15T10:00:00Z", PARIS));
        assertEquals(LocalDateTime.of(2024, 1, 15, 12, 0), ArgumentDates.toUtc("2024-01-15T10:00:00-02:00", PARIS));
    }

    @Test
    void textThatIsNotADateHasNoValue() {
        assertNull(ArgumentDates.toUtc("yesterday", PARIS));
        assertNull(ArgumentDates.toUtc("2024-13-40", PARIS));
        assertNull(ArgumentDates.utc("", "yyyy"));
    }
}
