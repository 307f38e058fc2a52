package dev.entrals.docs;

/** Renders the full help of a cmdlet as Markdown, for the editor's read-only preview. */
public final class HelpMarkdown {

    private HelpMarkdown() {
    }

    /** The full help as Markdown: title, synopsis, syntax per set, description, parameters, examples and the rest. */
    public static String render(CmdletHelp c) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(c.name()).append("\n\n");
        if (!c.module().isEmpty()) {
            out.append("Module: `").append(c.module()).append("`");
            if (!c.aliases().isEmpty()) {
                out.append(" · Aliases: `").append(String.join("`, `", c.aliases())).append('`');
            }
            out.append("\n\n");
        }
        paragraph(out, c.synopsis());
        out.append("## Syntax\n\n");
        for (ParameterSet s : c.parameterSets()) {
            if (c.parameterSets().size() > 1) {
                out.append("### ").append(s.name()).append(s.isDefault() ? " (Default)" : "").append("\n\n");
            }
            out.append("```powershell\n").append(SyntaxLine.of(c, s)).append("\n```\n\n");
        }
        heading(out, "Description", c.description());
        if (!c.parameters().isEmpty()) {
            out.append("## Parameters\n\n");
            for (ParameterHelp p : c.parameters()) {
                out.append("### -").append(p.name()).append("\n\n");
                paragraph(out, p.description());
                out.append("| | |\n|---|---|\n");
                row(out, "Type", p.type().isEmpty() ? "" : "`" + p.type() + "`");
                for (SetMembership m : p.sets()) {
                    row(out, "Set " + (m.inAllSets() ? "(all)" : m.setName()), (m.required() ? "required" : "optional")
                            + ", position " + (m.positionIndex() >= 0 ? m.position() : "named"));
                }
                row(out, "Aliases", String.join(", ", p.aliases()));
                row(out, "Accepted values", String.join(", ", p.acceptedValues()));
                row(out, "Default value", p.defaultValue());
                row(out, "Pipeline input", p.pipelineInput());
                row(out, "Wildcards", p.wildcards() ? "yes" : "no");
                out.append('\n');
            }
        }
        if (!c.examples().isEmpty()) {
            out.append("## Examples\n\n");
            for (Example e : c.examples()) {
                out.append("### ").append(e.title()).append("\n\n```powershell\n").append(e.code()).append("\n```\n\n");
                if (!e.output().isEmpty()) {
                    out.append("```\n").append(e.output()).append("\n```\n\n");
                }
                paragraph(out, e.remarks());
            }
        }
        types(out, "Inputs", c.inputs());
        types(out, "Outputs", c.outputs());
        heading(out, "Notes", c.notes());
        if (!c.relatedLinks().isEmpty() || !c.onlineUri().isEmpty()) {
            out.append("## Related links\n\n");
            if (!c.onlineUri().isEmpty()) {
                out.append("- [Online version](").append(c.onlineUri()).append(")\n");
            }
            c.relatedLinks().forEach(l -> out.append("- ").append(l.uri().isEmpty() ? l.text()
                    : "[" + l.text() + "](" + l.uri() + ")").append('\n'));
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static void types(StringBuilder out, String title, java.util.List<TypeHelp> types) {
        if (types.isEmpty()) {
            return;
        }
        out.append("## ").append(title).append("\n\n");
        for (TypeHelp t : types) {
            out.append("- `").append(t.type()).append('`');
            out.append(t.description().isEmpty() ? "" : ": " + t.description().replace('\n', ' ')).append('\n');
        }
        out.append('\n');
    }

    private static void row(StringBuilder out, String key, String value) {
        if (!value.isEmpty()) {
            out.append("| ").append(key).append(" | ").append(value.replace("|", "\\|")).append(" |\n");
        }
    }

    private static void heading(StringBuilder out, String title, String text) {
        if (!text.isEmpty()) {
            out.append("## ").append(title).append("\n\n");
            paragraph(out, text);
        }
    }

    private static void paragraph(StringBuilder out, String text) {
        if (!text.isEmpty()) {
            out.append(text).append("\n\n");
        }
    }
}
