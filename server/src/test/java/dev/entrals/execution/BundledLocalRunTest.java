package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.analysis.MigrationTable;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.modules.StandardSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration helpers the engine answers on this machine ({@link LocalAnswers}, {@link EntraScriptCheck}), run
 * through the engine: {@code Test-EntraScript}, {@code Get-EntraUnsupportedCommand}, {@code Enable-EntraAzureADAlias}.
 * None sends a Graph request.
 */
class BundledLocalRunTest extends BundledRunCase {

    /** Uses one name retired with no replacement from each source, a renamed one and a nested and a piped one. */
    private static final String SCRIPT = String.join("\r\n",
            "Connect-AzureAD",
            "$u = Get-AzureADUser -Top 1",
            "Get-AzureADApplicationProxyConnector |",
            "    Where-Object { $_.Name -like 'c*' }",
            "if ($u) { get-msoldirsyncfeatures -Feature PasswordSync }",
            "\"$(Add-MsolForeignGroupToRole -RoleObjectId r)\"",
            "");

    @Test
    void testEntraScriptListsTheCommandsRetiredWithNoReplacementWithTheirLineAndCode(@TempDir Path dir)
            throws Exception {
        // Test-EntraScript.ps1:46-61: per CommandAst whose first element is in $script:MISSING_CMDS, {Name = the
        // resolved path, Line, Type = 'UnsupportedCommand', Command = the name as written, Code = its extent}
        Files.writeString(dir.resolve("old.ps1"), SCRIPT);
        RunResult r = run(RunInput.commandLine("Test-EntraScript -Path old.ps1").in(dir));
        assertEquals(RunStatus.OK, r.status(), r.text());
        String name = dir.resolve("old.ps1").toAbsolutePath().normalize().toString();
        assertEquals(List.of(
                row(name, 3, "Get-AzureADApplicationProxyConnector", "Get-AzureADApplicationProxyConnector"),
                row(name, 5, "get-msoldirsyncfeatures", "get-msoldirsyncfeatures -Feature PasswordSync"),
                row(name, 6, "Add-MsolForeignGroupToRole", "Add-MsolForeignGroupToRole -RoleObjectId r")),
                r.objects());
        String header = r.text().lines().findFirst().orElse("");
        assertTrue(header.matches("Name\\s+Line\\s+Type\\s+Command\\s+Code\\s*"), r.text());
        assertTrue(r.text().contains("get-msoldirsyncfeatures -Feature Pass"), r.text()); // cut as other cells
        assertTrue(r.notes().contains("Answered here: no Graph request."), r.notes().toString());
        assertEquals(List.of(), graph.requests);
    }

    @Test
    void theBetaModulesCallJudgesANameByItsAzureAdPreviewRow(@TempDir Path dir) throws Exception {
        // Get-AzureADApplicationProxyConnector: no Microsoft.Entra replacement (AzureAD row), but the AzureADPreview
        // row names Get-EntraBetaApplicationProxyConnector; Get-AzureADMSPrivilegedRoleAssignment has none in either
        Files.writeString(dir.resolve("old.ps1"), "Get-AzureADApplicationProxyConnector\nGet-AzureADMSPrivilegedRoleAssignment\n");
        RunResult beta = run(RunInput.commandLine("Microsoft.Entra.Beta\\Test-EntraScript old.ps1").in(dir));
        assertEquals(RunStatus.OK, beta.status(), beta.text());
        assertEquals(List.of("Get-AzureADMSPrivilegedRoleAssignment"), commands(beta));
        RunResult v1 = run(RunInput.commandLine("Test-EntraScript old.ps1").in(dir));
        assertEquals(List.of("Get-AzureADApplicationProxyConnector", "Get-AzureADMSPrivilegedRoleAssignment"),
                commands(v1));
    }

    @Test
    void everyNameTheScriptCheckListsIsOneTheAnalysisCallsRetiredWithNoReplacement() {
        MigrationTable table = MigrationTable.bundled();
        int none = 0;
        for (var row : table.all()) {
            boolean listed = EntraScriptCheck.unsupported(table, row.name(), row.fromPreview()
                    ? MigrationTable.Preference.AZURE_AD_PREVIEW : MigrationTable.Preference.AZURE_AD);
            assertEquals(row.replacementName().isEmpty(), listed, row.toString());
            none += listed ? 1 : 0;
        }
        assertTrue(none > 40, "rows with no replacement: " + none);
    }

