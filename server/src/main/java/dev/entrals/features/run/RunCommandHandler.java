package dev.entrals.features.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.lsp4j.ShowDocumentParams;
import org.eclipse.lsp4j.ShowDocumentResult;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import dev.entrals.analysis.ParameterBinder;
import dev.entrals.commons.TextDocument;
import dev.entrals.commons.TextPosition;
import dev.entrals.docs.HelpIndex;
import dev.entrals.execution.GraphClient;
import dev.entrals.execution.ModuleState;
import dev.entrals.execution.RunEngine;
import dev.entrals.execution.RunInput;
import dev.entrals.execution.RunResult;
import dev.entrals.execution.RunStatus;
import dev.entrals.execution.ScopeAdvice;
import dev.entrals.execution.SessionChanges;
import dev.entrals.execution.UrlOpener;
import dev.entrals.features.ClientChannel;
import dev.entrals.features.CommandHandler;
import dev.entrals.features.DocsAccess;
import dev.entrals.features.DocsReloader;
import dev.entrals.features.RequestContext;
import dev.entrals.features.StartupHook;
import dev.entrals.features.ScriptView;
import dev.entrals.graph.RequestPlanner;
import dev.entrals.session.AuthType;
import dev.entrals.script.CommandInvocation;
import dev.entrals.script.ScriptDocument;
import dev.entrals.session.EntraContext;

/**
 * {@code entra.run}: reads its arguments, takes the text of the open document's lines (or the command line), runs it
 * and answers {@code {command, request, status, write, objects, count, single, text, notes, millis, unevaluated,
 * scopes, reasons}} ({@code reasons}: why each name of {@code unevaluated} is asked for, {@code {name, kind, prompt,
 * alternatives}}) and, after a 403 in a delegated session, {@code reconnect}: the {@code entra.connect} argument that
 * signs in again as the session did, adding the narrowest permission that allows the call. Not being connected is an error
 * that says to connect first; a Graph error is a result with its status and text. A confirmed run that opens a URL
 * for a person (the admin consent page) asks the editor to open it ({@code window/showDocument}, external) when the
 * client supports that.
 */
public final class RunCommandHandler implements CommandHandler, StartupHook {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(
            RunCommandHandler.class.getName());

    /** The most objects one answer carries (the count says how many Graph returned). */
    static final int KEEP = 1000;

    private final DocsReloader<HelpIndex> loads;
    private final DocsAccess docs;
    private final Supplier<RequestPlanner> planner;
    private final GraphClient client;
    private final Supplier<java.util.Optional<EntraContext>> session;
    private final java.util.function.Function<RequestContext, SessionChanges> sessions;
    /** The module session state of this server's session: what a run keeps for later runs ({@link ModuleState}). */
    private final ModuleState state = new ModuleState();
    /** The way back to the client, once it has sent {@code initialized} (null before: no URL is opened). */
    private volatile ClientChannel channel;

    /**
     * A handler binding with the docs in force once their latest load has finished ({@code loads}), read as the
     * editor features read them ({@code docs}: one snapshot per index, whose binder caches each cmdlet's sets),
     * planning with {@code planner}, sending with {@code client}.
     */
    public RunCommandHandler(DocsReloader<HelpIndex> loads, DocsAccess docs, Supplier<RequestPlanner> planner,
            GraphClient client, Supplier<java.util.Optional<EntraContext>> session) {
        this(loads, docs, planner, client, session, ctx -> SessionChanges.NONE);
    }

    /**
     * As above; {@code sessions} gives, per request, the editor's sign-in and sign-out (the session commands' own) for
     * a run of {@code Connect-Entra} and {@code Disconnect-Entra}.
     */
    public RunCommandHandler(DocsReloader<HelpIndex> loads, DocsAccess docs, Supplier<RequestPlanner> planner,
            GraphClient client, Supplier<java.util.Optional<EntraContext>> session,
            java.util.function.Function<RequestContext, SessionChanges> sessions) {
        this.sessions = sessions;
        this.loads = loads;
        this.docs = docs;
        this.planner = planner;
        this.client = client;
        this.session = session;
    }

