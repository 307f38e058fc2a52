package dev.entrals.docs.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.DocDiagnostic;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.docs.ParameterSet;
import dev.entrals.docs.RelatedLink;
import dev.entrals.docs.SetMembership;
import dev.entrals.docs.TypeHelp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MamlReaderTest {

    static String fixture() throws IOException {
        try (InputStream in = MamlReaderTest.class.getResourceAsStream("/maml/Contoso.Tools-help.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static MamlReader.Result read(String xml) {
        return MamlReader.read(xml, "Contoso.Tools-help.xml", "Contoso.Tools", "module Contoso.Tools 1.0");
    }

    @Test
    void readsEveryPartGetHelpShows() throws IOException {
        MamlReader.Result r = read(fixture());
        assertEquals(List.of(), r.diagnostics());
        assertEquals(List.of("Get-ContosoWidget", "Set-ContosoWidget", "Remove-ContosoWidget"),
                r.commands().stream().map(CmdletHelp::name).toList());
        CmdletHelp get = r.commands().get(0);
        assertEquals("Contoso.Tools", get.module());
        assertEquals("Gets widgets.", get.synopsis());
        assertEquals("The Get-ContosoWidget cmdlet gets widgets.\n\nSecond paragraph & more.", get.description());
        assertEquals("https://contoso.example/Get-ContosoWidget", get.onlineUri());
        assertEquals(List.of(new RelatedLink("Set-ContosoWidget", "")), get.relatedLinks());
        assertEquals(List.of(new TypeHelp("System.String", "A widget ID.")), get.inputs());
        assertEquals(List.of(new TypeHelp("Contoso.Widget", "")), get.outputs());
        assertEquals("Requires Widget.Read.", get.notes());
        assertTrue(get.supportsCommonParameters());
        assertEquals("module Contoso.Tools 1.0", get.source().origin());
        assertEquals(3, get.source().line("name"));
    }

    @Test
    void namesUnnamedSyntaxItemsAndDerivesMembershipsFromThem() throws IOException {
        CmdletHelp get = read(fixture()).commands().get(0);
        assertEquals(List.of("Set 1", "Set 2"), get.parameterSets().stream().map(ParameterSet::name).toList());
        assertTrue(get.parameterSets().get(0).isDefault());
        assertFalse(get.parameterSets().get(1).isDefault());
        assertEquals(List.of(new ParameterSet.Member("Filter", false, "0", "String"),
                new ParameterSet.Member("All", false, "Named", "")), get.parameterSets().get(0).members());
        assertEquals("Get-ContosoWidget [[-Filter] <String>] [-All] [<CommonParameters>]",
                get.parameterSets().get(0).syntax());
        ParameterHelp id = get.parameter("WidgetId").orElseThrow();
        assertEquals("System.String", id.type());
        assertEquals(List.of("Id", "ObjectId"), id.aliases());
        assertEquals("True (ByPropertyName, ByValue)", id.pipelineInput());
        assertEquals(List.of("Small", "Large"), id.acceptedValues());
        assertEquals(List.of(new SetMembership("Set 2", true, "Named")), id.sets());
        ParameterHelp filter = get.parameter("Filter").orElseThrow();
        assertTrue(filter.wildcards());
        assertEquals("None", filter.defaultValue());
        assertEquals("An OData filter.", filter.description());
        assertTrue(get.parameter("All").orElseThrow().isSwitch());
        CmdletHelp set = read(fixture()).commands().get(1);
        assertEquals(ParameterSet.ALL, set.parameterSets().get(0).name());
        assertEquals(List.of(new SetMembership(ParameterSet.ALL, true, "0")),
                set.parameter("WidgetId").orElseThrow().sets());
    }

    @Test
    void readsExamplesWithoutGetHelpDashes() throws IOException {
        CmdletHelp get = read(fixture()).commands().get(0);
        assertEquals(1, get.examples().size());
        assertEquals("Example 1: Get all widgets", get.examples().get(0).title());
        assertEquals("Get-ContosoWidget -All\nGet-ContosoWidget -Filter \"a*\"", get.examples().get(0).code());
        assertEquals("This gets every widget.", get.examples().get(0).remarks());
    }

    @Test
    void brokenXmlIsReportedWithItsLineAndTheOtherCommandsStillLoad() throws IOException {
        String xml = fixture().replace("<maml:para>Changes a widget.</maml:para>", "<maml:para>Changes <b>a widget.</maml:para>");
        MamlReader.Result r = read(xml);
        assertEquals(List.of("Get-ContosoWidget", "Remove-ContosoWidget"),
                r.commands().stream().map(CmdletHelp::name).toList());
        DocDiagnostic error = r.diagnostics().stream().filter(d -> d.kind().equals("invalid-xml")).findFirst()
                .orElseThrow();
        int brokenLine = (int) xml.substring(0, xml.indexOf("<b>a widget")).lines().count();
        assertEquals(DocDiagnostic.Severity.ERROR, error.severity());
        assertEquals("Contoso.Tools-help.xml", error.file());
        assertTrue(Math.abs(error.line() - brokenLine) <= 1, error.format() + " vs line " + brokenLine);
    }

    @Test
    void brokenCommandInAOneLineFileCostsOnlyItself() {
        String xml = ModuleFolders.maml("One line.", "Get-A", "Get-B", "Get-C", "Get-D").replace("\n", "")
                .replace("<command:name>Get-C</command:name>", "<command:name>Get-C</command:nam>");
        MamlReader.Result r = read(xml);
        assertEquals(List.of("Get-A", "Get-B", "Get-D"), r.commands().stream().map(CmdletHelp::name).toList());
        assertEquals(1, r.diagnostics().stream().filter(d -> d.kind().equals("invalid-xml")).count());
    }

    @Test
    void truncatedAndNonXmlFilesNeverThrow() throws IOException {
        String xml = fixture();
        MamlReader.Result cut = read(xml.substring(0, xml.indexOf("<command:name>Set-ContosoWidget")));
        assertEquals(List.of("Get-ContosoWidget"), cut.commands().stream().map(CmdletHelp::name).toList());
        assertTrue(cut.diagnostics().stream().anyMatch(d -> d.kind().equals("invalid-xml")));
        assertTrue(read("not xml at all").commands().isEmpty());
        assertEquals(1, read("not xml at all").diagnostics().size());
        assertTrue(read("").commands().isEmpty());
    }

    @Test
    void externalEntitiesAreNotResolved() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<helpItems><command:command xmlns:command=\"c\"><command:details><command:name>&e;</command:name>"
                + "</command:details></command:command></helpItems>";
        MamlReader.Result r = read(xml);
        assertTrue(r.commands().stream().noneMatch(c -> c.name().contains("root")), r.commands().toString());
    }
}
