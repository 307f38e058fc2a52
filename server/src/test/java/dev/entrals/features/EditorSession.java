package dev.entrals.features;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionContext;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.CompletionTriggerKind;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverCapabilities;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;

import dev.entrals.StandardFeatures;
import dev.entrals.commons.LineIndex;
import dev.entrals.lsp.InProcessServer;
import dev.entrals.lsp.Json;
import dev.entrals.testing.Corpus;

/**
 * The real server with the standard features, as the feature tests drive it: started and initialized through a real
 * lsp4j client over pipes (a Markdown or a plain-text client, docs from the test folder {@code docs/features} plus the
 * bundled pages), then asked in-process, on the server's own services, as lemminx's tests ask its language service;
 * the wire itself is tested in {@code dev.entrals.lsp}. The shared sessions leave the bundled signature index out
 * (setting {@code entra.docs.signatures}): they test the features on our own pages, whose simplified cmdlets the
 * modules' code would otherwise override.
 */
public final class EditorSession implements AutoCloseable {

    /** The test docs folder (our own pages, in our own words). */
    public static final Path TEST_DOCS = Corpus.projectRoot().resolve("server/src/test/resources/docs/features");

    private final InProcessServer server;
    private final AtomicInteger documents = new AtomicInteger();

    private EditorSession(boolean markdown, List<Path> docs) throws Exception {
        this(markdown, docs, false);
    }

    private EditorSession(boolean markdown, List<Path> docs, boolean signatures) throws Exception {
        this(capabilities(markdown), docs, signatures);
    }

    private EditorSession(ClientCapabilities caps, List<Path> docs, boolean signatures) throws Exception {
        server = InProcessServer.withFeatures(StandardFeatures.standard());
        StringBuilder paths = new StringBuilder();
        for (Path p : docs) {
            paths.append(paths.length() == 0 ? "" : ", ").append('\'')
                    .append(p.toAbsolutePath().toString().replace("\\", "\\\\").replace("'", "\\'")).append('\'');
        }
        server.initialize(caps, Json.of("{'settings': {'entra': {'docs': {'paths': [" + paths
                + "], 'signatures': " + signatures + ", 'installedModules': " + !signatures + "}}}}"));
    }

    private static EditorSession sharedMarkdown;
    private static EditorSession sharedPlain;

    /** One Markdown client with the test docs for all test classes of this JVM (each test opens its own URIs). */
    public static synchronized EditorSession shared() {
        if (sharedMarkdown == null) {
            sharedMarkdown = started(true);
        }
        return sharedMarkdown;
    }

    /** One plain-text client with the test docs for all test classes of this JVM. */
    public static synchronized EditorSession sharedPlain() {
        if (sharedPlain == null) {
            sharedPlain = started(false);
        }
        return sharedPlain;
    }

