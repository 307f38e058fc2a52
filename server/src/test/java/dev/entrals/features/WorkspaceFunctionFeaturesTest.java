package dev.entrals.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.testing.Fixture;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SignatureHelp;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A function defined in another open script of the workspace: completion, signature help, hover and diagnostics
 * in the current one, through the real server and lsp4j client; the script's own definition wins; an edit of the
 * defining script re-diagnoses the scripts that call it.
 */
class WorkspaceFunctionFeaturesTest {

    static final String LIBRARY = """
            function Get-LibThing {
                <#
                .SYNOPSIS
                Gets a library thing.
                .PARAMETER Name
                The thing's name.
                #>
                [CmdletBinding()]
                param(
                    [Parameter(Mandatory, Position = 0)] [string] $Name,
                    [ValidateSet('A', 'B')] [string] $Kind
                )
            }
            function Write-LibNote($Text) { }
            """;

    private static EditorSession session;
    private static String library;

    @BeforeAll
    static void start() throws Exception {
        session = EditorSession.markdown(List.of(EditorSession.TEST_DOCS));
        library = session.open(LIBRARY);
    }

    @AfterAll
    static void stop() throws Exception {
        session.close();
    }

    /** The diagnostics published next for {@code uri} that satisfy {@code wanted} (skipping others'). */
    private static List<String> diagnostics(String uri, Predicate<List<String>> wanted) throws Exception {
        List<String> last = null;
        for (int i = 0; i < 40; i++) {
            PublishDiagnosticsParams p = session.server().client.nextDiagnostics();
            if (p.getUri().equals(uri)) {
                last = p.getDiagnostics().stream().map(WorkspaceFunctionFeaturesTest::show).toList();
                if (wanted.test(last)) {
                    return last;
                }
            }
        }
        throw new AssertionError("not published for " + uri + "; last: " + last);
    }

    private static String show(Diagnostic d) {
        return d.getCode().getLeft() + ": " + d.getMessage();
    }

    @Test
    void hoverShowsTheFunctionsSignatureCommentHelpAndWhereItIsDefined() throws Exception {
        Fixture f = Fixture.of("Get-Lib<|>Thing -Name x\n");
        String uri = session.open(f.text());
        Hover h = session.hover(uri, EditorSession.position(f.text(), f.cursor()));
        assertNotNull(h);
        String text = h.getContents().getRight().getValue();
        assertTrue(text.contains("Get-LibThing [-Name] <String> [-Kind <String>] [<CommonParameters>]"), text);
        assertTrue(text.contains("Gets a library thing."), text);
        String file = library.substring(library.lastIndexOf('/') + 1);
        assertTrue(text.contains("Defined in `" + file + "` (open in the workspace)."), text);
    }

    @Test
    void hoverOnASimpleFunctionInsideAStringShowsItsSignature() throws Exception {
        String text = "\"$(Write-LibNote -Top 1)\"";
        Hover h = session.hover(session.open(text), EditorSession.position(text, 6));
        assertNotNull(h);
        assertEquals("Write-LibNote", EditorSession.text(text, h.getRange()));
        assertTrue(h.getContents().getRight().getValue().contains("Write-LibNote [[-Text] <Object>]"),
                h.getContents().getRight().getValue());
    }

    @Test
    void goToDefinitionOpensTheOtherScriptAtTheFunction() throws Exception {
        Fixture f = Fixture.of("Write-Lib<|>Note hi\n");
        List<? extends org.eclipse.lsp4j.Location> at = session.definition(session.open(f.text()),
                EditorSession.position(f.text(), f.cursor()));
        assertEquals(1, at.size(), at.toString());
        assertEquals(library, at.get(0).getUri());
        assertEquals(LIBRARY.lines().toList().indexOf("function Write-LibNote($Text) { }"),
                at.get(0).getRange().getStart().getLine());
    }

    @Test
    void completesTheFunctionsNameAndParameters() throws Exception {
        Fixture names = Fixture.of("Get-LibT<|>\n");
        List<CompletionItem> items = session.completion(session.open(names.text()),
                EditorSession.position(names.text(), names.cursor())).getItems();
        CompletionItem item = items.stream().filter(i -> i.getLabel().equals("Get-LibThing")).findFirst()
                .orElseThrow(() -> new AssertionError(items.toString()));
        assertTrue(item.getDetail().startsWith("function in "), item.getDetail());
        Fixture params = Fixture.of("Get-LibThing -<|>\n");
        List<String> labels = session.completion(session.open(params.text()),
                EditorSession.position(params.text(), params.cursor())).getItems().stream()
                .map(CompletionItem::getLabel).toList();
        assertTrue(labels.containsAll(List.of("-Name", "-Kind", "-Verbose")), labels.toString());
    }

    @Test
    void signatureHelpShowsTheFunctionsParameters() throws Exception {
        Fixture f = Fixture.of("Get-LibThing x <|>\n");
        SignatureHelp h = session.signatureHelp(session.open(f.text()), EditorSession.position(f.text(), f.cursor()));
        assertNotNull(h);
        assertEquals(1, h.getSignatures().size());
        assertTrue(h.getSignatures().get(0).getLabel().contains("[-Kind <String>]"), h.getSignatures().toString());
    }

    @Test
    void diagnosticsCheckCallsAgainstTheFunctionAndFollowItsEdits() throws Exception {
        String own = LIBRARY.replace("Get-LibThing", "Get-EditThing"); // this test edits it: a library of its own
        String ownLibrary = session.open(own);
        String text = "Get-EditThing -Name x -Bogus 1\nGet-EditThing -Name x -Kind C\n";
        String uri = session.open(text);
        List<String> found = diagnostics(uri, d -> !d.isEmpty());
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("unknown-parameter: Get-EditThing has no parameter -Bogus"), found.toString());
        assertTrue(found.get(1).startsWith("invalid-value"), found.toString());

        // the library gains -Bogus and accepts C: the calling script is diagnosed again without being edited
        String edited = own.replace("[ValidateSet('A', 'B')]", "[ValidateSet('A', 'B', 'C')]")
                .replace("[string] $Kind", "[string] $Kind,\n        [int] $Bogus");
        session.server().server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(ownLibrary, 2), List.of(new TextDocumentContentChangeEvent(edited))));
        assertEquals(List.of(), diagnostics(uri, List::isEmpty));
    }

    @Test
    void theScriptsOwnDefinitionWins() throws Exception {
        String text = "function Get-LibThing([string] $Other) { }\nGet-LibThing -Other 1\n";
        String uri = session.open(text);
        assertEquals(List.of(), diagnostics(uri, d -> true));
        Fixture f = Fixture.of("function Get-LibThing([string] $Other) { }\nGet-Lib<|>Thing -Other 1\n");
        Hover h = session.hover(session.open(f.text()), EditorSession.position(f.text(), f.cursor()));
        assertTrue(h.getContents().getRight().getValue().contains("Defined in this script"),
                h.getContents().getRight().getValue());
    }
}
