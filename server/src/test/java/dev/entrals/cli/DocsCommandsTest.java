package dev.entrals.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.entrals.testing.Corpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The help and docs commands run in-process through picocli, as {@code entra-ls} runs them. */
class DocsCommandsTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void topLevelHelpListsTheSubcommands() {
        Run r = run("--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("help") && r.out().contains("docs"), r.out());
    }

    @Test
    void helpShowsTheGetHelpSectionsOfABundledCmdlet() {
        Run r = run("help", "Disconnect-Entra");
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        int name = out.indexOf("\nNAME\n    Disconnect-Entra\n");
        int synopsis = out.indexOf("\nSYNOPSIS\n");
        int syntax = out.indexOf("\nSYNTAX\n    Disconnect-Entra [<CommonParameters>]\n");
        int description = out.indexOf("\nDESCRIPTION\n");
        int parameters = out.indexOf("\nPARAMETERS\n");
        int examples = out.indexOf("\nEXAMPLES\n");
        int links = out.indexOf("\nRELATED LINKS\n");
        assertTrue(name >= 0 && name < synopsis && synopsis < syntax && syntax < description
                && description < parameters && parameters < examples && examples < links, out);
    }

    @Test
    void helpOfOneParameterShowsItsMetadata() {
        Run r = run("help", "Connect-Entra", "--parameter", "contextscope");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("-ContextScope <ContextScope>"), r.out());
        assertTrue(r.out().contains("Accepted values              Process, CurrentUser"), r.out());
        assertTrue(r.out().contains("Required?                    false"), r.out());
    }

    @Test
    void helpOfAnAmbiguousParameterPrefixNamesTheCandidates() {
        Run r = run("help", "Connect-Entra", "--parameter", "Cert");
        assertEquals(2, r.exit());
        assertEquals("Parameter 'Cert' is ambiguous for Connect-Entra: -Certificate, -CertificateSubjectName, "
                + "-CertificateThumbprint.\n", r.err());
    }

    @Test
    void helpWithExamplesShowsOnlySynopsisAndExamples() {
        Run r = run("help", "Get-EntraContext", "--examples");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("EXAMPLES") && !r.out().contains("PARAMETERS") && !r.out().contains("SYNTAX"));
    }

    @Test
    void unknownNameExitsTwoAndSuggestsCloseNames() {
        Run r = run("help", "Conect-Entra");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals("No help found for 'Conect-Entra'.\nDid you mean: Connect-Entra, Disconnect-Entra?\n", r.err());
    }

    @Test
    void helpReadsExtraDocsFolders() throws IOException {
        Files.writeString(dir.resolve("Get-ContosoThing.md"), "---\ntitle: Get-ContosoThing\n---\n\n# Get-ContosoThing\n\n"
                + "## SYNOPSIS\n\nGets the thing.\n");
        Run r = run("help", "get-contosothing", "--docs", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Gets the thing."), r.out());
    }

    @Test
    void lintOfTheBundledDocsSourceFindsNothing() {
        Run r = run("docs", "lint", Corpus.projectRoot().resolve("docs-source").toString());
        assertEquals(0, r.exit(), r.out());
        assertEquals("5 files, 5 cmdlets, 22 parameters, 0 errors, 0 warnings\n", r.out());
    }

    @Test
    void lintPrintsFileLineSeverityMessageAndExitsOneOnErrors() throws IOException {
        Files.writeString(dir.resolve("Get-ContosoThing.md"), "---\ntitle: Get-ContosoThing\n---\n\n# Get-ContosoThing\n\n"
                + "## SYNOPSIS\n\n{{ Fill in the Synopsis }}\n");
        Run r = run("docs", "lint", dir.toString());
        assertEquals(1, r.exit());
        String file = dir.resolve("Get-ContosoThing.md").toString();
        assertTrue(r.out().contains(file + ":9: error: leftover placeholder {{ Fill in the Synopsis }} [placeholder]\n"),
                r.out());
        assertTrue(r.out().contains(file + ":5: error: missing section '## SYNTAX' [missing-section]\n"), r.out());
        assertTrue(r.out().endsWith("1 files, 1 cmdlets, 0 parameters, 2 errors, 7 warnings\n"), r.out());
    }

    @Test
    void lintOfAMissingFolderIsBadUsage() {
        Run r = run("docs", "lint", dir.resolve("nope").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("Not a folder: "), r.err());
    }

    @Test
    void dumpPrintsTheIndexAsAJsonArray() throws IOException {
        Run r = run("docs", "dump");
        assertEquals(0, r.exit(), r.err());
        JsonNode array = new ObjectMapper().readTree(r.out());
        assertEquals(5, array.size());
        JsonNode connect = array.get(1);
        assertEquals("Connect-Entra", connect.get("name").asText());
        assertEquals("Microsoft.Entra.Authentication", connect.get("module").asText());
        assertEquals("bundled", connect.get("source").get("origin").asText());
        JsonNode clientId = null;
        for (JsonNode p : connect.get("parameters")) {
            if (p.get("name").asText().equals("ClientId")) {
                clientId = p;
            }
        }
        assertEquals("System.String", clientId.get("type").asText());
        assertEquals("[\"AppId\",\"ApplicationId\"]", clientId.get("aliases").toString());
        assertEquals("{\"name\":\"AppCertificateParameterSet\",\"required\":true,\"position\":\"1\"}",
                clientId.get("sets").get(2).toString());
        assertEquals("{\"name\":\"UserParameterSet\",\"isDefault\":true}",
                "{\"name\":" + connect.get("parameterSets").get(0).get("name") + ",\"isDefault\":"
                        + connect.get("parameterSets").get(0).get("isDefault") + "}");
        assertTrue(connect.get("examples").size() >= 5);
        assertTrue(connect.get("synopsis").asText().startsWith("Signs in"));
    }

    @Test
    void docsWithoutASubcommandIsBadUsage() {
        assertEquals(2, run("docs").exit());
    }
}
