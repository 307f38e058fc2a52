package dev.entrals.script;

import java.util.List;
import java.util.Optional;

/** What {@link ParamBlockReader} reads from one script: its functions' signatures and the aliases it defines. */
public record ScriptSignatures(List<FunctionSignature> functions, List<AliasDefinition> aliases) {

    public ScriptSignatures {
        functions = List.copyOf(functions);
        aliases = List.copyOf(aliases);
    }

    /** The first function named {@code name} (any case). */
    public Optional<FunctionSignature> function(String name) {
        return functions.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }
}
