package dev.entrals.features.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

import dev.entrals.StandardFeatures;
import dev.entrals.lsp.InProcessServer;

/** A code-action range over thousands of findings offers quick fixes for the first ones only, and the fix-all. */
class CodeActionRangeLimitTest {

    private static final String URI = "file:///work/many-retired.ps1";

    @Test
    void aRangeOverTwoThousandRetiredCallsGetsFiftyQuickFixesAndTheFixAll() throws Exception {
        int calls = 2_000;
        try (InProcessServer s = InProcessServer.withFeatures(StandardFeatures.standard())) {
            s.initialize();
            s.open(URI, "Get-AzureADUser -ObjectId x\n".repeat(calls));
            CodeActionParams all = new CodeActionParams(new TextDocumentIdentifier(URI),
                    new Range(new Position(0, 0), new Position(calls, 0)), new CodeActionContext(List.of()));
            List<Either<Command, CodeAction>> got = s.server.getTextDocumentService().codeAction(all)
                    .get(120, TimeUnit.SECONDS);
            List<CodeAction> actions = got.stream().map(Either::getRight).toList();
            assertEquals(CodeActionProvider.MAX_FINDINGS_FIXED,
                    actions.stream().filter(a -> CodeActionKind.QuickFix.equals(a.getKind())).count());
            assertEquals(new Position(49, 0), actions.get(49).getDiagnostics().get(0).getRange().getStart(),
                    "the first findings of the range, in order");
            CodeAction fixAll = actions.stream().filter(a -> CodeActionKind.SourceFixAll.equals(a.getKind()))
                    .findFirst().orElseThrow();
            assertEquals(calls, fixAll.getEdit().getChanges().get(URI).size(), "the fix-all still covers every call");
        }
    }
}
