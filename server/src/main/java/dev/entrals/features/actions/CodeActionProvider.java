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

import dev.entrals.analysis.Rule;
import dev.entrals.analysis.ScriptDiagnostic;
import dev.entrals.commons.TextDocument;
import dev.entrals.features.FeatureProvider;
import dev.entrals.features.RequestContext;
import dev.entrals.features.diagnostics.LspDiagnostics;
import dev.entrals.features.diagnostics.ScriptAnalysis;

/**
 * Fixes for the analysis findings: replace a retired cmdlet with its Entra equivalent, replace an unknown or
 * ambiguous parameter with a suggested one (quick fixes on the requested range), and replace every retired cmdlet
 * of the file at once ({@code source.fixAll}, or {@code source.fixAll.entra} when the client asks for that kind).
 */
public final class CodeActionProvider implements FeatureProvider<CodeActionParams, List<Either<Command, CodeAction>>> {

    /** The kind of this server's fix-all action when a client asks for it by name. */
    public static final String FIX_ALL_ENTRA = CodeActionKind.SourceFixAll + ".entra";

    private final ScriptAnalysis analysis;

    /** Actions from the findings of {@code analysis}. */
    public CodeActionProvider(ScriptAnalysis analysis) {
        this.analysis = analysis;
    }

    @Override
    public List<Either<Command, CodeAction>> provide(TextDocument doc, CodeActionParams params, RequestContext ctx) {
        List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
        List<ScriptDiagnostic> found = analysis.diagnose(doc, ctx);
        List<Either<Command, CodeAction>> out = new ArrayList<>();
        if (wanted(only, CodeActionKind.QuickFix)) {
            int from = doc.offsetAt(position(params.getRange().getStart()));
            int to = doc.offsetAt(position(params.getRange().getEnd()));
            for (ScriptDiagnostic d : found) {
                if (d.start() <= to && d.end() >= from) {
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

    private static List<CodeAction> quickFixes(TextDocument doc, ScriptDiagnostic d) {
        List<CodeAction> out = new ArrayList<>();
        switch (d.rule()) {
            case RETIRED_CMDLET -> out.add(fix(doc, d, "Replace with " + d.suggestions().get(0),
                    List.of(nameEdit(doc, d, d.suggestions().get(0))), true));
            case UNKNOWN_PARAMETER, AMBIGUOUS_PARAMETER -> {
                String typed = doc.text().substring(d.start(), d.end());
                for (int i = 0; i < d.suggestions().size(); i++) {
                    String name = "-" + d.suggestions().get(i);
                    out.add(fix(doc, d, "Replace " + typed + " with " + name,
                            List.of(new TextEdit(LspDiagnostics.range(doc, d.start(), d.end()), name)),
                            i == 0 && d.rule() == Rule.UNKNOWN_PARAMETER));
                }
            }
            case POSITIONAL_ARGUMENT -> {
                // "-All $true": each suggestion rewrites the switch and its value, e.g. "-All:$true" or "-All"
                for (int i = 0; i < d.suggestions().size(); i++) {
                    String rewrite = d.suggestions().get(i);
                    int from = switchStart(doc.text(), d.start(), rewrite.split(":", 2)[0]);
                    if (from >= 0) {
                        out.add(fix(doc, d, "Write " + rewrite, List.of(new TextEdit(
                                LspDiagnostics.range(doc, from, d.end()), rewrite)), i == 0));
                    }
                }
            }
            default -> { }
        }
        return out;
    }

    /** Where {@code typed} (a {@code -Switch}) ends right before {@code argStart}, spaces apart; -1 if it does not. */
    private static int switchStart(String text, int argStart, String typed) {
        int i = argStart;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
            i--;
        }
        int from = i - typed.length();
        return i < argStart && from >= 0 && text.regionMatches(true, from, typed, 0, typed.length()) ? from : -1;
    }

    private static CodeAction fixAll(TextDocument doc, List<ScriptDiagnostic> found, String kind) {
        List<TextEdit> edits = new ArrayList<>();
        for (ScriptDiagnostic d : found) {
            if (d.rule() == Rule.RETIRED_CMDLET && !d.suggestions().isEmpty()) {
                edits.add(nameEdit(doc, d, d.suggestions().get(0)));
            }
        }
        if (edits.isEmpty()) {
            return null;
        }
        CodeAction a = new CodeAction("Replace all retired AzureAD cmdlets with their Entra equivalents ("
                + edits.size() + ")");
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

    /** Replaces a command name, keeping the quotes of a quoted name ({@code & 'Get-AzureADUser'}). */
    private static TextEdit nameEdit(TextDocument doc, ScriptDiagnostic d, String replacement) {
        int start = d.start();
        int end = d.end();
        String text = doc.text();
        if (end - start >= 2 && isQuote(text.charAt(start)) && isQuote(text.charAt(end - 1))) {
            start++;
            end--;
        }
        return new TextEdit(LspDiagnostics.range(doc, start, end), replacement);
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"' || c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D';
    }

    /** Whether a client restricting kinds to {@code only} (null: no restriction) wants actions of {@code kind}. */
    private static boolean wanted(List<String> only, String kind) {
        return only == null || only.isEmpty()
                || only.stream().anyMatch(o -> kind.equals(o) || kind.startsWith(o + "."));
    }

    private static dev.entrals.commons.Position position(org.eclipse.lsp4j.Position p) {
        return new dev.entrals.commons.Position(p.getLine(), p.getCharacter());
    }
}
