package dev.entrals.features.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

import dev.entrals.StandardFeatures;
import dev.entrals.features.ServerCommands;
import dev.entrals.lsp.InProcessServer;
import dev.entrals.session.SessionTestKit;

/**
 * {@code Connect-Entra}, {@code Disconnect-Entra} and {@code Get-EntraContext} through {@code entra.run} and the
 * "▶ Run" lens, on the server's real features ({@code Features.standard}) and a real lsp4j client, signing in at the
 * identity stand-in over HTTPS: one "Run" lens per line (the run feature's), the sign-in's device code and progress
 * as {@code entra.connect} shows them, the context as the result, and the session cleared by {@code Disconnect-Entra}.
 */
class SessionCmdletsRunLspTest {

    private static final String URI = "file:///work/session.ps1";
    private static final String CONNECT = "Connect-Entra -TenantId " + SessionTestKit.TENANT_NAME + " -ClientId "
            + SessionTestKit.PUBLIC_APP_ID + " -Environment " + SessionTestKit.ENVIRONMENT + " -UseDeviceCode";
    private static final Pattern CODE = Pattern.compile("enter the code (\\S+) to");

    @TempDir
    Path home;
    SessionTestKit kit;
    InProcessServer lsp;

    @BeforeEach
    void setUp() throws Exception {
        kit = new SessionTestKit(home);
        lsp = InProcessServer.withFeatures(StandardFeatures.standard(kit.newService())).initialized();
        lsp.client.nextSessionChanged(); // start-up: nothing saved
        lsp.client.answer = p -> { // the device code, shown as entra.connect shows it to a client without entra/deviceCode
            Matcher m = CODE.matcher(p.getMessage());
            assertTrue(m.find(), p.getMessage());
            kit.approveDeviceCode(m.group(1));
            return (MessageActionItem) null;
        };
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

    /** Runs {@code entra.run} with {@code argument} and the work-done token {@code token}. */
    private JsonObject run(Object argument, String token) throws Exception {
        ExecuteCommandParams p = new ExecuteCommandParams(ServerCommands.RUN, List.of(argument));
        p.setWorkDoneToken(Either.forLeft(token));
        return new Gson().toJsonTree(lsp.server.getWorkspaceService().executeCommand(p).get(30, TimeUnit.SECONDS))
                .getAsJsonObject();
    }

    private List<WorkDoneProgressNotification> progress(String token) {
        return lsp.client.progress.stream().filter(p -> p.getToken().getLeft().equals(token))
                .map(p -> p.getValue().getLeft()).toList();
    }

    @Test
    void runningTheLensesSignsInWithTheSessionsProgressShowsTheContextAndSignsOut() throws Exception {
        List<? extends CodeLens> lenses = lenses(CONNECT + "\nGet-EntraContext\nDisconnect-Entra\n");
        lsp.client.shown.clear();
        JsonObject connected = run(lenses.get(0).getCommand().getArguments().get(0), "connect-1");
        assertEquals("ok", connected.get("status").getAsString(), connected.toString());
        assertFalse(connected.get("write").getAsBoolean(), "signing in changes no tenant: no confirmation");
        assertTrue(connected.get("single").getAsBoolean());
        JsonObject context = connected.getAsJsonArray("objects").get(0).getAsJsonObject();
        assertEquals("DeviceCode", context.get("TokenCredentialType").getAsString());
        assertEquals(SessionTestKit.USER, context.get("Account").getAsString());
        assertEquals("CurrentUser", context.get("ContextScope").getAsString());
        assertTrue(connected.get("text").getAsString().startsWith("ClientId               : "
                + SessionTestKit.PUBLIC_APP_ID + "\n"), connected.get("text").getAsString());
        assertEquals(context, lsp.client.nextSessionChanged(), "the editor hears of the new session");
        assertEquals("Connected to Entra as " + SessionTestKit.USER + " in tenant " + SessionTestKit.TENANT_ID
                + " (Delegated, CurrentUser).", lsp.client.nextShown(MessageType.Info).getMessage());
        List<WorkDoneProgressNotification> steps = progress("connect-1");
        assertEquals("Signing in to Entra", ((WorkDoneProgressBegin) steps.get(0)).getTitle());
        assertTrue(steps.stream().anyMatch(s -> s instanceof WorkDoneProgressReport r && r.getMessage() != null
                && r.getMessage().startsWith("Enter the code ")), steps.toString());

        JsonObject shown = run(lenses.get(1).getCommand().getArguments().get(0), "context-1");
        assertEquals(context, shown.getAsJsonArray("objects").get(0).getAsJsonObject());

        JsonObject signedOut = run(lenses.get(2).getCommand().getArguments().get(0), "disconnect-1");
        assertEquals("ok", signedOut.get("status").getAsString(), signedOut.toString());
        assertEquals(context, signedOut.getAsJsonArray("objects").get(0).getAsJsonObject(), "the context signed out of");
        assertTrue(lsp.client.nextSessionChanged().isJsonNull(), "the session is cleared");
        assertEquals("Signed out of Entra: " + SessionTestKit.USER + " (" + SessionTestKit.TENANT_ID + ").",
                lsp.client.nextShown(MessageType.Info).getMessage());

        JsonObject none = run(lenses.get(1).getCommand().getArguments().get(0), "context-2");
        assertEquals("ok", none.get("status").getAsString(), "no session: Get-EntraContext returns nothing");
        assertEquals(0, none.get("count").getAsInt());
        assertEquals("", none.get("text").getAsString());
        JsonObject again = run(lenses.get(2).getCommand().getArguments().get(0), "disconnect-2");
        assertEquals("fault", again.get("status").getAsString());
        assertEquals("Disconnect-Entra: No application to sign out from.\n", again.get("text").getAsString());
    }

    @Test
    void aValueThatIsNotALiteralIsAskedForAndASecretOnTheLineIsRefused() throws Exception {
        String line = "Connect-Entra -TenantId $tenant -ClientId " + SessionTestKit.PUBLIC_APP_ID + " -Environment "
                + SessionTestKit.ENVIRONMENT + " -UseDeviceCode";
        long codes = kit.requests("devicecode");
        JsonObject asked = run(Map.of("commandLine", line), "ask-1");
        assertEquals("notEvaluated", asked.get("status").getAsString(), asked.toString());
        assertEquals("[\"TenantId\"]", asked.getAsJsonArray("unevaluated").toString());
        assertEquals(codes, kit.requests("devicecode"), "nothing was started");

        JsonObject whatIf = run(Map.of("commandLine", line, "arguments", Map.of("TenantId", SessionTestKit.TENANT_NAME),
                "whatIf", true), "ask-2");
        assertEquals("whatIf", whatIf.get("status").getAsString(), whatIf.toString());
        assertTrue(whatIf.get("text").getAsString().contains("DeviceCode; environment " + SessionTestKit.ENVIRONMENT
                + "; tenant " + SessionTestKit.TENANT_NAME + "; client " + SessionTestKit.PUBLIC_APP_ID), whatIf.toString());
        assertEquals(codes, kit.requests("devicecode"), "-WhatIf signs nothing in");

        JsonObject supplied = run(Map.of("commandLine", line, "arguments", Map.of("TenantId",
                SessionTestKit.TENANT_NAME)), "ask-3");
        assertEquals("ok", supplied.get("status").getAsString(), supplied.toString());
        assertEquals(SessionTestKit.TENANT_ID, supplied.getAsJsonArray("objects").get(0).getAsJsonObject()
                .get("TenantId").getAsString());

        JsonObject aliases = run(Map.of("commandLine", "Connect-Entra User.Read, Group.Read.All " + SessionTestKit
                .TENANT_NAME + " -AppId " + SessionTestKit.PUBLIC_APP_ID + " -Device -EnvironmentName "
                + SessionTestKit.ENVIRONMENT + " -ContextScope Process", "whatIf", true), "ask-4");
        assertEquals("What if: Performing the operation \"Sign in\" on target \"DeviceCode; environment "
                + SessionTestKit.ENVIRONMENT + "; tenant " + SessionTestKit.TENANT_NAME + "; client " + SessionTestKit
                .PUBLIC_APP_ID + "; scopes User.Read, Group.Read.All; context scope Process\".", aliases.get("text")
                .getAsString().lines().findFirst().orElse(""), "positions (-Scopes 1, -TenantId 4) and aliases bind as Connect-Entra's param block says");

        JsonObject secret = run(Map.of("commandLine", "Connect-Entra -AccessToken $token"), "secret-1");
        assertEquals("unsupported", secret.get("status").getAsString(), secret.toString());
        assertEquals("[]", secret.getAsJsonArray("unevaluated").toString(), "a secret is never asked for");
        assertTrue(secret.get("text").getAsString().contains("never used"), secret.toString());
    }
}
