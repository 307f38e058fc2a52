package dev.entrals.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ValueCheck}: PowerShell's validation attributes and their refusal sentences. */
class ValueCheckTest {

    private static final ValueCheck USER = new ValueCheck.Script(List.of(
            "^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}$", "^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$"),
            "UserId must be a valid email address or GUID.");

    @Test
    void aScriptPassesAValueMatchingAnyPattern() {
        assertEquals(Optional.empty(), USER.failure("ann@contoso.com"));
        assertEquals(Optional.empty(), USER.failure("00000000-0000-0000-0000-00000000000a"));
        assertTrue(USER.failure("ann").isPresent());
        assertTrue(USER.failure("00000000-0000-0000-0000-00000000000g").isPresent());
        assertTrue(USER.failure("ann@contoso.com ").isPresent(), "anchored: a trailing space fails");
    }

    @Test
    void matchIgnoresCaseAndFindsAnywhereUnlessAnchored() {
        assertEquals(Optional.empty(), new ValueCheck.Script(List.of("^[a-z]+$"), "").failure("ABC"));
        assertEquals(Optional.empty(), new ValueCheck.Script(List.of("b"), "").failure("abc"));
        assertEquals(Optional.empty(), new ValueCheck.Match("^[a-z]+$", "").failure("ABC"),
                "ValidatePattern ignores case by default");
    }

    @Test
    void aScriptsRefusalIsPowerShellsSentenceWithItsMessageOrTheStandardOne() {
        assertEquals(Optional.of("Cannot validate argument on parameter 'UserId'. UserId must be a valid email "
                + "address or GUID."), USER.refusal("UserId", "bob"));
        assertEquals(Optional.empty(), USER.refusal("UserId", "bob@contoso.com"));
        ValueCheck bare = new ValueCheck.Script(List.of("^[0-9]+$"), "");
        assertEquals(Optional.of("Cannot validate argument on parameter 'TenantId'. The \" $_ -match \"^[0-9]+$\" \" "
                + "validation script for the argument with value \"x\" did not return a result of True. Determine why "
                + "the validation script failed, and then try the command again."), bare.refusal("TenantId", "x"));
    }

    @Test
    void aPatternsRefusalFormatsItsErrorMessageWithTheValueAndThePattern() {
        assertEquals(Optional.of("Cannot validate argument on parameter 'Upn'. x is not like ^a"),
                new ValueCheck.Match("^a", "{0} is not like {1}").refusal("Upn", "x"));
        assertEquals(Optional.of("Cannot validate argument on parameter 'Id'. The argument \"x\" does not match the "
                + "\"^[0-9]+$\" pattern. Supply an argument that matches \"^[0-9]+$\" and try the command again."),
                new ValueCheck.Match("^[0-9]+$", "").refusal("Id", "x"));
    }

    @Test
    void aRangeRefusesANumberOutsideItsBoundsWithPowerShellsSentences() {
        ValueCheck top = new ValueCheck.Range(1, Integer.MAX_VALUE);
        assertEquals(Optional.of("Cannot validate argument on parameter 'Top'. The 0 argument is less than the minimum "
                + "allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command "
                + "again."), top.refusal("Top", 0L));
        assertEquals(Optional.empty(), top.refusal("Top", 5L));
        assertEquals(Optional.empty(), top.refusal("Top", "5"), "text converted to a number");
        assertEquals(Optional.of("Cannot validate argument on parameter 'PageSize'. The 1000 argument is greater than "
                + "the maximum allowed range of 999. Supply an argument that is less than or equal to 999 and then try "
                + "the command again."), new ValueCheck.Range(1, 999).refusal("PageSize", 1000L));
        assertEquals(Optional.empty(), top.refusal("Top", "many"), "not a number: the conversion's error, not this");
    }

    @Test
    void aLengthCountsCharacters() {
        ValueCheck name = new ValueCheck.Length(1, 256);
        assertEquals(Optional.empty(), name.refusal("DisplayName", "a".repeat(256)));
        assertEquals(Optional.of("Cannot validate argument on parameter 'DisplayName'. The character length of the 257 "
                + "argument is too long. Shorten the character length of the argument so it is fewer than or equal to "
                + "\"256\" characters, and then try the command again."), name.refusal("DisplayName", "a".repeat(257)));
        assertEquals(Optional.of("Cannot validate argument on parameter 'DisplayName'. The character length (0) of the "
                + "argument is too short. Specify an argument with a length that is greater than or equal to \"1\", and "
                + "then try the command again."), name.refusal("DisplayName", ""));
    }

    @Test
    void notEmptyRefusesAnEmptyTextAnEmptyListAndAListWithAnEmptyElement() {
        ValueCheck c = new ValueCheck.NotEmpty();
        assertEquals(Optional.of("Cannot validate argument on parameter 'Filter'. The argument is null or empty. "
                + "Provide an argument that is not null or empty, and then try the command again."),
                c.refusal("Filter", ""));
        assertEquals(Optional.empty(), c.refusal("Filter", "x"));
        assertTrue(c.refusal("Ids", List.of()).orElseThrow().contains("an element of the argument collection"));
        assertEquals(Optional.of("Cannot validate argument on parameter 'Ids'. The argument is null or empty. Provide "
                + "an argument that is not null or empty, and then try the command again."),
                c.refusal("Ids", List.of("a", "")));
        assertEquals(Optional.empty(), c.refusal("Ids", List.of("a", "b")));
    }

    @Test
    void eachElementOfAListIsCheckedAndNumbersAndBooleansAsPowerShellPrintsThem() {
        ValueCheck digits = new ValueCheck.Script(List.of("^[0-9]+$"), "digits only");
        assertEquals(Optional.empty(), digits.refusal("Id", List.of("1", 22L)));
        assertEquals(Optional.of("Cannot validate argument on parameter 'Id'. digits only"),
                digits.refusal("Id", List.of("1", "x", "y")));
        assertTrue(digits.refusal("Id", Boolean.TRUE).isPresent(), "$true is 'True'");
        assertEquals(Optional.empty(), new ValueCheck.Script(List.of("^True$"), "").refusal("Flag", Boolean.TRUE));
    }

    @Test
    void theFirstRefusalIsTheFirstCheckDeclaredThatFails() {
        List<ValueCheck> checks = List.of(new ValueCheck.NotEmpty(), new ValueCheck.Length(3, 5));
        assertTrue(ValueCheck.first(checks, "N", "").orElseThrow().contains("null or empty"));
        assertTrue(ValueCheck.first(checks, "N", "ab").orElseThrow().contains("too short"));
        assertEquals(Optional.empty(), ValueCheck.first(checks, "N", "abc"));
        assertEquals(Optional.empty(), ValueCheck.first(List.of(), "N", ""));
    }

    @Test
    void nothingIsRefusedForAPatternJavaCannotReadOrAValueThatIsNotText() {
        assertEquals(Optional.empty(), new ValueCheck.Script(List.of("(?<name"), "m").refusal("X", "anything"));
        assertEquals(Optional.empty(), new ValueCheck.Match("(?<name", "m").refusal("X", "anything"));
        assertEquals(Optional.empty(), USER.refusal("UserId", Map.of("a", 1)), "a hashtable is not text");
        assertEquals(Optional.empty(), new ValueCheck.Range(1, 2).refusal("X", Map.of()));
    }
}
