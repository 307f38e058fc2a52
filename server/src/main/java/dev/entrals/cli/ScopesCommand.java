package dev.entrals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.entrals.analysis.ScopeFacts;
import dev.entrals.analysis.ScopeReport;
import dev.entrals.analysis.ScriptAnalyzer;
import dev.entrals.analysis.ScriptScopes;
import dev.entrals.commons.LineIndex;
import dev.entrals.commons.SourceText;
import dev.entrals.commons.TextPosition;
import dev.entrals.script.ScriptDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code entra-ls scopes PATH… [--format text|json] [--delegated|--application]}: the least set of Graph permissions
 * that covers every Entra call of the scripts, and for each call the permission of that set that allows it; exit 1
 * when a call has no known permission of the kind (they are listed), 2 when a path cannot be read.
 */
@Command(name = "scopes", mixinStandardHelpOptions = true,
        description = "The least set of Graph permissions the scripts' Entra calls need, and which one covers each "
                + "call; exit 1 when a call has no known permission.")
public final class ScopesCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { text, json }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @CommandLine.Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Script files, or folders to search for *.ps1 and *.psm1 files.")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json.")
    Format format;

    /** Which kind of permission: delegated (the default) or application. */
    static final class Kind {
        @CommandLine.Option(names = "--delegated", description = "Delegated permissions, as Connect-Entra -Scopes "
                + "asks for them (the default).")
        boolean delegated;

        @CommandLine.Option(names = "--application", description = "Application permissions (app-only sign-in).")
        boolean application;
    }

    @CommandLine.ArgGroup(exclusive = true)
    Kind kind = new Kind();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One call found: where it is (1-based line and column) and what it needs. */
    record Found(String file, int line, int column, ScopeReport.CallNeed need) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("No such file or folder: " + p);
                return Main.USAGE;
            }
        }
        List<Map.Entry<Path, String>> files = new ArrayList<>();
        paths.forEach(p -> CheckCommand.collect(p, files));
        boolean delegated = !kind.application;
        ScopeFacts facts = ScopeFacts.bundled();
        List<ScriptScopes.Call> calls = new ArrayList<>();
        List<String[]> where = new ArrayList<>(); // file, line, column of each call
        boolean unreadable = false;
        for (Map.Entry<Path, String> e : files) {
            String text = read(e.getKey(), e.getValue(), err);
            if (text == null) {
                unreadable = true;
                continue;
            }
            LineIndex lines = LineIndex.of(text);
            for (ScriptScopes.Call c : ScriptScopes.of(ScriptDocument.parse(text), facts).calls()) {
                TextPosition at = lines.position(c.command().nameStart());
                calls.add(c);
                where.add(new String[] {e.getKey().toString(), String.valueOf(at.line() + 1),
                        String.valueOf(at.character() + 1)});
            }
        }
        ScopeReport report = ScopeReport.of(calls, delegated);
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            String[] w = where.get(i);
            found.add(new Found(w[0], Integer.parseInt(w[1]), Integer.parseInt(w[2]), report.calls().get(i)));
        }
        if (format == Format.json) {
            out.println(json(report, found));
        } else {
            text(report, found, out);
        }
        out.flush();
        return unreadable ? Main.USAGE : report.unknown().isEmpty() ? Main.OK : Main.PROBLEMS;
    }

    private static String read(Path file, String problem, PrintWriter err) {
        if (problem != null) {
            err.println(file + ": " + problem);
            return null;
        }
        try {
            String text = SourceText.read(file).text();
            if (text.length() > ScriptAnalyzer.MAX_CHARS) {
                err.println(file + ": too large to analyse (over " + ScriptAnalyzer.MAX_CHARS + " chars)");
                return null;
            }
            return text;
        } catch (IOException | RuntimeException e) {
            err.println(file + ": " + FileNotice.CANNOT_READ_FILE
                    + (e instanceof IOException io ? SourceText.reason(io) : e.toString()));
            return null;
        }
    }

    private static void text(ScopeReport report, List<Found> found, PrintWriter out) {
        String kind = report.delegated() ? "delegated" : "application";
        out.println(report.leastSet().isEmpty() ? "No " + kind + " permission needed by a known call."
                : "Least " + kind + " permissions: " + String.join(", ", report.leastSet()));
        if (report.delegated() && !report.leastSet().isEmpty()) {
            out.println("  Connect-Entra -Scopes " + String.join(", ",
                    report.leastSet().stream().map(s -> "'" + s + "'").toList()));
        }
        for (Found f : found) {
            if (f.need().known()) {
                out.println(f.file() + ":" + f.line() + ":" + f.column() + ": " + f.need().command() + ": "
                        + String.join(" + ", f.need().coveredBy()));
            }
        }
        List<Found> unknown = found.stream().filter(f -> !f.need().known()).toList();
        if (!unknown.isEmpty()) {
            out.println("No known " + kind + " permission (" + unknown.size() + "):");
            unknown.forEach(f -> out.println(f.file() + ":" + f.line() + ":" + f.column() + ": "
                    + f.need().command()));
        }
    }

    private static String json(ScopeReport report, List<Found> found) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("kind", report.delegated() ? "delegated" : "application");
        root.put("leastSet", report.leastSet());
        List<Map<String, Object>> calls = new ArrayList<>();
        List<Map<String, Object>> unknown = new ArrayList<>();
        for (Found f : found) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("file", f.file());
            c.put("line", f.line());
            c.put("column", f.column());
            c.put("command", f.need().command());
            if (f.need().known()) {
                c.put("needs", f.need().needs().of(report.delegated()));
                c.put("coveredBy", f.need().coveredBy());
                calls.add(c);
            } else {
                unknown.add(c);
            }
        }
        root.put("calls", calls);
        root.put("unknown", unknown);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
