package dev.entrals;

import dev.entrals.lsp.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

import dev.entrals.commons.ContentChange;
import dev.entrals.commons.TextDocument;
import dev.entrals.features.DiagnosticsScheduler;
import dev.entrals.features.LanguageService;
import dev.entrals.features.LspPositions;

/** Text document messages as thin adapters: sync goes to the document store, requests to the language service. */
public final class EntraTextDocumentService implements TextDocumentService {

    private static final Logger LOG = Logger.getLogger(EntraTextDocumentService.class.getName());

    private final ServerRuntime runtime;

    EntraTextDocumentService(ServerRuntime runtime) {
        this.runtime = runtime;
    }

    private LanguageService service() {
        return runtime.service();
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var item = params == null ? null : params.getTextDocument();
        if (item == null || item.getUri() == null) {
            LOG.warning("didOpen without a text document ignored");
            return;
        }
        service().documents().open(item.getUri(), item.getLanguageId(), item.getVersion(), item.getText());
        runtime.diagnostics().opened(item.getUri());
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        var id = params == null ? null : params.getTextDocument();
        if (id == null || id.getUri() == null || params.getContentChanges() == null) {
            LOG.warning("didChange without a text document or changes ignored");
            return;
        }
        int version = id.getVersion() == null ? Integer.MIN_VALUE : id.getVersion();
        if (service().documents().change(id.getUri(), version, changes(params.getContentChanges())).isPresent()) {
            runtime.diagnostics().changed(id.getUri());
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        var id = params == null ? null : params.getTextDocument();
        TextDocument closing = id == null ? null : service().documents().get(id.getUri()).orElse(null);
        if (id != null && service().documents().close(id.getUri())) {
            runtime.diagnostics().closed(id.getUri());
            if (closing != null && closing.text().length() >= DiagnosticsScheduler.RELEASE_CHARS) {
                runtime.diagnostics().releaseMemory();
            }
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // the content is already known from didChange
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return service().hover(Params.atPosition(params, "textDocument/hover"));
    }

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return service().completion(Params.atPosition(params, "textDocument/completion"));
    }

    @Override
    public CompletableFuture<CompletionItem> resolveCompletionItem(CompletionItem item) {
        Params.require(item != null, "completionItem/resolve needs an item");
        return service().resolveCompletion(item);
    }

    @Override
    public CompletableFuture<SignatureHelp> signatureHelp(SignatureHelpParams params) {
        return service().signatureHelp(Params.atPosition(params, "textDocument/signatureHelp"));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        Params.require(params != null && params.getTextDocument() != null && params.getRange() != null,
                "textDocument/codeAction needs textDocument and range");
        return service().codeAction(params);
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(
            DefinitionParams params) {
        return service().definition(Params.atPosition(params, "textDocument/definition"));
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
            DocumentSymbolParams params) {
        Params.require(params != null && params.getTextDocument() != null, "textDocument/documentSymbol needs textDocument");
        return service().documentSymbol(params);
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        Params.require(params != null && params.getTextDocument() != null, "textDocument/codeLens needs textDocument");
        return service().codeLens(params);
    }

    private static List<ContentChange> changes(List<TextDocumentContentChangeEvent> events) {
        List<ContentChange> out = new ArrayList<>(events.size());
        for (TextDocumentContentChangeEvent e : events) {
            if (e == null) {
                continue;
            }
            var r = e.getRange();
            if (r == null) {
                out.add(ContentChange.full(e.getText()));
            } else if (r.getStart() == null || r.getEnd() == null) {
                LOG.warning("a change with half a range ignored");
            } else {
                out.add(new ContentChange(LspPositions.of(r.getStart()), LspPositions.of(r.getEnd()), e.getText()));
            }
        }
        return out;
    }

}
