package dev.entrals.docs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one platyPS page says about a cmdlet. Text fields hold the page's Markdown as written, trimmed;
 * {@code frontMatter} keeps every front-matter key, known or not; {@code source} says which file and source it came
 * from and where each part starts.
 */
public record CmdletHelp(String name, List<String> aliases, String module, String synopsis, String description,
                         String onlineUri, List<ParameterSet> parameterSets, List<ParameterHelp> parameters,
                         List<Example> examples, List<TypeHelp> inputs, List<TypeHelp> outputs, String notes,
                         List<RelatedLink> relatedLinks, boolean supportsCommonParameters,
                         Map<String, Object> frontMatter, PageSource source) {

    public CmdletHelp {
        aliases = List.copyOf(aliases);
        parameterSets = List.copyOf(parameterSets);
        parameters = List.copyOf(parameters);
        examples = List.copyOf(examples);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        relatedLinks = List.copyOf(relatedLinks);
        frontMatter = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(frontMatter));
    }

    /** The front-matter key that marks a command known without help (see {@link #withoutHelp}). */
    public static final String NO_HELP = "entra-ls no help";

    /**
     * A command a source knows but has no help for (a module exports it without a help file): only its name,
     * module and source, flagged so that {@link #hasHelp()} is false.
     */
    public static CmdletHelp withoutHelp(String name, String module, PageSource source) {
        return new CmdletHelp(name, List.of(), module, "", "", "", List.of(), List.of(), List.of(), List.of(),
                List.of(), "", List.of(), true, Map.of(NO_HELP, true), source);
    }

    /** False for a command known only by name (exported by a module without help): there is nothing to show. */
    public boolean hasHelp() {
        return !frontMatter.containsKey(NO_HELP);
    }

    /** The documented parameter with this exact name (case-insensitive, without the dash). */
    public Optional<ParameterHelp> parameter(String name) {
        String n = name.startsWith("-") ? name.substring(1) : name;
        return parameters.stream().filter(p -> p.name().equalsIgnoreCase(n)).findFirst();
    }

    /** The default parameter set: the one flagged {@code (Default)}, else the only or first one. */
    public Optional<ParameterSet> defaultSet() {
        return parameterSets.stream().filter(ParameterSet::isDefault).findFirst()
                .or(() -> parameterSets.stream().findFirst());
    }
}
