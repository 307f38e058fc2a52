package dev.entrals.docs.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.entrals.docs.DocsSource;
import dev.entrals.docs.HelpIndex;
import dev.entrals.testing.Corpus;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetches from a local HTTP server on 127.0.0.1 serving archives built here; never the real GitHub. */
class DocsFetcherTest {

    private static final String PREFIX = "entra-powershell-main/module/docs/entra-powershell-v1.0/";

    @TempDir
    Path tmp;
    HttpServer server;
    final Map<String, byte[]> bodies = new LinkedHashMap<>();
    final List<String> progress = new ArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = bodies.get(path);
            if (path.equals("/slow.zip")) {
                sleep(3000);
            }
            if (path.equals("/stalls.zip")) {
                exchange.sendResponseHeaders(200, 1000);
                exchange.getResponseBody().write(new byte[10]);
                exchange.getResponseBody().flush();
                sleep(3000);
                exchange.close();
                return;
            }
            if (path.equals("/truncated.zip")) {
                byte[] full = bodies.get("/normal.zip");
                exchange.sendResponseHeaders(200, full.length);
                exchange.getResponseBody().write(full, 0, full.length / 2);
                exchange.close();
                return;
            }
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private DocsFetcher.Result fetch(String path, String channel) throws DocsFetcher.FetchException {
        DocsFetcher.Request r = DocsFetcher.Request.of(channel, tmp.resolve("cache")).withUrl(url(path))
                .withTimeout(Duration.ofMillis(700));
        return DocsFetcher.fetch(r, (m, p) -> progress.add(m));
    }

    static String page(String name, String synopsis) {
        return TestArchives.page(name, synopsis);
    }

    static byte[] zip(Map<String, String> entries) throws IOException {
        return TestArchives.zip(entries);
    }

    private void serveNormal(String synopsis) throws IOException {
        bodies.put("/normal.zip", zip(Map.of(
                PREFIX + "Users/Get-EntraThing.md", page("Get-EntraThing", synopsis),
                PREFIX + "Set-EntraThing.md", page("Set-EntraThing", "Sets a thing."),
                "entra-powershell-main/module/docs/entra-powershell-beta/Get-EntraBetaThing.md",
                page("Get-EntraBetaThing", "Beta."),
                "entra-powershell-main/README.md", "# readme")));
    }

    private Path channelFolder(String channel) {
        return DocsCache.channel(tmp.resolve("cache"), channel);
    }

