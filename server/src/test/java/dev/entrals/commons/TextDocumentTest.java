package dev.entrals.commons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class TextDocumentTest {

    private static TextDocument doc(String text) {
        return new TextDocument("file:///t.ps1", "powershell", 1, text, PositionEncoding.UTF16);
    }

    private static ContentChange edit(int l1, int c1, int l2, int c2, String text) {
        return new ContentChange(new TextPosition(l1, c1), new TextPosition(l2, c2), text);
    }

    @Test
    void eachChangeAppliesToTheTextLeftByThePreviousOne() {
        TextDocument d = doc("one\ntwo\n").withChanges(2, List.of(
                edit(1, 0, 1, 3, "2"), edit(0, 0, 0, 3, "1"), edit(2, 0, 2, 0, "three")));
        assertEquals("1\n2\nthree", d.text());
        assertEquals(2, d.version());
    }

    @Test
    void editsSpanCrlfLineBreaks() {
        assertEquals("a\r\nXd", doc("a\r\nb\r\nc\r\nd").withChanges(2, List.of(edit(1, 0, 3, 0, "X"))).text());
    }

    @Test
    void aReversedRangeIsTakenInOrder() {
        assertEquals("aZd", doc("abcd").withChanges(2, List.of(edit(0, 3, 0, 1, "Z"))).text());
    }

    @Test
    void rangesOutsideTheTextClamp() {
        assertEquals("ab!", doc("ab").withChanges(2, List.of(edit(5, 5, 9, 9, "!"))).text());
        assertEquals("!ab", doc("ab").withChanges(2, List.of(edit(-1, -1, -1, -1, "!"))).text());
    }

    @Test
    void anEditInsideASurrogatePairDoesNotSplitIt() {
        assertEquals("x😀", doc("😀").withChanges(2, List.of(edit(0, 1, 0, 1, "x"))).text());
    }

    @Test
    void positionsFollowTheNegotiatedEncoding() {
        TextDocument d = new TextDocument("u", "powershell", 1, "é😀x", PositionEncoding.UTF8);
        assertEquals(3, d.offsetAt(new TextPosition(0, 6)));
        assertEquals(new TextPosition(0, 6), d.positionAt(3));
        assertEquals("é😀yx", d.withChanges(2, List.of(edit(0, 6, 0, 6, "y"))).text());
    }

    @Test
    void derivedValuesAreComputedOncePerVersion() {
        AtomicInteger parses = new AtomicInteger();
        TextDocument v1 = doc("a");
        Integer first = v1.derived(Integer.class, d -> parses.incrementAndGet());
        assertSame(first, v1.derived(Integer.class, d -> parses.incrementAndGet()));
        TextDocument v2 = v1.withChanges(2, List.of(ContentChange.full("b")));
        assertEquals(2, v2.derived(Integer.class, d -> parses.incrementAndGet()));
        assertEquals(2, parses.get());
    }

    @Test
    void storeIgnoresEditsToDocumentsThatAreNotOpen() {
        DocumentStore store = new DocumentStore();
        assertTrue(store.change("file:///nope", 2, List.of(ContentChange.full("x"))).isEmpty());
        assertFalse(store.close("file:///nope"));
        store.open("file:///yes", "powershell", 1, "a");
        assertEquals("b", store.change("file:///yes", 2, List.of(ContentChange.full("b"))).orElseThrow().text());
        assertTrue(store.close("file:///yes"));
        assertTrue(store.get("file:///yes").isEmpty());
        assertTrue(store.get(null).isEmpty());
    }

    @Test
    void halfARangeIsReadAsAFullReplacementRecord() {
        assertTrue(new ContentChange(new TextPosition(0, 0), null, "x").isFull());
    }

    @Test
    void aUrisFileNameIsDecodedForPeople() {
        assertEquals("My Script.ps1", TextDocument.fileName("file:///home/u/My%20Script.ps1"));
        assertEquals("a.ps1", TextDocument.fileName("untitled:a.ps1"));
        assertEquals("b%zz.ps1", TextDocument.fileName("file:///x/b%zz.ps1"), "not a URI: the raw segment");
    }
}
