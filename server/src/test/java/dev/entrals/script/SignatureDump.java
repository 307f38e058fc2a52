package dev.entrals.script;

import java.util.List;
import java.util.stream.Collectors;

/** The canonical text dump of what {@link ParamBlockReader} reads, one fact per line (for the spec tests). */
final class SignatureDump {

    private SignatureDump() {
    }

    static String of(ScriptSignatures s) {
        StringBuilder out = new StringBuilder();
        for (FunctionSignature f : s.functions()) {
            out.append("function ").append(f.name()).append(f.topLevel() ? "" : " (nested)")
                    .append(f.isAdvanced() ? " advanced" : "").append('\n');
            for (ScriptAttribute a : f.attributes()) {
                out.append("  attribute ").append(attribute(a)).append('\n');
            }
            if (!f.aliases().isEmpty()) {
                out.append("  aliases ").append(String.join(", ", f.aliases())).append('\n');
            }
            out.append("  sets ").append(String.join(", ", f.setNames()).replace("\n", "\\n"));
            if (!f.defaultParameterSet().isEmpty()) {
                out.append(" (default ").append(f.defaultParameterSet().replace("\n", "\\n")).append(')');
            }
            out.append(f.supportsShouldProcess() ? "; ShouldProcess" : "")
                    .append(f.positionalBinding() ? "" : "; no positional binding").append('\n');
            for (ParameterSignature p : f.parameters()) {
                out.append("  param ").append(p.name()).append(" [").append(p.type()).append(']')
                        .append(p.isSwitch() ? " switch" : "").append('\n');
                for (SetBinding b : p.bindings()) {
                    out.append("    in ").append(b.setName()).append(b.mandatory() ? " mandatory" : "")
                            .append(" position ").append(f.positionOf(p, b))
                            .append(b.valueFromPipeline() ? " byValue" : "")
                            .append(b.valueFromPipelineByPropertyName() ? " byPropertyName" : "")
                            .append(b.valueFromRemainingArguments() ? " remaining" : "").append('\n');
                }
                if (!p.aliases().isEmpty()) {
                    out.append("    aliases ").append(String.join(", ", p.aliases())).append('\n');
                }
                if (!p.validateSet().isEmpty()) {
                    out.append("    values ").append(String.join(", ", p.validateSet())).append('\n');
                }
                for (ScriptAttribute a : p.attributes()) {
                    if (!a.is("Parameter") && !a.is("Alias") && !a.is("ValidateSet")) {
                        out.append("    attribute ").append(attribute(a)).append('\n');
                    }
                }
                if (!p.defaultValue().isEmpty()) {
                    out.append("    default ").append(p.defaultValue().replace("\n", "\\n")).append('\n');
                }
            }
            f.help().sections().forEach((k, v) -> out.append("  help .").append(k).append(' ')
                    .append(v.replace("\n", "\\n")).append('\n'));
            f.help().parameters().forEach((k, v) -> out.append("  help .PARAMETER ").append(k).append(' ')
                    .append(v.replace("\n", "\\n")).append('\n'));
            f.help().examples().forEach(e -> out.append("  help .EXAMPLE ").append(e.replace("\n", "\\n"))
                    .append('\n'));
        }
        for (AliasDefinition a : s.aliases()) {
            out.append("alias ").append(a.name()).append(" -> ").append(a.target())
                    .append(a.inFunction().isEmpty() ? "" : " (in " + a.inFunction() + ")").append('\n');
        }
        return out.toString();
    }

    private static String attribute(ScriptAttribute a) {
        List<String> args = new java.util.ArrayList<>(a.positional().stream().map(v -> "'" + v + "'").toList());
        a.named().forEach((k, v) -> args.add(k + "=" + v));
        return (a.name() + args.stream().collect(Collectors.joining(", ", "(", ")"))).replace("\n", "\\n");
    }
}
