package dev.entrals.docs.modules;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.DocDiagnostic;
import dev.entrals.docs.Example;
import dev.entrals.docs.PageSource;
import dev.entrals.docs.ParameterHelp;
import dev.entrals.docs.ParameterSet;
import dev.entrals.docs.RelatedLink;
import dev.entrals.docs.SetMembership;
import dev.entrals.docs.TypeHelp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one MAML {@code command:command} element into a {@link CmdletHelp}. MAML names no parameter sets: sets
 * are named from the exporter's comments when present, else {@code (All)} for a single syntax item and
 * {@code Set 1}, {@code Set 2}, ... for several; a parameter's memberships come from the syntax items it appears in.
 */
final class MamlCommand {

    private MamlCommand() {
    }

    static CmdletHelp read(XmlElement cmd, String file, String module, String origin, List<DocDiagnostic> diags) {
        XmlElement details = cmd.child("details").orElse(cmd);
        List<XmlElement> items = cmd.child("syntax").map(s -> s.all("syntaxItem")).orElse(List.of());
        String name = details.childText("name");
        if (name.isEmpty() && !items.isEmpty()) {
            name = items.get(0).childText("name");
        }
        if (name.isEmpty()) {
            diags.add(MamlReader.diag(file, cmd.line(), DocDiagnostic.Severity.WARNING, "missing-title",
                    "a command without a name"));
        }
        Map<String, Integer> lines = new HashMap<>();
        lines.put("name", cmd.line());
        cmd.child("syntax").ifPresent(s -> lines.put("syntax", s.line()));
        cmd.child("parameters").ifPresent(s -> lines.put("parameters", s.line()));
        cmd.child("examples").ifPresent(s -> lines.put("examples", s.line()));
        List<ParameterSet> sets = sets(name, items, cmd.comments().contains(MamlComments.NO_COMMON_PARAMETERS));
        List<ParameterHelp> params = cmd.child("parameters").map(p -> p.all("parameter")).orElse(List.of())
                .stream().map(p -> parameter(p, sets)).toList();
        String online = "";
        List<RelatedLink> links = new ArrayList<>();
        for (XmlElement link : cmd.child("relatedLinks").map(l -> l.all("navigationLink")).orElse(List.of())) {
            String text = link.childText("linkText");
            String uri = link.childText("uri");
            if (online.isEmpty() && text.replaceFirst(":$", "").trim().equalsIgnoreCase("Online Version")) {
                online = uri;
            } else {
                links.add(new RelatedLink(text, uri));
            }
        }
        return new CmdletHelp(name, aliases(cmd), module, details.child("description").map(XmlElement::paras)
                .orElse(""), cmd.child("description").map(XmlElement::paras).orElse(""), online, sets, params,
                examples(cmd), types(cmd, "inputTypes", "inputType"), types(cmd, "returnValues", "returnValue"),
                cmd.child("alertSet").map(XmlElement::paras).orElse(""), links,
                !cmd.comments().contains(MamlComments.NO_COMMON_PARAMETERS), Map.of(),
                new PageSource(origin, file, lines));
    }

    private static List<String> aliases(XmlElement cmd) {
        for (String c : cmd.comments()) {
            if (c.startsWith(MamlComments.ALIASES)) {
                return Arrays.stream(MamlComments.decode(c.substring(MamlComments.ALIASES.length())).split(","))
                        .map(String::trim).filter(s -> !s.isEmpty()).toList();
            }
        }
        return List.of();
    }

