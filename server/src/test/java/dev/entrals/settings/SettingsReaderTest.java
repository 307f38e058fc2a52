package dev.entrals.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.entrals.commons.UserDirs;

import com.google.gson.JsonParser;

class SettingsReaderTest {

    private static EntraSettings read(String singleQuoted) {
        return SettingsReader.read(JsonParser.parseString(singleQuoted.replace('\'', '"'))).orElseThrow();
    }

    @Test
    void readsEverySetting() {
        EntraSettings s = read("{'settings': {'entra': {"
                + "'docs': {'paths': ['/a', '/b'], 'installedModules': false},"
                + "'diagnostics': {'severity': {'unknownParameter': 'Warning', 'retiredCmdlet': 'off', 'x': 'info'}},"
                + "'session': {'tenantId': 't', 'clientId': 'c', 'environment': 'Global', 'contextScope': 'Process',"
                + " 'redirectUri': 'http://localhost'}}}}");
        assertEquals(new DocsSettings(List.of(Path.of("/a"), Path.of("/b")), false), s.docs());
        assertEquals(Map.of("unknownParameter", Severity.WARNING, "retiredCmdlet", Severity.OFF, "x", Severity.INFORMATION),
                s.diagnostics());
        assertEquals(new SessionSettings("t", "c", "Global", "Process", "http://localhost"), s.session());
    }

    @Test
    void readsTheDocsSectionTheVsCodeClientSends() {
        // the shape vscode-client/src/settings/settingsPayload.ts makes (settingsPayload.test.ts pins it there)
        DocsSettings docs = read("{'settings': {'entra': {'docs': {'paths': ['/a'], 'installedModules': true,"
                + " 'signatures': false}, 'diagnostics': {'severity': {}}, 'session': {}}}}").docs();
        assertEquals(false, docs.signatures());
        assertEquals(true, docs.installedModules());
        assertEquals(true, read("{'settings': {'entra': {'docs': {'signatures': true}}}}").docs().signatures());
    }

    @Test
    void missingValuesTakeTheirDefaults() {
        assertEquals(EntraSettings.DEFAULT, read("{'settings': {'entra': {}}}"));
    }

    @Test
    void aBareEntraSectionIsReadToo() {
        assertEquals(List.of(Path.of("/a")), read("{'entra': {'docs': {'paths': ['/a']}}}").docs().paths());
    }

    @Test
    void noEntraSectionReadsAsNothing() {
        assertTrue(SettingsReader.read(JsonParser.parseString("{\"settings\": {\"powershell\": {}}}")).isEmpty());
        assertTrue(SettingsReader.read(JsonParser.parseString("[1, 2]")).isEmpty());
        assertTrue(SettingsReader.read(JsonParser.parseString("\"entra\"")).isEmpty());
        assertTrue(SettingsReader.read(null).isEmpty());
    }

    @Test
    void wrongTypesFallBackToDefaultsWithoutThrowing() {
        EntraSettings s = read("{'settings': {'entra': {"
                + "'docs': {'paths': {'not': 'a list'}, 'installedModules': 'maybe'},"
                + "'diagnostics': {'severity': {'unknownParameter': 'loud', 'dup': 3, 'obj': {}}},"
                + "'session': {'tenantId': ['t'], 'clientId': true}}}}");
        assertEquals(DocsSettings.DEFAULT, s.docs());
        assertEquals(Map.of(), s.diagnostics());
        assertEquals(SessionSettings.DEFAULT, s.session());
        assertEquals(EntraSettings.DEFAULT, read("{'settings': {'entra': {'docs': 5, 'diagnostics': [], 'session': 'x'}}}"));
    }

    @Test
    void aSinglePathStringIsTakenAsAListAndBlankEntriesAreSkipped() {
        assertEquals(List.of(Path.of("/only")), read("{'entra': {'docs': {'paths': '/only'}}}").docs().paths());
        assertEquals(List.of(Path.of("/a")), read("{'entra': {'docs': {'paths': ['', '  ', null, '/a', 7]}}}").docs().paths()
                .subList(0, 1));
    }

    @Test
    void homeIsExpandedInPaths() {
        assertEquals(UserDirs.current().home().resolve("docs"),
                read("{'entra': {'docs': {'paths': ['~/docs']}}}").docs().paths().get(0));
    }

    @Test
    void tildeIsTheEnvironmentsHomeBeforeUserHome() {
        UserDirs dirs = UserDirs.of(Map.of("HOME", "/scratch"), "/home/u", "Linux");
        assertEquals(List.of(Path.of("/scratch/docs"), Path.of("/scratch"), Path.of("/a/~/b")),
                SettingsReader.read(JsonParser.parseString("{\"entra\": {\"docs\": {\"paths\": [\"~/docs\", \"~\", \"/a/~/b\"]}}}"),
                        dirs).orElseThrow().docs().paths());
    }

    @Test
    void commandLineFoldersComeFirstWithoutDuplicates() {
        DocsSettings configured = new DocsSettings(List.of(Path.of("/b"), Path.of("/a")), true);
        assertEquals(List.of(Path.of("/a"), Path.of("/b")), configured.withLeadingPaths(List.of(Path.of("/a"))).paths());
    }
}
