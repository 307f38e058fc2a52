package dev.entrals.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entrals.script.ScriptDocument;
import dev.entrals.settings.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** After Enable-EntraAzureADAlias an AzureAD name runs as its Entra target, so its parameters are checked. */
class AzureAdAliasBindingTest {

    private static final ScriptAnalyzer ANALYZER = new ScriptAnalyzer(TestDocs.index(), table());

    /** A retired name whose target is one of the test pages. */
    private static MigrationTable table() {
        try {
            return MigrationTable.parse(new java.io.ByteArrayInputStream(
                    "Get-AzureADTestUser\tAzureAD\tGet-TestUser\tv1.0\n".getBytes(
                            java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> codes(String text) {
        return ANALYZER.analyze(ScriptDocument.parse(text)).stream()
                .map(d -> d.code() + " " + text.substring(d.start(), d.end())).toList();
    }

    @Test
    void anOlderEntraNameTheAliasCommandDefinesBindsAsTheModulesCommand() {
        // the bundled index alone, as at zero setup: the names come from Enable-EntraAzureADAlias's own body
        ScriptAnalyzer bundled = new ScriptAnalyzer(dev.entrals.docs.HelpIndex.load(
                dev.entrals.docs.modules.StandardSources.of(List.of(), true, false, true)), MigrationTable.bundled());
        java.util.function.Function<String, List<String>> found = text -> bundled.analyze(ScriptDocument.parse(text))
                .stream().map(d -> d.code() + " " + text.substring(d.start(), d.end())).toList();
        assertEquals(List.of(), found.apply("Get-EntraRoleAssignment -Bogus 1\n"),
                "without the alias command nothing is said about it, as before");
        assertEquals(List.of("unknown-parameter -Bogus"),
                found.apply("Enable-EntraAzureADAlias\nGet-EntraRoleAssignment -UnifiedRoleAssignmentId $a -Bogus 1\n"));
        assertEquals(List.of("Get-EntraDirectoryRoleAssignment", "Get-EntraBetaDirectoryRoleAssignment"),
                dev.entrals.docs.signatures.SignatureSource.enableAliasTargets("get-azuread" + "msroleassignment"));
        assertEquals(List.of("Get-EntraUser", "Get-EntraBetaUser"),
                dev.entrals.docs.signatures.SignatureSource.enableAliasTargets("Get-AzureADUser"));
    }

    @Test
    void parametersOfTheAliasTargetAreChecked() {
        String text = "Enable-EntraAzureADAlias\nGet-AzureADTestUser -Bogus 1\n";
        assertEquals(List.of("retired-cmdlet Get-AzureADTestUser", "unknown-parameter -Bogus"), codes(text));
        ScriptDiagnostic retired = ANALYZER.analyze(ScriptDocument.parse(text)).get(0);
        assertEquals(Severity.INFORMATION, retired.severity());
        assertEquals(List.of("Get-TestUser"), retired.suggestions());
    }

    @Test
    void theCompatibilityModulesAliasCommandDoesTheSame() {
        String text = "Set-CompatADAlias\nGet-AzureADTestUser -Bogus 1\n";
        assertEquals(List.of("retired-cmdlet Get-AzureADTestUser", "unknown-parameter -Bogus"), codes(text));
        ScriptDiagnostic retired = ANALYZER.analyze(ScriptDocument.parse(text)).get(0);
        assertEquals(Severity.INFORMATION, retired.severity());
        assertEquals("Get-AzureADTestUser runs as an alias of Get-TestUser because this script calls Set-CompatADAlias;"
                + " consider using Get-TestUser directly", retired.message());
    }

    @Test
    void importingTheCompatibilityModuleMakesTheAzureAdNamesAliases() {
        for (String line : List.of("Import-Module Microsoft.Graph.Compatibility.AzureAD",
                "ipmo -Name microsoft.graph.compatibility.azuread", "Import-Module ./mods/Microsoft.Graph.Compatibility.AzureAD.psd1")) {
            String text = line + "\nGet-AzureADTestUser -Bogus 1\n";
            assertEquals(List.of("retired-cmdlet Get-AzureADTestUser", "unknown-parameter -Bogus"), codes(text), line);
            ScriptDiagnostic retired = ANALYZER.analyze(ScriptDocument.parse(text)).get(0);
            assertEquals(Severity.INFORMATION, retired.severity(), line);
            assertEquals("Get-AzureADTestUser runs as an alias of Get-TestUser because this script calls Import-Module"
                    + " Microsoft.Graph.Compatibility.AzureAD; consider using Get-TestUser directly", retired.message());
        }
        // another module of a similar name is not it
        assertEquals(List.of("retired-cmdlet Get-AzureADTestUser"),
                codes("Import-Module Microsoft.Graph.Compatibility.AzureADX\nGet-AzureADTestUser -Bogus 1\n"));
    }

    @Test
    void withoutTheAliasCallOnlyTheRetiredNameIsReported() {
        assertEquals(List.of("retired-cmdlet Get-AzureADTestUser"), codes("Get-AzureADTestUser -Bogus 1\n"));
    }
}
