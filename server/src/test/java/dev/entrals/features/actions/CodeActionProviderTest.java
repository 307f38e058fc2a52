package dev.entrals.features.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.entrals.analysis.TestDocs;
import dev.entrals.commons.LineIndex;
import dev.entrals.commons.PositionEncoding;
import dev.entrals.docs.HelpIndex;
import dev.entrals.features.DocsReloader;
import dev.entrals.features.Providers;
import dev.entrals.features.diagnostics.ScriptAnalysis;
import dev.entrals.features.diagnostics.ScriptDiagnosticsProvider;
import dev.entrals.lsp.InProcessServer;
import dev.entrals.lsp.Json;
import dev.entrals.testing.Fixture;

/** Code actions and published diagnostics, through a real lsp4j client talking to the server in-process. */
class CodeActionProviderTest {

    private static final String URI = "file:///work/actions.ps1";

    private static Providers providers() {
        return providers(TestDocs.index());
    }

    private static Providers providers(HelpIndex index) {
        ScriptAnalysis analysis = new ScriptAnalysis(new DocsReloader<>(d -> index, index, Runnable::run));
        return Providers.builder().diagnostics(new ScriptDiagnosticsProvider(analysis))
                .codeAction(new CodeActionProvider(analysis)).build();
    }

    /** The actions at the fixture's cursor, restricted to {@code only} (null: no restriction). */
    private static List<CodeAction> actions(String marked, List<String> only) throws Exception {
        return actions(marked, only, providers());
    }

    private static List<CodeAction> actions(String marked, List<String> only, Providers providers) throws Exception {
        Fixture f = Fixture.of(marked);
        try (InProcessServer s = InProcessServer.withClient(providers)) {
            s.initialize();
            s.open(URI, f.text());
            Position at = position(f.text(), f.cursors().isEmpty() ? 0 : f.cursor());
            CodeActionContext ctx = new CodeActionContext(List.of());
            ctx.setOnly(only);
            List<Either<Command, CodeAction>> got = s.server.getTextDocumentService()
                    .codeAction(new CodeActionParams(new TextDocumentIdentifier(URI), new Range(at, at), ctx))
                    .get(10, TimeUnit.SECONDS);
            List<CodeAction> out = new ArrayList<>();
            got.forEach(e -> out.add(e.getRight()));
            return out;
        }
    }

    private static Position position(String text, int offset) {
        dev.entrals.commons.TextPosition p = LineIndex.of(text).position(offset, PositionEncoding.UTF16);
        return new Position(p.line(), p.character());
    }

    private static String apply(String text, CodeAction action) {
        LineIndex lines = LineIndex.of(text);
        List<TextEdit> edits = new ArrayList<>(action.getEdit().getChanges().get(URI));
        edits.sort(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
                .thenComparing(e -> e.getRange().getStart().getCharacter()).reversed());
        StringBuilder sb = new StringBuilder(text);
        for (TextEdit e : edits) {
            int start = lines.offset(e.getRange().getStart().getLine(), e.getRange().getStart().getCharacter(), PositionEncoding.UTF16);
            int end = lines.offset(e.getRange().getEnd().getLine(), e.getRange().getEnd().getCharacter(), PositionEncoding.UTF16);
            sb.replace(start, end, e.getNewText());
        }
        return sb.toString();
    }

