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
import java.util.List;
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
    void helpWithoutANameListsTheCommandsAndUsageErrorsPointToHelp() {
        Run r = run("help");
        assertEquals(0, r.exit(), r.err());
        assertEquals(run("--help").out(), r.out());
        Run bad = run("check", "--formt", "x");
        assertEquals(Main.USAGE, bad.exit());
        assertEquals(List.of("Unknown option: '--formt'", "Try 'entra-ls check --help' for the options."),
                bad.err().lines().toList());
    }

    @Test
    void topLevelHelpListsEveryRegisteredSubcommand() {
        Run r = run("--help");
        assertEquals(0, r.exit(), r.err());
        for (String name : List.of("help", "docs", "serve", "script", "check", "connect", "context", "disconnect",
                "environment")) {
            assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith(name + " ") || l.strip().equals(name)),
                    name + " missing from:\n" + r.out());
        }
        for (String name : Main.commandLine().getSubcommands().keySet()) {
            assertTrue(r.out().contains("  " + name), "registered subcommand " + name + " missing from:\n" + r.out());
        }
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
        // the type is the module code's (the bundled signature index wins for binding facts), the values the page's
        assertTrue(r.out().contains("-ContextScope <Microsoft.Graph.PowerShell.Authentication.ContextScope>"),
                r.out());
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
        // the bundled signature index (every command of both modules) and the bundled pages merged into it
        assertTrue(array.size() > 600, "commands: " + array.size());
        JsonNode connect = null;
        for (JsonNode c : array) {
            connect = c.get("name").asText().equals("Connect-Entra") ? c : connect;
        }
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
                clientId.get("sets").get(0).toString());
        assertEquals("{\"name\":\"UserParameterSet\",\"isDefault\":true}",
                "{\"name\":" + connect.get("parameterSets").get(0).get("name") + ",\"isDefault\":"
                        + connect.get("parameterSets").get(0).get("isDefault") + "}");
        assertTrue(connect.get("examples").size() >= 5);
        assertTrue(connect.get("synopsis").asText().startsWith("Signs in"));
    }

    @Test
    void dumpOfAFolderCarriesItsCmdletWithSourceParametersAndExamples() throws IOException {
        Path page = dir.resolve("Get-ContosoWidget.md");
        Files.writeString(page, String.join("\n",
                "---", "Module Name: Contoso.Widgets", "title: Get-ContosoWidget", "---", "",
                "# Get-ContosoWidget", "", "## SYNOPSIS", "", "Gets widgets.", "",
                "## SYNTAX", "", "### ById (Default)", "", "```", "Get-ContosoWidget -WidgetId <String> [<CommonParameters>]",
                "```", "", "## DESCRIPTION", "", "Gets the widgets of the tenant.", "",
                "## EXAMPLES", "", "### Example 1: One widget", "", "```powershell", "Get-ContosoWidget -WidgetId 'w1'",
                "```", "", "Gets the widget w1.", "",
                "## PARAMETERS", "", "### -WidgetId", "", "The identifier of the widget.", "",
                "```yaml", "Type: System.String", "Parameter Sets: ById", "Aliases: Id, ObjectId", "",
                "Required: True", "Position: 0", "Default value: None", "Accept pipeline input: False",
                "Accept wildcard characters: False", "```", "",
                "### CommonParameters", "", "This cmdlet supports the common parameters.", "",
                "## INPUTS", "", "## OUTPUTS", "", "## NOTES", "", "## RELATED LINKS", ""));
        Run r = run("docs", "dump", "--no-bundled", dir.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode array = new ObjectMapper().readTree(r.out());
        assertEquals(1, array.size(), r.out());
        JsonNode widget = array.get(0);
        assertEquals("Get-ContosoWidget", widget.get("name").asText());
        assertEquals("Gets widgets.", widget.get("synopsis").asText());
        assertEquals(page.toString(), widget.get("source").get("file").asText());
        assertTrue(!widget.get("source").get("origin").asText().isEmpty()
                && !widget.get("source").get("origin").asText().equals("bundled"), widget.get("source").toString());
        JsonNode id = widget.get("parameters").get(0);
        assertEquals("WidgetId", id.get("name").asText());
        assertEquals("System.String", id.get("type").asText());
        assertEquals("[\"Id\",\"ObjectId\"]", id.get("aliases").toString());
        assertEquals("[{\"name\":\"ById\",\"required\":true,\"position\":\"0\"}]", id.get("sets").toString());
        assertEquals("The identifier of the widget.", id.get("description").asText());
        JsonNode example = widget.get("examples").get(0);
        assertEquals("Example 1: One widget", example.get("title").asText());
        assertEquals("Get-ContosoWidget -WidgetId 'w1'", example.get("code").asText());
        assertEquals("Gets the widget w1.", example.get("remarks").asText());
    }

    @Test
    void docsWithoutASubcommandIsBadUsage() {
        assertEquals(2, run("docs").exit());
    }
}
