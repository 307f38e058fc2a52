package dev.entrals.features.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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

/** The quick fix of a retired MSOnline call, through a real lsp4j client: a rename only when the mapping is exact. */
class MsOnlineActionTest {

    private static final String URI = "file:///work/msol.ps1";

    private static List<CodeAction> actions(String marked) throws Exception {
        HelpIndex index = TestDocs.index();
        ScriptAnalysis analysis = new ScriptAnalysis(new DocsReloader<>(d -> index, index, Runnable::run));
        Providers providers = Providers.builder().diagnostics(new ScriptDiagnosticsProvider(analysis))
                .codeAction(new CodeActionProvider(analysis)).build();
        Fixture f = Fixture.of(marked);
        try (InProcessServer s = InProcessServer.withClient(providers)) {
            s.initialize();
            s.open(URI, f.text());
            dev.entrals.commons.TextPosition p = LineIndex.of(f.text()).position(f.cursor(), PositionEncoding.UTF16);
            Position at = new Position(p.line(), p.character());
            CodeActionContext ctx = new CodeActionContext(List.of());
            ctx.setOnly(List.of("quickfix"));
            List<Either<Command, CodeAction>> got = s.server.getTextDocumentService()
                    .codeAction(new CodeActionParams(new TextDocumentIdentifier(URI), new Range(at, at), ctx))
                    .get(10, TimeUnit.SECONDS);
            List<CodeAction> out = new ArrayList<>();
            got.forEach(e -> out.add(e.getRight()));
            return out;
        }
    }

    @Test
    void exactMappingIsRenamed() throws Exception {
        List<CodeAction> got = actions("$u = Get-Msol<|>User -All");
        assertEquals(List.of("Replace with Get-EntraUser"), got.stream().map(CodeAction::getTitle).toList());
        CodeAction a = got.get(0);
        assertEquals("retired-cmdlet", a.getDiagnostics().get(0).getCode().getLeft());
        List<TextEdit> edits = a.getEdit().getChanges().get(URI);
        assertEquals(1, edits.size());
        assertEquals("Get-EntraUser", edits.get(0).getNewText());
        assertEquals(new Range(new Position(0, 5), new Position(0, 17)), edits.get(0).getRange());
    }

    @Test
    void inexactMappingHasNoFix() throws Exception {
        assertTrue(actions("Get-Msol<|>User -UserPrincipalName $upn").isEmpty());
    }
}
