package dev.entrals.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class CorpusTest {

    private static final String ABSENT = "no-such-part-of-the-corpus";

    @Test
    void anAbsentPartSkipsUnlessRequiredThenItFails() {
        TestAbortedException skipped = assertThrows(TestAbortedException.class, () -> Corpus.require(ABSENT, false));
        assertTrue(skipped.getMessage().contains("test skipped"), skipped.getMessage());
        AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> Corpus.require(ABSENT, true));
        assertTrue(failed.getMessage().contains("CI must not skip"), failed.getMessage());
    }

    @Test
    void requiredByEnvironmentOrProperty() {
        assertTrue(Corpus.required("1", null));
        assertTrue(Corpus.required(null, "true"));
        assertFalse(Corpus.required(null, null));
        assertFalse(Corpus.required("0", "false"));
    }
}
