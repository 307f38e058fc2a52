package dev.entrals.docs;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the PARAMETERS section: one {@code ### -Name} entry per parameter, its prose and its YAML blocks. */
final class ParameterSection {

    /** The parameters read, and whether a {@code ### CommonParameters} entry was present. */
    record Result(List<ParameterHelp> parameters, boolean commonParameters) {
    }

    private ParameterSection() {
    }

    /**
     * Reads the entries; {@code syntaxTypes} (lower-case name to type as the SYNTAX shows it) fills in a type the
     * YAML does not give.
     */
    static Result read(List<Node> body, Map<String, String> syntaxTypes, Diagnostics diags) {
        Map<String, ParameterHelp> byName = new LinkedHashMap<>();
        boolean common = false;
        for (Blocks.Part part : Blocks.split(body, 3)) {
            if (part.title().isEmpty()) {
                continue;
            }
            if (part.title().equalsIgnoreCase("CommonParameters")) {
                common = true;
                continue;
            }
            String name = part.title().startsWith("-") ? part.title().substring(1).trim() : part.title();
            // a trailing note names nothing: "### -Filter (preview)" documents -Filter
            name = name.replaceFirst("\\s+\\([^()]*\\)$", "");
            if (!part.title().startsWith("-")) {
                diags.warning(part.line(), "parameter-heading",
                        "parameter heading '" + part.title() + "' should start with '-'");
            }
            if (name.isEmpty()) {
                diags.error(part.line(), "parameter-heading", "parameter heading without a name");
                continue;
            }
            ParameterHelp p = entry(name, part, syntaxTypes, diags);
            String key = name.toLowerCase(Locale.ROOT);
            ParameterHelp earlier = byName.get(key);
            if (earlier != null) {
                diags.warning(part.line(), "duplicate-parameter",
                        "parameter -" + name + " is documented twice (first at line " + earlier.line() + ")");
                p = merge(earlier, p);
            }
            byName.put(key, p);
        }
        return new Result(List.copyOf(byName.values()), common);
    }

    private static ParameterHelp entry(String name, Blocks.Part part, Map<String, String> syntaxTypes,
                                       Diagnostics diags) {
        List<Node> prose = new ArrayList<>();
        List<ParameterYaml.Facts> facts = new ArrayList<>();
        boolean anyYaml = false;
        for (Node n : part.body()) {
            if (n instanceof FencedCodeBlock f && Blocks.info(f).startsWith("yaml")) {
                anyYaml = true;
                if (!Blocks.info(f).equals("yaml")) {
                    diags.warning(Blocks.line(f), "fence-info", "YAML block of -" + name + " is tagged '"
                            + f.getInfo().toString().trim() + "' instead of 'yaml'");
                }
                try {
                    facts.add(ParameterYaml.read(Blocks.code(f)));
                } catch (ParameterYaml.InvalidYaml e) {
                    diags.error(Blocks.line(f) + 1 + e.line, "invalid-yaml",
                            "invalid YAML for -" + name + ": " + e.getMessage());
                }
            } else {
                prose.add(n);
            }
        }
        String type = facts.stream().map(ParameterYaml.Facts::type).filter(t -> t != null && !t.isBlank())
                .findFirst().orElse(null);
        if (type == null) {
            type = syntaxTypes.getOrDefault(name.toLowerCase(Locale.ROOT), "");
            if (!anyYaml) {
                diags.warning(part.line(), "missing-yaml", "parameter -" + name + " has no YAML block");
            } else if (!facts.isEmpty()) {
                diags.warning(part.line(), "missing-type", "parameter -" + name + " has no Type"
                        + (type.isEmpty() ? "" : " (the SYNTAX shows <" + type + ">)"));
            }
        }
        LinkedHashSet<String> aliases = new LinkedHashSet<>();
        LinkedHashSet<String> accepted = new LinkedHashSet<>();
        List<SetMembership> sets = new ArrayList<>();
        String defaultValue = "";
        String pipeline = "";
        boolean wildcards = false;
        for (ParameterYaml.Facts f : facts) {
            aliases.addAll(f.aliases());
            accepted.addAll(f.acceptedValues());
            sets.addAll(f.sets());
            defaultValue = defaultValue.isEmpty() ? f.defaultValue() : defaultValue;
            pipeline = pipeline.isEmpty() ? f.pipelineInput() : pipeline;
            wildcards |= Boolean.TRUE.equals(f.wildcards());
        }
        return new ParameterHelp(name, type.trim(), List.copyOf(aliases), Blocks.prose(prose), defaultValue,
                pipeline, wildcards, List.copyOf(accepted), sets, part.line());
    }

    private static ParameterHelp merge(ParameterHelp a, ParameterHelp b) {
        LinkedHashSet<String> aliases = new LinkedHashSet<>(a.aliases());
        aliases.addAll(b.aliases());
        LinkedHashSet<String> accepted = new LinkedHashSet<>(a.acceptedValues());
        accepted.addAll(b.acceptedValues());
        List<SetMembership> sets = new ArrayList<>(a.sets());
        sets.addAll(b.sets());
        return new ParameterHelp(a.name(), a.type().isEmpty() ? b.type() : a.type(), List.copyOf(aliases),
                a.description().isEmpty() ? b.description() : a.description(),
                a.defaultValue().isEmpty() ? b.defaultValue() : a.defaultValue(),
                a.pipelineInput().isEmpty() ? b.pipelineInput() : a.pipelineInput(), a.wildcards() || b.wildcards(),
                List.copyOf(accepted), sets, a.line());
    }
}