    private static EditorSession started(boolean markdown) {
        try {
            EditorSession s = new EditorSession(markdown, List.of(TEST_DOCS));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    s.close();
                } catch (Exception e) {
                    // the JVM is ending anyway
                }
            }));
            return s;
        } catch (Exception e) {
            throw new IllegalStateException("the test server did not start", e);
        }
    }

    /** A Markdown client with these docs folders. */
    public static EditorSession markdown(List<Path> docs) throws Exception {
        return new EditorSession(true, docs);
    }

    /**
     * A Markdown client as a new user has it: no docs folders, no installed modules, the bundled signature index
     * and bundled pages only (plus docs a {@code docs fetch} may have put in this user's cache).
     */
    public static EditorSession zeroSetup() throws Exception {
        return new EditorSession(true, List.of(), true);
    }

    /**
     * As {@link #zeroSetup()}, from a Markdown client that runs {@code fetchDocsCommand} from a hover's command
     * link (it declares {@code experimental: {"entra": {"fetchDocsCommand": ...}}}, as the VS Code client does).
     */
    public static EditorSession zeroSetup(String fetchDocsCommand) throws Exception {
        ClientCapabilities caps = capabilities(true);
        caps.setExperimental(Json.of("{'entra': {'fetchDocsCommand': '" + fetchDocsCommand + "'}}"));
        return new EditorSession(caps, List.of(), true);
    }

    /** A Markdown client with these docs folders and the bundled signature index, as a user with docs has it. */
    public static EditorSession withSignatures(List<Path> docs) throws Exception {
        return new EditorSession(true, docs, true);
    }

    public InProcessServer server() {
        return server;
    }

    /** Opens {@code text} as a new document and returns its URI. */
    public String open(String text) {
        String uri = "file:///test/doc" + documents.incrementAndGet() + ".ps1";
        documents().didOpen(new org.eclipse.lsp4j.DidOpenTextDocumentParams(
                new org.eclipse.lsp4j.TextDocumentItem(uri, "powershell", 1, text)));
        return uri;
    }

    /** The LSP position of a UTF-16 offset of {@code text}. */
    public static Position position(String text, int offset) {
        dev.entrals.commons.TextPosition p = LineIndex.of(text).position(offset);
        return new Position(p.line(), p.character());
    }

    /** The UTF-16 offset of an LSP position in {@code text}. */
    public static int offset(String text, Position p) {
        return LineIndex.of(text).offset(p.getLine(), p.getCharacter());
    }

    /** The text a range covers. */
    public static String text(String text, Range r) {
        return text.substring(offset(text, r.getStart()), offset(text, r.getEnd()));
    }

    /** The server's document service, called in-process (the protocol itself is tested in {@code dev.entrals.lsp}). */
    private org.eclipse.lsp4j.services.TextDocumentService documents() {
        return server.connection.server().getTextDocumentService();
    }

    public Hover hover(String uri, Position at) throws Exception {
        return documents().hover(new HoverParams(new TextDocumentIdentifier(uri), at))
                .get(10, TimeUnit.SECONDS);
    }

    /** Completion as invoked by the user (no trigger character); null when the server answered null. */
    public CompletionList completion(String uri, Position at) throws Exception {
        return completion(uri, at, new CompletionContext(CompletionTriggerKind.Invoked));
    }

    /** Completion as triggered by typing {@code trigger}. */
    public CompletionList completion(String uri, Position at, String trigger) throws Exception {
        return completion(uri, at, new CompletionContext(CompletionTriggerKind.TriggerCharacter, trigger));
    }

    private CompletionList completion(String uri, Position at, CompletionContext context) throws Exception {
        CompletionParams p = new CompletionParams(new TextDocumentIdentifier(uri), at, context);
        var answer = documents().completion(p).get(10, TimeUnit.SECONDS);
        return answer == null ? null : answer.getRight();
    }

    public CompletionItem resolve(CompletionItem item) throws Exception {
        return documents().resolveCompletionItem(item).get(10, TimeUnit.SECONDS);
    }

    public org.eclipse.lsp4j.SignatureHelp signatureHelp(String uri, Position at) throws Exception {
        return documents().signatureHelp(
                new org.eclipse.lsp4j.SignatureHelpParams(new TextDocumentIdentifier(uri), at)).get(10, TimeUnit.SECONDS);
    }

    public List<? extends org.eclipse.lsp4j.Location> definition(String uri, Position at) throws Exception {
        return documents().definition(
                new org.eclipse.lsp4j.DefinitionParams(new TextDocumentIdentifier(uri), at)).get(10, TimeUnit.SECONDS)
                .getLeft();
    }

    public List<org.eclipse.lsp4j.DocumentSymbol> symbols(String uri) throws Exception {
        return documents().documentSymbol(
                new org.eclipse.lsp4j.DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(10, TimeUnit.SECONDS)
                .stream().map(e -> e.getRight()).toList();
    }

    /** {@code workspace/executeCommand}; a failure surfaces as the ExecutionException of the future. */
    public Object execute(String command, Object... arguments) throws Exception {
        return server.connection.server().getWorkspaceService().executeCommand(
                new org.eclipse.lsp4j.ExecuteCommandParams(command, List.of(arguments))).get(10, TimeUnit.SECONDS);
    }

    private static ClientCapabilities capabilities(boolean markdown) {
        List<String> formats = markdown ? List.of(MarkupKind.MARKDOWN, MarkupKind.PLAINTEXT) : List.of(MarkupKind.PLAINTEXT);
        TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
        td.setHover(new HoverCapabilities(formats, false));
        CompletionItemCapabilities item = new CompletionItemCapabilities();
        item.setDocumentationFormat(formats);
        td.setCompletion(new CompletionCapabilities(item));
        ClientCapabilities caps = new ClientCapabilities();
        caps.setTextDocument(td);
        return caps;
    }

    @Override
    public void close() throws Exception {
        server.close();
    }
}
