package dev.entrals.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.script.ScriptDocument;
import dev.entrals.settings.Severity;
import dev.entrals.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retired MSOnline cmdlets: the finding, its replacement and when the rename is offered as the fix. */
class MsOnlineFindingTest {

    private static final ScriptAnalyzer ANALYZER = new ScriptAnalyzer(TestDocs.index(), MigrationTable.bundled());

    /** The one finding, on the fixture's one range. */
    private static ScriptDiagnostic finding(String marked) {
        Fixture f = Fixture.of(marked);
        List<ScriptDiagnostic> found = ANALYZER.analyze(ScriptDocument.parse(f.text()));
        assertEquals(1, found.size(), found.toString());
        ScriptDiagnostic d = found.get(0);
        assertEquals(f.range().start(), d.start());
        assertEquals(f.range().end(), d.end());
        return d;
    }

    @Test
    void exactMappingNamesTheEntraCmdletAndOffersTheRename() {
        ScriptDiagnostic d = finding("$u = <[Get-MsolUser]> -All");
        assertEquals("retired-cmdlet", d.code());
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("Get-MsolUser is a retired MSOnline cmdlet; use Get-EntraUser instead", d.message());
        assertEquals(List.of("Get-EntraUser"), d.suggestions());
    }

    @Test
    void commonParametersCarryOver() {
        assertEquals(List.of("Get-EntraUser"),
                finding("<[Get-MsolUser]> -All -ErrorAction Stop -ea 0").suggestions());
    }

    @Test
    void aParameterWithoutTheSameNameMeansNoFixAndSaysWhich() {
        ScriptDiagnostic d = finding("<[Get-MsolUser]> -UserPrincipalName $upn");
        assertEquals("retired-cmdlet", d.code());
        assertEquals(List.of(), d.suggestions());
        assertEquals("Get-MsolUser is a retired MSOnline cmdlet; use Get-EntraUser instead. No automatic fix:"
                + " -UserPrincipalName has no parameter of the same name in Get-EntraUser", d.message());
    }

    @Test
    void aReplacementWithAnotherVerbMeansNoFixEvenWhenTheParametersKeepTheirNames() {
        ScriptDiagnostic d = finding("<[Disable-MsolDevice]> -DeviceId $id");
        assertEquals(List.of(), d.suggestions());
        assertEquals("Disable-MsolDevice is a retired MSOnline cmdlet; use Set-EntraDevice instead. No automatic fix:"
                + " Set-EntraDevice does not disable by its name alone: the change Disable-MsolDevice makes must be"
                + " written as a parameter of Set-EntraDevice", d.message());
        assertEquals(List.of("Add-EntraDirectoryRoleMember"), finding("<[Add-MsolRoleMember]>").suggestions());
    }

    @Test
    void positionalAndSplattedArgumentsMeanNoFix() {
        assertTrue(finding("<[Get-MsolUser]> $id").message().endsWith(
                "No automatic fix: arguments passed by position may bind differently in Get-EntraUser"));
        assertTrue(finding("<[Remove-MsolUser]> @p").message().contains("No automatic fix: parameters passed by"
                + " splatting"));
    }

    @Test
    void withoutAnEntraCmdletTheGraphCmdletIsNamed() {
        ScriptDiagnostic d = finding("<[Restore-MsolUser]>");
        assertEquals("Restore-MsolUser is a retired MSOnline cmdlet; use Restore-MgUser instead (Microsoft Graph"
                + " PowerShell: no Microsoft.Entra cmdlet makes the same Graph request)", d.message());
        assertEquals(List.of("Restore-MgUser"), d.suggestions());
    }

    @Test
    void withoutAnyReplacementItIsAnError() {
        ScriptDiagnostic d = finding("<[Convert-MsolFederatedUser]> -UserPrincipalName x");
        assertEquals("retired-cmdlet-no-replacement", d.code());
        assertEquals(Severity.ERROR, d.severity());
        assertEquals("Convert-MsolFederatedUser is a retired MSOnline cmdlet with no Microsoft.Entra or Microsoft"
                + " Graph PowerShell replacement", d.message());
    }

    @Test
    void lookupIsCaseInsensitiveAndAWorkspaceFunctionShadowsIt() {
        assertEquals("retired-cmdlet", finding("<[get-msoluser]> -all").code());
        assertEquals(List.of(), ANALYZER.analyze(ScriptDocument.parse(
                "function Get-MsolUser { }\nGet-MsolUser -UserPrincipalName x")));
    }

    @Test
    void theRenameIsAppliedByTheFileFix() {
        String text = "Get-MsolUser -All\nGet-MsolUser -UserPrincipalName x\n";
        List<ScriptDiagnostic> found = ANALYZER.analyze(ScriptDocument.parse(text));
        String fixed = MigrationFix.apply(text, MigrationFix.fileFixes(text, found, ANALYZER));
        assertEquals("Get-EntraUser -All\nGet-MsolUser -UserPrincipalName x\n", fixed);
    }
}
