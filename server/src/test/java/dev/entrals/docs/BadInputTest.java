package dev.entrals.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input gives a diagnostic naming the file, and every good page next to it still loads. */
class BadInputTest {

    @TempDir
    Path dir;

    private HelpIndex loadWithGoodNeighbour() {
        DocsFolder.write(dir, "Get-ContosoGood.md", DocsFolder.page("Get-ContosoGood", "Contoso", "Id", "String", ""));
        return HelpIndex.load(List.of(DocsSource.folder(dir)));
    }

    private static List<String> kinds(HelpIndex index, String fileEnd) {
        return index.diagnostics().stream().filter(d -> d.file().endsWith(fileEnd))
                .map(d -> d.severity() + " " + d.kind()).collect(Collectors.toList());
    }

    private static void goodNeighbourLoads(HelpIndex index) {
        assertEquals("Id", index.find("Get-ContosoGood").orElseThrow().parameters().get(0).name());
    }

    @Test
    void binaryFileIsSkippedWithAnError() {
        DocsFolder.write(dir, "Get-ContosoBinary.md", new byte[] {'#', ' ', 0, 1, 2, (byte) 0xff, 0});
        HelpIndex index = loadWithGoodNeighbour();
        assertEquals(List.of("ERROR binary"), kinds(index, "Get-ContosoBinary.md"));
        assertTrue(index.find("Get-ContosoBinary").isEmpty());
        goodNeighbourLoads(index);
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAndThePageStillLoads() {
        byte[] good = DocsFolder.page("Get-ContosoLatin", "Contoso").getBytes(StandardCharsets.UTF_8);
        String text = new String(good, StandardCharsets.UTF_8).replace("Text.", "Caf\u00e9.");
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
        DocsFolder.write(dir, "Get-ContosoLatin.md", latin1);
        HelpIndex index = loadWithGoodNeighbour();
        List<DocDiagnostic> d = index.diagnostics().stream()
                .filter(x -> x.file().endsWith("Get-ContosoLatin.md")).toList();
        assertEquals(1, d.size());
        assertEquals("invalid-utf8", d.get(0).kind());
        assertEquals(text.lines().toList().indexOf("Caf\u00e9.") + 1, d.get(0).line());
        assertEquals("Caf\uFFFD.", index.find("Get-ContosoLatin").orElseThrow().description());
        goodNeighbourLoads(index);
    }

    @Test
    void tenMegabytePageIsRefusedWithAnError() {
        String big = DocsFolder.page("Get-ContosoHuge", "Contoso") + "x".repeat(10 * 1024 * 1024);
        DocsFolder.write(dir, "Get-ContosoHuge.md", big);
        HelpIndex index = loadWithGoodNeighbour();
        assertEquals(List.of("ERROR too-large"), kinds(index, "Get-ContosoHuge.md"));
        goodNeighbourLoads(index);
    }

    @Test
    void pageWithoutFrontMatterLoadsUnderItsFileNameWithAWarning() {
        DocsFolder.write(dir, "Get-ContosoBare.md", DocsFolder.page("Get-ContosoBare", "Contoso")
                .replaceFirst("(?s)^---.*?---\n", ""));
        HelpIndex index = loadWithGoodNeighbour();
        assertEquals(List.of("WARNING missing-front-matter"), kinds(index, "Get-ContosoBare.md"));
        assertEquals("Does Get-ContosoBare.", index.find("Get-ContosoBare").orElseThrow().synopsis());
        goodNeighbourLoads(index);
    }

    @Test
    void truncatedYamlBlockAtTheEndOfAFileIsInvalidYaml() {
        String page = DocsFolder.page("Get-ContosoCut", "Contoso", "Id", "String", "");
        String cut = page.substring(0, page.indexOf("Aliases:")) + "Aliases: [ObjectId,\n";
        DocsFolder.write(dir, "Get-ContosoCut.md", cut);
        HelpIndex index = loadWithGoodNeighbour();
        List<String> kinds = kinds(index, "Get-ContosoCut.md");
        assertTrue(kinds.contains("ERROR invalid-yaml"), kinds.toString());
        assertEquals("String", index.find("Get-ContosoCut").orElseThrow().parameters().get(0).type());
        goodNeighbourLoads(index);
    }

    @Test
    void unreadableFileAndFolderLoopAreReportedAndTheRestLoads() throws IOException {
        Files.createSymbolicLink(dir.resolve("Get-ContosoGone.md"), dir.resolve("does-not-exist.md"));
        Path loop = Files.createDirectories(dir.resolve("loop"));
        Files.createSymbolicLink(loop.resolve("again"), dir);
        HelpIndex index = loadWithGoodNeighbour();
        assertEquals(List.of("ERROR unreadable"), kinds(index, "Get-ContosoGone.md"));
        assertEquals(List.of("ERROR unreadable"), kinds(index, "loop/again"));
        goodNeighbourLoads(index);
    }

    @Test
    void folderWithoutReadPermissionIsReported() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        DocsFolder.write(locked, "Get-ContosoHidden.md", DocsFolder.page("Get-ContosoHidden", "Contoso"));
        locked.toFile().setReadable(false, false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked),
                    "running as root: permissions do not stop reads, the symlink-loop test covers this case");
            HelpIndex index = loadWithGoodNeighbour();
            assertEquals(List.of("ERROR unreadable"), kinds(index, "locked"));
            goodNeighbourLoads(index);
        } finally {
            locked.toFile().setReadable(true, false);
        }
    }

    @Test
    void missingFolderIsReported() {
        HelpIndex index = HelpIndex.load(List.of(DocsSource.folder(dir.resolve("nope"))));
        assertEquals(List.of("ERROR unreadable"), kinds(index, "nope"));
        assertEquals(List.of(), index.names());
    }

    @Test
    void readmeAndModulePagesAreNotCmdlets() {
        DocsFolder.write(dir, "README.md", "# Docs\n\nSome words.\n");
        DocsFolder.write(dir, "Contoso.md", "---\nModule Name: Contoso\nModule Guid: 1111\n---\n\n# Contoso Module\n");
        HelpIndex index = loadWithGoodNeighbour();
        assertEquals(List.of("Get-ContosoGood"), index.names());
        assertEquals(List.of("INFO not-a-cmdlet-page"), kinds(index, "README.md"));
        assertEquals(3, index.fileCount());
    }
}