    @Test
    void quietGivesOneTrueOrFalsePerScriptAsTheHelpSays(@TempDir Path dir) throws Exception {
        // the help: $true when the script could run under Microsoft.Entra; the code (:77, $findings -as [bool]) is
        // the inverse, an evident slip: the documented meaning is answered and the departure noted
        Files.writeString(dir.resolve("old.ps1"), SCRIPT);
        Files.writeString(dir.resolve("new.ps1"), "Get-EntraUser -Top 1\nGet-AzureADUser\n");
        RunResult r = run(RunInput.commandLine("Test-EntraScript -Path old.ps1, new.ps1 -Quiet").in(dir));
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(List.of(Map.of("Value", false), Map.of("Value", true)), r.objects());
        assertEquals("False\nTrue\n", r.text());
        assertTrue(r.notes().contains(EntraScriptCheck.QUIET_NOTE), r.notes().toString());
    }

    @Test
    void contentIsCheckedUnderTheNameThePathGives() {
        RunResult r = run(RunInput.commandLine("Test-EntraScript -Path repo/a.ps1 -Content 'Get-MsolDirSyncFeatures'"));
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(List.of(row("repo/a.ps1", 1, "Get-MsolDirSyncFeatures", "Get-MsolDirSyncFeatures")), r.objects());
        assertTrue(r.notes().contains(EntraScriptCheck.CONTENT_NOTE), r.notes().toString());
    }

    @Test
    void aMissingFileIsAnErrorNamingItAndTheOthersAreStillChecked(@TempDir Path dir) throws Exception {
        // :92-96 Resolve-Path -ErrorAction Stop in a try: Write-Error, continue; a folder: Write-Warning "Not a file"
        Files.writeString(dir.resolve("old.ps1"), SCRIPT);
        Files.createDirectory(dir.resolve("sub.ps1"));
        Path missing = dir.resolve("gone.ps1").toAbsolutePath().normalize();
        RunResult r = run(RunInput.commandLine("Test-EntraScript gone.ps1, sub.ps1, old.ps1").in(dir));
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(3, r.objects().size(), r.text());
        assertTrue(r.notes().contains("Test-EntraScript: Cannot find path '" + missing + "' because it does not"
                + " exist."), r.notes().toString());
        assertTrue(r.notes().contains("WARNING: Not a file: " + dir.resolve("sub.ps1").toAbsolutePath().normalize()),
                r.notes().toString());
        RunResult none = run(RunInput.commandLine("Test-EntraScript gone.ps1").in(dir));
        assertEquals(RunStatus.FAULT, none.status(), none.text());
        assertEquals("Test-EntraScript: Cannot find path '" + missing + "' because it does not exist.\n",
                none.text());
    }

    @Test
    void aWildcardInTheFileNameChecksEveryFileItMatches(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.ps1"), "Get-MsolDirSyncFeatures\n");
        Files.writeString(dir.resolve("a.ps1"), "Get-AzureADMSUnsupportedCommand\n");
        Files.writeString(dir.resolve("c.txt"), "Get-MsolDirSyncFeatures\n");
        RunResult r = run(RunInput.commandLine("Test-EntraScript *.ps1").in(dir));
        assertEquals(List.of("Get-AzureADMSUnsupportedCommand", "Get-MsolDirSyncFeatures"), commands(r));
    }

    @Test
    void getEntraUnsupportedCommandIsRefusedWithTheModulesMessage() {
        // Get-EntraUnsupportedCommand.ps1:6 Throw [System.NotSupportedException] "This command is not supported by …"
        RunResult r = run(RunInput.commandLine("Get-EntraUnsupportedCommand"));
        assertEquals(RunStatus.UNSUPPORTED, r.status(), r.text());
        assertEquals(2, r.status().exitCode());
        assertEquals("Get-EntraUnsupportedCommand: This command is not supported by Microsoft Entra PowerShell.\n",
                r.text());
        assertEquals(List.of(), graph.requests);
    }

