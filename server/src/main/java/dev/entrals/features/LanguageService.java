package dev.entrals.features;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.logging.Level;
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
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.SignatureHelpParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import dev.entrals.commons.DocumentStore;
import dev.entrals.commons.TextDocument;
import dev.entrals.settings.LiveSettings;

/**
 * The facade the LSP adapters call: finds the open document, runs the feature's provider with a cancel checker (off
 * the message thread, except the quick hover and signature help once the first docs load has ended), and turns a
 * provider's failure into an error reply for that request alone (with a log line).
 * Requests on documents that are not open answer nothing.
 */
public final class LanguageService {

    private static final Logger LOG = Logger.getLogger(LanguageService.class.getName());

    private final DocumentStore documents;
    private final LiveSettings settings;
    private final Providers providers;
    private final Executor executor;
    private volatile ClientInfo client = ClientInfo.PLAIN;
    private volatile org.eclipse.lsp4j.services.LanguageClient languageClient;

    public LanguageService(DocumentStore documents, LiveSettings settings, Providers providers, Executor executor) {
        this.documents = documents;
        this.settings = settings;
        this.providers = providers;
        this.executor = executor;
    }

    /** The client to send {@code $/progress} notifications to (set when the connection starts). */
    public void connect(org.eclipse.lsp4j.services.LanguageClient languageClient) {
        this.languageClient = languageClient;
    }

    /** Records what the client supports (at {@code initialize}). */
    public void useClient(ClientInfo client) {
        this.client = client;
        documents.useEncoding(client.encoding());
    }

    public ClientInfo client() {
        return client;
    }

    public DocumentStore documents() {
        return documents;
    }

    /** Answered on the message thread: hover must cost little more than the protocol floor (see the design note). */
    public CompletableFuture<Hover> hover(HoverParams p) {
        return inline("hover", p.getTextDocument(), p, providers.hover(), null);
    }

    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams p) {
        return onDocument("completion", p.getTextDocument(), p, providers.completion().andThen(Either::forRight),
                Either.forRight(new CompletionList(List.of())));
    }

    public CompletableFuture<CompletionItem> resolveCompletion(CompletionItem item) {
        return CompletableFutures.computeAsync(executor,
                cancel -> guarded("completionItem/resolve", "", () -> providers.completionResolve().resolve(item, context(cancel))));
    }

    /** Answered on the message thread, like hover: it follows every keystroke and must be quick. */
    public CompletableFuture<SignatureHelp> signatureHelp(SignatureHelpParams p) {
        return inline("signatureHelp", p.getTextDocument(), p, providers.signatureHelp(), null);
    }

    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams p) {
        return onDocument("codeAction", p.getTextDocument(), p, providers.codeAction(), List.of());
    }

    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams p) {
        return onDocument("definition", p.getTextDocument(), p, providers.definition(), Either.forLeft(List.of()));
    }

    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams p) {
        return onDocument("documentSymbol", p.getTextDocument(), p, providers.documentSymbol(), List.of());
    }

    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams p) {
        return onDocument("codeLens", p.getTextDocument(), p, providers.codeLens().andThen(lenses -> lenses), List.of());
    }

    /** Runs a declared command; unknown names get InvalidParams, declared ones without a handler RequestFailed. */
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams p) {
        String name = p.getCommand();
        CommandHandler handler = providers.commands().get(name);
        if (handler == null) {
            ResponseError error = ServerCommands.ALL.contains(name)
                    ? new ResponseError(ResponseErrorCode.RequestFailed, "The command " + name + " is not available yet.", null)
                    : new ResponseError(ResponseErrorCode.InvalidParams, "Unknown command: " + name, null);
            return CompletableFuture.failedFuture(new ResponseErrorException(error));
        }
        List<Object> args = p.getArguments() == null ? List.of() : p.getArguments();
        WorkDoneProgress progress = ClientProgress.of(languageClient, p.getWorkDoneToken());
        return CompletableFutures.computeAsync(executor, cancel -> guarded(name, "", () -> handler.execute(args,
                new RequestContext(settings.get(), client, cancel, p.getWorkDoneToken(), progress, documents))));
    }

    /** Tells each startup hook that the client is ready; a failing hook is logged and the others still run. */
    public void initialized(ClientChannel channel) {
        for (StartupHook hook : providers.startupHooks()) {
            try {
                hook.initialized(channel);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "a startup hook failed: " + e, e);
            }
        }
    }

    /** The diagnostics of a document version (run by the diagnostics scheduler, never on the message thread). */
    public List<Diagnostic> diagnose(TextDocument document, CancelChecker cancel) {
        return guarded("diagnostics", document.toString(), () -> providers.diagnostics().diagnose(document, context(cancel)));
    }

    private RequestContext context(CancelChecker cancel) {
        return new RequestContext(settings.get(), client, cancel, null, WorkDoneProgress.NONE, documents);
    }

    private <P, R> CompletableFuture<R> onDocument(String feature, TextDocumentIdentifier id, P params,
            FeatureProvider<P, R> slot, R nothing) {
        TextDocument doc = open(feature, id);
        if (doc == null) {
            return CompletableFuture.completedFuture(nothing);
        }
        return CompletableFutures.computeAsync(executor,
                cancel -> guarded(feature, doc.toString(), () -> slot.provide(doc, params, context(cancel))));
    }

    /**
     * Runs a quick provider on the message thread, saving the hop to a worker thread (about as much as the whole
     * protocol round trip). Its cancel checker never fires: a cancel queued behind it would arrive after the answer.
     */
    private <P, R> CompletableFuture<R> inline(String feature, TextDocumentIdentifier id, P params,
            FeatureProvider<P, R> slot, R nothing) {
        if (!providers.inlineReady().getAsBoolean()) {
            return onDocument(feature, id, params, slot, nothing); // it may wait for the first docs load: not here
        }
        TextDocument doc = open(feature, id);
        if (doc == null) {
            return CompletableFuture.completedFuture(nothing);
        }
        try {
            return CompletableFuture.completedFuture(
                    guarded(feature, doc.toString(), () -> slot.provide(doc, params, context(NEVER_CANCELLED))));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static final CancelChecker NEVER_CANCELLED = () -> { };

    private TextDocument open(String feature, TextDocumentIdentifier id) {
        TextDocument doc = id == null ? null : documents.get(id.getUri()).orElse(null);
        if (doc == null) {
            LOG.fine(() -> feature + " on a document that is not open: " + (id == null ? null : id.getUri()));
        }
        return doc;
    }

    private static <R> R guarded(String feature, String where, java.util.function.Supplier<R> work) {
        try {
            return work.get();
        } catch (CancellationException | ResponseErrorException passThrough) {
            throw passThrough;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // the errors are last resorts (memory is bounded by the input, parsing is iterative): this request gets
            // an error and the server carries on
            LOG.log(Level.SEVERE, feature + " failed on " + where + ": " + e, e);
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
                    feature + " failed: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()), null));
        }
    }
}
