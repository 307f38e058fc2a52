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

    /**
     * The function {@code f} (one of these, read from {@code text}) stands for: itself, or, when its whole body is the
     * definition of a function of its own name (a file that wraps the function in a second {@code function F {} line,
     * so that calling F only defines the inner F), that inner one, whose parameters and requests the module evidently
     * meant. Comment lines around the inner function count as blank.
     */
    public FunctionSignature meant(FunctionSignature f, String text) {
        int open = text.indexOf('{', f.start());
        int close = text.lastIndexOf('}', Math.min(text.length() - 1, f.end()));
        if (open < 0 || close <= open) {
            return f;
        }
        for (FunctionSignature g : functions) {
            if (g.topLevel() || !g.name().equalsIgnoreCase(f.name()) || g.start() <= open || g.end() > close + 1) {
                continue;
            }
            String before = text.substring(open + 1, g.start());
            String after = text.substring(Math.min(g.end(), close), close).replaceFirst("^\\}", "");
            if (blank(before) && blank(after)) {
                return g;
            }
        }
        return f;
    }

    private static boolean blank(String code) {
        return code.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"));
    }
}
