package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A run applies the module's {@code [ValidateScript()]} as PowerShell does at binding, before anything is sent: to
 * literals, to values supplied from outside and to each element of a list.
 */
class BundledValidationRunTest extends BundledRunCase {

    private static final String USER = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    private static final String REFUSAL =
            "Cannot validate argument on parameter 'UserId'. UserId must be a valid email address or GUID.";

    @Override
    protected void serve(GraphStandIn standIn) {
        standIn.object("/v1.0/users/" + USER + "/manager", Map.of("id", "m-1", "displayName", "Boss"));
    }

    @Test
    void aLiteralTheValidationRefusesIsNotRunAndNothingIsSent() {
        // Get-EntraUserManager.ps1:10-17: -match '<name>' -or -match '<GUID>' { return $true }, else the throw
        RunResult r = run(RunInput.commandLine("Get-EntraUserManager -UserId bob"));
        assertEquals(RunStatus.NOT_EVALUATED, r.status(), r.text());
        assertTrue(r.text().contains(REFUSAL), r.text());
        RunResult write = run(RunInput.commandLine("Remove-EntraUserManager -UserId bob").confirm());
        assertEquals(RunStatus.NOT_EVALUATED, write.status(), write.text());
        assertEquals(List.of(), sent());
    }

    @Test
    void aValidValueRunsAndASuppliedValueIsCheckedToo() {
        RunResult ok = run(RunInput.commandLine("Get-EntraUserManager -UserId " + USER));
        assertEquals(RunStatus.OK, ok.status(), ok.text());
        assertEquals(List.of("GET /v1.0/users/" + USER + "/manager"),
                sent().stream().map(s -> s.replaceAll("\\?.*", "")).toList());
        String line = "Get-EntraUserManager -UserId $user";
        RunResult supplied = run(new RunInput(line, 0, line.length(), Map.of("UserId", "not a user"), false, false,
                null, 0));
        assertEquals(RunStatus.NOT_EVALUATED, supplied.status(), supplied.text());
        assertTrue(supplied.text().contains(REFUSAL), supplied.text());
        assertEquals(1, graph.requests.size(), "the refused call sent nothing");
    }

    @Test
    void eachValueOfAListIsChecked() {
        // Resolve-EntraTenant.ps1: [string[]] -TenantId { $_ -match "<GUID>" }, PowerShell's standard sentence
        RunResult r = run(RunInput.commandLine("Resolve-EntraTenant -TenantId " + USER + ", 'contoso'"));
        assertEquals(RunStatus.NOT_EVALUATED, r.status(), r.text());
        assertTrue(r.text().contains("Cannot validate argument on parameter 'TenantId'. The \" $_ -match"), r.text());
        assertTrue(r.text().contains("for the argument with value \"contoso\" did not return a result of True."),
                r.text());
        assertEquals(List.of(), sent());
    }

    @Test
    void rangesLengthsAndEmptyValuesAreRefusedAsPowerShellDoesAndNothingIsSent() {
        // Get-EntraUser.ps1: [ValidateRange(1, [int]::MaxValue)] $Top; [ValidateRange(1, 999)] $PageSize
        RunResult top = run(RunInput.commandLine("Get-EntraUser -Top 0"));
        assertEquals(RunStatus.NOT_EVALUATED, top.status(), top.text());
        assertTrue(top.text().contains("Cannot validate argument on parameter 'Top'. The 0 argument is less than the "
                + "minimum allowed range of 1."), top.text());
        RunResult page = run(RunInput.commandLine("Get-EntraUser -All -PageSize 1000"));
        assertTrue(page.text().contains("The 1000 argument is greater than the maximum allowed range of 999."),
                page.text());
        // New-EntraGroup.ps1: [ValidateNotNullOrEmpty()] [ValidateLength(1, 256)] $DisplayName, a write confirmed
        RunResult empty = run(RunInput.commandLine("New-EntraGroup -DisplayName '' -MailEnabled $false "
                + "-SecurityEnabled $true -MailNickname g").confirm());
        assertEquals(RunStatus.NOT_EVALUATED, empty.status(), empty.text());
        assertTrue(empty.text().contains("Cannot validate argument on parameter 'DisplayName'. The argument is null or "
                + "empty."), empty.text());
        RunResult longName = run(RunInput.commandLine("New-EntraGroup -DisplayName " + "g".repeat(257)
                + " -MailEnabled $false -SecurityEnabled $true -MailNickname g").confirm());
        assertTrue(longName.text().contains("The character length of the 257 argument is too long."), longName.text());
        assertEquals(List.of(), sent());
    }
}
