package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

import dev.entrals.features.Providers;
import dev.entrals.features.ServerCommands;
import dev.entrals.features.DocsAccess;
import dev.entrals.features.run.RunCommandHandler;
import dev.entrals.features.run.RunLensProvider;
import dev.entrals.lsp.InProcessServer;
import dev.entrals.analysis.ScopeFacts;
import dev.entrals.session.AuthType;
import dev.entrals.session.EntraContext;
import dev.entrals.session.TokenCredentialType;
import dev.entrals.session.SessionService;
import dev.entrals.session.SessionTestKit;

/**
 * {@code entra.run} through a real lsp4j client: a line of an open document and a command line, answered with
 * {@code {request, status, objects, text}}, {@code $/progress} while paging, writes held until confirmed.
 */
class RunCommandLspTest {

    private static final String URI = "file:///work/users.ps1";

    private SessionTestKit kit;
    private GraphStandIn graph;
    private SessionService session;
    private InProcessServer server;
    /** What the handler sees as the session's context: the real one unless a test shows it a delegated one. */
    private volatile EntraContext shown;

    @BeforeEach
    void start(@TempDir Path home) throws Exception {
        kit = new SessionTestKit(home);
        graph = new GraphStandIn(kit.serverTls()).users(250).object("/v1.0/groups/g-1", Map.of("id", "g-1"));
        session = GraphSessions.connect(kit, graph);
        GraphClient client = GraphSessions.client(kit, session);
        server = InProcessServer.withFeatures(docs -> {
            DocsAccess help = new DocsAccess(docs);
            return Providers.builder()
                    .command(ServerCommands.RUN, new RunCommandHandler(docs, help, TestPlanner::new, client,
                            () -> shown != null ? Optional.of(shown) : session.context()))
                    .codeLens(new RunLensProvider(help, TestPlanner::new)).build();
        });
        server.initialized();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        graph.close();
    }

    private JsonObject run(Map<String, Object> args) throws Exception {
        return server.execute(ServerCommands.RUN, args).getAsJsonObject();
    }

    @Test
    void aLineOfAnOpenDocumentRunsItsEntraCommand() throws Exception {
        server.open(URI, "# users\n$top = Get-EntraUser -Top 3 | Sort-Object DisplayName\nRemove-EntraGroup -GroupId g-1\n");
        JsonObject r = run(Map.of("uri", URI, "range", Map.of("start", Map.of("line", 1, "character", 4),
                "end", Map.of("line", 1, "character", 4))));
        assertEquals("ok", r.get("status").getAsString(), r.toString());
        assertEquals(3, r.getAsJsonArray("objects").size());
        assertEquals("User 1", r.getAsJsonArray("objects").get(0).getAsJsonObject().get("displayName").getAsString());
        assertTrue(r.get("text").getAsString().startsWith("Id "), r.toString());
        assertEquals("GET " + graph.baseUrl() + "/v1.0/users/?$select=Id,DisplayName,UserPrincipalName,Mail&$top=3",
                r.getAsJsonArray("request").get(0).getAsString());
        assertEquals("Not run (only the Entra command runs here): Sort-Object DisplayName",
                r.getAsJsonArray("notes").get(0).getAsString());
    }

