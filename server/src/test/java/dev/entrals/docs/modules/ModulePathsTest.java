package dev.entrals.docs.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModulePathsTest {

    @Test
    void psModulePathIsSplitOnTheSeparatorInOrder() {
        assertEquals(List.of(Path.of("/a/Modules"), Path.of("/b/Modules")),
                ModulePaths.of(Map.of("PSModulePath", "/a/Modules::/b/Modules:/a/Modules"), "Linux", Path.of("/home/u"), ":"));
    }

    @Test
    void unixDefaultsWhenPsModulePathIsUnset() {
        assertEquals(List.of(Path.of("/home/u/.local/share/powershell/Modules"),
                Path.of("/usr/local/share/powershell/Modules"), Path.of("/opt/microsoft/powershell/7/Modules")),
                ModulePaths.of(Map.of(), "Linux", Path.of("/home/u"), ":"));
    }

    @Test
    void windowsDefaultsIncludeBothEditionsAndPsHome() {
        List<Path> p = ModulePaths.of(Map.of("ProgramFiles", "/pf", "PSHOME", "/pshome"), "Windows 11", Path.of("/u"), ";");
        assertEquals(Path.of("/u/Documents/PowerShell/Modules"), p.get(0));
        assertEquals(Path.of("/u/Documents/WindowsPowerShell/Modules"), p.get(1));
        assertTrue(p.contains(Path.of("/pf/PowerShell/Modules")) && p.contains(Path.of("/pf/WindowsPowerShell/Modules")));
        assertEquals(Path.of("/pshome/Modules"), p.get(p.size() - 1));
    }

    @Test
    void versionsCompareAsNumbers() {
        assertTrue(ModuleVersion.parse("1.10.0").orElseThrow().compareTo(ModuleVersion.parse("1.9.2").orElseThrow()) > 0);
        assertTrue(ModuleVersion.parse("1.0").orElseThrow().compareTo(ModuleVersion.parse("1.0.0").orElseThrow()) < 0);
        assertTrue(ModuleVersion.parse("en-US").isEmpty() && ModuleVersion.parse("1").isEmpty());
    }

    @Test
    void cacheFolderFollowsOverridesThenTheOs() {
        assertEquals(Path.of("/c"), DocsCache.folder(Map.of("ENTRA_LS_CACHE", "/c"), Map.of()));
        assertEquals(Path.of("/h/cache"), DocsCache.folder(Map.of("ENTRA_LS_HOME", "/x"), Map.of("entrals.home", "/h")));
        assertEquals(Path.of("/x/entra-ls"), DocsCache.folder(Map.of("XDG_CACHE_HOME", "/x"), Map.of("os.name", "Linux")));
        assertEquals(Path.of("/u/.cache/entra-ls"), DocsCache.folder(Map.of(), Map.of("os.name", "Linux", "user.home", "/u")));
        assertEquals(Path.of("/l/entra-ls/cache"), DocsCache.folder(Map.of("LOCALAPPDATA", "/l"), Map.of("os.name", "Windows 10")));
    }
}
