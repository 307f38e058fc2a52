package dev.entrals.docs.modules;

import dev.entrals.docs.DocDiagnostic;
import dev.entrals.script.DataFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a module manifest ({@code .psd1}) says that help needs: its version, the commands it exports (names or
 * wildcard patterns such as {@code '*'}) and the modules it nests or requires. Read as data with the project's
 * script parser, never executed.
 */
public record ModuleManifest(String moduleVersion, List<String> functions, List<String> cmdlets, List<String> aliases,
                             List<String> nestedModules, List<String> requiredModules,
                             List<DocDiagnostic> diagnostics) {

    public ModuleManifest {
        functions = List.copyOf(functions);
        cmdlets = List.copyOf(cmdlets);
        aliases = List.copyOf(aliases);
        nestedModules = List.copyOf(nestedModules);
        requiredModules = List.copyOf(requiredModules);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Reads a manifest's text; problems become {@code invalid-manifest} warnings of {@code file}. */
    public static ModuleManifest read(String text, String file) {
        DataFile.Result r = DataFile.read(text);
        List<DocDiagnostic> diags = new ArrayList<>();
        for (DataFile.Problem p : r.problems()) {
            diags.add(new DocDiagnostic(file, p.line(), DocDiagnostic.Severity.WARNING, "invalid-manifest",
                    "module manifest: " + p.message()));
        }
        return new ModuleManifest(r.string("ModuleVersion"), r.strings("FunctionsToExport"),
                r.strings("CmdletsToExport"), r.strings("AliasesToExport"), modules(r.values().get("NestedModules")),
                modules(r.values().get("RequiredModules")), diags);
    }

    /** Every exported command name that is not a wildcard pattern: cmdlets, functions, then aliases. */
    public List<String> exportedNames() {
        List<String> out = new ArrayList<>();
        for (List<String> list : List.of(cmdlets, functions, aliases)) {
            list.stream().map(String::trim).filter(n -> !n.isEmpty() && !isPattern(n)).forEach(out::add);
        }
        return out;
    }

    static boolean isPattern(String name) {
        return name.contains("*") || name.contains("?") || name.contains("[");
    }

    /** Module specifications: a name, or a hashtable with {@code ModuleName}. */
    private static List<String> modules(Object value) {
        List<String> out = new ArrayList<>();
        for (Object item : value instanceof List<?> l ? l : value == null ? List.of() : List.of(value)) {
            if (item instanceof String s && !s.isBlank()) {
                out.add(s.trim());
            } else if (item instanceof Map<?, ?> m && m.get("ModuleName") instanceof String s && !s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }
}
