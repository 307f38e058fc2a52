package dev.entrals.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders help for a terminal the way PowerShell's Get-Help lays it out, wrapped to a given width. */
public final class HelpText {

    /** Which parts to show: the usual help, {@code -Full}, or {@code -Examples}. */
    public enum View { NORMAL, FULL, EXAMPLES }

    private HelpText() {
    }

    /** The help of {@code cmdlet} in the given view, wrapped to {@code width} columns (at least 40). */
    public static String render(CmdletHelp cmdlet, View view, int width) {
        int w = Math.max(40, width);
        StringBuilder out = new StringBuilder("\n");
        section(out, "NAME", cmdlet.name(), w);
        if (view == View.FULL && !cmdlet.aliases().isEmpty()) {
            section(out, "ALIASES", String.join(", ", cmdlet.aliases()), w);
        }
        section(out, "SYNOPSIS", cmdlet.synopsis(), w);
        if (view == View.EXAMPLES) {
            examples(out, cmdlet, w);
            return out.toString();
        }
        out.append("\nSYNTAX\n");
        for (ParameterSet set : cmdlet.parameterSets()) {
            TextBlock.words(out, SyntaxLine.parts(cmdlet, set), 4, 8, w);
            out.append('\n');
        }
        section(out, "DESCRIPTION", cmdlet.description(), w);
        if (!cmdlet.parameters().isEmpty() || cmdlet.supportsCommonParameters()) {
            out.append("\nPARAMETERS\n");
            out.append(parameters(cmdlet, cmdlet.parameters(), w));
            if (cmdlet.supportsCommonParameters()) {
                out.append("    <CommonParameters>\n");
                TextBlock.append(out, "This cmdlet supports the common parameters: Verbose, Debug, ErrorAction, "
                        + "ErrorVariable, WarningAction, WarningVariable, InformationAction, InformationVariable, "
                        + "OutBuffer, PipelineVariable, ProgressAction and OutVariable. For more information, see "
                        + "about_CommonParameters.", 8, w);
                out.append('\n');
            }
        }
        if (view == View.FULL) {
            types(out, "INPUTS", cmdlet.inputs(), w);
            types(out, "OUTPUTS", cmdlet.outputs(), w);
            section(out, "NOTES", cmdlet.notes(), w);
        }
        examples(out, cmdlet, w);
        links(out, cmdlet, w);
        if (view == View.FULL) {
            section(out, "SOURCE", cmdlet.source().origin() + ": " + cmdlet.source().file(), w);
        }
        return out.toString();
    }

    /** The PARAMETERS entries of the given parameters, with the metadata table Get-Help -Full shows. */
    public static String parameters(CmdletHelp cmdlet, List<ParameterHelp> parameters, int width) {
        StringBuilder out = new StringBuilder();
        for (ParameterHelp p : parameters) {
            out.append("    -").append(p.name());
            if (!p.type().isEmpty()) {
                out.append(p.isSwitch() ? " [<SwitchParameter>]" : " <" + p.type() + ">");
            }
            out.append('\n');
            if (!p.description().isEmpty()) {
                TextBlock.append(out, p.description(), 8, width);
            }
            out.append('\n');
            Map<String, String> rows = new LinkedHashMap<>();
            rows.put("Required?", perSet(cmdlet, p, true));
            rows.put("Position?", perSet(cmdlet, p, false));
            rows.put("Default value", p.defaultValue().isEmpty() ? "None" : p.defaultValue());
            rows.put("Accept pipeline input?", p.pipelineInput().isEmpty() ? "False" : p.pipelineInput());
            rows.put("Accept wildcard characters?", p.wildcards() ? "true" : "false");
            rows.put("Aliases", p.aliases().isEmpty() ? "None" : String.join(", ", p.aliases()));
            if (!p.acceptedValues().isEmpty()) {
                rows.put("Accepted values", String.join(", ", p.acceptedValues()));
            }
            rows.forEach((k, v) -> {
                // the value wraps under itself, like Get-Help's table does in a narrow console
                List<String> words = new java.util.ArrayList<>();
                words.add(String.format("%-28s", k));
                words.addAll(List.of(v.split(" ")));
                TextBlock.words(out, words, 8, 8 + 29, width);
            });
            out.append('\n');
        }
        return out.toString();
    }

    /** "true" / "0", or per set when the sets differ: {@code true (SetA); false (SetB, SetC)}. */
    private static String perSet(CmdletHelp cmdlet, ParameterHelp p, boolean required) {
        Map<String, List<String>> byValue = new LinkedHashMap<>();
        for (SetMembership m : p.sets()) {
            String v = required ? String.valueOf(m.required()) : m.positionIndex() >= 0 ? m.position() : "named";
            byValue.computeIfAbsent(v, k -> new ArrayList<>()).add(m.inAllSets() ? "all sets" : m.setName());
        }
        if (byValue.isEmpty()) {
            return required ? "false" : "named";
        }
        if (byValue.size() == 1) {
            return byValue.keySet().iterator().next();
        }
        List<String> parts = new ArrayList<>();
        byValue.forEach((v, sets) -> parts.add(v + " (" + String.join(", ", sets) + ")"));
        return String.join("; ", parts);
    }

    private static void examples(StringBuilder out, CmdletHelp cmdlet, int width) {
        if (cmdlet.examples().isEmpty()) {
            return;
        }
        out.append("\nEXAMPLES\n");
        for (Example e : cmdlet.examples()) {
            String title = " " + e.title() + " ";
            int dashes = Math.max(4, (Math.min(width, 100) - 8 - title.length()) / 2);
            out.append("    ").append("-".repeat(dashes)).append(title).append("-".repeat(dashes)).append("\n\n");
            e.code().lines().forEach(l -> out.append("    ").append(l).append('\n'));
            if (!e.output().isEmpty()) {
                out.append('\n');
                e.output().lines().forEach(l -> out.append("    ").append(l).append('\n'));
            }
            if (!e.remarks().isEmpty()) {
                out.append('\n');
                TextBlock.append(out, e.remarks(), 4, width);
            }
            out.append('\n');
        }
    }

    private static void links(StringBuilder out, CmdletHelp cmdlet, int width) {
        List<String> lines = new ArrayList<>();
        if (!cmdlet.onlineUri().isEmpty()) {
            lines.add("Online Version: " + cmdlet.onlineUri());
        }
        cmdlet.relatedLinks().forEach(l -> lines.add(l.uri().isEmpty() || l.uri().equals(l.text())
                || !l.uri().contains("://") ? l.text() : l.text() + " (" + l.uri() + ")"));
        if (!lines.isEmpty()) {
            out.append("\nRELATED LINKS\n");
            lines.forEach(l -> TextBlock.words(out, List.of(l.split(" ")), 4, 8, width));
        }
    }

    private static void types(StringBuilder out, String title, List<TypeHelp> types, int width) {
        if (types.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append('\n');
        for (TypeHelp t : types) {
            out.append("    ").append(t.type()).append('\n');
            if (!t.description().isEmpty()) {
                TextBlock.append(out, t.description(), 8, width);
            }
        }
    }

    /** A REMARKS section holding {@code text}, wrapped to {@code width} columns (at least 40) like the others. */
    public static String remarks(String text, int width) {
        StringBuilder out = new StringBuilder();
        section(out, "REMARKS", text, Math.max(40, width));
        return out.toString();
    }

    private static void section(StringBuilder out, String title, String text, int width) {
        if (text.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append('\n');
        TextBlock.append(out, text, 4, width);
    }
}
