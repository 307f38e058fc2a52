package dev.entrals.features.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

import dev.entrals.StandardFeatures;
import dev.entrals.commons.LineIndex;
import dev.entrals.commons.PositionEncoding;
import dev.entrals.features.ServerCommands;
import dev.entrals.lsp.InProcessServer;
import dev.entrals.session.SessionTestKit;
import dev.entrals.testing.Fixture;

/**
 * The "▶ Run" code lens of the server the editors run (the standard features, the bundled request table), through a
 * real lsp4j client: one lens per command the run can execute, over the command's range, whose command is
 * {@code entra.run} with {@code {uri, range}}.
 */
class RunLensLspTest {

    private static final String URI = "file:///work/run%20lens.ps1";
    private static final Gson GSON = new Gson();

    @TempDir
    Path home;
    InProcessServer lsp;

    @BeforeEach
    void start() throws Exception {
        lsp = InProcessServer.withFeatures(StandardFeatures.standard(new SessionTestKit(home).newService()));
        lsp.initialized();
    }

    @AfterEach
    void stop() throws Exception {
        lsp.close();
        assertEquals(List.of(), SessionTestKit.blockedRequests());
    }

    private List<? extends CodeLens> lenses(String text) throws Exception {
        lsp.open(URI, text);
        return lsp.server.getTextDocumentService().codeLens(new CodeLensParams(new TextDocumentIdentifier(URI)))
                .get(30, TimeUnit.SECONDS);
    }

    /** The Run lenses of a fixture whose {@code <[ ]>} ranges mark every command that must get one. */
    private List<? extends CodeLens> assertRunLensesOver(String marked) throws Exception {
        Fixture f = Fixture.of(marked);
        List<? extends CodeLens> run = lenses(f.text()).stream()
                .filter(l -> ServerCommands.RUN.equals(l.getCommand().getCommand())).toList();
        LineIndex index = LineIndex.of(f.text());
        assertEquals(f.ranges().stream().map(r -> new Range(position(index, r.start()), position(index, r.end())))
                .toList(), run.stream().map(CodeLens::getRange).toList(), f.text());
        return run;
    }

    private static Position position(LineIndex index, int offset) {
        var p = index.position(offset, PositionEncoding.UTF16);
        return new Position(p.line(), p.character());
    }

    @Test
    void aCmdletByNameAliasOrModuleQualifiedNameGetsARunLensOverTheCommand() throws Exception {
        List<? extends CodeLens> lenses = assertRunLensesOver("""
                Import-Module Microsoft.Entra
                $users = <[Get-EntraUser -Top 3]> | Sort-Object DisplayName
                <[get-entradirectorysubscription]>
                <[Microsoft.Entra.Users\\Get-EntraUser -Filter "startswith(displayName,'A')" `
                    -All]>
                foreach ($id in $ids) { <[Remove-EntraGroup -GroupId $id]> }
                <[Get-EntraEnvironment -Name Global]>
                """);
        for (CodeLens l : lenses) {
            assertEquals(RunLensProvider.TITLE, l.getCommand().getTitle());
            assertEquals(ServerCommands.RUN, l.getCommand().getCommand());
        }
        assertEquals("[{\"uri\":\"" + URI + "\",\"range\":{\"start\":{\"line\":1,\"character\":9},"
                + "\"end\":{\"line\":1,\"character\":29}}}]", GSON.toJson(lenses.get(0).getCommand().getArguments()));
        assertEquals(4, lenses.get(2).getRange().getEnd().getLine(), "a command over two lines: one lens, its range");
    }

    @Test
    void commentsStringsShadowingFunctionsRefusedCmdletsAndOtherCommandsGetNoRunLens() throws Exception {
        assertRunLensesOver("""
                # Get-EntraUser -Top 3
                <#
                Get-EntraUser -Top 3
                #>
                'Get-EntraUser -Top 3'
                Write-Host "users: $(Get-EntraUser -Top 3)"
                $text = @"
                Get-EntraUser -Top 3
                "@
                Get-ChildItem -Path .
                Get-EntraNoSuchCommand -Top 3
                & $command -Top 3
                """);
        // the bundled table refuses no cmdlet as a whole any more (RunCommandLspTest has such an entry written by
        // hand): these send no request of their own but are answered here (this machine's clouds; the script's
        // commands), the sign-in report from Graph's replies (CrossTenantActivity), the admin consent page
        // (ConsentPage, the table's via Start-Process), the MCP server's permission grants (McpGrants, the table's
        // via function); the retired PIM request is sent as the module evidently meant it (section sessionrun);
        // the blueprint wizard runs with its list arguments (section blueprint), so it has a lens that says what it needs
        assertRunLensesOver("""
                <[Get-EntraBetaPrivilegedRoleAssignmentRequest -ProviderId aadRoles]>
                <[Grant-EntraBetaMcpServerPermission -ApplicationName Claude]>
                <[Add-EntraBetaPermissionsToInheritToAgentIdentityBlueprintPrincipal -AgentBlueprintId 00000000-0000-0000-0000-000000000001 -Scopes User.Read]>
                <[New-EntraAgentIdentityBlueprint -DisplayName Agents]>
                <[Add-EntraInheritablePermissionsToAgentIdentityBlueprint -AgentBlueprintId bp-1]>
                <[Test-EntraScript -Path .\\script.ps1]>
                <[Get-EntraBetaCrossTenantAccessActivity -AccessDirection Outbound]>
                <[Add-EntraEnvironment -Name Contoso -AzureADEndpoint https://login.contoso.test -GraphEndpoint https://graph.contoso.test]>
                <[New-EntraGroup -DisplayName Sales -MailEnabled $false -SecurityEnabled $true -MailNickname sales]>
                """);
        assertRunLensesOver("""
                function Get-EntraGroup { param($GroupId) "local $GroupId" }
                Get-EntraGroup -GroupId g-1
                <[Microsoft.Entra.Groups\\Get-EntraGroup -GroupId g-1]>
                """);
    }

    @Test
    void theSessionCmdletsGetTheRunLensAndNoOther() throws Exception {
        List<? extends CodeLens> run = assertRunLensesOver("""
                <[Connect-Entra -TenantId contoso.onmicrosoft.com -UseDeviceCode]>
                <[Get-EntraContext]>
                <[Disconnect-Entra]>
                """);
        assertEquals(3, lenses("Connect-Entra -TenantId contoso.onmicrosoft.com -UseDeviceCode\nGet-EntraContext\n"
                + "Disconnect-Entra\n").size(), "one lens a line: the session feature adds no second Run");
        assertTrue(run.stream().allMatch(l -> l.getCommand().getTitle().equals(RunLensProvider.TITLE)));
    }

    @Test
    void theLensCommandReachesTheRunWhichAsksToConnectFirstWithoutASession() throws Exception {
        List<? extends CodeLens> lenses = assertRunLensesOver("<[Get-EntraUser -Top 3]>\n");
        ExecutionException e = assertThrows(ExecutionException.class, () -> lsp.execute(
                lenses.get(0).getCommand().getCommand(), lenses.get(0).getCommand().getArguments().toArray()));
        ResponseErrorException error = (ResponseErrorException) e.getCause();
        assertEquals(ResponseErrorCode.RequestFailed.getValue(), error.getResponseError().getCode());
        assertTrue(error.getResponseError().getMessage().contains("Connect-Entra"), error.getMessage());
    }
}
