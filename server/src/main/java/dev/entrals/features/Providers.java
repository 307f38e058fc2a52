package dev.entrals.features;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The provider in each feature slot. {@link #none()} answers nothing everywhere; features plug in with the builder:
 * {@code Providers.builder().hover(new HoverProvider(index)).build()}.
 */
public record Providers(
        FeatureProvider<HoverParams, Hover> hover,
        FeatureProvider<CompletionParams, CompletionList> completion,
        CompletionResolver completionResolve,
        FeatureProvider<SignatureHelpParams, SignatureHelp> signatureHelp,
        FeatureProvider<CodeActionParams, List<Either<Command, CodeAction>>> codeAction,
        FeatureProvider<DefinitionParams, Either<List<? extends Location>, List<? extends LocationLink>>> definition,
        FeatureProvider<DocumentSymbolParams, List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol,
        FeatureProvider<CodeLensParams, List<CodeLens>> codeLens,
        DiagnosticsProvider diagnostics,
        Map<String, CommandHandler> commands,
        List<StartupHook> startupHooks,
        java.util.function.BooleanSupplier inlineReady) {

    public Providers {
        commands = Map.copyOf(commands);
        startupHooks = List.copyOf(startupHooks);
    }

    /** Every slot empty: null or empty answers, no diagnostics, no command handlers. */
    public static Providers none() {
        return builder().build();
    }

    /** A builder whose slots start empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** Fills the slots one by one; unset slots answer nothing. */
    public static final class Builder {
        private FeatureProvider<HoverParams, Hover> hover = (d, p, c) -> null;
        private FeatureProvider<CompletionParams, CompletionList> completion = (d, p, c) -> new CompletionList(List.of());
        private CompletionResolver completionResolve = (item, c) -> item;
        private FeatureProvider<SignatureHelpParams, SignatureHelp> signatureHelp = (d, p, c) -> null;
        private FeatureProvider<CodeActionParams, List<Either<Command, CodeAction>>> codeAction = (d, p, c) -> List.of();
        private FeatureProvider<DefinitionParams, Either<List<? extends Location>, List<? extends LocationLink>>>
                definition = (d, p, c) -> Either.forLeft(List.of());
        private FeatureProvider<DocumentSymbolParams, List<Either<SymbolInformation, DocumentSymbol>>>
                documentSymbol = (d, p, c) -> List.of();
        private final List<FeatureProvider<CodeLensParams, List<CodeLens>>> codeLenses = new java.util.ArrayList<>();
        private DiagnosticsProvider diagnostics = (d, c) -> List.of();
        private final Map<String, CommandHandler> commands = new LinkedHashMap<>();
        private final List<StartupHook> startupHooks = new java.util.ArrayList<>();
        private java.util.function.BooleanSupplier inlineReady = () -> true;

        /**
         * Hover and signature help run on the message thread only while {@code ready} holds (e.g. once the first docs
         * load has ended); until then they run on a worker, where they may wait for it.
         */
        public Builder inlineWhen(java.util.function.BooleanSupplier ready) {
            inlineReady = ready;
            return this;
        }

        public Builder hover(FeatureProvider<HoverParams, Hover> p) {
            hover = p;
            return this;
        }

        public Builder completion(FeatureProvider<CompletionParams, CompletionList> p) {
            completion = p;
            return this;
        }

        public Builder completionResolve(CompletionResolver p) {
            completionResolve = p;
            return this;
        }

        public Builder signatureHelp(FeatureProvider<SignatureHelpParams, SignatureHelp> p) {
            signatureHelp = p;
            return this;
        }

        public Builder codeAction(FeatureProvider<CodeActionParams, List<Either<Command, CodeAction>>> p) {
            codeAction = p;
            return this;
        }

        public Builder definition(
                FeatureProvider<DefinitionParams, Either<List<? extends Location>, List<? extends LocationLink>>> p) {
            definition = p;
            return this;
        }

        public Builder documentSymbol(
                FeatureProvider<DocumentSymbolParams, List<Either<SymbolInformation, DocumentSymbol>>> p) {
            documentSymbol = p;
            return this;
        }

        /** Adds a code lens provider: the answer is every added provider's lenses, in the order they were added. */
        public Builder codeLens(FeatureProvider<CodeLensParams, List<CodeLens>> p) {
            codeLenses.add(p);
            return this;
        }

        public Builder diagnostics(DiagnosticsProvider p) {
            diagnostics = p;
            return this;
        }

        /** Handles one of {@link ServerCommands#ALL}; other names are refused, so the declared list stays the truth. */
        public Builder command(String name, CommandHandler handler) {
            if (!ServerCommands.ALL.contains(name)) {
                throw new IllegalArgumentException(name + " is not declared in ServerCommands.ALL");
            }
            commands.put(name, handler);
            return this;
        }

        /** Runs {@code hook} once the client has sent {@code initialized} (e.g. to reach the client later). */
        public Builder onInitialized(StartupHook hook) {
            startupHooks.add(hook);
            return this;
        }

        public Providers build() {
            List<FeatureProvider<CodeLensParams, List<CodeLens>>> lensProviders = List.copyOf(codeLenses);
            FeatureProvider<CodeLensParams, List<CodeLens>> codeLens = lensProviders.size() == 1 ? lensProviders.get(0)
                    : (d, p, c) -> {
                        List<CodeLens> all = new java.util.ArrayList<>();
                        lensProviders.forEach(l -> all.addAll(l.provide(d, p, c)));
                        return all;
                    };
            return new Providers(hover, completion, completionResolve, signatureHelp, codeAction, definition,
                    documentSymbol, codeLens, diagnostics, commands, startupHooks, inlineReady);
        }
    }
}
