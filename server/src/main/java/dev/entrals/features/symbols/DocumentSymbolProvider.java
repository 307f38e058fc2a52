package dev.entrals.features.symbols;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import dev.entrals.commons.TextDocument;
import dev.entrals.features.FeatureProvider;
import dev.entrals.features.RequestContext;
import dev.entrals.features.ScriptView;
import dev.entrals.script.FunctionDefinition;

/**
 * Document symbols: the script's functions, filters, workflows and configurations as a tree (a definition inside
 * another's body is its child), kind Function, the name as selection range, the keyword and parameters as detail.
 */
public final class DocumentSymbolProvider
        implements FeatureProvider<DocumentSymbolParams, List<Either<SymbolInformation, DocumentSymbol>>> {

    @Override
    public List<Either<SymbolInformation, DocumentSymbol>> provide(TextDocument document, DocumentSymbolParams params,
                                                                   RequestContext context) {
        ScriptView view = ScriptView.of(document);
        List<DocumentSymbol> roots = new ArrayList<>();
        Deque<FunctionDefinition> open = new ArrayDeque<>();
        Deque<DocumentSymbol> openSymbols = new ArrayDeque<>();
        for (FunctionDefinition f : view.script().functions()) {
            while (!open.isEmpty() && open.peek().end() <= f.start()) {
                open.pop();
                openSymbols.pop();
            }
            DocumentSymbol s = symbol(view, f);
            if (openSymbols.isEmpty()) {
                roots.add(s);
            } else {
                openSymbols.peek().getChildren().add(s);
            }
            open.push(f);
            openSymbols.push(s);
        }
        return roots.stream().map(Either::<SymbolInformation, DocumentSymbol>forRight).toList();
    }

    private static DocumentSymbol symbol(ScriptView view, FunctionDefinition f) {
        String keyword = f.kind().name().toLowerCase(Locale.ROOT);
        String params = f.parameters().isEmpty() ? ""
                : " (" + String.join(", ", f.parameters().stream().map(p -> "$" + p.name()).toList()) + ")";
        DocumentSymbol s = new DocumentSymbol(f.name(), SymbolKind.Function, view.range(f.start(), f.end()),
                view.range(f.nameStart(), f.nameEnd()), keyword + params);
        s.setChildren(new ArrayList<>());
        return s;
    }
}
