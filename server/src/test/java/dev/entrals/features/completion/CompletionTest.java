package dev.entrals.features.completion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;

import dev.entrals.features.EditorSession;
import dev.entrals.testing.Fixture;

/** Completion through the real server and client: labels in the order the editor shows them, and the edits made. */
class CompletionTest {

    private static final EditorSession session = EditorSession.shared();

    /** The answer at the cursor; {@code trigger} null for an invoked completion. */
    static CompletionList complete(String marked, String trigger) throws Exception {
        Fixture f = Fixture.of(marked);
        String uri = session.open(f.text());
        var at = EditorSession.position(f.text(), f.cursor());
        return trigger == null ? session.completion(uri, at) : session.completion(uri, at, trigger);
    }

    /** The labels, sorted as an editor sorts them (sortText, then label). */
    static List<String> labels(CompletionList list) {
        return list.getItems().stream()
                .sorted(Comparator.comparing((CompletionItem i) -> i.getSortText() == null ? i.getLabel() : i.getSortText())
                        .thenComparing(CompletionItem::getLabel))
                .map(CompletionItem::getLabel).toList();
    }

    /** The text after accepting the item labelled {@code label}. */
    static String accept(String marked, CompletionList list, String label) {
        String text = Fixture.of(marked).text();
        CompletionItem item = list.getItems().stream().filter(i -> i.getLabel().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not offered: " + labels(list)));
        TextEdit e = item.getTextEdit().getLeft();
        int from = EditorSession.offset(text, e.getRange().getStart());
        int to = EditorSession.offset(text, e.getRange().getEnd());
        return text.substring(0, from) + e.getNewText() + text.substring(to);
    }

    @Test
    void completesCmdletNamesByTheirCapitals() throws Exception {
        String marked = "$u = GEU<|>";
        CompletionList list = complete(marked, null);
        assertTrue(labels(list).contains("Get-EntraUser"), labels(list).toString());
        assertEquals("$u = Get-EntraUser", accept(marked, list, "Get-EntraUser"));
        assertTrue(list.isIncomplete(), "the list depends on the typed text");
    }

    @Test
    void namesWhoseCapitalsAreExactlyTheTypedOnesComeFirst() throws Exception {
        List<String> labels = labels(complete("GEU<|>", null));
        assertEquals("Get-EntraUser", labels.get(0), labels.toString());
    }

    @Test
    void completesCmdletNamesByDashedCapitals() throws Exception {
        assertTrue(labels(complete("g-eu<|>", null)).contains("Get-EntraUser"));
    }

    @Test
    void completesCmdletNamesByPrefixThenTheirAliases() throws Exception {
        String marked = "Ge<|>";
        List<String> labels = labels(complete(marked, null));
        assertTrue(labels.indexOf("Get-EntraUser") >= 0 && labels.indexOf("geu") > labels.indexOf("Get-EntraUser"),
                labels.toString());
        assertTrue(labels.contains("Get-EntraContext"), "bundled pages count too: " + labels);
    }

    @Test
    void nameCompletionReplacesTheWholeTypedName() throws Exception {
        String marked = "Get-Entra<|>Usr -UserId $id";
        assertEquals("Get-EntraUser -UserId $id", accept(marked, complete(marked, null), "Get-EntraUser"));
    }

    @Test
    void completesParametersAfterADashOwnFirstCommonLast() throws Exception {
        String marked = "Get-EntraUser -<|>";
        CompletionList list = complete(marked, "-");
        List<String> labels = labels(list);
        assertEquals(List.of("-All", "-Filter", "-Property", "-Top", "-UserId"), labels.subList(0, 5));
        assertTrue(labels.subList(5, labels.size()).containsAll(List.of("-Verbose", "-ErrorAction")), labels.toString());
        assertTrue(labels.stream().noneMatch(l -> l.equals("-Limit") || l.equals("-ObjectId")),
                "no aliases before anything is typed: " + labels);
        assertEquals("Get-EntraUser -Filter", accept(marked, list, "-Filter"));
    }

    @Test
    void offersOnlyParametersOfSetsStillPossible() throws Exception {
        List<String> labels = labels(complete("Get-EntraUser -UserId x -<|>", "-"));
        assertEquals("-Property", labels.get(0));
        assertTrue(labels.stream().noneMatch(l -> List.of("-All", "-Filter", "-Top", "-UserId").contains(l)),
                labels.toString());
    }

    @Test
    void parameterCompletionReplacesTheTypedPrefixWithTheDash() throws Exception {
        String marked = "Get-EntraUser -Fil<|> 'x'";
        CompletionList list = complete(marked, null);
        assertEquals(List.of("-Filter"), labels(list));
        assertEquals("Get-EntraUser -Filter 'x'", accept(marked, list, "-Filter"));
    }

    @Test
    void offersAliasesAfterNamesOnceSomethingIsTyped() throws Exception {
        String marked = "Get-EntraUser -Li<|>";
        CompletionList list = complete(marked, null);
        assertEquals(List.of("-Limit"), labels(list));
        assertEquals("alias of -Top", list.getItems().get(0).getDetail());
    }

    @Test
    void spaceInsideACallOffersParametersNotBoundYet() throws Exception {
        List<String> labels = labels(complete("Get-EntraUser -All <|>", " "));
        assertEquals(List.of("-Filter", "-Property", "-Top"), labels.subList(0, 3));
        assertTrue(!labels.contains("-All") && !labels.contains("-UserId"), labels.toString());
    }

    @Test
    void completesAcceptedValuesAfterTheParameter() throws Exception {
        assertEquals(List.of("Public", "Private", "HiddenMembership"),
                labels(complete("Set-EntraGroupVisibility -GroupId $g -Visibility <|>", " ")));
        String marked = "Set-EntraGroupVisibility -Visibility Pri<|>";
        assertEquals("Set-EntraGroupVisibility -Visibility Private", accept(marked, complete(marked, null), "Private"));
    }

    @Test
    void completesKnownEnumerationsOfConnectEntra() throws Exception {
        assertEquals(List.of("Process", "CurrentUser"), labels(complete("Connect-Entra -ContextScope <|>", " ")));
        assertEquals(List.of("Global", "China", "USGov", "USGovDoD"),
                labels(complete("Connect-Entra -Environment <|>", " ")));
    }

    @Test
    void keepsTheQuoteTheUserStarted() throws Exception {
        String marked = "Connect-Entra -ContextScope 'Pro<|>";
        assertEquals("Connect-Entra -ContextScope 'Process'", accept(marked, complete(marked, null), "Process"));
    }

    @Test
    void triggerCharactersWhereNothingAppliesGetNull() throws Exception {
        assertNull(complete("# Get-EntraUser <|>", " "));
        assertNull(complete("'Get-EntraUser <|>", " "));
        assertNull(complete("$a = 1 -<|>", "-"));
        assertNull(complete("Get-EntraUser -UserId <|>", " "), "a free-form value: nothing to offer");
        assertNull(complete("  <|>", " "));
    }

    @Test
    void unknownCommandGetsNoParameters() throws Exception {
        assertNull(complete("Get-ContosoThing -<|>", "-"));
    }

    @Test
    void resolveAddsDocumentationOfCmdletsAndParameters() throws Exception {
        CompletionList names = complete("Get-EntraU<|>", null);
        CompletionItem user = names.getItems().stream().filter(i -> i.getLabel().equals("Get-EntraUser")).findFirst()
                .orElseThrow();
        assertNull(user.getDocumentation(), "lists stay light");
        CompletionItem resolved = session.resolve(user);
        assertEquals(MarkupKind.MARKDOWN, resolved.getDocumentation().getRight().getKind());
        assertTrue(resolved.getDocumentation().getRight().getValue().contains("Reads users of the directory."));
        assertEquals("Reads users of the directory.", resolved.getDetail());

        CompletionItem param = complete("Get-EntraUser -UserI<|>", null).getItems().get(0);
        CompletionItem p = session.resolve(param);
        assertNotNull(p.getDocumentation());
        assertTrue(p.getDocumentation().getRight().getValue().contains("The object ID or user principal name"));
    }
}
