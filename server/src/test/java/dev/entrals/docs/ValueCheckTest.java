package dev.entrals.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ValueCheck}: PowerShell's {@code -match} and its refusal sentences. */
class ValueCheckTest {

    private static final ValueCheck USER = new ValueCheck(List.of("^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$",
            "^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$"), "UserId must be a valid email address or GUID.");

    @Test
    void aValueMatchingAnyPatternPasses() {
        assertTrue(USER.accepts("ann@contoso.com"));
        assertTrue(USER.accepts("00000000-0000-0000-0000-00000000000a"));
        assertFalse(USER.accepts("ann"));
        assertFalse(USER.accepts("00000000-0000-0000-0000-00000000000g"));
        assertFalse(USER.accepts("ann@contoso.com "), "anchored: a trailing space fails");
    }

    @Test
    void matchIgnoresCaseAndFindsAnywhereUnlessAnchored() {
        ValueCheck lower = new ValueCheck(List.of("^[a-z]+$"), "");
        assertTrue(lower.accepts("ABC"), "-match ignores case");
        ValueCheck inside = new ValueCheck(List.of("b"), "");
        assertTrue(inside.accepts("abc"), "-match finds the pattern anywhere");
    }

    @Test
    void theRefusalIsPowerShellsSentenceWithTheScriptsMessage() {
        assertEquals(Optional.of("Cannot validate argument on parameter 'UserId'. UserId must be a valid email "
                + "address or GUID."), USER.refusal("UserId", "bob"));
        assertEquals(Optional.empty(), USER.refusal("UserId", "bob@contoso.com"));
        ValueCheck bare = new ValueCheck(List.of("^[0-9]+$"), "");
        assertEquals(Optional.of("Cannot validate argument on parameter 'TenantId'. The \" $_ -match \"^[0-9]+$\" \" "
                + "validation script for the argument with value \"x\" did not return a result of True. Determine why "
                + "the validation script failed, and then try the command again."), bare.refusal("TenantId", "x"));
    }

    @Test
    void eachElementOfAListIsCheckedAndNumbersAndBooleansAsPowerShellPrintsThem() {
        ValueCheck digits = new ValueCheck(List.of("^[0-9]+$"), "digits only");
        assertEquals(Optional.empty(), digits.refusal("Id", List.of("1", 22L)));
        assertEquals(Optional.of("Cannot validate argument on parameter 'Id'. digits only"),
                digits.refusal("Id", List.of("1", "x", "y")));
        assertTrue(digits.refusal("Id", Boolean.TRUE).isPresent(), "$true is 'True'");
        assertTrue(new ValueCheck(List.of("^True$"), "").refusal("Flag", Boolean.TRUE).isEmpty());
    }

    @Test
    void nothingIsRefusedWithoutPatternsOrForAPatternJavaCannotRead() {
        assertEquals(Optional.empty(), ValueCheck.NONE.refusal("X", "anything"));
        assertEquals(Optional.empty(), new ValueCheck(List.of("(?<name"), "m").refusal("X", "anything"));
        assertEquals(Optional.empty(), USER.refusal("UserId", java.util.Map.of("a", 1)), "a hashtable is not text");
    }
}