    @Test
    void aRelativeFilePathOfAScriptIsReadFromTheScriptsFolder(@TempDir Path dir) throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("my scripts"));
        Files.copy(Path.of(RunCommandLspTest.class.getResource("/execution/user-cert.pem").toURI()),
                scripts.resolve("user-cert.pem"));
        String uri = scripts.resolve("check.ps1").toUri().toString();
        String line = "Get-EntraUserCertificateUserIdsFromCertificate -Path user-cert.pem";
        server.open(uri, line + "\n");
        JsonObject r = run(Map.of("uri", uri, "range", Map.of("start", Map.of("line", 0, "character", 0),
                "end", Map.of("line", 0, "character", 0))));
        assertEquals("ok", r.get("status").getAsString(), r.toString());
        assertEquals(7, r.getAsJsonArray("objects").size() == 1
                ? r.getAsJsonArray("objects").get(0).getAsJsonObject().size() : r.getAsJsonArray("objects").size(),
                r.toString());
        // the same line without a script is read from this process's working directory, where the file is not
        JsonObject elsewhere = run(Map.of("commandLine", line));
        assertEquals("fault", elsewhere.get("status").getAsString(), elsewhere.toString());
    }

    @Test
    void eachLensOfALineRunsItsOwnCommandWithTheRestOfTheLineNotRun() throws Exception {
        server.open(URI, "Get-EntraUser -Top 2; Get-EntraUser -UserId user5@contoso.com | Select-Object Id\n");
        List<? extends CodeLens> lenses = server.server.getTextDocumentService()
                .codeLens(new CodeLensParams(new TextDocumentIdentifier(URI))).get(30, TimeUnit.SECONDS);
        assertEquals(2, lenses.size());
        JsonObject second = server.execute(ServerCommands.RUN, lenses.get(1).getCommand().getArguments().toArray())
                .getAsJsonObject();
        assertEquals("ok", second.get("status").getAsString(), second.toString());
        assertTrue(second.get("single").getAsBoolean(), second.toString());
        assertEquals("[\"Not run (only the Entra command runs here): Select-Object Id\"]", second.get("notes").toString());
        JsonObject first = server.execute(ServerCommands.RUN, lenses.get(0).getCommand().getArguments().toArray())
                .getAsJsonObject();
        assertEquals(2, first.getAsJsonArray("objects").size(), first.toString());
        assertEquals(List.of("GET /v1.0/users/user5%40contoso.com?$select=Id,DisplayName,UserPrincipalName,Mail",
                "GET /v1.0/users/?$select=Id,DisplayName,UserPrincipalName,Mail&$top=2"),
                graph.requests.stream().map(GraphStandIn.Recorded::line).toList());
    }

    @Test
    void aCmdletTheTableRefusesAsAWholeHasNoLensAndItsRunSaysWhy() throws Exception {
        server.open(URI, "Get-EntraUser -Top 2\n" + TestPlanner.REFUSED + " -Top 1\n");
        List<? extends CodeLens> lenses = server.server.getTextDocumentService()
                .codeLens(new CodeLensParams(new TextDocumentIdentifier(URI))).get(30, TimeUnit.SECONDS);
        assertEquals(List.of(0), lenses.stream().map(l -> l.getRange().getStart().getLine()).toList(),
                "a lens on the first line only");
        JsonObject refused = run(Map.of("commandLine", TestPlanner.REFUSED + " -Top 1"));
        assertEquals("unsupported", refused.get("status").getAsString(), refused.toString());
        assertTrue(refused.get("text").getAsString().contains("cannot be run without PowerShell"), refused.toString());
        assertEquals(List.of(), graph.requests);
    }

    @Test
    void aWriteIsHeldUntilConfirmedAndWhatIfSendsNothing() throws Exception {
        JsonObject held = run(Map.of("commandLine", "Remove-EntraGroup -GroupId g-1 -Confirm:$false"));
        assertEquals("confirmationRequired", held.get("status").getAsString());
        assertEquals("DELETE " + graph.baseUrl() + "/v1.0/groups/g-1", held.getAsJsonArray("request").get(0).getAsString());
        JsonObject whatIf = run(Map.of("commandLine", "Remove-EntraGroup -GroupId g-1", "whatIf", true, "confirm", true));
        assertEquals("whatIf", whatIf.get("status").getAsString());
        assertEquals(List.of(), graph.requests);
        JsonObject sent = run(Map.of("commandLine", "Remove-EntraGroup -GroupId g-1", "confirm", true));
        assertEquals("ok", sent.get("status").getAsString(), sent.toString());
        assertEquals(List.of("DELETE /v1.0/groups/g-1"), graph.requests.stream().map(GraphStandIn.Recorded::line).toList());
    }

    @Test
    void suppliedArgumentsFillNonLiteralsAndGraphErrorsAreResults() throws Exception {
        JsonObject pending = run(Map.of("commandLine", "Get-EntraUser -UserId $u"));
        assertEquals("notEvaluated", pending.get("status").getAsString());
        assertTrue(pending.get("text").getAsString().contains("  -UserId $u"), pending.toString());
        assertEquals("[\"UserId\"]", pending.get("unevaluated").toString());
        JsonObject one = run(Map.of("commandLine", "Get-EntraUser -UserId $u", "arguments",
                Map.of("UserId", "user5@contoso.com")));
        assertEquals("ok", one.get("status").getAsString(), one.toString());
        assertTrue(one.get("single").getAsBoolean());
        JsonObject missing = run(Map.of("commandLine", "Get-EntraUser -UserId nobody"));
        assertEquals("graphError", missing.get("status").getAsString());
        assertTrue(missing.get("text").getAsString().contains("Status: 404 (NotFound)"), missing.toString());
    }

    @Test
    void aForbiddenCallNamesThePermissionsFromTheBundledFactsAndADelegatedSessionGetsAReconnect() throws Exception {
        List<String> expected = ScopeFacts.bundled().forCommand("Get-EntraUser").orElseThrow().delegatedScopes();
        graph.failNext(GraphStandIn.Fault.FORBIDDEN);
        JsonObject appOnly = run(Map.of("commandLine", "Get-EntraUser -Top 1"));
        assertEquals("graphError", appOnly.get("status").getAsString(), appOnly.toString());
        assertEquals(new Gson().toJson(expected), appOnly.get("scopes").toString());
        assertTrue(appOnly.get("text").getAsString().contains("Any one of these permissions would allow the call"
                + " (narrowest first): " + String.join(", ", expected)), appOnly.toString());
        assertTrue(!appOnly.has("reconnect"), "an app-only session's permissions are granted, not asked for");

        EntraContext real = session.context().orElseThrow();
        shown = new EntraContext(real.clientId(), real.tenantId(), List.of("User.Read"), AuthType.Delegated,
                TokenCredentialType.InteractiveBrowser, null, null, "admin@contoso.com", null, null, null, null, null,
                null, "GraphStandIn");
        graph.failNext(GraphStandIn.Fault.FORBIDDEN);
        JsonObject delegated = run(Map.of("commandLine", "Get-EntraUser -Top 1"));
        JsonObject reconnect = delegated.getAsJsonObject("reconnect");
        assertEquals("InteractiveBrowser", reconnect.get("flow").getAsString(), delegated.toString());
        assertEquals(new Gson().toJson(List.of("User.Read", expected.get(0))), reconnect.get("scopes").toString());
        assertEquals("GraphStandIn", reconnect.get("environment").getAsString());

        JsonObject fine = run(Map.of("commandLine", "Get-EntraUser -Top 1"));
        assertEquals("[]", fine.get("scopes").toString());
        assertTrue(!fine.has("reconnect"));
    }

    @Test
    void pagingReportsProgress() throws Exception {
        ExecuteCommandParams p = new ExecuteCommandParams(ServerCommands.RUN, List.of(new Gson().toJsonTree(
                Map.of("commandLine", "Get-EntraUser -All"))));
        p.setWorkDoneToken(Either.forLeft("run-1"));
        Object answer = server.server.getWorkspaceService().executeCommand(p).get(30, TimeUnit.SECONDS);
        JsonObject r = new Gson().toJsonTree(answer).getAsJsonObject();
        assertEquals(250, r.get("count").getAsLong());
        List<Object> kinds = server.client.progress.stream().map(n -> n.getValue().getLeft()).map(Object::getClass)
                .map(c -> (Object) c.getSimpleName()).toList();
        assertEquals(List.of("WorkDoneProgressBegin", "WorkDoneProgressReport", "WorkDoneProgressReport",
                "WorkDoneProgressEnd"), kinds);
        assertTrue(server.client.progress.get(0).getValue().getLeft() instanceof WorkDoneProgressBegin b
                && b.getMessage().equals("Page 1: 100 objects"));
        assertTrue(server.client.progress.get(3).getValue().getLeft() instanceof WorkDoneProgressEnd);
    }

    @Test
    void notConnectedIsAnErrorThatSaysToConnectFirst() throws Exception {
        session.disconnect();
        ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> run(Map.of("commandLine", "Get-EntraUser -Top 1")));
        ResponseErrorException error = (ResponseErrorException) e.getCause();
        assertEquals(ResponseErrorCode.RequestFailed.getValue(), error.getResponseError().getCode());
        assertTrue(error.getResponseError().getMessage().contains("connect first"), error.getMessage());
    }

    @Test
    void malformedArgumentsAreInvalidParams() throws Exception {
        for (Object bad : List.of(Map.of(), Map.of("commandLine", 5), Map.of("uri", URI), Map.of("commandLine", "x",
                "confirm", "yes"), Map.of("commandLine", "x", "arguments", List.of(1)))) {
            ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> server.execute(ServerCommands.RUN, bad));
            assertEquals(ResponseErrorCode.InvalidParams.getValue(),
                    ((ResponseErrorException) e.getCause()).getResponseError().getCode(), bad.toString());
        }
    }
}
