package dev.entrals.docs.modules;

import static dev.entrals.docs.modules.ModuleFolders.manifest;
import static dev.entrals.docs.modules.ModuleFolders.maml;
import static dev.entrals.docs.modules.ModuleFolders.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar with a module path and cache of its own: help, docs sources, fetch and export as users run them. */
class ModuleDocsCliIT {

    @TempDir
    Path tmp;
    Path modules;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void modules() {
        modules = tmp.resolve("Modules");
        write(modules, "Contoso.Tools/1.10.0/Contoso.Tools.psd1",
                manifest("1.10.0", "@('Get-ContosoWidget', 'Set-ContosoWidget')", "@()", "@()"));
        write(modules, "Contoso.Tools/1.10.0/en-US/Contoso.Tools-help.xml", maml("Gets widgets.", "Get-ContosoWidget"));
    }

    private Run run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=en", "-Duser.country=US", "-jar", System.getProperty("entrals.jar")));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PSModulePath", modules.toString());
        pb.environment().put("ENTRA_LS_CACHE", tmp.resolve("cache").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out, err);
    }

    @Test
    void helpShowsInstalledModuleHelpUnlessTurnedOff() throws Exception {
        Run r = run("help", "Get-ContosoWidget");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Gets widgets."), r.out());
        Run stub = run("help", "Set-ContosoWidget");
        assertEquals(0, stub.exit(), stub.err());
        assertTrue(stub.out().contains("exports this command but installs no help"), stub.out());
        Run off = run("help", "Get-ContosoWidget", "--no-installed-modules");
        assertEquals(2, off.exit());
    }

    @Test
    void sourcesListEverySourceWithCounts() throws Exception {
        Run r = run("docs", "sources");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        // the bundled signature index comes first (602 commands of both Entra modules, 4 of them known without help: simple functions)
        assertTrue(lines.get(0).matches("module code\\s+598 pages\\s+602 commands\\s*"), r.out());
        lines = lines.subList(1, lines.size());
        assertTrue(lines.get(0).startsWith("bundled ") && lines.get(0).contains("5 pages"), r.out());
        assertTrue(lines.get(1).matches("module Contoso\\.Tools 1\\.10\\.0\\s+1 pages\\s+2 commands\\s+.*1\\.10\\.0"),
                r.out());
        assertTrue(r.out().contains("3 sources, 604 commands known"), r.out());
        Run dump = run("docs", "dump");
        int stub = dump.out().indexOf("\"name\" : \"Set-ContosoWidget\"");
        assertTrue(stub > 0 && dump.out().indexOf("\"hasHelp\" : false", stub) > stub, dump.out());
        Run off = run("docs", "sources", "--no-installed-modules");
        assertTrue(off.out().contains("2 sources, 602 commands known"), off.out());
    }

    @Test
    void fetchThenSourcesShowsTheDownloadedDocs() throws Exception {
        byte[] zip = TestArchives.zip(Map.of("repo-main/module/docs/entra-powershell-v1.0/Get-EntraThing.md",
                TestArchives.page("Get-EntraThing", "Gets a thing.")));
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/main.zip", ex -> {
            ex.sendResponseHeaders(200, zip.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(zip);
            }
        });
        http.start();
        try {
            Run r = run("docs", "fetch", "--url", "http://127.0.0.1:" + http.getAddress().getPort() + "/main.zip");
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().startsWith("Fetched 1 v1.0 pages into " + tmp.resolve("cache/docs/v1.0")), r.out());
            assertTrue(r.err().contains("downloaded"), r.err());
            Run sources = run("docs", "sources");
            assertTrue(sources.out().lines().anyMatch(l -> l.startsWith("fetched v1.0") && l.contains("1 pages")),
                    sources.out());
            assertEquals(0, run("help", "Get-EntraThing").exit());
            Run missing = run("docs", "fetch", "--channel", "beta", "--url",
                    "http://127.0.0.1:" + http.getAddress().getPort() + "/nothing.zip");
            assertEquals(1, missing.exit());
            assertTrue(missing.err().contains("HTTP 404"), missing.err());
            assertEquals(2, run("docs", "fetch", "--channel", "v9").exit());
        } finally {
            http.stop(0);
        }
    }

    @Test
    void exportWritesMamlThatHelpReadsBack() throws Exception {
        Path pages = tmp.resolve("pages");
        write(pages, "Get-EntraThing.md", TestArchives.page("Get-EntraThing", "Gets a thing."));
        Path out = tmp.resolve("out");
        Run r = run("docs", "export", "--maml", pages.toString(), "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("M-Help.xml")), r.out());
        write(modules, "M/1.0/M.psd1", manifest("1.0", "@()", "@()", "@()"));
        Files.createDirectories(modules.resolve("M/1.0/en-US"));
        Files.copy(out.resolve("M-Help.xml"), modules.resolve("M/1.0/en-US/M-Help.xml"));
        Run help = run("help", "Get-EntraThing", "--full");
        assertTrue(help.out().contains("Gets a thing.") && help.out().contains("module M 1.0"), help.out());
    }
}
