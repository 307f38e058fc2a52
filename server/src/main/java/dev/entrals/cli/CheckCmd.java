package dev.entrals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import dev.entrals.analysis.MigrationTable;
import dev.entrals.analysis.ScriptAnalyzer;
import dev.entrals.analysis.ScriptDiagnostic;
import dev.entrals.script.ScriptDocument;
import dev.entrals.settings.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code entra-ls check PATH… [--docs DIR]… [--format text|json|sarif] [--settings FILE] [--severity CODE=LEVEL]…}:
 * the language server's diagnostics over script files and folders (recursively {@code *.ps1} and {@code *.psm1}),
 * with the editor's severity settings when given; exit 1 when any error is found.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check PowerShell scripts against the Entra cmdlet docs and the AzureAD migration table.")
public final class CheckCmd implements Callable<Integer> {

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
                    + "then report what remains. Only valid UTF-8 files are changed.")
    boolean fix;

    @CommandLine.Mixin
    ModuleOptions modules = new ModuleOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One checked file: how it is shown, its text and its findings. */
    record Checked(Path path, String display, String text, List<dev.entrals.analysis.ScriptDiagnostic> diagnostics) {
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
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            ok &= collect(p, files, err);
        }
        ScriptAnalyzer analyzer = new ScriptAnalyzer(DocsOptions.load(docs, true, modules.installedModules()),
                MigrationTable.bundled());
        List<Checked> checked = new ArrayList<>();
        for (Path f : files) {
            CheckFix.Fixable strict = fix ? CheckFix.fixable(f, err) : null; // null: not to be fixed (said why)
            String text = strict != null ? strict.text() : read(f, err);
            if (text == null) {
                ok = false;
                continue;
            }
            List<ScriptDiagnostic> found = analyze(analyzer, text, configured);
            if (strict != null && !found.isEmpty()) {
                String fixed = CheckFix.fix(f, strict, found, analyzer, err);
                if (!fixed.equals(text)) {
                    text = fixed;
                    found = analyze(analyzer, text, configured);
                }
            }
            checked.add(new Checked(f, f.toString(), text, found));
        }
        switch (format) {
            case json -> out.println(CheckReport.json(checked));
            case sarif -> out.println(CheckReport.sarif(checked));
            default -> CheckReport.text(checked, out);
        }
        out.flush();
        boolean errors = checked.stream().flatMap(c -> c.diagnostics().stream())
                .anyMatch(d -> d.severity() == Severity.ERROR);
        return !ok ? Main.USAGE : errors ? Main.PROBLEMS : Main.OK;
    }

    private static List<ScriptDiagnostic> analyze(ScriptAnalyzer analyzer, String text, Map<String, Severity> configured) {
        List<ScriptDiagnostic> found = new ArrayList<>();
        List<ScriptDiagnostic> raw = ScriptAnalyzer.tooLarge(text).map(List::of)
                .orElseGet(() -> analyzer.analyze(ScriptDocument.parse(text)));
        for (ScriptDiagnostic d : raw) {
            d.configured(configured.get(d.code())).ifPresent(found::add);
        }
        return found;
    }

    /** Adds {@code p} (a file) or the scripts under it (a folder), sorted; false when a folder cannot be read. */
    private static boolean collect(Path p, List<Path> files, PrintWriter err) {
        if (!Files.isDirectory(p)) {
            files.add(p);
            return true;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            walk.filter(Files::isRegularFile).filter(CheckCmd::isScript).sorted().forEach(files::add);
            return true;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println("Cannot read folder " + p + ": " + e.getMessage());
            return false;
        }
    }

    private static boolean isScript(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".ps1") || n.endsWith(".psm1");
    }

    /** The file's text as UTF-8 (a byte-order mark dropped, bad bytes replaced), or null when unreadable. */
    private static String read(Path f, PrintWriter err) {
        try {
            byte[] bytes = Files.readAllBytes(f);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            err.println("Cannot read " + f + ": " + e.getMessage());
            return null;
        }
    }
}
