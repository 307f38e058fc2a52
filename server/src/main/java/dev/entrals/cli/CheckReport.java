package dev.entrals.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.entrals.analysis.Rule;
import dev.entrals.analysis.ScriptDiagnostic;
import dev.entrals.commons.LineIndex;
import dev.entrals.commons.TextPosition;
import dev.entrals.commons.PositionEncoding;
import dev.entrals.settings.Severity;

/**
 * Prints the results of {@code check}: text lines {@code file:line:col: severity: message [code]} and a summary, a
 * JSON array, or a SARIF 2.1.0 log. Lines and columns are 1-based; columns count UTF-16 code units (SARIF's default
 * {@code columnKind}).
 */
final class CheckReport {

    /** Where the SARIF log says more about the tool can be read. */
    static final String INFORMATION_URI = "https://learn.microsoft.com/powershell/entra-powershell/";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CheckReport() {
    }

    /**
     * One line per file notice ({@code file: severity: message [code]}) and diagnostic, then {@code N errors, N
     * warnings, N information in N files checked}, and how many of them could not be read when any.
     */
    static void text(List<CheckCommand.Checked> checked, PrintWriter out) {
        int[] counts = new int[Severity.values().length];
        int unreadable = 0;
        for (CheckCommand.Checked c : checked) {
            for (FileNotice n : c.notices()) {
                out.println(c.display() + ": " + word(n.kind().severity()) + ": " + n.message() + " ["
                        + n.kind().code() + "]");
                counts[n.kind().severity().ordinal()]++;
                unreadable += n.kind() == FileNotice.Kind.UNREADABLE ? 1 : 0;
            }
            LineIndex lines = LineIndex.of(c.text());
            for (ScriptDiagnostic d : c.diagnostics()) {
                TextPosition p = lines.position(d.start(), PositionEncoding.UTF16);
                out.println(c.display() + ":" + (p.line() + 1) + ":" + (p.character() + 1) + ": " + word(d.severity())
                        + ": " + d.message() + " [" + d.code() + "]");
                counts[d.severity().ordinal()]++;
            }
        }
        out.println(plural(counts[Severity.ERROR.ordinal()], "error") + ", "
                + plural(counts[Severity.WARNING.ordinal()], "warning") + ", "
                + counts[Severity.INFORMATION.ordinal()] + " information in " + plural(checked.size(), "file")
                + " checked" + (unreadable == 0 ? "" : " (" + unreadable + " could not be read)"));
    }