    @Test
    void enableEntraAzureAdAliasChangesNothingAndItsNamesRunAsTheirEntraCommands() {
        RunResult r = run(RunInput.commandLine("Enable-EntraAzureADAlias"));
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(List.of(), r.objects());
        assertEquals(LocalAnswers.ALIASES, r.text());
        // Enable-EntraAzureADAlias.ps1:11 Get-AzureADMSIdentityProvider -> Get-EntraIdentityProvider
        RunResult alias = run(RunInput.commandLine("Get-AzureADMSIdentityProvider -WhatIf"));
        assertEquals(RunStatus.WHAT_IF, alias.status(), alias.text());
        assertEquals("Get-EntraIdentityProvider", alias.command());
        assertTrue(alias.request().get(0).contains("/identity/identityProviders"), alias.request().toString());
        assertEquals(List.of(), graph.requests);
    }

    @Test
    void everyAliasEnableEntraAzureAdAliasDefinesResolvesToItsTargetForARun() throws Exception {
        // what the answer of Enable-EntraAzureADAlias says: each Set-Alias -Name A -Value T of its file (both
        // modules) runs T here; a name both modules define runs Microsoft.Entra's command
        HelpIndex index = HelpIndex.load(StandardSources.of(List.of(), true, false));
        var runs = RunnableCommands.runs(Planners.bundled());
        Path source = dev.entrals.testing.Corpus.require("entra-module").resolve("module");
        Map<String, String> v1 = aliases(source.resolve("Entra/Microsoft.Entra/Enable-EntraAzureADAlias.ps1"));
        Map<String, String> beta = aliases(source.resolve(
                "EntraBeta/Microsoft.Entra.Beta/Enable-EntraAzureADAlias.ps1"));
        assertTrue(v1.size() > 200 && beta.size() > 200, v1.size() + " " + beta.size());
        Map<String, String> expected = new LinkedHashMap<>(beta);
        // Microsoft.Entra's alias wins, unless it names Get-EntraUnsupportedCommand where the Beta module's runs
        // (New-AzureADMSAdministrativeUnit -> New-EntraBetaAdministrativeUnit)
        v1.forEach((alias, target) -> expected.put(alias, target.equals(LocalAnswers.UNSUPPORTED)
                && beta.containsKey(alias) ? beta.get(alias) : target));
        // a target that is itself an alias resolves to nothing (left: the signatures' alias list has no entry for
        // Get-AzureADObjectByObjectId -> Get-EntraObjectByObjectId, :160, an alias of Get-EntraDirectoryObject)
        expected.replaceAll((alias, target) -> index.find(target).filter(h -> h.name().equalsIgnoreCase(target)
                && runs.test(h.name())).isPresent() ? target : "(none)");
        assertEquals(List.of("Get-AzureADObjectByObjectId"), expected.entrySet().stream()
                .filter(e -> e.getValue().equals("(none)")).map(Map.Entry::getKey).toList());
        Map<String, String> wrong = new LinkedHashMap<>();
        expected.forEach((alias, target) -> {
            String got = RunnableCommands.resolve(alias, index, runs).map(h -> h.name()).orElse("(none)");
            if (!got.equalsIgnoreCase(target)) {
                wrong.put(alias, target + " but resolves to " + got);
            }
        });
        assertEquals(Map.of(), wrong);
    }

    private static Map<String, String> aliases(Path file) throws Exception {
        Pattern alias = Pattern.compile("Set-Alias -Name (\\S+) -Value (\\S+)");
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = alias.matcher(line);
            if (m.find()) {
                out.put(m.group(1), m.group(2));
            }
        }
        return out;
    }

    private static Map<String, Object> row(String name, int line, String command, String code) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Name", name);
        row.put("Line", line);
        row.put("Type", "UnsupportedCommand");
        row.put("Command", command);
        row.put("Code", code);
        return row;
    }

    private static List<Object> commands(RunResult r) {
        List<Object> out = new ArrayList<>();
        r.objects().forEach(o -> out.add(o.get("Command")));
        return out;
    }
}
