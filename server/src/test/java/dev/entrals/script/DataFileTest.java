package dev.entrals.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFileTest {

    @Test
    void readsManifestLiteralsWithCaseInsensitiveKeys() {
        DataFile.Result r = DataFile.read("""
                # a module manifest
                @{
                  RootModule = 'X.psm1'
                  moduleversion = '1.2.3'
                  "Quoted Key" = 5
                  FunctionsToExport = @('Get-A',
                     'Set-B')
                  CmdletsToExport = 'Get-C', "Get-D"
                  AliasesToExport = '*'
                  PrivateData = @{ PSData = @{ Tags = @() ; Prerelease = $null; X = $true } }
                  RequiredModules = @(@{ModuleName='Foo'; ModuleVersion='1.0'}, 'Bar')
                  N = -3.5; H = 0x10
                  T = [version]'1.0'
                  Here = @'
                line one
                '@
                }
                """);
        assertEquals(List.of(), r.problems());
        assertEquals("1.2.3", r.string("ModuleVersion"));
        assertEquals(5L, r.values().get("quoted key"));
        assertEquals(List.of("Get-A", "Set-B"), r.strings("FunctionsToExport"));
        assertEquals(List.of("Get-C", "Get-D"), r.strings("CmdletsToExport"));
        assertEquals(List.of("*"), r.strings("AliasesToExport"));
        assertEquals(-3.5, r.values().get("N"));
        assertEquals(16L, r.values().get("H"));
        assertEquals("1.0", r.string("T"));
        assertEquals("line one", r.string("Here"));
        Map<?, ?> psData = (Map<?, ?>) ((Map<?, ?>) r.values().get("PrivateData")).get("PSData");
        assertEquals(List.of(), psData.get("Tags"));
        assertNull(psData.get("Prerelease"));
        assertEquals(Boolean.TRUE, psData.get("x"));
        List<?> required = (List<?>) r.values().get("RequiredModules");
        assertEquals("Foo", ((Map<?, ?>) required.get(0)).get("ModuleName"));
        assertEquals(List.of("Bar"), r.strings("RequiredModules"));
    }

    @Test
    void reportsCodeWithItsLineAndKeepsTheOtherKeys() {
        DataFile.Result r = DataFile.read("""
                @{
                  ModuleVersion = '2.0'
                  Bad = Get-Date
                  Var = "$env:HOME/x"
                  Sub = $(Remove-Item x)
                  FunctionsToExport = 'A'
                }
                """);
        assertEquals("2.0", r.string("ModuleVersion"));
        assertEquals(List.of("A"), r.strings("FunctionsToExport"));
        assertEquals(List.of(3, 4, 5), r.problems().stream().map(DataFile.Problem::line).toList());
        assertTrue(!r.values().containsKey("Bad") && !r.values().containsKey("Var") && !r.values().containsKey("Sub"));
    }

    @Test
    void unclosedOrMissingHashtableIsReportedNotThrown() {
        DataFile.Result open = DataFile.read("@{ ModuleVersion = '1.0'\n FunctionsToExport = @('a'");
        assertEquals("1.0", open.string("ModuleVersion"));
        assertEquals(List.of("a"), open.strings("FunctionsToExport"));
        assertTrue(open.problems().size() >= 1);
        DataFile.Result notData = DataFile.read("Write-Host hi");
        assertTrue(notData.values().isEmpty());
        assertEquals(1, notData.problems().get(0).line());
        assertTrue(DataFile.read(null).values().isEmpty());
    }
}
