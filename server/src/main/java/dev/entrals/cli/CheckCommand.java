package dev.entrals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import dev.entrals.analysis.MigrationTable;
import dev.entrals.analysis.ScriptAnalyzer;
import dev.entrals.analysis.ScriptDiagnostic;
import dev.entrals.analysis.WorkspaceFunctions;
import dev.entrals.commons.SourceText;
import dev.entrals.script.ScriptDocument;
import dev.entrals.settings.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code entra-ls check PATH… [--docs DIR]… [--format text|json|sarif] [--settings FILE] [--severity CODE=LEVEL]…}:
 * the language server's diagnostics over script files and folders (recursively {@code *.ps1} and {@code *.psm1}),
 * with the editor's severity settings when given; exit 1 when any error is found, 2 when a file could not be read
 * (it is an error in the report too: never a silent pass). Files are read as PowerShell reads them ({@link SourceText}).
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check PowerShell scripts against the Entra cmdlet docs and the AzureAD migration table.")
public final class CheckCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { text, json, sarif }

    @CommandLine.Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Script files, or folders to search for *.ps1 and *.psm1 files.")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Option(names = "--docs", paramLabel = "DIR",
            description = "A folder of platyPS pages, added to the bundled ones (repeatable; later folders win).")
    List<Path> docs = new ArrayList<>();

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json or sarif (SARIF 2.1.0).")
    Format format;

    @CommandLine.Option(names = "--severity", paramLabel = "CODE=LEVEL",
            description = "Severity of a diagnostic code: error, warning, information, hint, off or default "
                    + "(repeatable; wins over --settings).")
    Map<String, String> severities = new LinkedHashMap<>();

    @CommandLine.Option(names = "--settings", paramLabel = "FILE",
            description = "Read the severities from a settings file: VS Code's settings.json "
                    + "(entra.diagnostics.severity.<code>) or {\"entra\": {\"diagnostics\": {\"severity\": {...}}}}.")
    Path settingsFile;

    @CommandLine.Option(names = "--fix",
            description = "Write the safe fixes back (retired cmdlets migrated, -Switch $true written as the switch), "
                    + "then report what remains. A file keeps its encoding, byte-order mark and line endings.")
    boolean fix;

    @CommandLine.Mixin
    ModuleOptions modules = new ModuleOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One checked file: how it is shown, its text (empty when unreadable), its notices and its findings. */
    record Checked(Path path, String display, String text, List<FileNotice> notices,
                   List<ScriptDiagnostic> diagnostics) {

        /** A file or folder that could not be read: no text, no findings, one error saying why. */
        static Checked unreadable(Path path, String message) {
            return new Checked(path, path.toString(), "", List.of(FileNotice.unreadable(message)), List.of());
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean ok = DocsOptions.foldersExist(docs, err);
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("No such file or folder: " + p);
                ok = false;
            }
        }
        Map<String, Severity> configured = Map.of();
        try {
            configured = CheckSeverities.of(settingsFile, severities);
        } catch (CheckSeverities.Invalid e) {
            err.println(e.getMessage());
            ok = false;
        }
        if (!ok) {
            return Main.USAGE;
        }
        List<Map.Entry<Path, String>> files = new ArrayList<>(); // each file, and why it cannot be read (or null)
        for (Path p : paths) {
            collect(p, files);
        }
        CheckedFunctions defined = new CheckedFunctions(files.stream().filter(e -> e.getValue() == null)
                .map(Map.Entry::getKey).toList());
        ScriptAnalyzer analyzer = new ScriptAnalyzer(DocsOptions.load(docs, true, modules.installedModules()),
                MigrationTable.bundled(), defined);
        List<Checked> checked = new ArrayList<>();
        for (Map.Entry<Path, String> e : files) {
            checked.add(e.getValue() != null ? Checked.unreadable(e.getKey(), e.getValue())
                    : check(e.getKey(), analyzer, defined.workspaceFor(e.getKey()), configured, err));
        }
        switch (format) {
            case json -> out.println(CheckReport.json(checked));
            case sarif -> out.println(CheckReport.sarif(checked));
            default -> CheckReport.text(checked, out);
        }
        out.flush();
        boolean unreadable = checked.stream().flatMap(c -> c.notices().stream())
                .anyMatch(n -> n.kind() == FileNotice.Kind.UNREADABLE);
        boolean errors = checked.stream().flatMap(c -> c.diagnostics().stream())
                .anyMatch(d -> d.severity() == Severity.ERROR);
        return unreadable ? Main.USAGE : errors ? Main.PROBLEMS : Main.OK;
    }

    /**
     * Reads, analyses and (with {@code --fix}) fixes one file; the other files' top-level functions ({@code workspace})
     * bind as the editor's other open scripts do.
     */
    private Checked check(Path f, ScriptAnalyzer analyzer, WorkspaceFunctions workspace,
                          Map<String, Severity> configured, PrintWriter err) {
        SourceText source;
        try {
            source = SourceText.read(f);
        } catch (IOException | RuntimeException e) {
            return Checked.unreadable(f, FileNotice.CANNOT_READ_FILE
                    + (e instanceof IOException io ? SourceText.reason(io) : e.toString()));
        }
        FileNotice note = FileNotice.encodingOf(source);
        String text = source.text();
        List<ScriptDiagnostic> found = analyze(analyzer, text, workspace, configured);
        if (fix && !found.isEmpty()) {
            String fixed = CheckFix.fix(f, source, found, analyzer,
                    t -> analyze(analyzer, t, workspace, configured), err);
            if (!fixed.equals(text)) {
                text = fixed;
                found = analyze(analyzer, text, workspace, configured);
            }
        }
        return new Checked(f, f.toString(), text, note == null ? List.of() : List.of(note), found);
    }

    private static List<ScriptDiagnostic> analyze(ScriptAnalyzer analyzer, String text, WorkspaceFunctions workspace,
                                                  Map<String, Severity> configured) {
        List<ScriptDiagnostic> found = new ArrayList<>();
        List<ScriptDiagnostic> raw = ScriptAnalyzer.tooLarge(text).map(List::of)
                .orElseGet(() -> analyzer.analyze(ScriptDocument.parse(text), () -> { }, workspace));
        for (ScriptDiagnostic d : raw) {
            d.configured(configured.get(d.code())).ifPresent(found::add);
        }
        return found;
    }

    /**
     * Adds {@code p} (a file) or the scripts under it (a folder) to {@code files}; an entry that cannot be read (a
     * folder that cannot be listed, say) is added with the message saying why, and the walk goes on.
     */
    static void collect(Path p, List<Map.Entry<Path, String>> files) {
        if (!Files.isDirectory(p)) {
            files.add(new SimpleEntry<>(p, null));
            return;
        }
        Map<Path, String> found = new TreeMap<>();
        try {
            Files.walkFileTree(p, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isScript(file) && Files.isRegularFile(file)) {
                        found.put(file, null);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (Files.isDirectory(file)) {
                        found.put(file, FileNotice.CANNOT_READ_FOLDER + SourceText.reason(e));
                    } else if (isScript(file)) {
                        found.put(file, FileNotice.CANNOT_READ_FILE + SourceText.reason(e));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        found.put(dir, FileNotice.CANNOT_READ_FOLDER + SourceText.reason(e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.put(p, FileNotice.CANNOT_READ_FOLDER + SourceText.reason(e));
        }
        for (Map.Entry<Path, String> e : found.entrySet()) {
            files.add(new SimpleEntry<>(e.getKey(), e.getValue()));
        }
    }

    private static boolean isScript(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ps1") || n.endsWith(".psm1");
    }

}
