package dev.entrals.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.entrals.docs.HelpIndex;
import dev.entrals.script.ScriptDocument;

/** The migration edits over many calls of names that grow and shrink, against a plain textual rewrite. */
class MigrationFixTest {

    @TempDir
    Path docs;

    private ScriptAnalyzer analyzer() throws IOException {
        // Get-EntraUser and Get-EntraGroup pages: Get-TestUser's, renamed (-All is a switch)
        String page = Files.readString(TestDocs.folder().resolve("Get-TestUser.md"));
        Files.writeString(docs.resolve("Get-EntraUser.md"), page.replace("Get-TestUser", "Get-EntraUser"));
        Files.writeString(docs.resolve("Get-EntraGroup.md"), page.replace("Get-TestUser", "Get-EntraGroup"));
        return new ScriptAnalyzer(HelpIndex.load(List.of(TestDocs.folder(), docs), true), MigrationTable.bundled());
    }

    @Test
    void everyMigratedCallGetsItsNameAndSwitchValuesRewrittenAtTheRightPlace() throws IOException {
        ScriptAnalyzer analyzer = analyzer();
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            switch (i % 5) {
                case 0 -> line(before, after, "Get-AzureADUser -All $true -Top " + i, "Get-EntraUser -All -Top " + i);
                case 1 -> line(before, after, "$g = Get-AzureADGroup -All  $false | % { $_.Id }",
                        "$g = Get-EntraGroup -All:$false | % { $_.Id }");
                case 2 -> line(before, after, "Get-AzureADDevice -All $true", "Get-EntraDevice -All $true");
                case 3 -> line(before, after, "Get-EntraUser -All $true # not migrated: left to its quick fix",
                        "Get-EntraUser -All $true # not migrated: left to its quick fix");
                default -> line(before, after, "(Get-AzureADUser -all $TRUE).Count; Get-AzureADGroup",
                        "(Get-EntraUser -all).Count; Get-EntraGroup");
            }
        }
        String text = before.toString();
        List<ScriptDiagnostic> found = analyzer.analyze(ScriptDocument.parse(text));
        MigrationFix.Result r = MigrationFix.of(text, found, analyzer);
        assertEquals(200 / 5 * 5, r.names().size()); // the last shape has two names
        assertEquals(200 / 5 * 3, r.switches().size());
        assertEquals(after.toString(), MigrationFix.apply(text, r.all()));

        // the file fixes add the switch values of calls that were not migrated
        String fixed = MigrationFix.apply(text, MigrationFix.fileFixes(text, found, analyzer));
        assertEquals(after.toString().replace("Get-EntraUser -All $true #", "Get-EntraUser -All #"), fixed);
    }

    private static void line(StringBuilder before, StringBuilder after, String from, String to) {
        before.append(from).append('\n');
        after.append(to).append('\n');
    }
}
