package dev.entrals.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.entrals.docs.DocsSource;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.signatures.SignatureSource;
import dev.entrals.script.ScriptDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code failed-validation}: a literal the parameter's validation attributes in the module's code refuse, with
 * the bundled code facts and pages (no corpus needed).
 */
class FailedValidationTest {

    private static final ScriptAnalyzer ANALYZER = new ScriptAnalyzer(
            HelpIndex.load(List.of(DocsSource.bundledPages(), SignatureSource.bundled())), MigrationTable.bundled());

    private static List<String> findings(String script) {
        return ANALYZER.analyze(ScriptDocument.parse(script)).stream()
                .filter(d -> d.rule() == Rule.FAILED_VALIDATION)
                .map(d -> script.substring(d.start(), d.end()) + " | " + d.message()).toList();
    }

    @Test
    void aUserIdThatIsNeitherANameNorAGuidIsFlaggedWithPowerShellsMessage() {
        // Get-EntraUserManager.ps1:10-17: -match '<name>' -or -match '<GUID>', else throw "UserId must be …"
        assertEquals(List.of("bob | Cannot validate argument on parameter 'UserId'. UserId must be a valid email "
                + "address or GUID."), findings("Get-EntraUserManager -UserId bob"));
        assertEquals(List.of("'u1'"), findings("Get-EntraUserManager 'u1'").stream()
                .map(f -> f.substring(0, f.indexOf(" |"))).toList(), "bound by position");
        assertEquals(List.of("bob"), findings("Get-EntraUserManager -ObjectId bob").stream()
                .map(f -> f.substring(0, f.indexOf(" |"))).toList(), "bound through an alias");
    }

    @Test
    void validValuesAndValuesKnownOnlyAtRunTimeAreNotFlagged() {
        assertEquals(List.of(), findings("""
                Get-EntraUserManager -UserId bob@contoso.com
                Get-EntraUserManager -UserId 'BOB@CONTOSO.COM'
                Get-EntraUserManager -UserId 3fa85f64-5717-4562-b3fc-2c963f66afa6
                Get-EntraUserManager -UserId $user.Id
                Get-EntraUserManager -UserId "$name@contoso.com"
                Get-EntraUser -Filter "startswith(displayName,'a')"
                """));
    }

    @Test
    void eachElementOfAnArrayIsCheckedOnItsOwn() {
        // Resolve-EntraTenant.ps1: [string[]] -TenantId with { $_ -match "<GUID>" }: no message of its own
        List<String> f = findings("Resolve-EntraTenant -TenantId 3fa85f64-5717-4562-b3fc-2c963f66afa6, nope");
        assertEquals(1, f.size(), f.toString());
        assertEquals("nope | Cannot validate argument on parameter 'TenantId'. The \" $_ -match \"^[0-9a-fA-F]{8}-"
                + "[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$\" \" validation script for the "
                + "argument with value \"nope\" did not return a result of True. Determine why the validation script "
                + "failed, and then try the command again.", f.get(0));
    }

    @Test
    void theOtherValidationAttributesFlagWhatPowerShellWouldRefuse() {
        // Get-EntraUser.ps1: [ValidateRange(1, [int]::MaxValue)] $Top, [ValidateRange(1, 999)] $PageSize
        assertEquals(List.of("0 | Cannot validate argument on parameter 'Top'. The 0 argument is less than the minimum "
                + "allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command "
                + "again."), findings("Get-EntraUser -Top 0"));
        assertEquals(List.of("1000"), findings("Get-EntraUser -PageSize 1000").stream()
                .map(f -> f.substring(0, f.indexOf(" |"))).toList());
        // New-EntraGroup.ps1: [ValidateNotNullOrEmpty()] [ValidateLength(1, 256)] $DisplayName: the first refuses ''
        assertEquals(List.of("'' | Cannot validate argument on parameter 'DisplayName'. The argument is null or empty. "
                + "Provide an argument that is not null or empty, and then try the command again."),
                findings("New-EntraGroup -DisplayName '' -MailEnabled $false -SecurityEnabled $true -MailNickname g"));
        String name = "g".repeat(257);
        assertEquals(List.of(name + " | Cannot validate argument on parameter 'DisplayName'. The character length of "
                + "the 257 argument is too long. Shorten the character length of the argument so it is fewer than or "
                + "equal to \"256\" characters, and then try the command again."),
                findings("New-EntraGroup -DisplayName " + name + " -MailEnabled $false -SecurityEnabled $true "
                        + "-MailNickname g"));
        // New-EntraAgentUserForAgentId.ps1: [ValidatePattern('…', ErrorMessage = "…")] $UserPrincipalName
        assertEquals(List.of("'ann' | Cannot validate argument on parameter 'UserPrincipalName'. UserPrincipalName "
                + "must be a valid email address (e.g., user@domain.com)"),
                findings("New-EntraAgentUserForAgentId -UserPrincipalName 'ann'"));
        assertEquals(List.of(), findings("""
                Get-EntraUser -Top 1 -PageSize 999 -Filter "accountEnabled eq true"
                New-EntraGroup -DisplayName Sales -MailEnabled $false -SecurityEnabled $true -MailNickname s
                New-EntraAgentUserForAgentId -UserPrincipalName ann@contoso.com
                Get-EntraUser -Top $n
                """));
    }
}