    @Override
    public Object execute(List<Object> args, RequestContext ctx) {
        RunArguments a = RunArguments.read(args);
        RunInput in = input(a, ctx);
        RunEngine engine = new RunEngine(binder(), planner.get(), client,
                ScopeAdvice.of(dev.entrals.analysis.ScopeFacts.bundled()), browser(), sessions.apply(ctx), state);
        RunProgress progress = new RunProgress(ctx.progress());
        RunResult r;
        try {
            r = engine.run(in, progress, () -> ctx.cancel().isCanceled());
        } finally {
            progress.end();
        }
        if (r.status() == RunStatus.NOT_CONNECTED) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, r.text().strip(), null));
        }
        Map<String, Object> answer = answer(r);
        java.util.Optional<EntraContext> c = session.get();
        if (!r.scopes().isEmpty() && c.isPresent() && c.get().authType() == AuthType.Delegated) {
            java.util.Set<String> union = new java.util.LinkedHashSet<>(c.get().scopes());
            union.add(r.scopes().get(0));
            answer.put("reconnect", c.get().reconnectArguments(List.copyOf(union)));
        }
        return answer;
    }

    /** The session changed (null: signed out): the module session state of another session is forgotten. */
    public void sessionChanged(EntraContext contextOrNull) {
        state.sessionChanged(contextOrNull);
    }

    @Override
    public void initialized(ClientChannel c) {
        channel = c;
    }

    /**
     * What opens a URL a confirmed run opens for a person (the admin consent page): {@code window/showDocument} with
     * {@code external: true}, the editor's browser, when the client declared {@code window.showDocument} support;
     * else nothing (the result says to open the URL). The server never starts a browser itself: it may run on
     * another machine than the person.
     */
    private UrlOpener browser() {
        ClientChannel c = channel;
        var window = c == null ? null : c.capabilities().getWindow();
        if (window == null || window.getShowDocument() == null || !window.getShowDocument().isSupport()) {
            return UrlOpener.NONE;
        }
        return url -> {
            ShowDocumentParams p = new ShowDocumentParams(url);
            p.setExternal(true);
            try {
                ShowDocumentResult r = c.client().showDocument(p).get(30, java.util.concurrent.TimeUnit.SECONDS);
                return r != null && r.isSuccess();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                LOG.fine(() -> "showDocument failed: " + e);
                return false;
            }
        };
    }

    /** The binder of the docs in force after their latest load (a run may come right after a settings change). */
    private ParameterBinder binder() {
        try {
            loads.latestLoad().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // the index in force answers
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return docs.now().binder();
    }

    private static RunInput input(RunArguments a, RequestContext ctx) {
        if (a.commandLine() != null) {
            return new RunInput(a.commandLine(), 0, a.commandLine().length(), a.arguments(), a.confirm(), a.whatIf(),
                    a.format(), KEEP);
        }
        TextDocument doc = ctx.documents() == null ? null : ctx.documents().get(a.uri()).orElse(null);
        if (doc == null) {
            throw RunArguments.invalid(RunArguments.COMMAND + ": the document " + a.uri() + " is not open.");
        }
        String text = doc.text();
        int start = doc.offsetAt(new TextPosition(a.startLine(), a.startCharacter()));
        int end = doc.offsetAt(new TextPosition(a.endLine(), a.endCharacter()));
        if (end < start) {
            int t = start;
            start = end;
            end = t;
        }
        // a line or selection runs whole lines; a range that starts where a command starts (a code lens's) runs from
        // that command to the end of its line
        if (!startsCommand(doc, start)) {
            while (start > 0 && text.charAt(start - 1) != '\n') {
                start--;
            }
        }
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return new RunInput(text, start, end, a.arguments(), a.confirm(), a.whatIf(), a.format(), KEEP, parsed(doc))
                .in(folderOf(a.uri()));
    }

    /**
     * The folder of a script saved on disk, where its relative file paths are read ({@code -FilePath .\logo.png});
     * null for an untitled or remote document (this process's working directory).
     */
    static java.nio.file.Path folderOf(String uri) {
        try {
            java.net.URI u = java.net.URI.create(uri);
            return "file".equalsIgnoreCase(u.getScheme()) ? java.nio.file.Path.of(u).getParent() : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException | SecurityException e) {
            return null;
        }
    }

    /** The editor's parse of this document version, or null when it has none of the whole text (too large). */
    private static ScriptDocument parsed(TextDocument doc) {
        ScriptDocument script = ScriptView.parsed(doc);
        return script.text().length() == doc.text().length() ? script : null;
    }

    /** Whether a command of the document (its parse of this version) starts at {@code offset}. */
    private static boolean startsCommand(TextDocument doc, int offset) {
        ScriptDocument script = parsed(doc);
        for (CommandInvocation c : script == null ? List.<CommandInvocation>of() : script.commands()) {
            if (c.start() == offset) {
                return true;
            }
            if (c.start() > offset) {
                return false; // by start offset
            }
        }
        return false;
    }

    private static Map<String, Object> answer(RunResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("command", r.command());
        m.put("request", r.request());
        m.put("status", r.status().wireName());
        m.put("write", r.write());
        m.put("objects", r.objects());
        m.put("count", r.count());
        m.put("single", r.single());
        m.put("text", r.text());
        m.put("notes", r.notes());
        m.put("millis", r.millis());
        m.put("unevaluated", r.unevaluated());
        m.put("scopes", r.scopes());
        m.put("reasons", r.reasons().stream().map(u -> { // why each of unevaluated is asked for
            Map<String, Object> reason = new LinkedHashMap<>();
            reason.put("name", u.name());
            reason.put("kind", u.kind());
            reason.put("prompt", u.prompt());
            reason.put("alternatives", u.alternatives());
            return reason;
        }).toList());
        return m;
    }
}
