package dev.entrals.features;

import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

import dev.entrals.analysis.WorkspaceFunctions;
import dev.entrals.commons.DocumentStore;
import dev.entrals.commons.TextDocument;
import dev.entrals.settings.EntraSettings;

/**
 * What a provider gets with each request besides its params: the settings in force, what the client supports, the
 * cancel checker of this request ({@code cancel.checkCanceled()} throws once the client cancelled or the document
 * changed; long loops should call it now and then), the request's {@code workDoneToken} (null when the client sent
 * none), where to report progress on it ({@link WorkDoneProgress#NONE} without a token), and the open documents
 * (null when the request has none: for commands that read them by URI, and for what the workspace's other scripts
 * define, {@link #workspace}).
 */
public record RequestContext(EntraSettings settings, ClientInfo client, CancelChecker cancel,
        Either<String, Integer> workDoneToken, WorkDoneProgress progress,
        DocumentStore documents) {

    /** Other open documents up to this many chars are parsed for {@link #workspace} if no parse exists yet. */
    static final int PARSE_HERE = 64 * 1024;

    /** A context with a work-done token and a progress reporter, and no other open documents. */
    public RequestContext(EntraSettings settings, ClientInfo client, CancelChecker cancel,
            Either<String, Integer> workDoneToken, WorkDoneProgress progress) {
        this(settings, client, cancel, workDoneToken, progress, null);
    }

    /**
     * The functions the other open scripts define, as {@code current} sees them (parsed once per version, in URI
     * order; the current document left out).
     */
    public WorkspaceFunctions workspace(TextDocument current) {
        java.util.Collection<TextDocument> all = documents == null ? java.util.List.of() : documents.all();
        if (all.size() < 2) {
            return WorkspaceFunctions.NONE;
        }
        java.util.List<WorkspaceFunctions.Script> others = new java.util.ArrayList<>();
        for (TextDocument d : all) {
            if (current == null || !d.uri().equals(current.uri())) {
                // the parse the diagnostics made; a large version not parsed yet is skipped, not parsed here (a
                // request may run on the message thread): its functions come back once it is diagnosed
                java.util.Optional<dev.entrals.script.ScriptDocument> parsed = d.text().length() <= PARSE_HERE
                        ? java.util.Optional.of(ScriptView.parsed(d)) : d.derivedIfPresent(
                                dev.entrals.script.ScriptDocument.class);
                parsed.ifPresent(p -> others.add(new WorkspaceFunctions.Script(d.uri(), p)));
            }
        }
        others.sort(java.util.Comparator.comparing(WorkspaceFunctions.Script::uri));
        return WorkspaceFunctions.of(others);
    }

    /** A context without a work-done token. */
    public RequestContext(EntraSettings settings, ClientInfo client, CancelChecker cancel) {
        this(settings, client, cancel, null, WorkDoneProgress.NONE);
    }

    /** A context with the request's work-done token but no progress reporter. */
    public RequestContext(EntraSettings settings, ClientInfo client, CancelChecker cancel,
            Either<String, Integer> workDoneToken) {
        this(settings, client, cancel, workDoneToken, WorkDoneProgress.NONE);
    }

    /** A context with a progress reporter. */
    public RequestContext(EntraSettings settings, ClientInfo client, CancelChecker cancel, WorkDoneProgress progress) {
        this(settings, client, cancel, null, progress);
    }
}
