package dev.entrals.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link HelpIndex#preParse}: parses ahead of use only while its idle signal lets it, one page per idle moment, gives
 * the same help as a lazy parse, and gets past pages that fail.
 */
class PreParseTest {

    private static final IdleSignal ALWAYS_IDLE = () -> { };

    @TempDir
    Path dir;

    /** Good pages and every kind of malformed one the reader meets, in one folder. */
    private List<String> writeFolder() {
        DocsFolder.write(dir, "Get-ContosoUser.md", DocsFolder.page("Get-ContosoUser", "Contoso", "Id", "String", "ObjectId"));
        DocsFolder.write(dir, "Set-ContosoUser.md", DocsFolder.page("Set-ContosoUser", "Contoso", "Name", "String", ""));
        DocsFolder.write(dir, "Get-ContosoBadYaml.md", DocsFolder.page("Get-ContosoBadYaml", "Contoso", "Id", "String", "")
                .replace("Type: String", "Type: [unclosed\n  : : -"));
        DocsFolder.write(dir, "Get-ContosoTruncated.md", DocsFolder.page("Get-ContosoTruncated", "Contoso", "Id",
                "String", "").substring(0, 170));
        DocsFolder.write(dir, "Get-ContosoPlaceholder.md", "---\ntitle: Get-ContosoPlaceholder\n---\n\n# {{ Fill }}\n"
                + "## SYNTAX\n```\n[[[-\n```\n### -\n```yaml\n{{ x }}\n```\n");
        DocsFolder.write(dir, "Get-ContosoLatin1.md", "---\ntitle: Get-ContosoLatin1\n---\n# Get-ContosoLatin1\n\ncaf\u00e9"
                .getBytes(StandardCharsets.ISO_8859_1));
        DocsFolder.write(dir, "Get-ContosoEmpty.md", "");
        return List.of("Get-ContosoUser", "Set-ContosoUser", "Get-ContosoBadYaml", "Get-ContosoTruncated",
                "Get-ContosoPlaceholder", "Get-ContosoLatin1", "Get-ContosoEmpty");
    }

    @Test
    void preParsedPagesGiveTheSameHelpAndProblemsAsLazilyParsedOnes() throws Exception {
        List<String> names = writeFolder();
        HelpIndex ahead = HelpIndex.load(List.of(DocsSource.bundledPages(), DocsSource.folder(dir)));
        HelpIndex lazy = HelpIndex.load(List.of(DocsSource.bundledPages(), DocsSource.folder(dir)));
        int cmdlets = ahead.names().size();
        assertEquals(0, ahead.parsedCount());

        assertEquals(cmdlets, ahead.preParse(ALWAYS_IDLE));

        assertEquals(cmdlets, ahead.parsedCount());
        assertEquals(0, lazy.parsedCount());
        for (String name : ahead.names()) {
            assertEquals(lazy.find(name), ahead.find(name), name);
        }
        assertTrue(ahead.names().containsAll(names.subList(0, 2)), "the good pages are there: " + ahead.names());
        assertEquals(lazy.diagnostics(), ahead.diagnostics());
        assertFalse(ahead.diagnostics().isEmpty(), "the malformed pages were reported, not thrown");
        assertEquals(0, ahead.preParse(ALWAYS_IDLE), "a second run has nothing left to parse");
    }

    @Test
    void parsesOnePagePerIdleMomentAndNothingWhileBusy() throws Exception {
        writeFolder();
        HelpIndex index = HelpIndex.load(List.of(DocsSource.folder(dir)));
        int cmdlets = index.names().size();
        BlockingQueue<Integer> asked = new LinkedBlockingQueue<>(); // pages parsed when the worker asked "idle?"
        Semaphore idleMoments = new Semaphore(0); // no permit: the server is busy
        IdleSignal signal = () -> {
            asked.add(index.parsedCount());
            idleMoments.acquire();
        };
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> {
            try {
                return index.preParse(signal);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        assertEquals(0, take(asked), "it asks before the first page");
        assertEquals(0, index.parsedCount(), "busy: nothing parsed while it waits");
        idleMoments.release();
        assertEquals(1, take(asked), "one idle moment, one page, then it asks again");
        assertEquals(1, index.parsedCount());

        // a request parses the last page itself meanwhile: the worker does not parse it again
        String last = index.names().get(cmdlets - 1);
        index.find(last).orElseThrow();
        idleMoments.release(cmdlets);
        assertEquals(cmdlets - 1, run.get(10, TimeUnit.SECONDS));
        assertEquals(cmdlets, index.parsedCount());
    }

    @Test
    void stopsWhenInterruptedWhileWaitingForIdle() throws Exception {
        writeFolder();
        HelpIndex index = HelpIndex.load(List.of(DocsSource.folder(dir)));
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                outcome.complete(index.preParse(() -> {
                    waiting.countDown();
                    new Semaphore(0).acquire(); // busy for ever
                }));
            } catch (InterruptedException e) {
                outcome.complete(e);
            }
        });
        worker.start();
        assertTrue(waiting.await(10, TimeUnit.SECONDS));
        worker.interrupt();
        assertInstanceOf(InterruptedException.class, outcome.get(10, TimeUnit.SECONDS));
        assertEquals(0, index.parsedCount());
    }

    @Test
    void aPageWhoseReaderFailsIsSkippedAndTheOthersAreParsed() throws Exception {
        PageProvider provider = () -> new PageProvider.Pages(List.of(
                new PageProvider.Page("Get-Thrower", true, () -> { throw new IllegalStateException("broken"); }),
                new PageProvider.Page("Get-Overflow", true, () -> { throw new StackOverflowError(); }),
                new PageProvider.Page("Get-Fine", true, () -> new PageProvider.Read(
                        PlatyPsReader.empty("Get-Fine", "mod", "mod", List.of()).help(), List.of()))),
                List.of(), 3);
        HelpIndex index = HelpIndex.load(List.of(DocsSource.provided("mod", provider)));

        assertEquals(2, index.preParse(ALWAYS_IDLE), "the thrower becomes a reader-failure page, the overflow is skipped");

        assertEquals("Get-Fine", index.find("Get-Fine").orElseThrow().name());
        assertTrue(index.find("Get-Thrower").isPresent());
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> CompletableFuture.supplyAsync(() -> index.find("Get-Overflow")).get());
        assertInstanceOf(StackOverflowError.class, e.getCause(), "its lookup fails as it did without pre-parsing");
    }

    private static int take(BlockingQueue<Integer> q) throws InterruptedException {
        Integer v = q.poll(10, TimeUnit.SECONDS);
        if (v == null) {
            throw new AssertionError("the pre-parser did not ask the idle signal");
        }
        return v;
    }
}
