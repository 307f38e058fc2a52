package dev.entrals.features.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.entrals.lsp.InProcessServer;
import dev.entrals.lsp.RecordingClient;
import dev.entrals.features.ServerCommands;
import dev.entrals.session.SessionTestKit;

class SignInFlowsTest {

    private static final Pattern CODE = Pattern.compile("enter the code (\\S+) to");

    @TempDir
    Path home;
    SessionTestKit kit;
    InProcessServer lsp;

    @BeforeEach
    void setUp() throws Exception {
        kit = new SessionTestKit(home);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (lsp != null) {
            lsp.close();
        }
        assertEquals(List.of(), SessionTestKit.blockedRequests());
    }

    private static Map<String, Object> delegated(String flow) {
        return Map.of("flow", flow, "tenantId", SessionTestKit.TENANT_NAME, "clientId", SessionTestKit.PUBLIC_APP_ID,
                "scopes", List.of("User.Read", "Group.Read.All"), "environment", SessionTestKit.ENVIRONMENT);
    }

    private static String userCode(String message) {
        Matcher m = CODE.matcher(message);
        assertTrue(m.find(), message);
        return m.group(1);
    }

    @Test
    void deviceCodeComesAsAMessageWithActionsAndTheSignInCompletes() throws Exception {
        lsp = InProcessServer.withSession(kit.newService()).initialized();
        lsp.client.answer = p -> {
            kit.approveDeviceCode(userCode(p.getMessage()));
            return null;
        };
        JsonObject c = lsp.execute(ServerCommands.CONNECT, delegated("deviceCode")).getAsJsonObject();
        ShowMessageRequestParams asked = lsp.client.messageRequests.poll();
        assertEquals(MessageType.Info, asked.getType());
        assertTrue(asked.getMessage().contains(kit.standInUrl() + "/devicelogin"), asked.getMessage());
        assertEquals(List.of("Open browser", "Cancel"), asked.getActions().stream().map(MessageActionItem::getTitle).toList());
        assertEquals("DeviceCode", c.get("TokenCredentialType").getAsString());
        assertEquals("Delegated", c.get("AuthType").getAsString());
        assertEquals("adele@contoso.onmicrosoft.com", c.get("Account").getAsString());
        assertTrue(lsp.client.progress.stream().anyMatch(p -> p.getValue().getLeft() instanceof
                org.eclipse.lsp4j.WorkDoneProgressReport r && r.getMessage().contains("Enter the code")));
    }

    @Test
    void openBrowserActionOpensTheVerificationPageExternally() throws Exception {
        lsp = InProcessServer.withSession(kit.newService()).initialized();
        lsp.client.answer = p -> new MessageActionItem("Open browser");
        lsp.client.browser = d -> {
            if (d.getUri().endsWith("/devicelogin")) {
                ShowMessageRequestParams asked = lsp.client.messageRequests.peek();
                kit.approveDeviceCode(userCode(asked.getMessage()));
            }
        };
        lsp.execute(ServerCommands.CONNECT, delegated("deviceCode"));
        ShowDocumentParams opened = lsp.client.documents.poll(5, TimeUnit.SECONDS);
        assertEquals(kit.standInUrl() + "/devicelogin", opened.getUri());
        assertTrue(opened.getExternal());
    }

    @Test
    void deviceCodeGoesToTheCustomNotificationWhenTheClientDeclaresIt() throws Exception {
        lsp = InProcessServer.withSession(kit.newService()).initialized(InProcessServer.windowCapabilities(
                JsonParser.parseString("{\"entra\": {\"deviceCodeNotification\": true}}")), null);
        CompletableFuture<Object> connect = lsp.server.getWorkspaceService().executeCommand(
                new ExecuteCommandParams(ServerCommands.CONNECT, List.of(delegated("deviceCode"))));
        JsonObject code = RecordingClient.poll(lsp.client.deviceCodes, "entra/deviceCode").getAsJsonObject();
        assertEquals(List.of("userCode", "verificationUri", "message"), List.copyOf(code.keySet()));
        assertEquals(kit.standInUrl() + "/devicelogin", code.get("verificationUri").getAsString());
        assertEquals(userCode(code.get("message").getAsString()), code.get("userCode").getAsString());
        kit.approveDeviceCode(code.get("userCode").getAsString());
        connect.get(30, TimeUnit.SECONDS);
        assertTrue(lsp.client.messageRequests.isEmpty(), "no message request when the notification is declared");
    }

