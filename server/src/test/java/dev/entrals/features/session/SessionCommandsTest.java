package dev.entrals.features.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.entrals.lsp.InProcessServer;
import dev.entrals.lsp.RecordingClient;
import dev.entrals.features.ServerCommands;
import dev.entrals.session.EntraContext;
import dev.entrals.session.SessionTestKit;

class SessionCommandsTest {

    @TempDir
    Path home;
    SessionTestKit kit;
    InProcessServer lsp;

    @BeforeEach
    void setUp() throws Exception {
        kit = new SessionTestKit(home);
        lsp = InProcessServer.withSession(kit.newService()).initialized();
        assertTrue(lsp.client.nextSessionChanged().isJsonNull(), "nothing saved: sessionChanged null at start-up");
    }

    @AfterEach
    void tearDown() throws Exception {
        lsp.close();
        assertEquals(List.of(), SessionTestKit.blockedRequests());
    }

    static List<String> keys(JsonElement context) {
        return new ArrayList<>(context.getAsJsonObject().keySet());
    }

    @Test
    void connectWithClientSecretAnswersContextAndSendsSessionChanged() throws Exception {
        JsonElement c = lsp.execute(ServerCommands.CONNECT, SessionTestKit.secretConnect(SessionTestKit.SECRET, "Process"));
        assertEquals(EntraContext.FIELD_NAMES, keys(c));
        JsonObject o = c.getAsJsonObject();
        assertEquals(SessionTestKit.APP_ID, o.get("ClientId").getAsString());
        assertEquals(SessionTestKit.TENANT_ID, o.get("TenantId").getAsString());
        assertEquals("AppOnly", o.get("AuthType").getAsString());
        assertEquals("ClientSecret", o.get("TokenCredentialType").getAsString());
        assertEquals("Process", o.get("ContextScope").getAsString());
        assertEquals("", o.get("ClientSecret").getAsString());
        assertFalse(c.toString().contains(SessionTestKit.SECRET));
        assertEquals(c, lsp.client.nextSessionChanged());
        // progress on a token the server asked the client to create: begin ... end
        assertEquals(1, lsp.client.createdProgress.size());
        assertTrue(lsp.client.progress.get(0).getValue().getLeft() instanceof org.eclipse.lsp4j.WorkDoneProgressBegin);
        assertTrue(lsp.client.progress.get(lsp.client.progress.size() - 1).getValue().getLeft()
                instanceof org.eclipse.lsp4j.WorkDoneProgressEnd);
        assertTrue(lsp.client.logs.stream().noneMatch(m -> m.getMessage().contains(SessionTestKit.SECRET)));
    }

    @Test
    void connectUsesTheRequestsWorkDoneToken() throws Exception {
        ExecuteCommandParams p = new ExecuteCommandParams(ServerCommands.CONNECT,
                List.of(SessionTestKit.secretConnect(SessionTestKit.SECRET, "Process")));
        p.setWorkDoneToken("editor-token-7");
        lsp.server.getWorkspaceService().executeCommand(p).get(30, TimeUnit.SECONDS);
        assertEquals(List.of(), lsp.client.createdProgress);
        assertTrue(lsp.client.progress.stream().allMatch(x -> "editor-token-7".equals(x.getToken().getLeft())));
        assertFalse(lsp.client.progress.isEmpty());
    }

    @Test
    void getContextAnswersTheSessionAndNullWhenNotConnected() throws Exception {
        assertTrue(lsp.execute(ServerCommands.GET_CONTEXT).isJsonNull());
        JsonElement c = lsp.execute(ServerCommands.CONNECT, SessionTestKit.secretConnect(SessionTestKit.SECRET, "Process"));
        assertEquals(c, lsp.execute(ServerCommands.GET_CONTEXT));
    }

    @Test
    void disconnectReturnsTheContextThenNullWithAMessageForTheLensOnly() throws Exception {
        JsonElement c = lsp.execute(ServerCommands.CONNECT, SessionTestKit.secretConnect(SessionTestKit.SECRET, "CurrentUser"));
        lsp.client.nextSessionChanged();
        assertEquals(c, lsp.execute(ServerCommands.DISCONNECT));
        assertTrue(lsp.client.nextSessionChanged().isJsonNull());
        assertTrue(lsp.execute(ServerCommands.GET_CONTEXT).isJsonNull());
        lsp.client.shown.clear();
        assertTrue(lsp.execute(ServerCommands.DISCONNECT).isJsonNull()); // the editor's own command: it says so itself
        assertTrue(lsp.execute(ServerCommands.DISCONNECT, Map.of("origin", "codeLens")).isJsonNull());
        // the lens's message is the only one, so the palette call before it showed nothing
        assertEquals(List.of("No application to sign out from."),
                lsp.client.shown.stream().map(org.eclipse.lsp4j.MessageParams::getMessage).toList());
        for (String file : kit.filesText()) {
            assertFalse(file.contains(SessionTestKit.SECRET), file);
            assertFalse(file.contains("access_token") || file.contains("\"secret\""), file);
        }
    }

