package dev.entrals.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Timeout;

import dev.entrals.features.Providers;
import dev.entrals.features.ServerCommands;

/** Failures, cancellation and commands: each request gets its own answer and the server carries on. */
@Timeout(60)
class RequestHandlingTest {

    private static final String URI = "file:///work/r.ps1";

    @Test
    void aFailingProviderGivesAnInternalErrorWithItsMessageAndTheServerCarriesOn() throws Exception {
        Providers failing = Providers.builder()
                .hover((d, p, c) -> {
                    if (p.getPosition().getLine() == 0) {
                        throw new IllegalStateException("boom in hover");
                    }
                    return new Hover(new MarkupContent("plaintext", "fine"));
                }).build();
        try (InProcessServer s = InProcessServer.withClient(failing)) {
            s.initialize();
            s.open(URI, "a\nb");
            ExecutionException e = assertThrows(ExecutionException.class, () -> hover(s, 0).get(5, TimeUnit.SECONDS));
            var error = ((ResponseErrorException) e.getCause()).getResponseError();
            assertEquals(ResponseErrorCode.InternalError.getValue(), error.getCode());
            assertEquals("hover failed: IllegalStateException: boom in hover", error.getMessage());
            assertEquals("fine", hover(s, 1).get(5, TimeUnit.SECONDS).getContents().getRight().getValue());
        }
    }

    @Test
    void cancelledRequestStopsItsProviderAndAnswersRequestCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch sawCancel = new CountDownLatch(1);
        Providers slow = Providers.builder().completion((d, p, c) -> {
            started.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                if (c.cancel().isCanceled()) {
                    sawCancel.countDown();
                    c.cancel().checkCanceled();
                }
                Thread.onSpinWait();
            }
            return null;
        }).build();
        try (InProcessServer s = InProcessServer.withWire(slow)) {
            LspWire wire = s.wire();
            wire.responseTo(wire.request("initialize", Json.initialize(null)));
            wire.notify("textDocument/didOpen", Json.didOpen(URI, "Get-EntraUser"));
            int id = wire.request("textDocument/completion", Json.at(URI, 0, 1));
            assertTrue(started.await(5, TimeUnit.SECONDS));
            wire.notify("$/cancelRequest", Json.of("{'id': " + id + "}"));
            assertTrue(sawCancel.await(5, TimeUnit.SECONDS), "the provider saw the cancellation");
            assertEquals(ResponseErrorCode.RequestCancelled.getValue(), Json.errorCode(wire.responseTo(id)));
        }
    }

    @Test
    void cancellingAnAnsweredRequestDoesNotReachTheClientLog() throws Exception {
        try (InProcessServer s = InProcessServer.withWire(Providers.none())) {
            LspWire wire = s.wire();
            List<JsonObject> seen = new java.util.ArrayList<>();
            wire.responseTo(wire.request("initialize", Json.initialize(null)), seen::add);
            int answered = wire.request("textDocument/hover", Json.at(URI, 0, 0));
            wire.responseTo(answered, seen::add);
            wire.notify("$/cancelRequest", Json.of("{'id': " + answered + "}"));
            wire.notify("textDocument/didClose", Json.of("{'textDocument': {'uri': 'file:///never-opened.ps1'}}"));
            wire.notify("textDocument/didChange", Json.of("{'textDocument': {'uri': 'file:///never-opened.ps1', "
                    + "'version': 2}, 'contentChanges': [{'text': 'x'}]}"));
            JsonObject log = wire.read();
            while (!log.has("method") || !log.toString().contains("ignored a change")) {
                seen.add(log);
                log = wire.read();
            }
            assertTrue(seen.stream().noneMatch(m -> m.toString().contains("Unmatched cancel")), seen.toString());
        }
    }

    @Test
    void missingPositionIsAnInvalidParamsError() throws Exception {
        try (InProcessServer s = InProcessServer.withWire(Providers.none())) {
            LspWire wire = s.wire();
            wire.responseTo(wire.request("initialize", Json.initialize(null)));
            int id = wire.request("textDocument/hover", Json.of("{'textDocument': {'uri': 'file:///x.ps1'}}"));
            assertEquals(-32602, Json.errorCode(wire.responseTo(id)));
            int noParams = wire.request("textDocument/completion", null);
            assertEquals(-32602, Json.errorCode(wire.responseTo(noParams)));
        }
    }

    @Test
    void declaredCommandWithoutHandlerFailsClearly() throws Exception {
        try (InProcessServer s = InProcessServer.withClient(Providers.none())) {
            s.initialize();
            ExecutionException e = assertThrows(ExecutionException.class, () -> s.server.getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams(ServerCommands.CONNECT, List.of())).get(5, TimeUnit.SECONDS));
            var error = ((ResponseErrorException) e.getCause()).getResponseError();
            assertEquals(ResponseErrorCode.RequestFailed.getValue(), error.getCode());
            assertTrue(error.getMessage().contains("entra.connect"));
        }
    }

    @Test
    void undeclaredCommandIsRejected() throws Exception {
        try (InProcessServer s = InProcessServer.withClient(Providers.none())) {
            s.initialize();
            ExecutionException e = assertThrows(ExecutionException.class, () -> s.server.getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams("entra.selfDestruct", List.of())).get(5, TimeUnit.SECONDS));
            assertEquals(ResponseErrorCode.InvalidParams.getValue(),
                    ((ResponseErrorException) e.getCause()).getResponseError().getCode());
        }
    }

    @Test
    void pluggedCommandReceivesItsArguments() throws Exception {
        Providers help = Providers.builder()
                .command(ServerCommands.SHOW_HELP, (args, c) -> "help for " + args.get(0).toString()).build();
        try (InProcessServer s = InProcessServer.withClient(help)) {
            s.initialize();
            Object result = s.server.getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams(ServerCommands.SHOW_HELP, List.of("Get-EntraUser")))
                    .get(5, TimeUnit.SECONDS);
            assertNotNull(result);
            assertEquals("help for \"Get-EntraUser\"", result.toString().replace("\\\"", "\""));
        }
    }

    @Test
    void commandsOutsideTheDeclaredListCannotBePlugged() {
        assertThrows(IllegalArgumentException.class, () -> Providers.builder().command("entra.undeclared", (a, c) -> null));
    }

    private static CompletableFuture<Hover> hover(InProcessServer s, int line) {
        return s.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(URI), new Position(line, 0)));
    }
}