    private static CodeAction titled(List<CodeAction> actions, String title) {
        return actions.stream().filter(a -> a.getTitle().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no action '" + title + "' in " + actions.stream()
                        .map(CodeAction::getTitle).toList()));
    }

    @Test
    void retiredCmdletIsReplacedWithItsEntraName() throws Exception {
        String marked = "$u = Get-Azure<|>ADUser -ObjectId $id";
        CodeAction a = titled(actions(marked, null), "Replace with Get-EntraUser");
        assertEquals("quickfix", a.getKind());
        assertTrue(a.getIsPreferred());
        assertEquals("retired-cmdlet", a.getDiagnostics().get(0).getCode().getLeft());
        assertEquals("$u = Get-EntraUser -ObjectId $id", apply(Fixture.of(marked).text(), a));
    }

    @Test
    void quotedNameAfterTheCallOperatorKeepsItsQuotes() throws Exception {
        String marked = "& 'Get-AzureAD<|>User' -All $true";
        CodeAction a = titled(actions(marked, null), "Replace with Get-EntraUser");
        assertEquals("& 'Get-EntraUser' -All $true", apply(Fixture.of(marked).text(), a));
    }

    @Test
    void unknownParameterIsReplacedWithTheClosest() throws Exception {
        String marked = "Get-TestUser -Filt<|>r 'x'";
        CodeAction a = titled(actions(marked, List.of("quickfix")), "Replace -Filtr with -Filter");
        assertEquals("Get-TestUser -Filter 'x'", apply(Fixture.of(marked).text(), a));
    }

    @Test
    void aValueAfterASwitchIsRewrittenAsTheSwitchMeansIt() throws Exception {
        String marked = "Get-TestUser -All $tr<|>ue -Top 5";
        List<CodeAction> got = actions(marked, List.of("quickfix"));
        assertEquals(List.of("Write -All:$true", "Write -All"), got.stream().map(CodeAction::getTitle).toList());
        assertTrue(got.get(0).getIsPreferred());
        assertEquals("switch-value", got.get(0).getDiagnostics().get(0).getCode().getLeft());
        assertEquals("Get-TestUser -All:$true -Top 5", apply(Fixture.of(marked).text(), got.get(0)));
        assertEquals("Get-TestUser -All -Top 5", apply(Fixture.of(marked).text(), got.get(1)));
        String abbreviated = "Get-TestUser -al  <|>$False";
        got = actions(abbreviated, List.of("quickfix"));
        assertEquals(List.of("Write -al:$false"), got.stream().map(CodeAction::getTitle).toList());
        assertEquals("Get-TestUser -al:$false", apply(Fixture.of(abbreviated).text(), got.get(0)));
        assertEquals(List.of(), actions("Get-TestUser -All y<|>es", List.of("quickfix")));
    }

    /** The test pages plus a Get-EntraUser page (Get-TestUser's, renamed): its -All is a switch. */
    private static Providers withEntraUserDocs(Path dir) throws IOException {
        String page = Files.readString(TestDocs.folder().resolve("Get-TestUser.md")).replace("Get-TestUser", "Get-EntraUser");
        Files.writeString(dir.resolve("Get-EntraUser.md"), page);
        return providers(HelpIndex.load(List.of(TestDocs.folder(), dir), true));
    }

    @Test
    void migratingAnAzureADCallWritesItsSwitchValuesAsSwitches(@TempDir Path dir) throws Exception {
        Providers p = withEntraUserDocs(dir);
        String marked = "$all = Get-AzureAD<|>User -All $true -Top 5 | Where-Object { $_.X -eq $true }";
        CodeAction a = titled(actions(marked, null, p), "Replace with Get-EntraUser, writing -All as a switch");
        assertTrue(a.getIsPreferred());
        assertEquals("$all = Get-EntraUser -All -Top 5 | Where-Object { $_.X -eq $true }",
                apply(Fixture.of(marked).text(), a));

        String text = "<|>Get-AzureADUser -All $false\nGet-AzureADGroup -All $true\n& 'Get-AzureADUser' -All   $true -Top 1\n"
                + "Get-EntraUser -All $true\n";
        List<CodeAction> all = actions(text, List.of("source.fixAll"), p);
        assertEquals(List.of("Replace all retired AzureAD cmdlets with their Entra equivalents (3), writing 2 switch"
                + " values as switches"), all.stream().map(CodeAction::getTitle).toList());
        // Get-EntraGroup has no docs here: only its name changes; a call that was not migrated is left alone
        assertEquals("Get-EntraUser -All:$false\nGet-EntraGroup -All $true\n& 'Get-EntraUser' -All -Top 1\n"
                + "Get-EntraUser -All $true\n", apply(Fixture.of(text).text(), all.get(0)));
    }

    @Test
    void withoutTheReplacementsDocsOnlyTheNameChanges() throws Exception {
        String marked = "Get-AzureAD<|>User -All $true";
        CodeAction a = titled(actions(marked, null), "Replace with Get-EntraUser");
        assertEquals("Get-EntraUser -All $true", apply(Fixture.of(marked).text(), a));
    }

    @Test
    void fixAllReplacesEveryRetiredCmdletWithAReplacement() throws Exception {
        String text = "<|>Get-AzureADUser\nGet-TestUser -Filtr x\n$g = Get-AzureADGroup -All $true\n& \"Get-AzureADUser\"\n";
        List<CodeAction> got = actions(text, List.of("source.fixAll"));
        assertEquals(1, got.size());
        assertEquals("source.fixAll", got.get(0).getKind());
        assertEquals("Get-EntraUser\nGet-TestUser -Filter x\n$g = Get-EntraGroup -All $true\n& \"Get-EntraUser\"\n",
                apply(Fixture.of(text).text(), got.get(0)), "the one close name of -Filtr is a safe fix too");
        assertEquals("Replace all retired AzureAD cmdlets with their Entra equivalents (3), and apply 1 safe fix",
                got.get(0).getTitle());
    }

    @Test
    void anUnknownCommandIsReplacedWithTheClosestNameAndInFixAllOnlyWithOne() throws Exception {
        Providers withSignatures = providers(HelpIndex.load(List.of(dev.entrals.docs.DocsSource.bundledPages(),
                dev.entrals.docs.signatures.SignatureSource.bundled())));
        String marked = "$u = Get-Entra<|>Usr -UserId $id\nGet-EntraContac\n";
        CodeAction a = titled(actions(marked, List.of("quickfix"), withSignatures), "Replace Get-EntraUsr with Get-EntraUser");
        assertTrue(a.getIsPreferred());
        assertEquals("unknown-command", a.getDiagnostics().get(0).getCode().getLeft());
        assertEquals("$u = Get-EntraUser -UserId $id\nGet-EntraContac\n", apply(Fixture.of(marked).text(), a));
        List<CodeAction> all = actions(marked, List.of("source.fixAll"), withSignatures);
        assertEquals(List.of("Apply the Entra findings' 1 safe fix"), all.stream().map(CodeAction::getTitle).toList());
        assertEquals("$u = Get-EntraUser -UserId $id\nGet-EntraContac\n", apply(Fixture.of(marked).text(), all.get(0)),
                "Get-EntraContac has two close names: not in the fix-all");
    }

    @Test
    void aDuplicateParameterIsRemovedWithItsValue() throws Exception {
        String marked = "Get-TestUser -Top 5 -T<|>op 6 -All";
        CodeAction a = titled(actions(marked, List.of("quickfix")), "Remove the second -Top 6");
        assertEquals("duplicate-parameter", a.getDiagnostics().get(0).getCode().getLeft());
        assertTrue(a.getIsPreferred());
        assertEquals("Get-TestUser -Top 5 -All", apply(Fixture.of(marked).text(), a));
        // on a continued line of its own: the indentation stays, the command still ends where it did
        String continued = "Get-TestUser -Top 5 `\n  -To<|>p 5\n";
        a = titled(actions(continued, List.of("quickfix")), "Remove the second -Top 5");
        assertEquals("Get-TestUser -Top 5 `\n  \n", apply(Fixture.of(continued).text(), a));
    }

    @Test
    void aValueNotAcceptedIsReplacedWithEachCloseAcceptedValue() throws Exception {
        String marked = "Set-TestThing x -State 'Enab<|>ld'";
        CodeAction a = titled(actions(marked, List.of("quickfix")), "Replace 'Enabld' with 'Enabled'");
        assertEquals("invalid-value", a.getDiagnostics().get(0).getCode().getLeft());
        assertEquals("Set-TestThing x -State 'Enabled'", apply(Fixture.of(marked).text(), a));
        assertEquals("Set-TestThing x -State Disabled", apply("Set-TestThing x -State disabld",
                titled(actions("Set-TestThing x -State disa<|>bld", List.of("quickfix")),
                        "Replace 'disabld' with 'Disabled'")));
        assertEquals(List.of(), actions("Set-TestThing x -State 'Pa<|>used'", List.of("quickfix")),
                "no accepted value is close: no fix");
    }

    @Test
    void missingMandatoryParametersGetPlaceholdersButNotInFixAll() throws Exception {
        String marked = "Set-Test<|>Thing -Name n";
        CodeAction a = titled(actions(marked, List.of("quickfix")), "Add -Id");
        assertEquals("missing-mandatory", a.getDiagnostics().get(0).getCode().getLeft());
        assertEquals("Set-TestThing -Name n -Id ", apply(Fixture.of(marked).text(), a));
        assertEquals(List.of(), actions(marked, List.of("source.fixAll")));
    }

    @Test
    void fixAllAppliesTheSafeFixesAndLeavesTheUncertainOnes() throws Exception {
        String text = "<|>Get-TestUser -Top 5 -Top 5\nSet-TestThing x -State 'Enabld'\nGet-TestUser -Top 1 -Top 2\n"
                + "Set-TestThing x -Dis y\nGet-TestUser -Filtr y\nGet-TestUser -Zork y\nGet-TestUser -Filter\n";
        List<CodeAction> got = actions(text, List.of("source.fixAll"));
        assertEquals(List.of("Apply the Entra findings' 3 safe fixes"), got.stream().map(CodeAction::getTitle).toList());
        assertEquals("Get-TestUser -Top 5\nSet-TestThing x -State 'Enabled'\nGet-TestUser -Top 1 -Top 2\n"
                + "Set-TestThing x -Dis y\nGet-TestUser -Filter y\nGet-TestUser -Zork y\nGet-TestUser -Filter\n",
                apply(Fixture.of(text).text(), got.get(0)));
    }

    @Test
    void aMissingArgumentHasNoFix() throws Exception {
        assertEquals(List.of(), actions("Get-TestUser -Fil<|>ter", null));
    }

    @Test
    void fixAllIsOfferedUnderTheEntraKindWhenAskedForIt() throws Exception {
        List<CodeAction> got = actions("<|>Get-AzureADUser", List.of("source.fixAll.entra"));
        assertEquals(List.of("source.fixAll.entra"), got.stream().map(CodeAction::getKind).toList());
    }

    @Test
    void onlyQuickFixesWhenOnlyQuickFixesAreAsked() throws Exception {
        List<CodeAction> got = actions("<|>Get-AzureADUser", List.of("quickfix"));
        assertEquals(List.of("quickfix"), got.stream().map(CodeAction::getKind).toList());
    }

    @Test
    void noFixAllWithoutRetiredCmdlets() throws Exception {
        assertTrue(actions("<|>Get-TestUser -All", List.of("source.fixAll")).isEmpty());
    }

    @Test
    void publishedDiagnosticsCarryCodeLinkAndSeverity() throws Exception {
        try (InProcessServer s = InProcessServer.withClient(providers())) {
            s.initialize();
            s.open(URI, "Get-TestUser -Nope 1\nGet-AzureADUser");
            PublishDiagnosticsParams p = s.client.nextDiagnostics();
            Diagnostic unknown = p.getDiagnostics().get(0);
            assertEquals("unknown-parameter", unknown.getCode().getLeft());
            assertEquals("https://example.test/Get-TestUser", unknown.getCodeDescription().getHref());
            assertEquals(DiagnosticSeverity.Error, unknown.getSeverity());
            assertEquals(new Range(new Position(0, 13), new Position(0, 18)), unknown.getRange());
            assertEquals("entra", unknown.getSource());
            Diagnostic retired = p.getDiagnostics().get(1);
            assertEquals(DiagnosticSeverity.Warning, retired.getSeverity());
            assertEquals(new Range(new Position(1, 0), new Position(1, 15)), retired.getRange());
        }
    }

    @Test
    void everyPublishedDiagnosticCarriesACodeAndALink() throws Exception {
        try (InProcessServer s = InProcessServer.withClient(providers())) {
            s.initialize();
            s.open(URI, "Get-TestUser -Nope 1\nDisconnect-AzureAD\nGet-AzureADUser\n"
                    + "Get-AzureADApplicationProxyConnector\nGet-TestUser -All -All\n");
            List<Diagnostic> ds = s.client.nextDiagnostics().getDiagnostics();
            for (Diagnostic d : ds) {
                assertTrue(d.getCode() != null && !d.getCode().getLeft().isBlank(), "code: " + d);
                assertTrue(d.getCodeDescription() != null && d.getCodeDescription().getHref().startsWith("https://"),
                        "link: " + d);
            }
            List<String> codes = ds.stream().map(d -> d.getCode().getLeft()).toList();
            assertEquals(List.of("unknown-parameter", "retired-cmdlet", "retired-cmdlet", "retired-cmdlet-no-replacement",
                    "duplicate-parameter"), codes);
            assertEquals("https://learn.microsoft.com/powershell/module/microsoft.entra.authentication/disconnect-entra",
                    ds.get(1).getCodeDescription().getHref(), "the documented replacement's online help");
            assertEquals(dev.entrals.analysis.ScriptAnalyzer.MIGRATION_GUIDE, ds.get(2).getCodeDescription().getHref(),
                    "Get-EntraUser is not in these docs: the migration guide");
            assertEquals(dev.entrals.analysis.ScriptAnalyzer.MIGRATION_GUIDE, ds.get(3).getCodeDescription().getHref());
            assertEquals(DiagnosticSeverity.Error, ds.get(3).getSeverity());
            assertEquals("https://example.test/Get-TestUser", ds.get(4).getCodeDescription().getHref());
        }
    }

    @Test
    void severitySettingsChangeOrSilenceARule() throws Exception {
        try (InProcessServer s = InProcessServer.withClient(providers())) {
            s.initialize(null, Json.of("{'settings': {'entra': {'diagnostics': {'severity': "
                    + "{'retired-cmdlet': 'error', 'unknown-parameter': 'off'}}}}}"));
            s.open(URI, "Get-TestUser -Nope 1\nGet-AzureADUser");
            List<Diagnostic> ds = s.client.nextDiagnostics().getDiagnostics();
            assertEquals(1, ds.size());
            assertEquals("retired-cmdlet", ds.get(0).getCode().getLeft());
            assertEquals(DiagnosticSeverity.Error, ds.get(0).getSeverity());
        }
    }

    @Test
    void cleanScriptHasNoActions() throws Exception {
        assertTrue(actions("Get-Test<|>User -All", null).isEmpty());
    }
}
