package dev.entrals.analysis;

import java.util.Optional;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.HelpIndex;
import dev.entrals.script.FunctionDefinition;
import dev.entrals.script.ScriptDocument;

/**
 * What a command name in a script stands for, as the editor features see it: a function the script defines, a
 * documented cmdlet (reached by its name or by one of its aliases), or a retired AzureAD/AzureADPreview cmdlet with
 * its Entra replacement's help when the docs have it.
 */
public sealed interface CommandTarget {

    /** The documented cmdlet (or the script's own function, read from its code) this target calls. */
    default Optional<CmdletHelp> documentedHelp() {
        if (this instanceof LocalFunction f) {
            return Optional.ofNullable(f.help());
        }
        return this instanceof Documented d && d.help().hasHelp() ? Optional.of(d.help()) : Optional.empty();
    }

    /**
     * A function, filter, workflow or configuration defined in the script itself; it hides any cmdlet of that name.
     * {@code help} is its model read from its code and comment-based help ({@link LocalFunctions}), or null.
     */
    record LocalFunction(FunctionDefinition definition, CmdletHelp help) implements CommandTarget {
    }

    /** A documented cmdlet; {@code typedAlias} is the alias written in the script, or null when the name was used. */
    record Documented(CmdletHelp help, String typedAlias) implements CommandTarget {
        /** Whether the script reached the cmdlet through one of its aliases. */
        public boolean viaAlias() {
            return typedAlias != null;
        }
    }

    /** A retired cmdlet; {@code replacement} is the replacement's help, or null when it has none or it is not documented. */
    record Retired(RetiredCmdlet retired, CmdletHelp replacement) implements CommandTarget {
    }

    /**
     * What {@code name} stands for in {@code script}: a local definition wins (as in PowerShell, where functions
     * shadow cmdlets), then the docs (name, alias or module-qualified name), then the migration table.
     */
    static Optional<CommandTarget> resolve(String name, ScriptDocument script, HelpIndex index, MigrationTable migration) {
        return resolve(name, script, index, migration, WorkspaceFunctions.NONE);
    }

    /**
     * As {@link #resolve(String, ScriptDocument, HelpIndex, MigrationTable)}, with the functions of the workspace's
     * other open scripts for names nothing else knows (a {@link Documented} target whose help is read from that
     * code): a function of another file exists only where that file is dot-sourced, so it never hides a cmdlet.
     */
    static Optional<CommandTarget> resolve(String name, ScriptDocument script, HelpIndex index, MigrationTable migration,
                                           WorkspaceFunctions workspace) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Optional<FunctionDefinition> local = localFunction(name, script);
        if (local.isPresent()) {
            return Optional.of(new LocalFunction(local.get(),
                    LocalFunctions.help(script, local.get().name()).orElse(null)));
        }
        return documented(name, index).or(() -> migration.find(unqualified(name))
                .map(r -> (CommandTarget) new Retired(r, r.replacementName().flatMap(index::find).orElse(null))))
                .or(() -> workspace.help(name).map(h -> new Documented(h, null)));
    }

    /** The documented cmdlet {@code name} stands for, by name, alias or module-qualified name. */
    static Optional<CommandTarget> documented(String name, HelpIndex index) {
        return index.find(name).filter(h -> !h.name().isEmpty()).map(h -> {
            String bare = unqualified(name);
            return new Documented(h, h.name().equalsIgnoreCase(bare) ? null : bare);
        });
    }

    /**
     * The help of the command the name calls: the script's own function of that name (it shadows any cmdlet), else
     * the documented cmdlet when the docs have its help.
     */
    static Optional<CmdletHelp> documentedCmdlet(String name, ScriptDocument script, HelpIndex index) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Optional<FunctionDefinition> local = localFunction(name, script);
        if (local.isPresent()) {
            return LocalFunctions.help(script, local.get().name());
        }
        // a command known without help (exported by a module that installs none) documents no parameters
        return index.find(name).filter(h -> !h.name().isEmpty() && h.hasHelp());
    }

    /** The script's own definition of {@code name}, which shadows any cmdlet of that name (as in PowerShell). */
    static Optional<FunctionDefinition> localFunction(String name, ScriptDocument script) {
        for (FunctionDefinition f : script.functions()) {
            if (f.name().equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    private static String unqualified(String name) {
        int slash = name.lastIndexOf('\\');
        return (slash >= 0 ? name.substring(slash + 1) : name).trim();
    }
}
