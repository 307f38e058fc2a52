package dev.entrals.docs.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.Example;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.docs.ParameterSet;
import dev.entrals.docs.RelatedLink;
import dev.entrals.docs.TypeHelp;
import dev.entrals.testing.Corpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of the Entra corpus, exported to MAML and read back, gives the same model. */
class MamlRoundTripTest {

    @TempDir
    Path tmp;

    @Test
    void everyCorpusPageSurvivesExportAndReadBack() throws Exception {
        Path corpus = Corpus.require("entra-docs");
        int pages = 0;
        List<String> mismatches = new ArrayList<>();
        for (String channel : List.of("entra-powershell-v1.0", "entra-powershell-beta")) {
            List<CmdletHelp> originals = HelpIndex.load(List.of(corpus.resolve(channel)), false).allPages();
            Map<String, CmdletHelp> read = exportAndRead(originals, tmp.resolve(channel));
            for (CmdletHelp original : originals) {
                pages++;
                CmdletHelp back = read.get(original.name().toLowerCase(Locale.ROOT));
                if (back == null) {
                    mismatches.add(channel + ": " + original.name() + " missing after the round trip");
                } else if (!canonical(original).equals(canonical(back))) {
                    mismatches.add(channel + ": " + original.name() + "\n" + diff(canonical(original), canonical(back)));
                }
            }
        }
        assertEquals(610, pages);
        assertTrue(mismatches.isEmpty(), mismatches.size() + " pages differ, first:\n"
                + String.join("\n", mismatches.subList(0, Math.min(5, mismatches.size()))));
    }

    @Test
    void fixtureSurvivesReadWriteRead() throws Exception {
        List<CmdletHelp> first = MamlReader.read(MamlReaderTest.fixture(), "f", "Contoso.Tools", "o").commands();
        String xml = MamlWriter.write(first);
        List<CmdletHelp> second = MamlReader.read(xml, "f", "Contoso.Tools", "o").commands();
        assertEquals(first.stream().map(MamlRoundTripTest::canonical).toList(),
                second.stream().map(MamlRoundTripTest::canonical).toList());
        assertEquals(xml, MamlWriter.write(second), "writing is deterministic");
    }

    private static Map<String, CmdletHelp> exportAndRead(List<CmdletHelp> pages, Path out) throws Exception {
        Map<String, CmdletHelp> byName = new HashMap<>();
        // shadowed duplicates (same name twice in a folder) go to separate exports so that each is compared
        Map<String, CmdletHelp> winners = new HashMap<>();
        pages.forEach(p -> winners.put(p.name().toLowerCase(Locale.ROOT), p));
        for (Path file : MamlExport.write(MamlExport.plan(List.copyOf(winners.values())), out)) {
            String module = file.getFileName().toString().replaceFirst("(?i)-help\\.xml$", "");
            MamlReader.Result r = MamlReader.read(Files.readString(file, StandardCharsets.UTF_8), file.toString(),
                    module, "exported");
            assertEquals(List.of(), r.diagnostics(), file.toString());
            r.commands().forEach(c -> byName.put(c.name().toLowerCase(Locale.ROOT), c));
        }
        return byName;
    }

    /** The model parts the round trip keeps, one per line, with text normalised as MAML paragraphs store it. */
    static String canonical(CmdletHelp c) {
        StringBuilder b = new StringBuilder();
        b.append("name ").append(c.name()).append('\n');
        b.append("aliases ").append(c.aliases()).append('\n');
        b.append("synopsis ").append(text(c.synopsis())).append('\n');
        b.append("description ").append(text(c.description())).append('\n');
        b.append("online ").append(c.onlineUri()).append('\n');
        b.append("common ").append(c.supportsCommonParameters()).append('\n');
        for (ParameterSet s : c.parameterSets()) {
            b.append("set ").append(s.name()).append(s.isDefault() ? " (Default)" : "").append(' ')
                    .append(s.members()).append('\n');
        }
        for (ParameterHelp p : c.parameters()) {
            b.append("parameter ").append(p.name()).append(" type=").append(p.type()).append(" aliases=")
                    .append(p.aliases()).append(" default=").append(p.defaultValue()).append(" pipeline=")
                    .append(p.pipelineInput()).append(" wildcards=").append(p.wildcards()).append(" accepted=")
                    .append(p.acceptedValues()).append(" sets=").append(p.sets()).append('\n')
                    .append("  description ").append(text(p.description())).append('\n');
        }
        for (Example e : c.examples()) {
            b.append("example ").append(e.title()).append("\n  code ").append(e.code()).append("\n  output ")
                    .append(e.output()).append("\n  remarks ").append(text(e.remarks())).append('\n');
        }
        for (TypeHelp t : c.inputs()) {
            b.append("input ").append(t.type()).append(' ').append(text(t.description())).append('\n');
        }
        for (TypeHelp t : c.outputs()) {
            b.append("output ").append(t.type()).append(' ').append(text(t.description())).append('\n');
        }
        b.append("notes ").append(text(c.notes())).append('\n');
        for (RelatedLink l : c.relatedLinks()) {
            b.append("link ").append(l.text()).append(" -> ").append(l.uri()).append('\n');
        }
        return b.toString();
    }

    /** Paragraphs trimmed and separated by exactly one blank line: what MAML's maml:para elements can hold. */
    static String text(String s) {
        return java.util.Arrays.stream(s.strip().split("\\n[ \\t]*\\n\\s*")).map(String::strip)
                .filter(p -> !p.isEmpty()).collect(Collectors.joining("\n\n"));
    }

    private static String diff(String a, String b) {
        List<String> la = a.lines().toList();
        List<String> lb = b.lines().toList();
        for (int i = 0; i < Math.max(la.size(), lb.size()); i++) {
            String x = i < la.size() ? la.get(i) : "<none>";
            String y = i < lb.size() ? lb.get(i) : "<none>";
            if (!x.equals(y)) {
                return "  page: " + x + "\n  maml: " + y;
            }
        }
        return "";
    }
}
