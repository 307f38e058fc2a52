package dev.entrals.docs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A compact, line-per-fact dump of a page read, the expected side of {@code spec/platyps.md}. */
final class SpecDump {

    private SpecDump() {
    }

    static String of(CmdletHelp c, List<DocDiagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        out.append("name ").append(c.name()).append(" (line ").append(c.source().line("name")).append(")\n");
        if (!c.aliases().isEmpty()) {
            out.append("aliases ").append(c.aliases()).append('\n');
        }
        out.append("module ").append(c.module()).append('\n');
        out.append("synopsis ").append(oneLine(c.synopsis())).append('\n');
        if (!c.description().isEmpty()) {
            out.append("description ").append(oneLine(c.description())).append('\n');
        }
        if (!c.onlineUri().isEmpty()) {
            out.append("onlineUri ").append(c.onlineUri()).append('\n');
        }
        out.append("commonParameters ").append(c.supportsCommonParameters()).append('\n');
        for (ParameterSet s : c.parameterSets()) {
            out.append("set ").append(s.name()).append(s.isDefault() ? " (default)" : "").append(" line ")
                    .append(s.line()).append('\n');
            for (ParameterSet.Member m : s.members()) {
                out.append("  -").append(m.parameter()).append(m.required() ? " required" : " optional")
                        .append(" position ").append(m.position())
                        .append(m.type().isEmpty() ? "" : " <" + m.type() + ">").append('\n');
            }
        }
        for (ParameterHelp p : c.parameters()) {
            out.append("param -").append(p.name()).append(" <").append(p.type()).append("> line ").append(p.line())
                    .append('\n');
            if (!p.aliases().isEmpty()) {
                out.append("  aliases ").append(p.aliases()).append('\n');
            }
            for (SetMembership m : p.sets()) {
                out.append("  in ").append(m.setName()).append(m.required() ? " required" : " optional")
                        .append(" position ").append(m.position()).append('\n');
            }
            out.append("  default ").append(p.defaultValue()).append(" | pipeline ").append(p.pipelineInput())
                    .append(" | wildcards ").append(p.wildcards()).append('\n');
            if (!p.acceptedValues().isEmpty()) {
                out.append("  accepted ").append(p.acceptedValues()).append('\n');
            }
            if (!p.description().isEmpty()) {
                out.append("  description ").append(oneLine(p.description())).append('\n');
            }
        }
        for (Example e : c.examples()) {
            out.append("example ").append(e.title()).append(" (line ").append(e.line()).append(")\n");
            e.code().lines().forEach(l -> out.append("  | ").append(l).append('\n'));
            if (!e.output().isEmpty()) {
                e.output().lines().forEach(l -> out.append("  > ").append(l).append('\n'));
            }
            if (!e.remarks().isEmpty()) {
                out.append("  remarks ").append(oneLine(e.remarks())).append('\n');
            }
        }
        c.inputs().forEach(t -> out.append("input ").append(t.type()).append(t.description().isEmpty() ? ""
                : ": " + oneLine(t.description())).append('\n'));
        c.outputs().forEach(t -> out.append("output ").append(t.type()).append(t.description().isEmpty() ? ""
                : ": " + oneLine(t.description())).append('\n'));
        if (!c.notes().isEmpty()) {
            out.append("notes ").append(oneLine(c.notes())).append('\n');
        }
        c.relatedLinks().forEach(l -> out.append("link ").append(l.text())
                .append(l.uri().isEmpty() ? "" : " -> " + l.uri()).append('\n'));
        Map<String, Object> fm = new TreeMap<>(c.frontMatter());
        fm.forEach((k, v) -> out.append("front ").append(k).append(": ").append(v).append('\n'));
        for (DocDiagnostic d : diagnostics) {
            out.append("diag ").append(d.line()).append(' ').append(d.severity().name().toLowerCase())
                    .append(' ').append(d.kind()).append('\n');
        }
        return out.toString();
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s+", " ").trim();
        return flat.length() > 70 ? flat.substring(0, 67) + "..." : flat;
    }
}
