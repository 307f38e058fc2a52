package dev.entrals.docs.modules;

import static dev.entrals.docs.modules.ModuleFolders.manifest;
import static dev.entrals.docs.modules.ModuleFolders.maml;
import static dev.entrals.docs.modules.ModuleFolders.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.DocDiagnostic;
import dev.entrals.docs.DocsSource;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.SourceSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstalledModulesTest {

    @TempDir
    Path tmp;
    Path modules;

    @BeforeEach
    void buildModulePath() {
        modules = tmp.resolve("Modules");
        String exports = "@('Get-ContosoWidget', 'Set-ContosoWidget')";
        write(modules, "Contoso.Tools/1.9.0/Contoso.Tools.psd1", manifest("1.9.0", exports, "@()", "@()"));
        write(modules, "Contoso.Tools/1.9.0/en-US/Contoso.Tools-help.xml", maml("Old help.", "Get-ContosoWidget"));
        write(modules, "Contoso.Tools/1.10.0/Contoso.Tools.psd1", manifest("1.10.0", exports, "@()", "@()"));
        write(modules, "Contoso.Tools/1.10.0/en-US/Contoso.Tools-help.xml", maml("Gets widgets.", "Get-ContosoWidget"));
        write(modules, "Contoso.Tools/1.10.0/de-DE/Contoso.Tools-help.xml", maml("Ruft Widgets ab.", "Get-ContosoWidget"));
        write(modules, "Contoso.Tools/not-a-version/Contoso.Tools.psd1", manifest("9.9", exports, "@()", "@()"));
        write(modules, "NoHelp.Module/2.0/NoHelp.Module.psd1",
                manifest("2.0", "@('Get-NoHelp', 'Set-NoHelp', 'Get-*')", "'*'", "'gnh'"));
        write(modules, "Flat.Module/Flat.Module.psd1", manifest("0.1", "'Get-Flat'", "@()", "@()"));
        write(modules, "Flat.Module/en-US/Flat.Module-help.xml", maml("Flat help.", "Get-Flat"));
        write(modules, "Broken.Manifest/1.0/Broken.Manifest.psd1", "@{\n ModuleVersion = '1.0'\n Bad = Get-Date\n");
        write(modules, "Broken.Manifest/1.0/en-US/Broken.Manifest-help.xml", maml("Still read.", "Get-Broken"));
        String broken = maml("Broken xml.", "Get-First", "Get-Second", "Get-Third")
                .replace("<command:name>Get-Second</command:name>", "<command:name>Get-Second</command:nam>");
        write(modules, "Broken.Xml/1.0/Broken.Xml.psd1", manifest("1.0", "@('Get-First','Get-Second','Get-Third')",
                "@()", "@()"));
        write(modules, "Broken.Xml/1.0/en-US/Broken.Xml-help.xml", broken);
        write(modules, "Empty.Folder/readme.txt", "not a module");
    }

    private HelpIndex index(Locale culture, Path... moreRoots) {
        List<Path> roots = new ArrayList<>(List.of(moreRoots));
        roots.add(modules);
        List<DocsSource> sources = new ArrayList<>();
        sources.add(DocsSource.bundledPages());
        sources.addAll(InstalledModules.sources(roots, culture));
        return HelpIndex.load(sources);
    }

    @Test
    void newestVersionComparedAsVersionsWins() {
        CmdletHelp help = index(Locale.US).find("Get-ContosoWidget").orElseThrow();
        assertEquals("Gets widgets.", help.synopsis());
        assertEquals("module Contoso.Tools 1.10.0", help.source().origin());
        assertEquals("Contoso.Tools", help.module());
    }

    @Test
    void usersCultureFirstThenEnglish() {
        assertEquals("Ruft Widgets ab.", index(Locale.GERMANY).find("Get-ContosoWidget").orElseThrow().synopsis());
        assertEquals("Gets widgets.", index(Locale.FRANCE).find("Get-ContosoWidget").orElseThrow().synopsis());
        assertEquals(List.of("fr-FR", "fr", "en-US"), ModuleDiscovery.cultures(Locale.FRANCE));
    }

    @Test
    void exportedCommandsWithoutHelpAreKnownButFlagged() {
        HelpIndex index = index(Locale.US);
        CmdletHelp stub = index.find("get-nohelp").orElseThrow();
        assertFalse(stub.hasHelp());
        assertEquals("NoHelp.Module", stub.module());
        assertTrue(index.find("gnh").isPresent());
        assertTrue(index.names().contains("Set-ContosoWidget"), "exported by the manifest, no help page");
        assertFalse(index.names().contains("Get-*"), "wildcard exports name no command");
        assertTrue(index.find("Get-ContosoWidget").orElseThrow().hasHelp());
        assertTrue(index.find("Connect-Entra").orElseThrow().hasHelp());
    }

    @Test
    void helpOfANestedModuleFolderIsFound() {
        write(modules, "Meta.Module/3.0/Meta.Module.psd1", "@{ ModuleVersion = '3.0'\n"
                + " NestedModules = @('Sub\\Sub.psd1', 'Microsoft.PowerShell.Utility', '..\\..\\Contoso.Tools')\n}");
        write(modules, "Meta.Module/3.0/Sub/en-US/Sub-help.xml", maml("Nested help.", "Get-Nested"));
        HelpIndex index = index(Locale.US);
        CmdletHelp nested = index.find("Get-Nested").orElseThrow();
        assertEquals("Nested help.", nested.synopsis());
        assertEquals("Meta.Module", nested.module());
    }

    @Test
    void moduleWithoutVersionFolderLoads() {
        CmdletHelp flat = index(Locale.US).find("Get-Flat").orElseThrow();
        assertEquals("Flat help.", flat.synopsis());
        assertEquals("module Flat.Module 0.1", flat.source().origin(), "version from the manifest");
    }

    @Test
    void manifestListsRequiredAndNestedModulesInBothForms() {
        ModuleManifest m = ModuleManifest.read("""
                @{
                  ModuleVersion = '2.3'
                  RequiredModules = @('Microsoft.Graph.Authentication', @{ModuleName='X'; ModuleVersion='1.0'})
                  NestedModules = @{ ModuleName = 'Inner'; RequiredVersion = '0.2' }, 'Sub\\Sub.psd1'
                }
                """, "M.psd1");
        assertEquals(List.of(), m.diagnostics());
        assertEquals("2.3", m.moduleVersion());
        assertEquals(List.of("Microsoft.Graph.Authentication", "X"), m.requiredModules());
        assertEquals(List.of("Inner", "Sub\\Sub.psd1"), m.nestedModules());
        assertEquals(List.of(), ModuleManifest.read("@{ ModuleVersion = '1.0' }", "N.psd1").requiredModules());
    }

    @Test
    void brokenManifestIsReportedAndItsHelpStillLoads() {
        HelpIndex index = index(Locale.US);
        assertEquals("Still read.", index.find("Get-Broken").orElseThrow().synopsis());
        DocDiagnostic d = index.diagnostics().stream().filter(x -> x.kind().equals("invalid-manifest")).findFirst()
                .orElseThrow();
        assertTrue(d.file().endsWith("Broken.Manifest.psd1"), d.format());
        assertEquals(3, d.line());
    }

    @Test
    void brokenXmlIsReportedAndTheRestLoads() {
        HelpIndex index = index(Locale.US);
        assertEquals("Broken xml.", index.find("Get-First").orElseThrow().synopsis());
        assertEquals("Broken xml.", index.find("Get-Third").orElseThrow().synopsis());
        assertTrue(index.find("Get-Second").isPresent(), "exported by the manifest, so still known");
        DocDiagnostic d = index.diagnostics().stream().filter(x -> x.kind().equals("invalid-xml")).findFirst()
                .orElseThrow();
        assertTrue(d.file().endsWith("Broken.Xml-help.xml") && d.line() > 1, d.format());
        assertEquals(1, index.diagnostics().stream().filter(x -> x.kind().equals("invalid-xml")).count());
    }

    @Test
    void firstModuleFolderWithTheModuleWins() {
        Path first = tmp.resolve("First");
        write(first, "Contoso.Tools/0.5/Contoso.Tools.psd1", manifest("0.5", "@()", "@()", "@()"));
        write(first, "Contoso.Tools/0.5/en-US/Contoso.Tools-help.xml", maml("From the first folder.", "Get-ContosoWidget"));
        assertEquals("From the first folder.", index(Locale.US, first).find("Get-ContosoWidget").orElseThrow().synopsis());
    }

    @Test
    void precedenceIsBundledThenModulesThenFolders() {
        write(modules, "Entra.Override/1.0/Entra.Override.psd1", manifest("1.0", "@('Connect-Entra')", "@()", "@()"));
        write(modules, "Entra.Override/1.0/en-US/Entra.Override-help.xml", maml("From the module.", "Connect-Entra"));
        write(modules, "Stub.Only/1.0/Stub.Only.psd1", manifest("1.0", "@('Disconnect-Entra')", "@()", "@()"));
        HelpIndex withModules = index(Locale.US);
        assertEquals("From the module.", withModules.find("Connect-Entra").orElseThrow().synopsis());
        assertTrue(withModules.find("Disconnect-Entra").orElseThrow().hasHelp(), "a stub never hides real help");

        Path folder = tmp.resolve("docs");
        write(folder, "Connect-Entra.md", "---\nModule Name: X\nschema: 2.0.0\ntitle: Connect-Entra\n---\n\n"
                + "# Connect-Entra\n\n## SYNOPSIS\n\nFrom the folder.\n\n## SYNTAX\n\n```\nConnect-Entra\n```\n");
        HelpIndex all = HelpIndex.load(StandardSources.of(List.of(folder), true, List.of(modules), Locale.US,
                tmp.resolve("no-cache")));
        assertEquals("From the folder.", all.find("Connect-Entra").orElseThrow().synopsis());
    }

    @Test
    void sourcesReportWhatEachContributes() {
        HelpIndex index = index(Locale.US);
        Map<String, SourceSummary> byLabel = new java.util.HashMap<>();
        index.sources().forEach(s -> byLabel.put(s.label(), s));
        assertEquals("bundled", index.sources().get(0).label());
        SourceSummary contoso = byLabel.get("module Contoso.Tools 1.10.0");
        assertEquals(1, contoso.pages());
        assertEquals(2, contoso.commands());
        SourceSummary noHelp = byLabel.get("module NoHelp.Module 2.0");
        assertEquals(0, noHelp.pages());
        assertEquals(3, noHelp.commands());
        assertEquals(List.of("bundled", "module Broken.Manifest 1.0", "module Broken.Xml 1.0",
                "module Contoso.Tools 1.10.0", "module Flat.Module 0.1", "module NoHelp.Module 2.0"),
                index.sources().stream().map(SourceSummary::label).toList());
    }
}
