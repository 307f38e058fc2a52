package dev.entrals.features.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import dev.entrals.analysis.FindingFixes;
import dev.entrals.analysis.MigrationFix;
import dev.entrals.analysis.Rule;
import dev.entrals.analysis.ScopeFindings;
import dev.entrals.analysis.ScriptAnalyzer;
import java.util.concurrent.ConcurrentHashMap;
import dev.entrals.analysis.ScriptDiagnostic;
import dev.entrals.commons.TextDocument;
import dev.entrals.features.FeatureProvider;
import dev.entrals.features.LspPositions;
import dev.entrals.features.RequestContext;
import dev.entrals.features.diagnostics.LspDiagnostics;
import dev.entrals.features.diagnostics.ScriptAnalysis;

/**
 * Fixes for the analysis findings: replace a retired cmdlet with its Entra equivalent, write a switch value as the
 * switch, and the parameter findings' fixes of {@link FindingFixes} (quick fixes on the requested range); and replace
 * every retired cmdlet of the file and apply every safe fix at once ({@code source.fixAll}, or
 * {@code source.fixAll.entra} when the client asks for that kind).
 */
public final class CodeActionProvider implements FeatureProvider<CodeActionParams, List<Either<Command, CodeAction>>>,
        dev.entrals.features.StartupHook {

    /** The kind of this server's fix-all action when a client asks for it by name. */
    public static final String FIX_ALL_ENTRA = CodeActionKind.SourceFixAll + ".entra";

    /**
     * Quick fixes are offered for the first this many findings of the requested range: each retired-cmdlet fix
     * parses the migrated document, so a range over the whole of a script with 100,000 retired calls cost 100,000
     * parses. Editors ask for the cursor's range; the fix-all covers the rest.
     */
    static final int MAX_FINDINGS_FIXED = 50;

    private final ScriptAnalysis analysis;
    /** Whether the client applies snippet edits ({@code experimental.snippetTextEdit}, as rust-analyzer's clients). */
    private volatile boolean snippets;
    /** Whether the client shows disabled actions with their reason ({@code codeAction.disabledSupport}). */
    private volatile boolean disabledSupport;

    /** Actions from the findings of {@code analysis}. */
    public CodeActionProvider(ScriptAnalysis analysis) {
        this.analysis = analysis;
    }

    /** Reads whether the client declared {@code experimental: {"snippetTextEdit": true}}. */
    @Override
    public void initialized(dev.entrals.features.ClientChannel channel) {
        Object experimental = channel.capabilities().getExperimental();
        Object flag = null;
        if (experimental instanceof com.google.gson.JsonElement e && e.isJsonObject()) {
            com.google.gson.JsonElement v = e.getAsJsonObject().get("snippetTextEdit");
            flag = v != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean() ? v.getAsBoolean() : null;
        } else if (experimental instanceof Map<?, ?> m) {
            flag = m.get("snippetTextEdit");
        }
        snippets = Boolean.TRUE.equals(flag);
        var text = channel.capabilities().getTextDocument();
        disabledSupport = text != null && text.getCodeAction() != null
                && Boolean.TRUE.equals(text.getCodeAction().getDisabledSupport());
    }

    @Override
    public List<Either<Command, CodeAction>> provide(TextDocument doc, CodeActionParams params, RequestContext ctx) {
        List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
        List<ScriptDiagnostic> found = analysis.diagnose(doc, ctx);
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        if (wanted(only, CodeActionKind.QuickFix)) {
            int from = doc.offsetAt(position(params.getRange().getStart()));
            int to = doc.offsetAt(position(params.getRange().getEnd()));
            int fixed = 0;
            for (ScriptDiagnostic d : found) {
                if (d.start() <= to && d.end() >= from && fixed++ < MAX_FINDINGS_FIXED) {
                    quickFixes(doc, d).forEach(a -> out.add(Either.forRight(a)));
                }
            }
        }
        String fixAllKind = only != null && only.contains(FIX_ALL_ENTRA) ? FIX_ALL_ENTRA : CodeActionKind.SourceFixAll;
        if (wanted(only, fixAllKind)) {
            CodeAction all = fixAll(doc, found, fixAllKind);
            if (all != null) {
                out.add(Either.forRight(all));
            }
        }
        return out;
    }

    private List<CodeAction> quickFixes(TextDocument doc, ScriptDiagnostic d) {
        List<CodeAction> out = new ArrayList<>();
        switch (d.rule()) {
            case RETIRED_CMDLET -> {
                if (d.suggestions().isEmpty()) {
                    break; // an MSOnline call whose parameters do not all carry over: the message says why
                }
                MigrationFix.Result r = migration(doc, List.of(d));
                out.add(fix(doc, d, "Replace with " + d.suggestions().get(0) + switchNote(r),
                        textEdits(doc, r.all()), true));
            }
            case UNKNOWN_PARAMETER, AMBIGUOUS_PARAMETER, DUPLICATE_PARAMETER, INVALID_VALUE, MISSING_MANDATORY, MISSING_SCOPE,
                 UNKNOWN_COMMAND -> {
                for (FindingFixes.Fix f : FindingFixes.of(ScriptAnalysis.script(doc), d, analysis.analyzer())) {
                    out.add(snippets && f.snippet() != null && f.edits().size() == 1 ? snippetFix(doc, d, f)
                            : fix(doc, d, f.title(), textEdits(doc, f.edits()), f.preferred()));
                }
            }
            case SWITCH_VALUE -> {
                // "-All $true": each suggestion rewrites the switch and its value, e.g. "-All:$true" or "-All"
                for (int i = 0; i < d.suggestions().size(); i++) {
                    boolean preferred = i == 0;
                    MigrationFix.switchEdit(doc.text(), d, d.suggestions().get(i)).ifPresent(e -> out.add(fix(doc, d,
                            "Write " + e.newText(), textEdits(doc, List.of(e)), preferred)));
                }
            }
            case MISSING_ARGUMENT -> {
                if (disabledSupport) { // no fix, and the editor says why where the fixes are listed
                    String name = doc.text().substring(d.start(), d.end());
                    CodeAction a = fix(doc, d, "Write the value of " + name, List.of(), false);
                    a.setEdit(null);
                    a.setDisabled(new org.eclipse.lsp4j.CodeActionDisabled("No automatic fix: the value of " + name
                            + " is the script author's to write"));
                    out.add(a);
                }
            }
            default -> { }
        }
        return out;
    }


    /**
     * The migrations of one document version (the fix-all's, each quick fix's), by the retired findings they
     * migrate, for the analyzer in force: clients ask for code actions on every cursor move, and a migration parses
     * the migrated text and analyses its migrated calls.
     */
    private static final class MigrationMemo {
        private volatile ScriptAnalyzer analyzer;
        private final Map<List<ScriptDiagnostic>, MigrationFix.Result> results = new ConcurrentHashMap<>();

        MigrationFix.Result get(String text, List<ScriptDiagnostic> retired, ScriptAnalyzer current) {
            if (analyzer != current) {
                results.clear();
                analyzer = current;
            }
            return results.computeIfAbsent(List.copyOf(retired), r -> MigrationFix.of(text, r, current));
        }
    }

    private MigrationFix.Result migration(TextDocument doc, List<ScriptDiagnostic> retired) {
        return doc.derived(MigrationMemo.class, d -> new MigrationMemo()).get(doc.text(), retired, analysis.analyzer());
    }

    private CodeAction fixAll(TextDocument doc, List<ScriptDiagnostic> found, String kind) {
        MigrationFix.Result r = migration(doc, found.stream()
                .filter(d -> d.rule() == Rule.RETIRED_CMDLET && !d.suggestions().isEmpty()).toList());
        List<MigrationFix.Edit> others = FindingFixes.safeEdits(ScriptAnalysis.script(doc), found,
                analysis.analyzer(), r.all());
        List<String> scopes = new ArrayList<>();
        List<MigrationFix.Edit> scopeEdits = found.stream().anyMatch(d -> d.rule() == Rule.MISSING_SCOPE)
                ? ScopeFindings.fixAll(ScriptAnalysis.script(doc), analysis.analyzer().scopes(), scopes) : List.of();
        if (r.names().isEmpty() && others.isEmpty() && scopeEdits.isEmpty()) {
            return null;
        }
        if (r.names().isEmpty() && others.isEmpty()) {
            CodeAction a = new CodeAction(ScopeFindings.fixAllTitle(scopes));
            a.setKind(kind);
            a.setEdit(new WorkspaceEdit(Map.of(doc.uri(), textEdits(doc, scopeEdits))));
            return a;
        }
        List<MigrationFix.Edit> all = new ArrayList<>(r.all());
        all.addAll(others);
        scopeEdits.stream().filter(e -> all.stream().noneMatch(o -> o.start() < e.end() + 1 && e.start() < o.end()))
                .forEach(all::add);
        all.sort(java.util.Comparator.comparingInt(MigrationFix.Edit::start));
        List<TextEdit> edits = textEdits(doc, all);
        String fixes = others.size() + (others.size() == 1 ? " safe fix" : " safe fixes");
        CodeAction a = new CodeAction((r.names().isEmpty() ? "Apply the Entra findings' " + fixes
                : "Replace all retired AzureAD cmdlets with their Entra equivalents (" + r.names().size() + ")"
                + switchNote(r) + (others.isEmpty() ? "" : ", and apply " + fixes))
                + (scopeEdits.isEmpty() ? "" : ", and add the scopes this script needs"));
        a.setKind(kind);
        a.setEdit(new WorkspaceEdit(Map.of(doc.uri(), edits)));
        return a;
    }

    private static CodeAction fix(TextDocument doc, ScriptDiagnostic d, String title, List<TextEdit> edits,
                                  boolean preferred) {
        CodeAction a = new CodeAction(title);
        a.setKind(CodeActionKind.QuickFix);
        a.setDiagnostics(List.of(LspDiagnostics.toLsp(doc, d)));
        a.setEdit(new WorkspaceEdit(Map.of(doc.uri(), edits)));
        a.setIsPreferred(preferred);
        return a;
    }

    /** The fix with its one edit as a snippet, in {@code documentChanges} (as rust-analyzer sends snippet edits). */
    private static CodeAction snippetFix(TextDocument doc, ScriptDiagnostic d, FindingFixes.Fix f) {
        MigrationFix.Edit e = f.edits().get(0);
        CodeAction a = fix(doc, d, f.title(), List.of(), f.preferred());
        TextEdit edit = new SnippetTextEdit(LspDiagnostics.range(doc, e.start(), e.end()), f.snippet());
        a.setEdit(new WorkspaceEdit(List.of(Either.forLeft(new org.eclipse.lsp4j.TextDocumentEdit(
                new org.eclipse.lsp4j.VersionedTextDocumentIdentifier(doc.uri(), doc.version()), List.of(edit))))));
        return a;
    }

    private static List<TextEdit> textEdits(TextDocument doc, List<MigrationFix.Edit> edits) {
        List<TextEdit> out = new ArrayList<>(edits.size());
        edits.forEach(e -> out.add(new TextEdit(LspDiagnostics.range(doc, e.start(), e.end()), e.newText())));
        return out;
    }

    /** Says that the fix also rewrites switch values ({@code -All $true}), when it does. */
    private static String switchNote(MigrationFix.Result r) {
        int n = r.switches().size();
        return n == 0 ? "" : n == 1 ? ", writing " + r.switches().get(0).newText() + " as a switch"
                : ", writing " + n + " switch values as switches";
    }

    /** Whether a client restricting kinds to {@code only} (null: no restriction) wants actions of {@code kind}. */
    private static boolean wanted(List<String> only, String kind) {
        return only == null || only.isEmpty()
                || only.stream().anyMatch(o -> kind.equals(o) || kind.startsWith(o + "."));
    }

    private static dev.entrals.commons.TextPosition position(org.eclipse.lsp4j.Position p) {
        return LspPositions.of(p);
    }
}
