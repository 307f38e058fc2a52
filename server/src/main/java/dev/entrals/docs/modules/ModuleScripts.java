package dev.entrals.docs.modules;

import dev.entrals.docs.DocDiagnostic;
import dev.entrals.script.AliasDefinition;
import dev.entrals.script.CommandArgument;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.CommandParameter;
import dev.entrals.script.DataFile;
import dev.entrals.script.FunctionSignature;
import dev.entrals.script.InvocationOperator;
import dev.entrals.script.ScriptDocument;
import dev.entrals.script.ScriptSignatures;
import dev.entrals.script.Wildcards;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The functions a script module exports, read statically from its {@code .psm1}/{@code .ps1} files with the
 * param-block reader (nothing is run): the root module and script nested modules the manifest names (or
 * {@code <Module>.psm1} without a manifest) and, when one of them dot-sources files, every other {@code .ps1} under
 * the module's base. Exports follow PowerShell: the scripts' {@code Export-ModuleMember} calls (without any, every
 * function and alias), then the manifest's {@code FunctionsToExport} and {@code AliasesToExport} as filters (names
 * or wildcard patterns) when it declares them. A function's aliases are its {@code [Alias()]} and the module's
 * top-level {@code Set-Alias}/{@code New-Alias} lines naming it, when exported. Bounded by {@link #MAX_FILES}
 * files, {@link #MAX_FILE_BYTES} per file and {@link #MAX_TOTAL_BYTES} per module.
 */
final class ModuleScripts {

    /** Script files read per module at most. */
    static final int MAX_FILES = 400;
    /** A script file larger than this is skipped ({@code too-large}). */
    static final long MAX_FILE_BYTES = 8L * 1024 * 1024;
    /** Script bytes read per module at most; files past it are skipped. */
    static final long MAX_TOTAL_BYTES = 48L * 1024 * 1024;

    private static final int MAX_DEPTH = 6;

    /** An exported function: its signature, its exported aliases, the file it is defined in and its 1-based line. */
    record Exported(FunctionSignature function, List<String> aliases, Path file, int line) {

        Exported {
            aliases = List.copyOf(aliases);
        }
    }

    /** What was read: the exported functions in file order, the script files read, and the problems met. */
    record Result(List<Exported> functions, int files, int defined, List<DocDiagnostic> diagnostics) {

        static final Result NONE = new Result(List.of(), 0, 0, List.of());

        Result {
            functions = List.copyOf(functions);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** What the scripts' {@code Export-ModuleMember} calls name (patterns; {@code *} for a value not known). */
    private static final class Exports {
        boolean called;
        List<String> functions = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
    }

    private ModuleScripts() {
    }

    /**
     * Reads the script files of {@code m}; {@code manifestText} is its manifest's text (null without a manifest).
     * Never throws on bad input: unreadable or oversized files become diagnostics.
     */
    static Result read(InstalledModule m, String manifestText) {
        Path base = m.base().toAbsolutePath().normalize();
        return read(base, base, m.name(), manifestText, new long[] {MAX_TOTAL_BYTES}, 0);
    }

    /**
     * Reads the module whose manifest ({@code manifestText}, null without one) lies in {@code folder}, within the
     * installed module's {@code base}: its own script files, the exports of its nested manifests ({@code depth} of
     * them above it), and the functions its {@code ScriptsToProcess} scripts define in the caller's scope.
     */
    private static Result read(Path base, Path folder, String name, String manifestText, long[] budget, int depth) {
        DataFile.Result manifest = manifestText == null ? null : DataFile.read(manifestText);
        List<DocDiagnostic> diags = new ArrayList<>();
        List<Path> files = entryFiles(name, base, folder, manifest);
        List<Path> nestedManifests = depth < MAX_NESTING ? nestedManifests(base, folder, manifest) : List.of();
        List<Path> callerScripts = manifest == null ? List.of() : inside(base, folder, manifest.strings("ScriptsToProcess"),
                ".ps1");
        if (files.isEmpty() && nestedManifests.isEmpty() && callerScripts.isEmpty()) {
            return Result.NONE;
        }
        Map<String, FunctionSignature> functions = new LinkedHashMap<>();
        Map<String, Path> fileOf = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        List<AliasDefinition> aliases = new ArrayList<>();
        Exports exports = new Exports();
        boolean dotSources = false;
        Set<Path> read = new LinkedHashSet<>();
        int nestedFiles = 0;
        for (Path n : nestedManifests) {
            // a nested module's exports are imported into this module's session state, then exported by its rules
            Result nested = readNested(base, n, budget, depth, diags);
            nestedFiles += nested.files();
            for (Exported f : nested.functions()) {
                String key = f.function().name().toLowerCase(Locale.ROOT);
                functions.remove(key);
                functions.put(key, f.function());
                fileOf.put(key, f.file());
                lineOf.put(key, f.line());
                f.aliases().forEach(a -> aliases.add(new AliasDefinition(a, f.function().name(), 0, 0, "")));
            }
        }
        for (Path f : files) {
            dotSources |= readScript(f, budget, functions, fileOf, lineOf, aliases, exports, diags);
            read.add(f);
        }
        if (dotSources) {
            Set<Path> skip = new LinkedHashSet<>(read);
            skip.addAll(callerScripts); // run in the caller's scope, read below
            for (Path f : otherScripts(folder, skip, diags)) {
                if (read.size() >= MAX_FILES) {
                    diags.add(new DocDiagnostic(base.toString(), 0, DocDiagnostic.Severity.WARNING, "too-large",
                            "only the first " + MAX_FILES + " script files of the module were read"));
                    break;
                }
                readScript(f, budget, functions, fileOf, lineOf, aliases, exports, diags);
                read.add(f);
            }
        }
        List<Exported> out = new ArrayList<>(exported(functions, fileOf, lineOf, aliases, exports, manifest));
        int defined = functions.size();
        if (!callerScripts.isEmpty()) {
            defined += callerScope(callerScripts, budget, out, diags);
            read.addAll(callerScripts);
        }
        return new Result(out, read.size() + nestedFiles, defined, diags);
    }

    /** Nested manifests ({@code Sub/Sub.psd1}) read at most this deep. */
    private static final int MAX_NESTING = 3;

    /** Reads a nested module's manifest and what it exports. */
    private static Result readNested(Path base, Path manifest, long[] budget, int depth, List<DocDiagnostic> diags) {
        String text;
        try {
            long size = Files.size(manifest);
            if (size > HelpFile.MAX_BYTES) { // as the module's own manifest (InstalledModules)
                diags.add(new DocDiagnostic(manifest.toString(), 0, DocDiagnostic.Severity.ERROR, "too-large",
                        "skipped: " + size + " bytes is over the " + HelpFile.MAX_BYTES + "-byte limit"));
                return Result.NONE;
            }
            text = HelpFile.decode(Files.readAllBytes(manifest));
        } catch (IOException | RuntimeException e) {
            diags.add(new DocDiagnostic(manifest.toString(), 0, DocDiagnostic.Severity.ERROR, "unreadable",
                    "cannot read the nested manifest: " + e.getClass().getSimpleName()));
            return Result.NONE;
        }
        String file = manifest.getFileName().toString();
        Result r = read(base, manifest.getParent(), file.substring(0, file.length() - ".psd1".length()), text, budget,
                depth + 1);
        diags.addAll(r.diagnostics());
        return r;
    }

    /**
     * Adds the functions the {@code ScriptsToProcess} scripts define at their top level, with their aliases: the
     * scripts run in the caller's session state before the module is imported, so their functions are the caller's
     * (not module members: the export lists do not filter them) and a module member of the same name, imported
     * afterwards, wins. Returns how many functions they define.
     */
    private static int callerScope(List<Path> scripts, long[] budget, List<Exported> out, List<DocDiagnostic> diags) {
        Map<String, FunctionSignature> functions = new LinkedHashMap<>();
        Map<String, Path> fileOf = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        List<AliasDefinition> aliases = new ArrayList<>();
        for (Path f : scripts) {
            readScript(f, budget, functions, fileOf, lineOf, aliases, new Exports(), diags);
        }
        Set<String> members = new java.util.HashSet<>();
        out.forEach(e -> members.add(e.function().name().toLowerCase(Locale.ROOT)));
        for (Exported e : exported(functions, fileOf, lineOf, aliases, new Exports(), null)) {
            if (!members.contains(e.function().name().toLowerCase(Locale.ROOT))) {
                out.add(e);
            }
        }
        return functions.size();
    }

    /** The root module and the script nested modules the manifest names, or {@code <Module>.psm1} without one. */
    private static List<Path> entryFiles(String module, Path base, Path folder, DataFile.Result manifest) {
        List<String> names = new ArrayList<>();
        if (manifest == null) {
            names.add(module + ".psm1");
        } else {
            String root = manifest.string("RootModule");
            names.add(root.isBlank() ? manifest.string("ModuleToProcess") : root);
            names.addAll(manifest.strings("NestedModules"));
        }
        // a binary module, a manifest or a module named by name: no script to read here
        return inside(base, folder, names, ".psm1", ".ps1");
    }

    /** The nested modules the manifest names by a {@code .psd1} path inside the module. */
    private static List<Path> nestedManifests(Path base, Path folder, DataFile.Result manifest) {
        return manifest == null ? List.of() : inside(base, folder, manifest.strings("NestedModules"), ".psd1");
    }

    /**
     * The files of {@code names} (paths relative to {@code folder}, either slash) that end with one of
     * {@code extensions} and exist inside {@code base}, without duplicates.
     */
    private static List<Path> inside(Path base, Path folder, List<String> names, String... extensions) {
        List<Path> out = new ArrayList<>();
        for (String n : names) {
            String lower = n.trim().toLowerCase(Locale.ROOT);
            if (java.util.Arrays.stream(extensions).noneMatch(lower::endsWith)) {
                continue;
            }
            try {
                Path p = folder.resolve(n.trim().replace('\\', '/')).normalize();
                if (p.startsWith(base) && Files.isRegularFile(p) && !out.contains(p)) {
                    out.add(p);
                }
            } catch (java.nio.file.InvalidPathException e) {
                // not a path this OS can name: nothing to read
            }
        }
        return out;
    }

    /** Every other {@code .ps1} under the base (not tests), sorted, for a module that dot-sources its files. */
    private static List<Path> otherScripts(Path base, Set<Path> read, List<DocDiagnostic> diags) {
        try (Stream<Path> s = Files.walk(base, MAX_DEPTH)) {
            return s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".ps1") && !n.endsWith(".tests.ps1") && !read.contains(p) && Files.isRegularFile(p);
            }).sorted().limit(MAX_FILES + 1L).toList();
        } catch (IOException | RuntimeException e) {
            diags.add(new DocDiagnostic(base.toString(), 0, DocDiagnostic.Severity.ERROR, "unreadable",
                    "cannot list the module's scripts: " + e.getClass().getSimpleName()));
            return List.of();
        }
    }

    /** Reads one script into the maps; returns whether it dot-sources anything. */
    private static boolean readScript(Path file, long[] budget, Map<String, FunctionSignature> functions,
                                      Map<String, Path> fileOf, Map<String, Integer> lineOf,
                                      List<AliasDefinition> aliases, Exports exports, List<DocDiagnostic> diags) {
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES || size > budget[0]) {
                diags.add(new DocDiagnostic(file.toString(), 0, DocDiagnostic.Severity.WARNING, "too-large",
                        "script skipped: " + size + " bytes is over the limit (" + MAX_FILE_BYTES + " per file, "
                                + MAX_TOTAL_BYTES + " per module)"));
                return false;
            }
            budget[0] -= size;
            text = HelpFile.decode(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            diags.add(new DocDiagnostic(file.toString(), 0, DocDiagnostic.Severity.ERROR, "unreadable",
                    "cannot read the script: " + e.getClass().getSimpleName()));
            return false;
        }
        ScriptDocument doc = ScriptDocument.parse(text);
        ScriptSignatures sigs = doc.signatures();
        int[] lineStarts = lineStarts(text);
        for (FunctionSignature f : sigs.functions()) {
            if (f.topLevel() && f.name() != null && !f.name().isBlank()) {
                String key = f.name().toLowerCase(Locale.ROOT);
                functions.remove(key); // a later definition replaces an earlier one, as when the script runs
                functions.put(key, f);
                fileOf.put(key, file);
                lineOf.put(key, lineOf(lineStarts, f.start()));
            }
        }
        sigs.aliases().stream().filter(a -> a.inFunction().isEmpty()).forEach(aliases::add);
        boolean dotSources = false;
        for (CommandInvocation c : doc.commands()) {
            dotSources |= c.operator() == InvocationOperator.DOT_SOURCE;
            if (c.name() != null && c.name().equalsIgnoreCase("Export-ModuleMember") && !insideFunction(c, sigs)) {
                exportCall(c, exports);
            }
        }
        return dotSources;
    }

    /** The offsets where each line starts. */
    static int[] lineStarts(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            n += text.charAt(i) == '\n' ? 1 : 0;
        }
        int[] out = new int[n];
        int k = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out[k++] = i + 1;
            }
        }
        return out;
    }

    /** The 1-based line of {@code offset}. */
    static int lineOf(int[] lineStarts, int offset) {
        int i = java.util.Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    private static boolean insideFunction(CommandInvocation c, ScriptSignatures sigs) {
        return sigs.functions().stream().anyMatch(f -> c.start() >= f.start() && c.start() < f.end());
    }

    /** Adds what one {@code Export-ModuleMember} call exports; a value not known statically exports all of its kind. */
    private static void exportCall(CommandInvocation c, Exports exports) {
        exports.called = true;
        if (!c.splats().isEmpty()) {
            exports.functions.add("*");
            exports.aliases.add("*");
            return;
        }
        if (!c.positional().isEmpty()) {
            names(c.positional().get(0), exports.functions);
        }
        for (CommandParameter p : c.parameters()) {
            String n = p.name().toLowerCase(Locale.ROOT);
            List<String> into = "function".startsWith(n) && !n.isEmpty() ? exports.functions
                    : "alias".startsWith(n) && !n.isEmpty() ? exports.aliases : null;
            if (into != null) {
                if (p.argument() == null) {
                    into.add("*");
                } else {
                    names(p.argument(), into);
                }
            }
        }
    }

    private static void names(CommandArgument a, List<String> into) {
        for (CommandArgument part : a.isArray() ? a.elements() : List.of(a)) {
            into.add(part.value() != null ? part.value() : "*");
        }
    }

    private static List<Exported> exported(Map<String, FunctionSignature> functions, Map<String, Path> fileOf,
                                           Map<String, Integer> lineOf, List<AliasDefinition> aliases,
                                           Exports exports, DataFile.Result manifest) {
        List<String> fnFilter = manifestFilter(manifest, "FunctionsToExport");
        List<String> aliasFilter = manifestFilter(manifest, "AliasesToExport");
        Map<String, List<String>> aliasesOf = new LinkedHashMap<>();
        functions.forEach((key, f) -> f.aliases().forEach(a -> aliasesOf.computeIfAbsent(key, k -> new ArrayList<>())
                .add(a)));
        for (AliasDefinition a : aliases) {
            String key = a.target().toLowerCase(Locale.ROOT);
            if (functions.containsKey(key)) {
                aliasesOf.computeIfAbsent(key, k -> new ArrayList<>()).add(a.name());
            }
        }
        List<Exported> out = new ArrayList<>();
        functions.forEach((key, f) -> {
            if ((!exports.called || matches(f.name(), exports.functions)) && (fnFilter == null
                    || matches(f.name(), fnFilter))) {
                List<String> own = new ArrayList<>();
                for (String a : aliasesOf.getOrDefault(key, List.of())) {
                    if ((!exports.called || matches(a, exports.aliases))
                            && (aliasFilter == null || matches(a, aliasFilter))
                            && own.stream().noneMatch(a::equalsIgnoreCase)) {
                        own.add(a);
                    }
                }
                out.add(new Exported(f, own, fileOf.get(key), lineOf.getOrDefault(key, 0)));
            }
        });
        return out;
    }

    /** The manifest's list for {@code key} as a filter, or null when the manifest does not declare it. */
    private static List<String> manifestFilter(DataFile.Result manifest, String key) {
        if (manifest == null || manifest.values().get(key) == null) {
            return null;
        }
        return manifest.strings(key);
    }

    /** Whether {@code name} matches one of PowerShell's wildcard patterns ({@code *}, {@code ?}, {@code [a-z]}). */
    static boolean matches(String name, List<String> patterns) {
        for (String p : patterns) {
            String t = p.trim();
            if (t.equalsIgnoreCase(name) || ModuleManifest.isPattern(t) && Wildcards.matches(t, name)) {
                return true;
            }
        }
        return false;
    }
}
