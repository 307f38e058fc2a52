package dev.entrals.testing;

/**
 * The hostile documents of issue 11, made in code: each drove the server out of memory or kept its diagnostics
 * (and its exit) from ever coming. Sizes are the issue's.
 */
public final class HostileInputs {

    private HostileInputs() {
    }

    /** 30,000 lines {@code Get-EntraUser -UserId (}: 30,000 nested unclosed calls, 720 kB. */
    public static String unclosedParens() {
        return "Get-EntraUser -UserId (\n".repeat(30_000);
    }

    /** 720 kB (as UTF-8) of U+FFFD, what a decoder makes of invalid bytes, in lines of 80. */
    public static String replacementCharacters() {
        StringBuilder b = new StringBuilder(250_000);
        for (int i = 0; i < 240_000; i++) {
            b.append('\uFFFD');
            if (i % 80 == 79) {
                b.append('\n');
            }
        }
        return b.toString();
    }

    /**
     * One command continued over 500,000 lines, each ending with a backtick: {@code x `} (2 MB); the cmdlet is one of
     * the bundled pages, so its arguments are bound.
     */
    public static String backtickContinuations() {
        StringBuilder b = new StringBuilder(2_100_000).append("Add-EntraEnvironment `\n");
        b.append("x `\n".repeat(500_000));
        return b.append("-Top 1\n").toString();
    }

    /** One 10 MB line: a cmdlet then {@code -P1 v -P2 v …}. */
    public static String longLineOfParameters() {
        StringBuilder b = new StringBuilder(10_000_100).append("Get-EntraUser");
        for (int i = 1; b.length() < 10_000_000; i++) {
            b.append(" -P").append(i).append(" v");
        }
        return b.append('\n').toString();
    }

    /** 1,000,000 {@code Get-EntraUser -UserId x} separated by CR only (24 MB). */
    public static String crOnlyLines() {
        return "Get-EntraUser -UserId x\r".repeat(1_000_000);
    }

    /** A 20 MB document of ordinary lines, a retired cmdlet on each. */
    public static String twentyMegabytes() {
        String line = "Get-AzureADUser -ObjectId $id | Set-EntraUser -UserId $_.Id -AccountEnabled $true\n";
        return line.repeat(20_000_000 / line.length() + 1);
    }
}
