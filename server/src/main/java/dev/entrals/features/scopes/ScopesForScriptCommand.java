package dev.entrals.features.scopes;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import com.google.gson.JsonElement;

import dev.entrals.analysis.ScopeFacts;
import dev.entrals.analysis.ScopeReport;
import dev.entrals.analysis.ScriptAnalyzer;
import dev.entrals.analysis.ScriptScopes;
import dev.entrals.commons.PositionEncoding;
import dev.entrals.commons.SourceText;
import dev.entrals.commons.TextDocument;
import dev.entrals.features.DocumentCommand;
import dev.entrals.features.LspPositions;
import dev.entrals.features.RequestContext;
import dev.entrals.features.ScriptView;

/**
 * {@code entra.scopesForScript}: the Graph permissions a script needs. Argument: the script's URI, as a string or as
 * {@code {"uri": "..."}}; an open document is read as the editor has it, else a {@code file:} URI from disk. Result:
 * {@code {"uri", "delegated": least set, "application": least set, "unknown": {"delegated": [cmdlet…],
 * "application": [cmdlet…]}, "calls": [{"command", "range", "delegated": [[permission…]…], "application": […],
 * "coveredBy": {"delegated": [permission…], "application": […]}}]}}: each call's alternatives narrowest first and
 * the part of the least set that allows it (empty when none is known).
 */
public final class ScopesForScriptCommand implements DocumentCommand {

    private final java.util.function.Supplier<ScopeFacts> facts;

    /** The command over {@code facts}, asked for on the first use (not at start-up). */
    public ScopesForScriptCommand(java.util.function.Supplier<ScopeFacts> facts) {
        this.facts = facts;
    }

    @Override
    public Object execute(List<Object> arguments, RequestContext context,
                          Function<String, Optional<TextDocument>> open) {
        String uri = uri(arguments).orElseThrow(() -> invalid(
                "entra.scopesForScript needs the script's URI: a string argument or {\"uri\": \"...\"}."));
        TextDocument doc = open.apply(uri).orElseGet(() -> read(uri));
        if (doc.text().length() > ScriptAnalyzer.MAX_CHARS) {
            throw invalid("The script " + uri + " is too large to analyse.");
        }
        ScriptScopes scopes = ScriptScopes.of(ScriptView.parsed(doc), facts.get());
        return result(doc, scopes);
    }

    /** The result map of {@code scopes} found in {@code doc}. */
    static Map<String, Object> result(TextDocument doc, ScriptScopes scopes) {
        ScopeReport delegated = ScopeReport.of(scopes.calls(), true);
        ScopeReport application = ScopeReport.of(scopes.calls(), false);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("uri", doc.uri());
        out.put("delegated", delegated.leastSet());
        out.put("application", application.leastSet());
        Map<String, Object> unknown = new LinkedHashMap<>();
        unknown.put("delegated", delegated.unknown().stream().map(ScopeReport.CallNeed::command).distinct().toList());
        unknown.put("application", application.unknown().stream().map(ScopeReport.CallNeed::command).distinct()
                .toList());
        out.put("unknown", unknown);
        List<Map<String, Object>> calls = new ArrayList<>();
        for (int i = 0; i < scopes.calls().size(); i++) {
            ScriptScopes.Call c = scopes.calls().get(i);
            Map<String, Object> call = new LinkedHashMap<>();
            call.put("command", c.command().name());
            call.put("range", LspPositions.range(doc, c.command().nameStart(), c.command().nameEnd()));
            call.put("delegated", c.needs().delegated());
            call.put("application", c.needs().application());
            Map<String, Object> covered = new LinkedHashMap<>();
            covered.put("delegated", delegated.calls().get(i).coveredBy());
            covered.put("application", application.calls().get(i).coveredBy());
            call.put("coveredBy", covered);
            calls.add(call);
        }
        out.put("calls", calls);
        return out;
    }

    private static TextDocument read(String uri) {
        Path file;
        try {
            URI u = URI.create(uri);
            if (!"file".equalsIgnoreCase(u.getScheme())) {
                throw invalid("The script " + uri + " is not open in the editor, and only file: URIs are read from disk.");
            }
            file = Path.of(u);
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw invalid("Not a script URI: " + uri);
        }
        if (!Files.isRegularFile(file)) {
            throw invalid("The script " + uri + " is not open in the editor and is not a readable file.");
        }
        try {
            return new TextDocument(uri, "powershell", 0, SourceText.read(file).text(), PositionEncoding.UTF16);
        } catch (IOException e) {
            throw invalid("The script " + uri + " could not be read: " + e.getMessage());
        }
    }

    /** The URI from the first argument: a JSON string, an object's {@code uri} string, or a Java string. */
    static Optional<String> uri(List<Object> arguments) {
        if (arguments == null || arguments.isEmpty()) {
            return Optional.empty();
        }
        Object a = arguments.get(0);
        String uri = null;
        if (a instanceof String s) {
            uri = s;
        } else if (a instanceof JsonElement e) {
            if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
                uri = e.getAsString();
            } else if (e.isJsonObject() && e.getAsJsonObject().has("uri")
                    && e.getAsJsonObject().get("uri").isJsonPrimitive()
                    && e.getAsJsonObject().get("uri").getAsJsonPrimitive().isString()) {
                uri = e.getAsJsonObject().get("uri").getAsString();
            }
        }
        return Optional.ofNullable(uri).map(String::trim).filter(u -> !u.isEmpty());
    }

    private static ResponseErrorException invalid(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
    }
}
