package dev.entrals.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpServer;
import dev.entrals.docs.modules.TestArchives;
import dev.entrals.features.FetchDocsCommand;
import dev.entrals.features.Providers;
import dev.entrals.features.ServerCommands;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** entra.fetchDocs through a real lsp4j client: progress when a token is sent, and the new pages answer at once. */
class FetchDocsCommandTest {

    @TempDir
    Path cache;
    HttpServer http;
    String previousCache;

    @BeforeEach
    void serveArchive() throws Exception {
        byte[] zip = TestArchives.zip(Map.of("repo-main/module/docs/entra-powershell-beta/Get-EntraBetaThing.md",
                TestArchives.page("Get-EntraBetaThing", "Gets a beta thing.")));
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/docs.zip", ex -> {
            ex.sendResponseHeaders(200, zip.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(zip);
            }
        });
        http.start();
        previousCache = System.getProperty("entrals.cache");
        System.setProperty("entrals.cache", cache.toString()); // the server's index reads the same cache
    }

    @AfterEach
    void stop() {
        http.stop(0);
        if (previousCache == null) {
            System.clearProperty("entrals.cache");
        } else {
            System.setProperty("entrals.cache", previousCache);
        }
    }

    private ExecuteCommandParams params(String path, String token) {
        JsonObject arg = new JsonObject();
        arg.addProperty("channel", "beta");
        arg.addProperty("url", "http://127.0.0.1:" + http.getAddress().getPort() + path);
        ExecuteCommandParams p = new ExecuteCommandParams(ServerCommands.FETCH_DOCS, List.of(arg));
        if (token != null) {
            p.setWorkDoneToken(Either.forLeft(token));
        }
        return p;
    }

    @Test
    void fetchReportsProgressAndTheNewPagesAnswer() throws Exception {
        try (InProcessServer s = InProcessServer.withFeatures(docs -> Providers.builder()
                .command(ServerCommands.FETCH_DOCS, new FetchDocsCommand(docs)).build())) {
            s.initialize(null, Map.of("entra", Map.of("docs", Map.of("installedModules", false))));
            Object result = s.server.getWorkspaceService().executeCommand(params("/docs.zip", "tok-1"))
                    .get(20, TimeUnit.SECONDS);
            assertTrue(result.toString().contains("pages=1") || result.toString().contains("\"pages\":1"),
                    result.toString());
            var docs = s.connection.server().runtime().docs().current();
            assertEquals("fetched beta", docs.find("Get-EntraBetaThing").orElseThrow().source().origin());
            List<Object> kinds = s.client.progress.stream().map(p -> (Object) p.getValue().getLeft()).toList();
            assertTrue(kinds.get(0) instanceof WorkDoneProgressBegin, kinds.toString());
            assertTrue(kinds.stream().anyMatch(k -> k instanceof WorkDoneProgressReport), kinds.toString());
            assertTrue(kinds.get(kinds.size() - 1) instanceof WorkDoneProgressEnd, kinds.toString());
            assertTrue(s.client.progress.stream().allMatch(p -> "tok-1".equals(p.getToken().getLeft())));
        }
    }

    @Test
    void failedFetchIsAnErrorAndSendsNoProgressWithoutAToken() throws Exception {
        try (InProcessServer s = InProcessServer.withFeatures(docs -> Providers.builder()
                .command(ServerCommands.FETCH_DOCS, new FetchDocsCommand(docs)).build())) {
            s.initialize();
            ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> s.server.getWorkspaceService().executeCommand(params("/missing.zip", null))
                            .get(20, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof ResponseErrorException, e.toString());
            assertTrue(e.getCause().getMessage().contains("HTTP 404"), e.getCause().getMessage());
            assertEquals(List.of(), s.client.progress);
        }
    }
}
