package dev.entrals.graph.derive;

import dev.entrals.graph.RequestEntry;
import dev.entrals.graph.RequestTable;
import dev.entrals.script.FunctionSignature;
import dev.entrals.script.ParamBlockReader;
import dev.entrals.script.ScriptSignatures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Generates the request table ({@link RequestTable}'s format) from an entra-powershell checkout and, optionally, the
 * aad-to-graph pages: every exported function of {@code module/<M>/<moduleName>/**.ps1} (a file named after its
 * top-level function) becomes one entry, read by {@link InvokeDerivation} when it calls {@code Invoke-GraphRequest}
 * (or {@code Invoke-MgGraphRequest}), else by {@link MgDerivation} when it calls a Graph SDK cmdlet, else left out
 * with the reason. Nothing is run.
 */
public final class RequestTableGenerator {

    private static final Pattern MODULE_NAME = Pattern.compile("\"moduleName\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern INVOKE = Pattern.compile("(?i)\\bInvoke-(?:Mg)?GraphRequest\\b");

    private RequestTableGenerator() {
    }

    /** The entries for the sources under {@code root} ({@code aadToGraph} may be null), sorted by command. */
    public static List<RequestEntry> generate(Path root, Path aadToGraph) throws IOException {
        return generate(root, aadToGraph, null);
    }

    /**
     * The entries, with each cmdlet's default columns from the reference pages under {@code referenceDocs} (may be
     * null: no columns).
     */
    public static List<RequestEntry> generate(Path root, Path aadToGraph, Path referenceDocs) throws IOException {
        ExampleColumns columns = new ExampleColumns(referenceDocs);
        MgDerivation mg = new MgDerivation(new MgCatalog(aadToGraph == null ? null : aadToGraph.resolve("docs")));
        List<RequestEntry> out = new ArrayList<>();
        List<Path> modules;
        try (Stream<Path> s = Files.list(root.resolve("module"))) {
            modules = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path moduleDir : modules) {
            String name = moduleName(moduleDir);
            Path code = moduleDir.resolve(name);
            if (!Files.isDirectory(code)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.walk(code)) {
                files = s.filter(p -> p.toString().endsWith(".ps1")).sorted().toList();
            }
            Map<String, Long> copies = files.stream().collect(java.util.stream.Collectors.groupingBy(
                    f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT),
                    java.util.stream.Collectors.counting()));
            for (Path f : files) {
                if (copies.get(f.getFileName().toString().toLowerCase(java.util.Locale.ROOT)) > 1) {
                    continue; // a private helper copied into each sub-module, not a command
                }
                RequestEntry e = read(root.resolve("module"), f, name, mg, other -> files.stream()
                        .filter(x -> x.getFileName().toString().equalsIgnoreCase(other + ".ps1")).findFirst()
                        .map(RequestTableGenerator::text).orElse(null));
                if (e != null) {
                    out.add(e.withColumns(columns.of(e.command())));
                }
            }
        }
        out.sort(Comparator.comparing(RequestEntry::command, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(RequestEntry::module));
        return out;
    }

    /** Writes the table to {@code out} (gzip); returns the bytes written. */
    public static long write(Path root, Path aadToGraph, Path referenceDocs, Path out) throws IOException {
        return write(generate(root, aadToGraph, referenceDocs), out);
    }

    /** Writes these entries to {@code out} (gzip); returns the bytes written. */
    public static long write(List<RequestEntry> entries, Path out) throws IOException {
        byte[] bytes = RequestTable.encode(entries);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.write(out, bytes);
        return bytes.length;
    }

    /**
     * What the table covers, per module: {@code Get-*} cmdlets with a request for at least one set (and for every
     * set) over all, and the same for every other verb.
     */
    public static List<String> summary(List<RequestEntry> entries) {
        Map<String, int[]> counts = new java.util.TreeMap<>();
        for (RequestEntry e : entries) {
            String kind = e.module() + (e.command().startsWith("Get-") ? " Get-*" : " other verbs");
            int[] c = counts.computeIfAbsent(kind, k -> new int[3]);
            c[0]++;
            boolean any = e.sets().stream().anyMatch(x -> x.method() != null);
            c[1] += any ? 1 : 0;
            c[2] += any && e.sets().stream().allMatch(x -> x.method() != null) ? 1 : 0;
        }
        List<String> out = new ArrayList<>();
        counts.forEach((k, c) -> out.add(k + ": " + c[1] + " of " + c[0] + " covered (" + c[2] + " in every set)"));
        return out;
    }

    private static RequestEntry read(Path moduleRoot, Path file, String module, MgDerivation mg,
            java.util.function.Function<String, String> functions) throws IOException {
        String stem = file.getFileName().toString().replace(".ps1", "");
        String rel = moduleRoot.relativize(file).toString().replace('\\', '/');
        return derive(module, rel, stem, Files.readString(file), mg, functions);
    }

    private static String text(Path file) {
        try {
            return PsText.withoutComments(Files.readString(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The entry of the top-level function {@code name} in a script's text, or null when the script defines none.
     *
     * @param module the module's name
     * @param rel    the file's path, for the entry's source
     */
    static RequestEntry derive(String module, String rel, String name, String raw, MgDerivation mg) {
        return derive(module, rel, name, raw, mg, other -> null);
    }

    /**
     * As {@link #derive(String, String, String, String, MgDerivation)}; {@code functions} gives the script that defines
     * another function of the module by name (null when none), for a function whose code reads what that one returns.
     */
    static RequestEntry derive(String module, String rel, String name, String raw, MgDerivation mg,
            java.util.function.Function<String, String> functions) {
        ScriptSignatures script = ParamBlockReader.read(raw);
        FunctionSignature top = script.function(name).filter(FunctionSignature::topLevel).orElse(null);
        if (top == null) {
            return null;
        }
        FunctionSignature fn = script.meant(top, raw);
        if (fn != top) { // the file wraps the function in one of its own name: the inner one is what it means
            RequestEntry inner = derive(module, rel, new FunctionCode(module, rel, fn, PsText.withoutComments(raw)),
                    raw, mg, functions);
            String note = "the module's file wraps this function in another of its own name (" + rel + ":"
                    + PsText.lineOf(raw, top.start()) + "), so a call of it only defines the inner one and sends"
                    + " nothing; the plan sends what the inner function, evidently meant, sends";
            return new RequestEntry(inner.command(), module, inner.source(), inner.via(), inner.sets().stream()
                    .map(s -> s.withNotes(java.util.stream.Stream.concat(s.notes().stream(), java.util.stream.Stream
                            .of(note)).toList())).toList(), inner.reason(), inner.columns());
        }
        FunctionCode code = new FunctionCode(module, rel, fn, PsText.withoutComments(raw));
        // the module session state it keeps and reads ($script:, $global:)
        return ModuleVariablesReading.mark(derive(module, rel, code, raw, mg, functions), code);
    }

    private static RequestEntry derive(String module, String rel, FunctionCode code, String raw, MgDerivation mg,
            java.util.function.Function<String, String> functions) {
        FollowUpReading follow = FollowUpReading.read(code);
        if (follow != null) { // a GET after the request, sent by its reply: the entry without it, then it
            return follow.attach(derive(module, rel, follow.without(), raw, mg, functions));
        }
        FunctionSignature fn = code.signature();
        MissingArguments.Reading missing = MissingArguments.read(code);
        if (!missing.needs().isEmpty()) {
            FunctionCode given = new FunctionCode(module, rel, fn, missing.text());
            RequestEntry e = requests(given, mg, raw, functions);
            if (e != null && e.sets().stream().anyMatch(s -> s.method() != null)) {
                return ReplyFilters.mark(MissingArguments.mark(e, missing.needs(), given), code);
            }
        }
        RequestEntry e = requests(code, mg, raw, functions);
        if (e != null) {
            return ReplyFilters.mark(e, code); // the switches that keep only some objects of the reply
        }
        String own = OwnFunctions.reason(code);
        String via = own != null ? OwnFunctions.via(code) : null;
        return new RequestEntry(fn.name(), module, rel + ":" + PsText.lineOf(raw, fn.start()), via, List.of(),
                own != null ? own : "sends no Graph request of its own (no Invoke-GraphRequest, no Graph SDK cmdlet)"
                        + local(raw), List.of(), RequestEntry.DEFINED_FUNCTIONS.equals(via) ? DefinedValues.read(code)
                        : java.util.Map.of());
    }

    /**
     * The entry read from a function's requests, or null when its process block sends none; {@code raw} is the
     * function's script and {@code functions} the module's other functions, for a list its code reads and changes.
     */
    private static RequestEntry requests(FunctionCode code, MgDerivation mg, String raw,
            java.util.function.Function<String, String> functions) {
        if (INVOKE.matcher(code.process()).find()) {
            RequestEntry invoked = InvokeDerivation.derive(code);
            if (invoked.reason() != null && invoked.reason().contains("it changes in place")) {
                RequestEntry edit = ListEditReading.read(code, other -> Pattern.compile("(?im)^\\s*function\\s+"
                        + Pattern.quote(other) + "\\s*\\{").matcher(raw).find() ? raw : functions.apply(other),
                        mg.catalog(), invoked.source(), invoked.via());
                invoked = edit == null ? invoked : edit; // the tenant's list read, changed and written back
            }
            return CsvFileRows.mark(ConsolePrompts.mark(MixedCalls.fill(invoked, code, mg), code), code);
        }
        return ConsolePrompts.mark(mg.derive(code), code);
    }

    private static final Pattern LOCAL_SDK = Pattern.compile("(?i)\\b(Get-MgContext|Get-MgEnvironment)\\b");

    /** What a function without a request does instead, when it is plain: the SDK's local state, or a throw. */
    private static String local(String raw) {
        Matcher sdk = LOCAL_SDK.matcher(PsText.withoutComments(raw));
        if (sdk.find()) {
            return ": it reads the Graph SDK's local state (" + sdk.group(1) + ")";
        }
        long lines = PsText.withoutComments(raw).lines().filter(l -> !l.isBlank()).count();
        if (lines <= 4 && Pattern.compile("(?i)^\\s*Throw\\b", Pattern.MULTILINE).matcher(raw).find()) {
            return ": it only throws that the command is not supported";
        }
        return "";
    }

    private static String moduleName(Path moduleDir) throws IOException {
        Path settings = moduleDir.resolve("config/ModuleSettings.json");
        if (Files.isRegularFile(settings)) {
            Matcher m = MODULE_NAME.matcher(Files.readString(settings));
            if (m.find()) {
                return m.group(1);
            }
        }
        return moduleDir.getFileName().toString();
    }
}
