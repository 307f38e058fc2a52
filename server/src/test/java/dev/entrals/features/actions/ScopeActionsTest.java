package dev.entrals.features.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

import dev.entrals.analysis.TestDocs;
import dev.entrals.commons.LineIndex;
import dev.entrals.commons.PositionEncoding;
import dev.entrals.docs.HelpIndex;
import dev.entrals.features.DocsReloader;
import dev.entrals.features.Providers;
import dev.entrals.features.diagnostics.ScriptAnalysis;
import dev.entrals.features.diagnostics.ScriptDiagnosticsProvider;
import dev.entrals.lsp.InProcessServer;
import dev.entrals.testing.Fixture;

/** The {@code missing-scope} quick fix and the fix-all's added scopes, through a real lsp4j client in-process. */
class ScopeActionsTest {

    private static final String URI = "file:///work/scopes.ps1";

    private static List<CodeAction> actions(String marked, List<String> only) throws Exception {
        HelpIndex index = TestDocs.index();
        ScriptAnalysis analysis = new ScriptAnalysis(new DocsReloader<>(d -> index, index, Runnable::run));
        Providers providers = Providers.builder().diagnostics(new ScriptDiagnosticsProvider(analysis))
                .codeAction(new CodeActionProvider(analysis)).build();
        Fixture f = Fixture.of(marked);
        try (InProcessServer s = InProcessServer.withClient(providers)) {
            s.initialize();
            s.open(URI, f.text());
            Position at = position(f.text(), f.cursor());
            CodeActionContext ctx = new CodeActionContext(List.of());
            ctx.setOnly(only);
            List<Either<Command, CodeAction>> got = s.server.getTextDocumentService()
                    .codeAction(new CodeActionParams(new TextDocumentIdentifier(URI), new Range(at, at), ctx))
                    .get(10, TimeUnit.SECONDS);
            List<CodeAction> out = new ArrayList<>();
            got.forEach(e -> out.add(e.getRight()));
            return out;
        }
    }

    private static Position position(String text, int offset) {
        dev.entrals.commons.TextPosition p = LineIndex.of(text).position(offset, PositionEncoding.UTF16);
        return new Position(p.line(), p.character());
    }

    private static String apply(String text, CodeAction action) {
        List<TextEdit> edits = new ArrayList<>(action.getEdit().getChanges().get(URI));
        edits.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
                .thenComparing(e -> e.getRange().getStart().getCharacter()).reversed());
        LineIndex lines = LineIndex.of(text);
        StringBuilder b = new StringBuilder(text);
        for (TextEdit e : edits) {
            int start = lines.offset(e.getRange().getStart().getLine(), e.getRange().getStart().getCharacter(),
                    PositionEncoding.UTF16);
            int end = lines.offset(e.getRange().getEnd().getLine(), e.getRange().getEnd().getCharacter(),
                    PositionEncoding.UTF16);
            b.replace(start, end, e.getNewText());
        }
        return b.toString();
    }

    private static final String SCRIPT = """
            Connect-Entra -Scopes 'User.Read.All'
            Get-Entra<|>GroupMember -GroupId $g
            Get-EntraApplication -ApplicationId $a
            """;

    @Test
    void theQuickFixAddsTheNarrowestScopeAndIsPreferred() throws Exception {
        List<CodeAction> got = actions(SCRIPT, List.of("quickfix"));
        assertEquals(List.of("Add 'GroupMember.Read.All' to Connect-Entra -Scopes",
                "Add the scopes this script needs to Connect-Entra -Scopes: 'GroupMember.Read.All', "
                        + "'Application.Read.All'"), got.stream().map(CodeAction::getTitle).toList());
        assertTrue(got.get(0).getIsPreferred());
        assertEquals("missing-scope", got.get(0).getDiagnostics().get(0).getCode().getLeft());
        assertEquals("""
                Connect-Entra -Scopes 'User.Read.All', 'GroupMember.Read.All'
                Get-EntraGroupMember -GroupId $g
                Get-EntraApplication -ApplicationId $a
                """, apply(Fixture.of(SCRIPT).text(), got.get(0)));
    }

    @Test
    void theFixAllAddsTheLeastSetCoveringTheScript() throws Exception {
        List<CodeAction> got = actions(SCRIPT, List.of("source.fixAll"));
        assertEquals(1, got.size(), got.toString());
        assertEquals("Add the scopes this script needs to Connect-Entra -Scopes: 'GroupMember.Read.All', "
                + "'Application.Read.All'", got.get(0).getTitle());
        assertEquals("""
                Connect-Entra -Scopes 'User.Read.All', 'GroupMember.Read.All', 'Application.Read.All'
                Get-EntraGroupMember -GroupId $g
                Get-EntraApplication -ApplicationId $a
                """, apply(Fixture.of(SCRIPT).text(), got.get(0)));
    }
}
