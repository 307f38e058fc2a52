package dev.entrals.features.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.JsonElement;

import dev.entrals.lsp.InProcessServer;
import dev.entrals.lsp.RecordingClient;
import dev.entrals.commons.LineIndex;
import dev.entrals.features.ServerCommands;
import dev.entrals.session.SessionTestKit;
import dev.entrals.testing.Fixture;

class SessionLensTest {

    private static final String URI = "file:///work/connect.ps1";
    private static final Gson GSON = new Gson();

    @TempDir
    Path home;
    SessionTestKit kit;
    InProcessServer lsp;

    @BeforeEach
    void setUp() throws Exception {
        kit = new SessionTestKit(home);
        lsp = InProcessServer.withSession(kit.newService()).initialized();
    }

    @AfterEach
    void tearDown() throws Exception {
        lsp.close();
        assertEquals(List.of(), SessionTestKit.blockedRequests());
    }

    private List<? extends CodeLens> lenses(String text) throws Exception {
        lsp.open(URI, text);
        return lsp.server.getTextDocumentService().codeLens(new CodeLensParams(new TextDocumentIdentifier(URI)))
                .get(10, TimeUnit.SECONDS);
    }

    /** The lenses of a fixture whose {@code <[ ]>} ranges mark every cmdlet name that must get one. */
    private List<? extends CodeLens> assertLensesOver(String marked) throws Exception {
        Fixture f = Fixture.of(marked);
        List<? extends CodeLens> lenses = lenses(f.text());
        LineIndex index = LineIndex.of(f.text());
        assertEquals(f.ranges().stream().map(r -> range(index, r)).toList(),
                lenses.stream().map(CodeLens::getRange).toList());
        return lenses;
    }

    private static Range range(LineIndex index, Fixture.Range r) {
        return new Range(position(index, r.start()), position(index, r.end()));
    }

    private static org.eclipse.lsp4j.Position position(LineIndex index, int offset) {
        var p = index.position(offset, dev.entrals.commons.PositionEncoding.UTF16);
        return new org.eclipse.lsp4j.Position(p.line(), p.character());
    }

    private static String json(Object o) {
        return GSON.toJson(o);
    }

    @Test
    void runLensesSitOnConnectDisconnectAndGetContext() throws Exception {
        List<? extends CodeLens> lenses = assertLensesOver("""
                Import-Module Microsoft.Entra
                <[Connect-Entra]> -TenantId contoso.onmicrosoft.com -UseDeviceCode
                Get-EntraUser -Top 1 | <[Get-EntraContext]>
                if ($done) { <[Microsoft.Entra.Authentication\\Disconnect-Entra]> }
                """);
        assertEquals(List.of("Run", "Run", "Run"), lenses.stream().map(l -> l.getCommand().getTitle()).toList());
        assertEquals(List.of(ServerCommands.CONNECT, ServerCommands.GET_CONTEXT, ServerCommands.DISCONNECT),
                lenses.stream().map(l -> l.getCommand().getCommand()).toList());
        assertEquals("[{\"flow\":\"DeviceCode\",\"tenantId\":\"contoso.onmicrosoft.com\"},{\"origin\":\"codeLens\"}]",
                json(lenses.get(0).getCommand().getArguments()));
        assertEquals("[{\"origin\":\"codeLens\"}]", json(lenses.get(1).getCommand().getArguments()));
    }

    @Test
    void connectLensTakesLiteralParametersAliasesAndPositionalScopes() throws Exception {
        List<? extends CodeLens> lenses = assertLensesOver("""
                <[Connect-Entra]> 'User.Read', "Group.Read.All" -AppId 22223333-cccc-4444-dddd-5555eeee6666 -Environment:USGov -ContextScope Process -NoWelcome
                <[connect-entra]> -Identity -ClientId 0000aaaa-1111-bbbb-2222-cccc3333dddd
                """);
        assertEquals("[{\"flow\":\"InteractiveBrowser\",\"clientId\":\"22223333-cccc-4444-dddd-5555eeee6666\","
                + "\"scopes\":[\"User.Read\",\"Group.Read.All\"],\"environment\":\"USGov\",\"contextScope\":\"Process\"},"
                + "{\"origin\":\"codeLens\"}]", json(lenses.get(0).getCommand().getArguments()));
        assertEquals("[{\"flow\":\"ManagedIdentity\",\"managedIdentityClientId\":\"0000aaaa-1111-bbbb-2222-cccc3333dddd\"},"
                + "{\"origin\":\"codeLens\"}]", json(lenses.get(1).getCommand().getArguments()));
    }

