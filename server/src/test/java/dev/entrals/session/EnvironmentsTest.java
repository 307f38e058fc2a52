package dev.entrals.session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnvironmentsTest {

    @TempDir
    Path home;

    private SessionService service() {
        return new SessionService(new SessionPaths(home.resolve("data"), home.resolve("config")));
    }

    @Test
    void builtInEnvironmentsComeFirstWithGraphPowerShellEndpoints() {
        List<EntraEnvironment> all = service().environments();
        assertEquals(List.of("Global", "China", "USGov", "USGovDoD"), all.stream().map(EntraEnvironment::name)
                .toList());
        assertEquals("https://dod-graph.microsoft.us", all.get(3).graphEndpoint());
        assertEquals("https://login.chinacloudapi.cn/common/", all.get(1).authority(null));
    }

    @Test
    void addedEnvironmentPersistsPrivatelyAndIsListedAsUserDefined() throws Exception {
        service().addEnvironment("Canary", "https://login.microsoftonline.com/", "https://canary.graph.microsoft.com");
        EntraEnvironment canary = service().environments().get(4);
        assertEquals(new EntraEnvironment("Canary", "https://login.microsoftonline.com",
                "https://canary.graph.microsoft.com", false), canary);
        Path file = home.resolve("config").resolve("environments.json");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    }

    @Test
    void tablePrintsAsGetEntraEnvironment() {
        assertEquals("""
                Name   AzureADEndpoint                   GraphEndpoint               Type
                ----   ---------------                   -------------               ----
                Global https://login.microsoftonline.com https://graph.microsoft.com Built-in
                """, EntraEnvironment.formatTable(List.of(EntraEnvironment.BUILT_IN.get(0))));
    }

    @Test
    void builtInNameCannotBeReplaced() {
        SessionException e = assertThrows(SessionException.class,
                () -> service().addEnvironment("global", "https://a.example", "https://b.example"));
        assertEquals("'Global' is a built-in environment and cannot be replaced.", e.getMessage());
    }

    @Test
    void endpointMustBeHttps() {
        SessionException e = assertThrows(SessionException.class,
                () -> service().addEnvironment("Dev", "http://login.example", "https://graph.example"));
        assertTrue(e.getMessage().startsWith("AzureADEndpoint must be an https URL"), e.getMessage());
    }

    @Test
    void brokenEnvironmentsFileIsReportedWithLineAndNotOverwritten() throws Exception {
        Path file = home.resolve("config").resolve("environments.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "[\n{\"Name\": \"Dev\",\n");
        assertEquals(4, service().environments().size(), "built-ins still work");
        SessionException e = assertThrows(SessionException.class,
                () -> service().addEnvironment("Dev2", "https://a.example", "https://b.example"));
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertEquals("[\n{\"Name\": \"Dev\",\n", Files.readString(file));
    }

    @Test
    void unknownEnvironmentInConnectNamesTheKnownOnes() {
        SessionException e = assertThrows(SessionException.class, () -> service().connect(
                ConnectRequest.fromMap(Map.of("environment", "Mars")), SessionFixture.NO_UI,
                CancellationSignal.NONE));
        assertTrue(e.getMessage().startsWith("Unknown environment 'Mars': known environments are [Global, China"),
                e.getMessage());
    }

    @Test
    void homeOverrideHoldsDataAndConfiguration() {
        SessionPaths p = SessionPaths.resolve("/x/home", Map.of(), "Linux", "/home/u");
        assertEquals(Path.of("/x/home/context.json"), p.contextFile());
        assertEquals(Path.of("/x/home/environments.json"), p.environmentsFile());
    }

    @Test
    void xdgFoldersAreUsedOnLinuxAndLocalAppDataOnWindows() {
        SessionPaths linux = SessionPaths.resolve(null, Map.of("XDG_DATA_HOME", "/d"), "Linux", "/home/u");
        assertEquals(Path.of("/d/entra-ls"), linux.dataDir());
        assertEquals(Path.of("/home/u/.config/entra-ls"), linux.configDir());
        SessionPaths env = SessionPaths.resolve("", Map.of("ENTRA_LS_HOME", "/e"), "Linux", "/home/u");
        assertEquals(Path.of("/e"), env.dataDir());
        SessionPaths win = SessionPaths.resolve(null, Map.of("LOCALAPPDATA", "C:\\Users\\u\\AppData\\Local"),
                "Windows 11", "/home/u");
        assertTrue(win.dataDir().toString().endsWith("entra-ls"));
        assertTrue(win.dataDir().toString().startsWith("C:\\Users\\u\\AppData\\Local"));
    }

    @Test
    void homeComesFromTheEnvironmentBeforeUserHomeAndRelativeXdgIsIgnored() {
        SessionPaths p = SessionPaths.resolve(null, Map.of("HOME", "/scratch", "XDG_CONFIG_HOME", "rel/config"), "Linux",
                "/home/u");
        assertEquals(Path.of("/scratch/.local/share/entra-ls"), p.dataDir());
        assertEquals(Path.of("/scratch/.config/entra-ls"), p.configDir());
        SessionPaths noHome = SessionPaths.resolve(null, Map.of("HOME", "relative"), "Linux", "/home/u");
        assertEquals(Path.of("/home/u/.local/share/entra-ls"), noHome.dataDir());
    }
}
