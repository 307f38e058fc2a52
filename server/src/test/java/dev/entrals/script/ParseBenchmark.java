package dev.entrals.script;

import java.util.Arrays;

/**
 * Benchmark harness (not a test): parses a realistic 10,000-line script repeatedly and prints the median time.
 * Run: {@code java -cp server/target/classes:server/target/test-classes dev.entrals.script.ParseBenchmark}.
 */
public final class ParseBenchmark {

    private static final String TEMPLATE = """
            <#
            .SYNOPSIS
              Reports users of group %1$d.
            #>
            function Get-Report%1$d {
                [CmdletBinding()]
                param(
                    [Parameter(Mandatory = $true)][string]$GroupId,
                    [int]$Top = 100,
                    [switch]$IncludeDisabled
                )
                $members = Get-EntraGroupMember -GroupId $GroupId -Top $Top -All:$false
                foreach ($m in $members) {
                    $user = Get-EntraUser -UserId $m.Id -Property DisplayName, Mail, AccountEnabled
                    if (-not $IncludeDisabled -and -not $user.AccountEnabled) { continue }
                    [pscustomobject]@{
                        Name  = $user.DisplayName
                        Mail  = "$($user.Mail)".ToLower()
                        Count = ($members | Measure-Object).Count
                    }
                }
            }
            $params = @{ Filter = "startswith(displayName,'A%1$d')"; Top = 5 }
            $users = Get-EntraUser @params | Where-Object { $_.Mail -like '*@contoso.com' } | Select-Object -First 3
            $report = Get-Report%1$d -GroupId 'aaaa-%1$d' -Top 3kb -IncludeDisabled 2>&1
            Write-Host "Found $($users.Count) users in group %1$d at $(Get-Date -Format 'o')" -ForegroundColor Green
            $body = @"
            Dear $($u.DisplayName),
            your account was reviewed.
            "@
            try {
                Set-EntraUser -UserId $users[0].Id -AccountEnabled:$true -Department 'IT' `
                    -JobTitle "Engineer"
            } catch [System.Exception] {
                Write-Error -Message $_.Exception.Message
            } finally {
                Disconnect-Entra | Out-Null
            }
            switch -Regex ($report.Name) { '^A' { Write-Verbose 'A' } default { Write-Verbose 'other' } }
            $total = 0x1F + 1.5e3 + [Math]::Max(1, 2)
            """;

    private ParseBenchmark() {
    }

    public static void main(String[] args) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (b.chars().filter(c -> c == '\n').count() < 10_000) {
            b.append(String.format(TEMPLATE, i++));
        }
        String text = b.toString();
        long lines = text.chars().filter(c -> c == '\n').count();
        for (int w = 0; w < 200; w++) {
            ScriptDocument.parse(text);
        }
        int runs = 101;
        long[] nanos = new long[runs];
        int tokens = 0;
        int commands = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            ScriptDocument doc = ScriptDocument.parse(text);
            nanos[r] = System.nanoTime() - t0;
            tokens = doc.tokens().size();
            commands = doc.commands().size();
        }
        Arrays.sort(nanos);
        System.out.printf("%d lines, %d chars, %d tokens, %d commands: median %.2f ms, p10 %.2f ms, p90 %.2f ms%n",
                lines, text.length(), tokens, commands, nanos[runs / 2] / 1e6, nanos[runs / 10] / 1e6,
                nanos[runs * 9 / 10] / 1e6);
    }
}
