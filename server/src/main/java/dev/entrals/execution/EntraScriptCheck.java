package dev.entrals.execution;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.entrals.analysis.MigrationTable;
import dev.entrals.commons.LineIndex;
import dev.entrals.commons.SourceText;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.ScriptDocument;

/**
 * {@code Test-EntraScript} (both modules, Test-EntraScript.ps1), answered here as its code answers it: each
 * {@code -Path} (a file, resolved as every file argument of a run is, {@link RunInput#file}; a wildcard in its last
 * segment picks the files it matches, as {@code Resolve-Path} does), or {@code -Content} named by the first
 * {@code -Path}, is parsed and every command whose name as written is one the module does not support is listed as
 * {Name, Line, Type = UnsupportedCommand, Command, Code} (:46-61). The module's list ({@code $script:MISSING_CMDS},
 * filled by its build, not in its source) is read here as the project reads "retired with no Microsoft.Entra
 * replacement": the rows of the migration table ({@link MigrationTable}: AzureAD, AzureADPreview and MSOnline) whose
 * replacement is empty, the rule {@code RETIRED_CMDLET_NO_REPLACEMENT} of the analysis. A renamed cmdlet (a
 * replacement, Entra's or Microsoft Graph PowerShell's) is not listed.
 */
final class EntraScriptCheck {

    /** The note of a {@code -Quiet} answer: what its value means here, and the module's code's inverse. */
    static final String QUIET_NOTE = "-Quiet: True means the script uses no unsupported command (could run under the"
            + " module), as the module's help says; the module's code (Test-EntraScript.ps1:77) returns the inverse.";

    /** The note of a {@code -Content} answer: the module's code checks content against an empty list. */
    static final String CONTENT_NOTE = "-Content is checked against the same list as a file (the module's code passes"
            + " no list for -Content, Test-EntraScript.ps1:89, and so never reports anything there).";

    /** A finding's properties, all shown in a table (the module's five). */
    private static final List<String> COLUMNS = List.of("Name", "Line", "Type", "Command", "Code");

    /** How an error of the module's own starts (a warning starts {@code WARNING:}). */
    private static final String ERROR = "Test-EntraScript: ";

    private EntraScriptCheck() {
    }

    /**
     * The answer for {@code arguments}: the findings (or, with {@code -Quiet}, one {@code Value} per script); a path
     * not found and a folder are reported in {@code notes} and the others still checked. {@code beta}: the Beta
     * module's call (a name retired from both AzureAD modules is judged by its AzureADPreview row).
     */
    static LocalAnswers.Answer answer(Map<String, Object> arguments, Function<String, Path> files, boolean beta) {
        MigrationTable.Preference preference = beta ? MigrationTable.Preference.AZURE_AD_PREVIEW
                : MigrationTable.Preference.AZURE_AD;
        boolean quiet = Boolean.TRUE.equals(arguments.get("Quiet"));
        List<String> paths = texts(arguments.get("Path"));
        Object content = arguments.get("Content");
        List<String> notes = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        if (content != null && !paths.isEmpty()) {
            notes.add(CONTENT_NOTE);
            add(paths.get(0), String.valueOf(content), preference, quiet, rows);
        } else {
            int checked = 0;
            for (String entry : paths) {
                for (Path p : resolve(entry, files, notes)) {
                    if (!Files.isRegularFile(p)) {
                        notes.add("WARNING: Not a file: " + p);
                        continue;
                    }
                    try {
                        add(p.toString(), SourceText.read(p).text(), preference, quiet, rows);
                        checked++;
                    } catch (IOException e) {
                        notes.add(ERROR + "Cannot read the file " + p + " (" + SourceText.reason(e) + ").");
                    }
                }
            }
            if (checked == 0 && !notes.isEmpty()) {
                String all = String.join("\n", notes); // the run's error names the cmdlet before its first line
                throw new LocalAnswers.Failure(all.startsWith(ERROR) ? all.substring(ERROR.length()) : all);
            }
        }
        if (quiet) {
            notes.add(QUIET_NOTE);
            StringBuilder text = new StringBuilder();
            rows.forEach(r -> text.append(Boolean.TRUE.equals(r.get("Value")) ? "True" : "False").append('\n'));
            return new LocalAnswers.Answer(rows, false, text.toString(), notes);
        }
        if (rows.isEmpty()) {
            notes.add("No command the module does not support.");
        }
        return new LocalAnswers.Answer(rows, false, ResultFormatter.format(rows, false, COLUMNS, ResultFormat.AUTO),
                notes);
    }

    /** The findings of one script (or its one {@code Value} with {@code quiet}) added to {@code rows}. */
    private static void add(String name, String text, MigrationTable.Preference preference, boolean quiet,
                            List<Map<String, Object>> rows) {
        String script = text.replace("\r\n", "\n"); // Get-Content's lines joined with "`n" (:104)
        ScriptDocument doc = ScriptDocument.parse(script);
        LineIndex lines = LineIndex.of(script);
        MigrationTable table = MigrationTable.bundled();
        int found = 0;
        for (CommandInvocation c : doc.commands()) {
            if (c.name() == null || !unsupported(table, c.name(), preference)) {
                continue;
            }
            found++;
            if (!quiet) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("Name", name);
                row.put("Line", lines.lineOf(c.start()) + 1);
                row.put("Type", "UnsupportedCommand");
                row.put("Command", c.name());
                row.put("Code", script.substring(c.start(), c.end()));
                rows.add(row);
            }
        }
        if (quiet) {
            rows.add(Map.of("Value", found == 0));
        }
    }

    /** Whether {@code name}, as written, is retired with no replacement ({@code -notin} compares any case). */
    static boolean unsupported(MigrationTable table, String name, MigrationTable.Preference preference) {
        return table.find(name, preference).filter(r -> r.replacementName().isEmpty()).isPresent();
    }

    /**
     * The files {@code entry} names: the one path, or with {@code *}/{@code ?} in its last segment the entries of
     * its folder that match, sorted; none is an error in {@code notes}, as {@code Resolve-Path} writes it.
     */
    private static List<Path> resolve(String entry, Function<String, Path> files, List<String> notes) {
        Path p;
        try {
            p = files.apply(entry);
        } catch (InvalidPathException e) {
            notes.add(ERROR + "Not a valid path: '" + entry + "'.");
            return List.of();
        }
        String last = p.getFileName() == null ? "" : p.getFileName().toString();
        if (last.indexOf('*') < 0 && last.indexOf('?') < 0) {
            if (Files.exists(p)) {
                return List.of(p);
            }
        } else if (p.getParent() != null && Files.isDirectory(p.getParent())) {
            List<Path> matched = new ArrayList<>();
            try (DirectoryStream<Path> in = Files.newDirectoryStream(p.getParent(), last)) {
                in.forEach(matched::add);
            } catch (IOException e) {
                notes.add(ERROR + "Cannot read the folder " + p.getParent() + ".");
                return List.of();
            }
            if (!matched.isEmpty()) {
                matched.sort(null);
                return matched;
            }
        }
        notes.add(ERROR + "Cannot find path '" + p + "' because it does not exist.");
        return List.of();
    }

    private static List<String> texts(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }
}