    @Test
    void cancelActionOnTheDeviceCodeMessageCancelsTheSignIn() throws Exception {
        lsp = InProcessServer.withSession(kit.newService()).initialized();
        lsp.client.answer = p -> new MessageActionItem("Cancel");
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> lsp.execute(ServerCommands.CONNECT, delegated("deviceCode")));
        assertEquals("Sign-in was cancelled.", e.getCause().getMessage());
        assertTrue(lsp.execute(ServerCommands.GET_CONTEXT).isJsonNull());
    }

    @Test
    void cancelRequestDuringAPendingDeviceCodeStopsTheSignInAndKeepsTheSession() throws Exception {
        lsp = InProcessServer.withSession(kit.newService()).initialized();
        JsonElement before = lsp.execute(ServerCommands.CONNECT,
                SessionTestKit.secretConnect(SessionTestKit.SECRET, "Process"));
        CompletableFuture<Object> pending = lsp.server.getWorkspaceService().executeCommand(
                new ExecuteCommandParams(ServerCommands.CONNECT, List.of(delegated("deviceCode"))));
        RecordingClient.poll(lsp.client.messageRequests, "device code message");
        pending.cancel(true); // $/cancelRequest
        assertEquals(before, lsp.execute(ServerCommands.GET_CONTEXT));
        // the cancelled sign-in lets go: a new sign-in is accepted within a few polls
        JsonElement after = null;
        for (int i = 0; i < 50 && after == null; i++) {
            try {
                after = lsp.execute(ServerCommands.CONNECT, SessionTestKit.secretConnect(SessionTestKit.SECRET, "Process"));
            } catch (ExecutionException busy) {
                assertTrue(busy.getCause().getMessage().contains("Another sign-in is in progress"), busy.getCause().getMessage());
                Thread.sleep(200);
            }
        }
        assertEquals(before.getAsJsonObject().get("ClientId"), after.getAsJsonObject().get("ClientId"));
        assertTrue(lsp.client.awaitLog("Connected to"), "the sign-in is logged");
    }

    @Test
    void cancellingTheProgressCancelsTheSignIn() throws Exception {
        lsp = InProcessServer.withSession(kit.newService()).initialized();
        CompletableFuture<Object> pending = lsp.server.getWorkspaceService().executeCommand(
                new ExecuteCommandParams(ServerCommands.CONNECT, List.of(delegated("deviceCode"))));
        RecordingClient.poll(lsp.client.messageRequests, "device code message");
        var begin = (org.eclipse.lsp4j.WorkDoneProgressBegin) lsp.client.progress.get(0).getValue().getLeft();
        assertTrue(begin.getCancellable());
        lsp.server.cancelProgress(new org.eclipse.lsp4j.WorkDoneProgressCancelParams(
                lsp.client.createdProgress.get(0).getToken()));
        ExecutionException e = assertThrows(ExecutionException.class, () -> pending.get(10, TimeUnit.SECONDS));
        assertEquals("Sign-in was cancelled.", e.getCause().getMessage());
        assertTrue(lsp.client.progress.get(lsp.client.progress.size() - 1).getValue().getLeft()
                instanceof org.eclipse.lsp4j.WorkDoneProgressEnd);
    }

    @Test
    void interactiveSignInOpensTheAuthorizePageExternallyAndCompletes() throws Exception {
        lsp = InProcessServer.withSession(kit.newService()).initialized();
        java.util.concurrent.atomic.AtomicReference<Supplier<String>> reply = new java.util.concurrent.atomic.AtomicReference<>();
        lsp.client.browser = d -> reply.set(kit.signInWithBrowser(URI.create(d.getUri())));
        JsonObject c = lsp.execute(ServerCommands.CONNECT, delegated("interactive")).getAsJsonObject();
        ShowDocumentParams opened = lsp.client.documents.poll();
        assertTrue(opened.getExternal());
        assertTrue(opened.getUri().startsWith(kit.standInUrl() + "/" + SessionTestKit.TENANT_NAME
                + "/oauth2/v2.0/authorize?"), opened.getUri());
        assertEquals("InteractiveBrowser", c.get("TokenCredentialType").getAsString());
        assertEquals("CurrentUser", c.get("ContextScope").getAsString());
        assertTrue(reply.get().get().contains("Authentication complete"), reply.get().get());
    }

    @Test
    void theRedirectUriSettingReachesTheBrowserSignInOnly() throws Exception {
        lsp = InProcessServer.withSession(kit.newService()).initialized(InProcessServer.windowCapabilities(null), Map.of("settings",
                Map.of("entra", Map.of("session", Map.of("redirectUri", "http://localhost")))));
        java.util.concurrent.atomic.AtomicReference<Supplier<String>> reply = new java.util.concurrent.atomic.AtomicReference<>();
        lsp.client.browser = d -> reply.set(kit.signInWithBrowser(URI.create(d.getUri())));
        JsonObject c = lsp.execute(ServerCommands.CONNECT, delegated("interactive")).getAsJsonObject();
        String authorize = lsp.client.documents.poll().getUri();
        assertTrue(authorize.contains("redirect_uri=http%3A%2F%2Flocalhost%3A"), authorize);
        assertEquals("InteractiveBrowser", c.get("TokenCredentialType").getAsString());
        assertTrue(reply.get().get().contains("Authentication complete"), reply.get().get());
    }

    @Test
    void aRedirectUriSettingThatIsNotLoopbackIsACleanError() throws Exception {
        lsp = InProcessServer.withSession(kit.newService()).initialized(InProcessServer.windowCapabilities(null), Map.of("settings",
                Map.of("entra", Map.of("session", Map.of("redirectUri", "https://evil.example/cb")))));
        ExecutionException e = assertThrows(ExecutionException.class,
                () -> lsp.execute(ServerCommands.CONNECT, delegated("interactive")));
        ResponseError error = ((ResponseErrorException) e.getCause()).getResponseError();
        assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getCode());
        assertTrue(error.getMessage().startsWith("The setting entra.session: "), error.getMessage());
        assertTrue(lsp.client.documents.isEmpty(), "no browser opened");
    }

    @Test
    void withoutShowDocumentTheAddressIsShownAsAMessage() throws Exception {
        lsp = InProcessServer.withSession(kit.newService()).initialized(new org.eclipse.lsp4j.ClientCapabilities(), null);
        CompletableFuture<Object> connect = lsp.server.getWorkspaceService().executeCommand(
                new ExecuteCommandParams(ServerCommands.CONNECT, List.of(delegated("interactive"))));
        String shown = lsp.client.nextShown(MessageType.Info).getMessage();
        assertTrue(shown.startsWith("Open this address in a browser to sign in to Entra: " + kit.standInUrl()), shown);
        kit.signInWithBrowser(URI.create(shown.substring(shown.indexOf("https://"))));
        assertEquals("InteractiveBrowser", ((JsonObject) new com.google.gson.Gson().toJsonTree(
                connect.get(30, TimeUnit.SECONDS))).get("TokenCredentialType").getAsString());
        assertTrue(lsp.client.documents.isEmpty());
        assertTrue(lsp.client.createdProgress.isEmpty() && lsp.client.progress.isEmpty(),
                "no progress for a client without window.workDoneProgress and without a token");
    }
}
