package dev.entrals.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FixtureTest {

    @Test
    void removesCursorAndRangeMarkersAndKeepsTheirOffsets() {
        Fixture f = Fixture.of("Get-<[Entra<|>User]> -Top 1");
        assertEquals("Get-EntraUser -Top 1", f.text());
        assertEquals(9, f.cursor());
        assertEquals("EntraUser", f.rangeText());
    }

    @Test
    void keepsNestedRangesOrderedByStart() {
        Fixture f = Fixture.of("<[a <[b]> c]>");
        assertEquals("a b c", f.text());
        assertEquals(2, f.ranges().size());
        assertEquals("a b c", f.ranges().get(0).of(f.text()));
        assertEquals("b", f.ranges().get(1).of(f.text()));
    }

    @Test
    void closingMarkerWithoutOpeningIsText() {
        assertEquals("$a[0]> x", Fixture.of("$a[0]> x").text());
    }

    @Test
    void failsClearlyWhenTheFixtureLacksWhatTheTestNeeds() {
        AssertionError noCursor = assertThrows(AssertionError.class, () -> Fixture.of("Get-X").cursor());
        assertTrue(noCursor.getMessage().contains("exactly one '<|>'"));
        assertThrows(AssertionError.class, () -> Fixture.of("a<|>b<|>").cursor());
        assertThrows(AssertionError.class, () -> Fixture.of("a").range());
        assertThrows(AssertionError.class, () -> Fixture.of("<[a"));
    }
}