    @Test
    void wrongSecretGivesAClearErrorWithoutTheSecretAndKeepsTheSession() throws Exception {
        JsonElement before = lsp.execute(ServerCommands.CONNECT, SessionTestKit.secretConnect(SessionTestKit.SECRET, "Process"));
        String wrong = "wrong-Secret~value-0123456789";
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> lsp.execute(ServerCommands.CONNECT, SessionTestKit.secretConnect(wrong, "Process")));
        ResponseErrorException error = (ResponseErrorException) e.getCause();
        assertEquals(ResponseErrorCode.RequestFailed.getValue(), error.getResponseError().getCode());
        String message = error.getResponseError().getMessage();
        assertTrue(message.toLowerCase().contains("secret"), message);
        assertFalse(message.contains(wrong), message);
        assertEquals(before, lsp.execute(ServerCommands.GET_CONTEXT));
        assertTrue(lsp.client.logs.stream().noneMatch(m -> m.getMessage().contains(wrong)));
    }

    @Test
    void wrongSecretAfterACurrentUserConnectIsRefusedByTheIdentityProvider() throws Exception {
        JsonElement before = lsp.execute(ServerCommands.CONNECT,
                SessionTestKit.secretConnect(SessionTestKit.SECRET, "CurrentUser"));
        lsp.client.nextSessionChanged();
        long tokenRequests = kit.requests("token");
        String wrong = "wrong-Secret~value-9876543210";
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> lsp.execute(ServerCommands.CONNECT, SessionTestKit.secretConnect(wrong, "CurrentUser")));
        ResponseErrorException error = (ResponseErrorException) e.getCause();
        assertEquals(ResponseErrorCode.RequestFailed.getValue(), error.getResponseError().getCode());
        String message = error.getResponseError().getMessage();
        assertTrue(message.contains("AADSTS7000215"), message);
        assertFalse(message.contains(wrong), message);
        assertEquals(tokenRequests + 1, kit.requests("token"), "the wrong secret was sent to the identity provider");
        assertEquals(before, lsp.execute(ServerCommands.GET_CONTEXT), "the previous session stays");
        assertTrue(lsp.client.logs.stream().noneMatch(m -> m.getMessage().contains(wrong)));
    }

    @Test
    void connectArgumentThatIsNotAnObjectIsInvalidParams() {
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> lsp.execute(ServerCommands.CONNECT, "contoso.onmicrosoft.com"));
        ResponseErrorException error = (ResponseErrorException) e.getCause();
        assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getResponseError().getCode());
        assertEquals("entra.connect takes one JSON object argument, not a single value.",
                error.getResponseError().getMessage());
        ExecutionException typo = assertThrows(ExecutionException.class,
                () -> lsp.execute(ServerCommands.CONNECT, Map.of("tennantId", "x")));
        assertTrue(typo.getCause().getMessage().contains("Unknown connect field 'tennantId'"), typo.getCause().getMessage());
    }

    @Test
    void settingsGiveTenantClientEnvironmentAndScopeDefaults() throws Exception {
        lsp.close();
        lsp = InProcessServer.withSession(kit.newService()).initialized(InProcessServer.windowCapabilities(null), Map.of("settings",
                Map.of("entra", Map.of("session", Map.of("tenantId", SessionTestKit.TENANT_NAME,
                        "clientId", SessionTestKit.APP_ID, "environment", SessionTestKit.ENVIRONMENT,
                        "contextScope", "CurrentUser")))));
        JsonObject c = lsp.execute(ServerCommands.CONNECT, Map.of("clientSecret", SessionTestKit.SECRET))
                .getAsJsonObject();
        assertEquals(SessionTestKit.APP_ID, c.get("ClientId").getAsString());
        assertEquals(SessionTestKit.ENVIRONMENT, c.get("Environment").getAsString());
        assertEquals("CurrentUser", c.get("ContextScope").getAsString());
    }

    @Test
    void environmentsListBuiltInsAndAddedOnes() throws Exception {
        JsonElement added = lsp.execute(ServerCommands.ADD_ENVIRONMENT, Map.of("name", "Lab",
                "azureADEndpoint", "https://login.lab.example", "graphEndpoint", "https://graph.lab.example"));
        assertEquals("Lab", added.getAsJsonObject().get("Name").getAsString());
        List<String> names = new ArrayList<>();
        lsp.execute(ServerCommands.GET_ENVIRONMENTS).getAsJsonArray()
                .forEach(e -> names.add(e.getAsJsonObject().get("Name").getAsString()));
        assertEquals(List.of("Global", "China", "USGov", "USGovDoD"), names.subList(0, 4));
        assertTrue(names.containsAll(List.of(SessionTestKit.ENVIRONMENT, "Lab")), names.toString());
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> lsp.execute(ServerCommands.ADD_ENVIRONMENT, Map.of("name", "Half")));
        assertEquals(ResponseErrorCode.InvalidParams.getValue(),
                ((ResponseErrorException) e.getCause()).getResponseError().getCode());
    }

    @Test
    void serverKeepsAnsweringWhileASignInWaits() throws Exception {
        lsp.client.answer = p -> null; // the user ignores the device code
        CompletableFuture<Object> pending = lsp.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                ServerCommands.CONNECT, List.of(Map.of("flow", "deviceCode", "tenantId", SessionTestKit.TENANT_NAME,
                        "clientId", SessionTestKit.PUBLIC_APP_ID, "environment", SessionTestKit.ENVIRONMENT))));
        RecordingClient.poll(lsp.client.messageRequests, "device code message");
        assertTrue(lsp.execute(ServerCommands.GET_CONTEXT).isJsonNull());
        assertFalse(pending.isDone());
        pending.cancel(true);
    }
}
