package dev.entrals.features.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.entrals.features.ServerCommands;
import dev.entrals.lsp.InProcessServer;
import dev.entrals.session.SessionTestKit;

/**
 * The permission lens against the local identity stand-in: signed in (interactive browser) with {@code User.Read.All}, a
 * script calling {@code Get-EntraGroupMember} is told what the session lacks, and "Reconnect with the scopes this
 * script needs" signs in again asking the stand-in for the union.
 */
class ScopeLensTest {

    private static final String URI = "file:///work/members.ps1";

    @TempDir
    Path home;
    SessionTestKit kit;
    InProcessServer lsp;
    final List<java.util.function.Supplier<String>> replies = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        kit = new SessionTestKit(home);
        lsp = InProcessServer.withSession(kit.newService()).initialized();
        // the person's browser signs in on every authorize page the server opens
        lsp.client.browser = d -> replies.add(kit.signInWithBrowser(java.net.URI.create(d.getUri())));
    }

    @AfterEach
    void tearDown() throws Exception {
        lsp.close();
        assertEquals(List.of(), SessionTestKit.blockedRequests());
    }

    private List<? extends CodeLens> lenses() throws Exception {
        return lsp.server.getTextDocumentService().codeLens(new CodeLensParams(new TextDocumentIdentifier(URI)))
                .get(10, TimeUnit.SECONDS);
    }

    private JsonObject connect(List<String> scopes) throws Exception {
        return lsp.execute(ServerCommands.CONNECT, Map.of("flow", "interactive", "tenantId", SessionTestKit.TENANT_NAME,
                "clientId", SessionTestKit.PUBLIC_APP_ID, "scopes", scopes, "environment",
                SessionTestKit.ENVIRONMENT)).getAsJsonObject();
    }

    @Test
    void aSessionMissingAScopeIsToldAndReconnectAsksTheStandInForTheUnion() throws Exception {
        lsp.open(URI, "Import-Module Microsoft.Entra\n$m = Get-EntraGroupMember -GroupId $g\n");
        assertEquals(List.of(), lenses(), "no session: no permission lens");
        connect(List.of("User.Read.All"));
        List<? extends CodeLens> lenses = lenses();
        assertEquals(List.of("The session's scopes lack GroupMember.Read.All", ScopeLens.RECONNECT),
                lenses.stream().map(l -> l.getCommand().getTitle()).toList());
        assertEquals(1, lenses.get(0).getRange().getStart().getLine(), "on the first Entra call");
        assertEquals(5, lenses.get(0).getRange().getStart().getCharacter());
        var reconnect = lenses.get(1).getCommand();
        assertEquals(ServerCommands.CONNECT, reconnect.getCommand());
        JsonElement args = new Gson().toJsonTree(reconnect.getArguments());
        JsonObject request = args.getAsJsonArray().get(0).getAsJsonObject();
        assertEquals("[\"User.Read.All\",\"GroupMember.Read.All\"]", request.get("scopes").toString());
        assertEquals("InteractiveBrowser", request.get("flow").getAsString());
        assertEquals(SessionTestKit.PUBLIC_APP_ID, request.get("clientId").getAsString());

        int before = kit.tokenScopes().size();
        int opened = replies.size();
        // the editor runs the lens's command as given
        JsonObject context = lsp.execute(reconnect.getCommand(), reconnect.getArguments().toArray()).getAsJsonObject();
        List<String> asked = kit.tokenScopes().subList(before, kit.tokenScopes().size());
        assertTrue(asked.stream().anyMatch(s -> Arrays.asList(s.split(" ")).containsAll(
                List.of("User.Read.All", "GroupMember.Read.All"))), "the stand-in was asked for the union: " + asked);
        assertTrue(context.get("Scopes").toString().contains("GroupMember.Read.All"), context.toString());
        // the reconnect signed in in the browser again (DelegatedSignIn starts msal4j's flow once more, opening the
        // browser again, when msal4j fails at its own start under load)
        assertTrue(replies.size() > opened, "the reconnect signed in in the browser again");
        String last = replies.get(replies.size() - 1).get();
        assertTrue(last.contains("Authentication complete"), last);
        assertEquals(List.of("The session's scopes cover this script"),
                lenses().stream().map(l -> l.getCommand().getTitle()).toList());
    }

    @Test
    void anAppOnlySessionIsComparedWithTheRolesOfItsToken() throws Exception {
        lsp.execute(ServerCommands.CONNECT, SessionTestKit.secretConnect(SessionTestKit.SECRET, "Process"));
        // the stand-in's app token carries roles User.Read.All and Group.Read.All
        lsp.open(URI, "Get-EntraGroupMember -GroupId $g\n");
        assertEquals(List.of("The session's app roles cover this script"),
                lenses().stream().map(l -> l.getCommand().getTitle()).toList());
        lsp.open("file:///work/apps.ps1", "Get-EntraGroupMember -GroupId $g\nGet-EntraApplication -ApplicationId $a\n");
        List<? extends CodeLens> lenses = lsp.server.getTextDocumentService().codeLens(new CodeLensParams(
                new TextDocumentIdentifier("file:///work/apps.ps1"))).get(10, TimeUnit.SECONDS);
        assertEquals(List.of("The session's app roles lack Application.Read.All"),
                lenses.stream().map(l -> l.getCommand().getTitle()).toList(), "no reconnect: the app grants roles");
    }
}