    @Test
    void normalArchiveKeepsOnlyTheChannelAndBecomesASource() throws Exception {
        serveNormal("Gets a thing.");
        DocsFetcher.Result r = fetch("/normal.zip", "v1.0");
        assertEquals(2, r.pages());
        assertEquals(channelFolder("v1.0"), r.folder());
        assertTrue(Files.isRegularFile(r.folder().resolve("Users/Get-EntraThing.md")));
        try (Stream<Path> all = Files.walk(tmp.resolve("cache"))) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().startsWith(".")).toList(),
                    "no temporary files left behind");
        }
        HelpIndex index = HelpIndex.load(StandardSources.of(List.of(), true, List.of(), java.util.Locale.US,
                tmp.resolve("cache")));
        assertEquals("fetched v1.0", index.find("Get-EntraThing").orElseThrow().source().origin());
        assertTrue(index.find("Get-EntraBetaThing").isEmpty());
        assertTrue(progress.stream().anyMatch(m -> m.startsWith("downloaded")), progress.toString());
    }

    @Test
    void theDownloadAsksTheJvmsProxySelector() throws Exception {
        serveNormal("Gets a thing.");
        List<URI> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.net.ProxySelector before = java.net.ProxySelector.getDefault();
        // https.proxyHost and the other JVM proxy properties take effect through the default selector
        java.net.ProxySelector.setDefault(new java.net.ProxySelector() {
            @Override
            public List<java.net.Proxy> select(URI uri) {
                asked.add(uri);
                return List.of(java.net.Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, java.net.SocketAddress sa, IOException e) {
            }
        });
        try {
            assertEquals(2, fetch("/normal.zip", "v1.0").pages());
        } finally {
            java.net.ProxySelector.setDefault(before);
        }
        assertTrue(asked.stream().anyMatch(u -> u.getPort() == server.getAddress().getPort()), asked.toString());
    }

    @Test
    void theDefaultArchiveIsThePublicRepositorysMainBranch() {
        DocsFetcher.Request r = DocsFetcher.Request.of("beta", tmp.resolve("cache"));
        assertEquals(URI.create("https://github.com/microsoftgraph/entra-powershell/archive/refs/heads/main.zip"),
                r.url());
        assertEquals("beta", r.channel());
    }

    @Test
    void refetchReplacesThePreviousDocs() throws Exception {
        serveNormal("First.");
        fetch("/normal.zip", "v1.0");
        Files.writeString(channelFolder("v1.0").resolve("Stale-Page.md"), page("Stale-Page", "Old."));
        serveNormal("Second.");
        fetch("/normal.zip", "v1.0");
        assertFalse(Files.exists(channelFolder("v1.0").resolve("Stale-Page.md")));
        assertTrue(Files.readString(channelFolder("v1.0").resolve("Users/Get-EntraThing.md")).contains("Second."));
    }

    @Test
    void failuresLeaveThePreviousDocsInPlace() throws Exception {
        serveNormal("Kept.");
        fetch("/normal.zip", "v1.0");
        bodies.put("/html.zip", "<html>not a zip</html>".getBytes(StandardCharsets.UTF_8));
        bodies.put("/empty.zip", zip(Map.of("x/README.md", "# nothing for the channel")));
        Map<String, String> expected = Map.of(
                "/truncated.zip", "ended early",
                "/html.zip", "not a complete zip",
                "/missing.zip", "HTTP 404",
                "/empty.zip", "no platyPS pages");
        for (Map.Entry<String, String> c : expected.entrySet()) {
            DocsFetcher.FetchException e = assertThrows(DocsFetcher.FetchException.class, () -> fetch(c.getKey(), "v1.0"));
            assertTrue(e.getMessage().contains(c.getValue()), c.getKey() + ": " + e.getMessage());
            assertTrue(Files.readString(channelFolder("v1.0").resolve("Users/Get-EntraThing.md")).contains("Kept."),
                    c.getKey());
        }
        try (Stream<Path> all = Files.walk(tmp.resolve("cache"))) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().startsWith(".")).toList());
        }
    }

    @Test
    void pathTraversalAndAbsoluteEntriesRejectTheArchive() throws Exception {
        for (String evil : List.of(PREFIX + "../../../../escaped.md", "../../x.md", "/etc/escaped.md",
                "C:/escaped.md", PREFIX + "a\\..\\..\\..\\..\\escaped.md")) {
            bodies.put("/evil.zip", zip(Map.of(PREFIX + "Get-EntraThing.md", page("Get-EntraThing", "x"),
                    evil, page("Get-Evil", "evil"))));
            DocsFetcher.FetchException e = assertThrows(DocsFetcher.FetchException.class, () -> fetch("/evil.zip", "v1.0"));
            assertTrue(e.getMessage().contains("unsafe entry name"), evil + ": " + e.getMessage());
            assertFalse(Files.exists(channelFolder("v1.0")), evil);
        }
        try (Stream<Path> all = Files.walk(tmp)) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().equals("escaped.md")));
        }
    }

    @Test
    void slowServersTimeOut() {
        for (String path : List.of("/slow.zip", "/stalls.zip")) {
            long start = System.nanoTime();
            DocsFetcher.FetchException e = assertThrows(DocsFetcher.FetchException.class, () -> fetch(path, "v1.0"));
            assertTrue(e.getMessage().contains("timed out") || e.getMessage().contains("no data for"),
                    path + ": " + e.getMessage());
            assertTrue(System.nanoTime() - start < 2_900_000_000L, path + " gave up before the server answered");
            assertFalse(Files.exists(channelFolder("v1.0")));
        }
    }

    @Test
    void unknownChannelIsRefusedBeforeAnyDownload() {
        DocsFetcher.FetchException e = assertThrows(DocsFetcher.FetchException.class, () -> fetch("/normal.zip", "v2"));
        assertTrue(e.getMessage().contains("unknown channel"));
    }

    @Test
    void corpusArchiveGivesEveryBetaPage() throws Exception {
        Path corpus = Corpus.require("entra-docs");
        Map<String, String> entries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                entries.put("entra-powershell-main/module/docs/" + corpus.relativize(f).toString().replace('\\', '/'),
                        Files.readString(f));
            }
        }
        bodies.put("/corpus.zip", zip(entries));
        long betaPages = entries.keySet().stream().filter(k -> k.contains("/entra-powershell-beta/")
                && k.endsWith(".md")).count();
        DocsFetcher.Result r = fetch("/corpus.zip", "beta");
        assertEquals(betaPages, r.pages());
        HelpIndex index = HelpIndex.load(List.of(DocsSource.folder("fetched beta", r.folder())));
        assertEquals(betaPages, index.cmdlets().size());
    }
}
