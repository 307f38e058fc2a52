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
                ModulePaths.of(Map.of("PSModulePath", "/a/Modules::/b/Modules:/a/Modules"), "Linux", "/home/u", ":"));
    }

    @Test
    void unixDefaultsWhenPsModulePathIsUnset() {
        assertEquals(List.of(Path.of("/home/u/.local/share/powershell/Modules"),
                Path.of("/usr/local/share/powershell/Modules"), Path.of("/opt/microsoft/powershell/7/Modules")),
                ModulePaths.of(Map.of(), "Linux", "/home/u", ":"));
    }

    @Test
    void theUsersModuleFolderFollowsHomeAndXdgDataHomeAsPowerShellDoes() {
        assertEquals(Path.of("/scratch/.local/share/powershell/Modules"),
                ModulePaths.of(Map.of("HOME", "/scratch"), "Linux", "/home/u", ":").get(0));
        assertEquals(Path.of("/data/powershell/Modules"),
                ModulePaths.of(Map.of("HOME", "/scratch", "XDG_DATA_HOME", "/data"), "Mac OS X", "/home/u", ":").get(0));
        assertEquals(Path.of("/scratch/.local/share/powershell/Modules"),
                ModulePaths.of(Map.of("HOME", "/scratch", "XDG_DATA_HOME", "data"), "Linux", "/home/u", ":").get(0));
        // Windows: the profile folder (user.home), never HOME
        assertEquals(Path.of("/u/Documents/PowerShell/Modules"),
                ModulePaths.of(Map.of("HOME", "/scratch"), "Windows 11", "/u", ";").get(0));
    }

    @Test
    void windowsDefaultsIncludeBothEditionsAndPsHome() {
        List<Path> p = ModulePaths.of(Map.of("ProgramFiles", "/pf", "PSHOME", "/pshome"), "Windows 11", "/u", ";");
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

    @Test
    void cacheFolderFollowsHomeBeforeUserHomeAndIgnoresARelativeXdgCacheHome() {
        Map<String, String> linux = Map.of("os.name", "Linux", "user.home", "/u");
        assertEquals(Path.of("/scratch/.cache/entra-ls"), DocsCache.folder(Map.of("HOME", "/scratch"), linux));
        assertEquals(Path.of("/scratch/.cache/entra-ls"),
                DocsCache.folder(Map.of("HOME", "/scratch", "XDG_CACHE_HOME", "cache"), linux));
        assertEquals(Path.of("/scratch/Library/Caches/entra-ls"),
                DocsCache.folder(Map.of("HOME", "/scratch"), Map.of("os.name", "Mac OS X", "user.home", "/u")));
    }
}