    /**
     * An array of {@code {file, line, column, endLine, endColumn, severity, code, message, helpUri, suggestions}}; a
     * file notice has null line and columns.
     */
    static String json(List<CheckCommand.Checked> checked) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (CheckCommand.Checked c : checked) {
            for (FileNotice n : c.notices()) {
                all.add(map("file", c.display(), "line", null, "column", null, "endLine", null, "endColumn", null,
                        "severity", word(n.kind().severity()), "code", n.kind().code(), "message", n.message(),
                        "helpUri", null, "suggestions", List.of()));
            }
            LineIndex lines = LineIndex.of(c.text());
            for (ScriptDiagnostic d : c.diagnostics()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", c.display());
                putRegion(m, lines, d, "line", "column", "endLine", "endColumn");
                m.put("severity", word(d.severity()));
                m.put("code", d.code());
                m.put("message", d.message());
                m.put("helpUri", d.helpUri());
                m.put("suggestions", d.suggestions());
                all.add(m);
            }
        }
        return write(all);
    }

    /**
     * A SARIF 2.1.0 log with one run: the tool with its rules (the analysis rules, the same as the editor's severity
     * settings) and its notifications (the file notices' kinds), one result per diagnostic, and one invocation with a
     * tool execution notification per file notice. A file that could not be read also gets a result (rule id
     * {@code file-unreadable}, a location without region: code-scanning views show results, not notifications) and
     * makes the invocation unsuccessful.
     */
    static String sarif(List<CheckCommand.Checked> checked) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Rule r : Rule.values()) {
            rules.add(map("id", r.code(), "name", r.name(), "shortDescription", map("text", r.title()),
                    "helpUri", r.helpUri(), "defaultConfiguration", map("level", level(r.defaultSeverity()))));
        }
        List<Map<String, Object>> kinds = new ArrayList<>();
        for (FileNotice.Kind k : FileNotice.Kind.values()) {
            kinds.add(map("id", k.code(), "name", k.name(), "shortDescription", map("text", k.title()),
                    "helpUri", FileNotice.Kind.HELP_URI, "defaultConfiguration", map("level", level(k.severity()))));
        }
        List<Map<String, Object>> results = new ArrayList<>();
        List<Map<String, Object>> notifications = new ArrayList<>();
        boolean successful = true;
        for (CheckCommand.Checked c : checked) {
            String uri = uri(c);
            for (FileNotice n : c.notices()) {
                List<Map<String, Object>> at = List.of(map("physicalLocation", map("artifactLocation", map("uri", uri))));
                notifications.add(map("level", level(n.kind().severity()),
                        "message", map("text", c.display() + ": " + n.message()), "locations", at,
                        "descriptor", map("id", n.kind().code(), "index", n.kind().ordinal())));
                if (n.kind() == FileNotice.Kind.UNREADABLE) {
                    successful = false;
                    results.add(map("ruleId", n.kind().code(), "level", level(n.kind().severity()),
                            "message", map("text", n.message()), "locations", at));
                }
            }
            LineIndex lines = LineIndex.of(c.text());
            for (ScriptDiagnostic d : c.diagnostics()) {
                Map<String, Object> region = new LinkedHashMap<>();
                putRegion(region, lines, d, "startLine", "startColumn", "endLine", "endColumn");
                Map<String, Object> result = map("ruleId", d.code(), "ruleIndex", d.rule().ordinal(),
                        "level", level(d.severity()), "message", map("text", d.message()),
                        "locations", List.of(map("physicalLocation", map("artifactLocation", map("uri", uri),
                                "region", region))));
                if (d.helpUri() != null) {
                    result.put("properties", map("helpUri", d.helpUri(), "suggestions", d.suggestions()));
                }
                results.add(result);
            }
        }
        Map<String, Object> driver = map("name", "entra-ls", "version", Version.version(),
                "informationUri", INFORMATION_URI, "rules", rules, "notifications", kinds);
        Map<String, Object> invocation = map("executionSuccessful", successful);
        if (!notifications.isEmpty()) {
            invocation.put("toolExecutionNotifications", notifications);
        }
        Map<String, Object> run = map("tool", map("driver", driver), "invocations", List.of(invocation),
                "columnKind", "utf16CodeUnits", "results", results);
        return write(map("$schema", "https://json.schemastore.org/sarif-2.1.0.json", "version", "2.1.0",
                "runs", List.of(run)));
    }

    private static void putRegion(Map<String, Object> m, LineIndex lines, ScriptDiagnostic d, String... keys) {
        TextPosition s = lines.position(d.start(), PositionEncoding.UTF16);
        TextPosition e = lines.position(d.end(), PositionEncoding.UTF16);
        m.put(keys[0], s.line() + 1);
        m.put(keys[1], s.character() + 1);
        m.put(keys[2], e.line() + 1);
        m.put(keys[3], e.character() + 1);
    }

    /** A relative path as a relative URI reference (forward slashes, escaped), an absolute one as a file URI. */
    private static String uri(CheckCommand.Checked c) {
        if (c.path().isAbsolute()) {
            return c.path().toUri().toString();
        }
        String rel = c.path().normalize().toString().replace('\\', '/');
        try {
            return new URI(null, null, rel, null).toASCIIString();
        } catch (URISyntaxException e) {
            return c.path().toAbsolutePath().toUri().toString();
        }
    }

    private static String word(Severity s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFORMATION, HINT -> "note";
            case OFF -> "none";
        };
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report", e);
        }
    }
}