    @Test
    void nonLiteralParametersAreNamedInTheTitleAndNotRun() throws Exception {
        List<? extends CodeLens> lenses = assertLensesOver("""
                <[Connect-Entra]> -TenantId $tenant -Scopes (Get-Scopes)
                <[Connect-Entra]> @params
                """);
        assertEquals("Run (not literal: -TenantId, -Scopes)", lenses.get(0).getCommand().getTitle());
        assertEquals("Run (parameters are splatted)", lenses.get(1).getCommand().getTitle());
        assertTrue(json(lenses.get(0).getCommand().getArguments()).contains("\"refused\""));
    }

    @Test
    void anAccessTokenInTheScriptNeverReachesTheLens() throws Exception {
        String token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.eyJleHAiOjk5OTk5OTk5OTl9.";
        List<? extends CodeLens> lenses = assertLensesOver("<[Connect-Entra]> -AccessToken '" + token + "'\n");
        assertEquals("Run (secrets are not read from the script)", lenses.get(0).getCommand().getTitle());
        assertFalse(json(lenses).contains(token));
        lsp.client.shown.clear();
        JsonElement result = lsp.execute(lenses.get(0).getCommand().getCommand(),
                lenses.get(0).getCommand().getArguments().toArray());
        assertTrue(result.isJsonNull());
        assertTrue(lsp.client.nextShown(MessageType.Warning).getMessage().startsWith("A secret written in the script"));
        assertTrue(lsp.execute(ServerCommands.GET_CONTEXT).isJsonNull());
    }

    @Test
    void aLineConnectEntraCannotRunGivesItsReason() throws Exception {
        List<? extends CodeLens> lenses = assertLensesOver("<[Connect-Entra]> -CertificateThumbprint ABC -ClientId x -TenantId y\n");
        assertEquals("Run (not available for this line)", lenses.get(0).getCommand().getTitle());
        lsp.execute(ServerCommands.CONNECT, lenses.get(0).getCommand().getArguments().toArray());
        assertTrue(lsp.client.nextShown(MessageType.Warning).getMessage().contains("Windows certificate store"));
    }

    @Test
    void otherCommandsGetNoLens() throws Exception {
        assertLensesOver("""
                Get-EntraUser -UserId adele@contoso.com
                & $command
                # Connect-Entra in a comment
                'Connect-Entra in a string'
                """);
    }

    @Test
    void runningTheLensesSignsInShowsTheContextAndSignsOut() throws Exception {
        String script = "Connect-Entra -TenantId " + SessionTestKit.TENANT_NAME + " -ClientId "
                + SessionTestKit.PUBLIC_APP_ID + " -Environment " + SessionTestKit.ENVIRONMENT + " -UseDeviceCode\n"
                + "Get-EntraContext\nDisconnect-Entra\n";
        List<? extends CodeLens> lenses = lenses(script);
        lsp.client.answer = p -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("enter the code (\\S+) to").matcher(p.getMessage());
            assertTrue(m.find());
            kit.approveDeviceCode(m.group(1));
            return (MessageActionItem) null;
        };
        lsp.client.nextSessionChanged(); // start-up: nothing saved
        lsp.client.shown.clear();
        JsonElement connected = lsp.execute(ServerCommands.CONNECT, lenses.get(0).getCommand().getArguments().toArray());
        assertEquals("DeviceCode", connected.getAsJsonObject().get("TokenCredentialType").getAsString());
        assertEquals("Connected to Entra as adele@contoso.onmicrosoft.com in tenant " + SessionTestKit.TENANT_ID
                + " (Delegated, CurrentUser).", lsp.client.nextShown(MessageType.Info).getMessage());
        assertTrue(lsp.client.awaitLog("TokenCredentialType    : DeviceCode"), "the full context list is in the log");
        lsp.execute(ServerCommands.GET_CONTEXT, lenses.get(1).getCommand().getArguments().toArray());
        assertEquals("Entra: adele@contoso.onmicrosoft.com in tenant " + SessionTestKit.TENANT_ID
                + " (Delegated, DeviceCode, CurrentUser).", lsp.client.nextShown(MessageType.Info).getMessage());
        assertEquals(connected, lsp.execute(ServerCommands.DISCONNECT, lenses.get(2).getCommand().getArguments().toArray()));
        assertEquals("Signed out of Entra: adele@contoso.onmicrosoft.com (" + SessionTestKit.TENANT_ID + ").",
                lsp.client.nextShown(MessageType.Info).getMessage());
    }
}