    private static List<ParameterSet> sets(String cmdlet, List<XmlElement> items, boolean noCommon) {
        List<ParameterSet> sets = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            XmlElement item = items.get(i);
            String setName = items.size() == 1 ? ParameterSet.ALL : "Set " + (i + 1);
            boolean named = false;
            boolean isDefault = items.size() == 1;
            for (String c : item.comments()) {
                if (c.startsWith(MamlComments.SET)) {
                    setName = MamlComments.decode(c.substring(MamlComments.SET.length()));
                    named = true;
                } else if (c.equals(MamlComments.DEFAULT_SET)) {
                    isDefault = true;
                }
            }
            isDefault |= !named && i == 0;
            List<ParameterSet.Member> members = new ArrayList<>();
            for (XmlElement p : item.all("parameter")) {
                members.add(new ParameterSet.Member(p.childText("name"), bool(p.attr("required")),
                        position(p.attr("position")), p.childText("parameterValue")));
            }
            sets.add(new ParameterSet(setName, isDefault, members, syntax(cmdlet, members, noCommon), item.line()));
        }
        return sets;
    }

    private static ParameterHelp parameter(XmlElement p, List<ParameterSet> sets) {
        String name = p.childText("name");
        String type = p.child("type").map(t -> t.childText("name")).orElse("");
        if (type.isEmpty()) {
            type = p.childText("parameterValue");
        }
        String aliasText = p.attr("aliases").trim();
        List<String> aliases = aliasText.isEmpty() || aliasText.equalsIgnoreCase("none") ? List.of()
                : Arrays.stream(aliasText.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        List<String> accepted = p.child("parameterValueGroup").map(g -> g.all("parameterValue")).orElse(List.of())
                .stream().map(v -> v.text().trim()).toList();
        return new ParameterHelp(name, type, aliases, p.child("description").map(XmlElement::paras).orElse(""),
                p.childText("defaultValue"), p.attr("pipelineInput"), bool(p.attr("globbing")), accepted,
                memberships(p, name, sets), p.line());
    }

    private static List<SetMembership> memberships(XmlElement p, String name, List<ParameterSet> sets) {
        List<SetMembership> out = new ArrayList<>();
        for (String c : p.comments()) {
            if (c.startsWith(MamlComments.MEMBERSHIP)) {
                String[] f = c.substring(MamlComments.MEMBERSHIP.length()).split("\\|", -1);
                if (f.length == 3) {
                    out.add(new SetMembership(MamlComments.decode(f[0].trim()), bool(f[1].trim()),
                            MamlComments.decode(f[2].trim())));
                }
            }
        }
        if (!out.isEmpty() || p.comments().stream().anyMatch(c -> c.equals(MamlComments.MEMBERSHIP.trim()))) {
            return out;
        }
        for (ParameterSet set : sets) {
            set.member(name).ifPresent(m -> out.add(new SetMembership(set.name(), m.required(), m.position())));
        }
        if (out.isEmpty()) {
            out.add(new SetMembership(ParameterSet.ALL, bool(p.attr("required")), position(p.attr("position"))));
        }
        return out;
    }

    private static List<Example> examples(XmlElement cmd) {
        List<Example> out = new ArrayList<>();
        for (XmlElement ex : cmd.child("examples").map(e -> e.all("example")).orElse(List.of())) {
            List<String> code = new ArrayList<>();
            List<String> output = new ArrayList<>();
            boolean nextIsOutput = false;
            for (Object c : ex.children()) {
                if (c instanceof XmlElement.Comment k && k.text().trim().equals(MamlComments.OUTPUT)) {
                    nextIsOutput = true;
                } else if (c instanceof XmlElement e && e.name().equals("code")) {
                    (nextIsOutput ? output : code).add(e.text());
                    nextIsOutput = false;
                } else if (c instanceof XmlElement e && e.name().equals("commandLines")) {
                    e.all("commandLine").forEach(l -> code.add(l.childText("commandText")));
                }
            }
            out.add(new Example(title(ex.childText("title")), String.join("\n\n", code), String.join("\n\n", output),
                    ex.child("remarks").map(XmlElement::paras).orElse(""), ex.line()));
        }
        return out;
    }

    /** A title without the dashes Get-Help-style files put around it ({@code ----- Example 1 -----}). */
    private static String title(String t) {
        return t.matches("-{2,}.*-{2,}") ? t.replaceAll("^-+|-+$", "").trim() : t;
    }

    private static List<TypeHelp> types(XmlElement cmd, String group, String item) {
        return cmd.child(group).map(g -> g.all(item)).orElse(List.of()).stream()
                .map(t -> new TypeHelp(t.child("type").map(x -> x.childText("name")).orElse(""),
                        t.child("description").map(XmlElement::paras).orElse(""))).toList();
    }

    static String position(String attr) {
        String p = attr.trim();
        return p.isEmpty() || p.equalsIgnoreCase("named") ? "Named" : p;
    }

    private static boolean bool(String attr) {
        return attr.trim().toLowerCase(Locale.ROOT).startsWith("true");
    }

    private static String syntax(String cmdlet, List<ParameterSet.Member> members, boolean noCommon) {
        StringBuilder b = new StringBuilder(cmdlet);
        for (ParameterSet.Member m : members) {
            String value = m.type().isEmpty() ? "" : " <" + m.type() + ">";
            boolean positional = m.positionIndex() >= 0;
            String head = positional ? "[-" + m.parameter() + "]" : "-" + m.parameter();
            String element = head + value;
            b.append(' ').append(m.required() ? element : "[" + element + "]");
        }
        return noCommon ? b.toString() : b.append(" [<CommonParameters>]").toString();
    }
}
