package dev.entrals.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.SignatureHelp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A new user's server: no docs folders, no installed modules, a scratch data folder (the tests' {@code entrals.home}):
 * the bundled signature index alone gives hover, completion, signature help and parameter diagnostics for the
 * Entra cmdlets, on a script calling 20 different ones of both modules.
 */
class ZeroSetupTest {

    static final String SCRIPT = """
            $u = Get-EntraUser -UserId 'someone@contoso.com' -Property DisplayName
            $g = Get-EntraGroup -GroupId $gid
            New-EntraGroup -DisplayName 'Team' -MailEnabled $false -SecurityEnabled $true -MailNickname 'team'
            Get-EntraApplication -ApplicationId $appId
            Get-EntraServicePrincipal -ServicePrincipalId $spId
            Get-EntraDevice -DeviceId $deviceId
            Get-EntraDirectoryRole
            Get-EntraDomain -Name 'contoso.com'
            Get-EntraAuditDirectoryLog -Top 5
            Get-EntraGroupMember -GroupId $gid -All
            Add-EntraGroupMember -GroupId $gid -MemberId $uid
            Remove-EntraGroupMember -GroupId $gid -MemberId $uid
            Set-EntraUser -UserId $uid -Department 'Sales'
            Get-EntraSubscription
            Get-EntraBetaUser -UserId $uid
            Get-EntraBetaGroup -GroupId $gid
            Get-EntraBetaApplication -All
            Get-EntraContact -All
            Get-EntraTenantDetail
            Get-EntraUserManager -UserId $uid
            """;

    private static EditorSession session;

    @BeforeAll
    static void start() throws Exception {
        session = EditorSession.zeroSetup();
    }

    @AfterAll
    static void stop() throws Exception {
        session.close();
    }

    private static List<Matcher> calls() {
        List<Matcher> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^(?:\\$\\w+ = )?((?:Get|New|Add|Remove|Set)-Entra\\w+)").matcher(SCRIPT);
        while (m.find()) {
            out.add(Pattern.compile(Pattern.quote(m.group(1))).matcher(SCRIPT).region(m.start(1), SCRIPT.length()));
        }
        return out;
    }

    @Test
    void hoverOnEachOfTwentyCmdletsShowsItsSignatureAndTheFetchHint() throws Exception {
        String uri = session.open(SCRIPT);
        List<Matcher> calls = calls();
        assertEquals(20, calls.size());
        for (Matcher call : calls) {
            assertTrue(call.find());
            String name = call.group();
            Hover h = session.hover(uri, EditorSession.position(SCRIPT, call.start() + 3));
            assertNotNull(h, name);
            String text = h.getContents().getRight().getValue();
            assertTrue(text.contains(name + " "), name + ": " + text);
            assertTrue(text.contains("entra-ls docs fetch"), name + ": " + text);
            assertTrue(text.contains("learn.microsoft.com/powershell/module/Microsoft.Entra."), name + ": " + text);
        }
    }

    @Test
    void hoverOnAParameterShowsItsBindingFacts() throws Exception {
        String text = "Get-EntraUser -UserPrincipalName 'a@contoso.com'";
        String uri = session.open(text);
        Hover h = session.hover(uri, EditorSession.position(text, text.indexOf("Principal")));
        String value = h.getContents().getRight().getValue();
        assertTrue(value.contains("`-UserPrincipalName` is an alias of **-UserId**"), value);
        assertTrue(value.contains("Required: yes (GetById)"), value);
        assertTrue(value.contains("Pipeline input: True (ByPropertyName, ByValue)"), value);
    }

    @Test
    void hoverOnACmdletShowsTheSignatureOfTheSetTheCallBindsTo() throws Exception {
        String text = "Get-EntraUser -UserId 'a@contoso.com'";
        String uri = session.open(text);
        String value = session.hover(uri, EditorSession.position(text, 3)).getContents().getRight().getValue();
        assertTrue(value.contains("Get-EntraUser [-UserId] <String>"), value);
        assertFalse(value.contains("-SearchString") || value.contains("-EnabledFilter"), "other sets: " + value);
    }

    @Test
    void hoverOnAParameterShowsTypePositionSetsAndAcceptedValues() throws Exception {
        String text = "Get-EntraUser -EnabledFilter EnabledOnly";
        String uri = session.open(text);
        Hover h = session.hover(uri, EditorSession.position(text, text.indexOf("Filter")));
        String value = h.getContents().getRight().getValue();
        assertTrue(value.contains("**-EnabledFilter** `String`"), value);
        assertTrue(value.contains("GetFiltered"), value);
        assertTrue(value.contains("EnabledOnly") && value.contains("DisabledOnly"), value);
        assertTrue(value.contains("Position: "), value);
    }

    @Test
    void theModulesValidationIsShownOnHoverAndAValueItRefusesIsFlagged() throws Exception {
        // Get-EntraUserManager.ps1:10-17 [ValidateScript()]: a user principal name or a GUID, else its throw
        String text = "Get-EntraUserManager -UserId bob\n";
        String uri = session.open(text);
        String value = session.hover(uri, EditorSession.position(text, text.indexOf("UserId"))).getContents()
                .getRight().getValue();
        assertTrue(value.contains("Checked by the module: not empty; UserId must be a valid email address or GUID."),
                value);
        List<Diagnostic> found = nonEmptyDiagnostics(uri);
        assertEquals(List.of("failed-validation 29-32: Cannot validate argument on parameter 'UserId'. UserId must "
                + "be a valid email address or GUID."), found.stream().map(d -> d.getCode().getLeft() + " "
                + d.getRange().getStart().getCharacter() + "-" + d.getRange().getEnd().getCharacter() + ": "
                + d.getMessage()).toList());
    }

    @Test
    void theModulesRangesAreShownOnHover() throws Exception {
        // Get-EntraUser.ps1:12 [ValidateRange(1, [int]::MaxValue)] $Top, :34 [ValidateRange(1, 999)] $PageSize
        String text = "Get-EntraUser -Top 5 -PageSize 50\n";
        String uri = session.open(text);
        String top = session.hover(uri, EditorSession.position(text, text.indexOf("Top"))).getContents().getRight()
                .getValue();
        assertTrue(top.contains("Checked by the module: at least 1\n"), top);
        String page = session.hover(uri, EditorSession.position(text, text.indexOf("PageSize"))).getContents()
                .getRight().getValue();
        assertTrue(page.contains("Checked by the module: from 1 to 999\n"), page);
    }

    @Test
    void aShouldProcessCmdletShowsWhatIfAndConfirmInItsSyntaxAndCompletion() throws Exception {
        String text = "Add-EntraBetaGroupMember -";
        String uri = session.open(text);
        Hover h = session.hover(uri, EditorSession.position(text, 3));
        String value = h.getContents().getRight().getValue();
        assertTrue(value.contains("[-MemberId] <Guid> [-WhatIf] [-Confirm] [<CommonParameters>]"), value);
        List<String> labels = session.completion(uri, EditorSession.position(text, text.length())).getItems()
                .stream().map(CompletionItem::getLabel).toList();
        assertTrue(labels.containsAll(List.of("-WhatIf", "-Confirm")), labels.toString());
    }

    @Test
    void completionOffersTheParametersFromTheModulesCode() throws Exception {
        String text = "Get-EntraGroupMember -";
        String uri = session.open(text);
        List<String> labels = session.completion(uri, EditorSession.position(text, text.length())).getItems()
                .stream().map(CompletionItem::getLabel).toList();
        assertTrue(labels.containsAll(List.of("-GroupId", "-All", "-Top", "-Property")), labels.toString());
    }

    @Test
    void completionOffersEveryCmdletOfBothModules() throws Exception {
        String text = "Get-EntraBetaUs";
        String uri = session.open(text);
        List<String> labels = session.completion(uri, EditorSession.position(text, text.length())).getItems()
                .stream().map(CompletionItem::getLabel).toList();
        assertTrue(labels.contains("Get-EntraBetaUser"), labels.toString());
    }

    @Test
    void signatureHelpShowsTheSetTheCallBindsTo() throws Exception {
        String text = "Get-EntraUser -UserId ";
        String uri = session.open(text);
        SignatureHelp s = session.signatureHelp(uri, EditorSession.position(text, text.length()));
        assertNotNull(s);
        String label = s.getSignatures().get(s.getActiveSignature()).getLabel();
        assertTrue(label.startsWith("Get-EntraUser [-UserId] <String>"), label);
    }

    @Test
    void diagnosticsFindAnUnknownParameterAndNothingElseInTheTwentyCalls() throws Exception {
        String text = SCRIPT + "Get-EntraUser -Bogus 1\n";
        String uri = session.open(text);
        List<Diagnostic> found = nonEmptyDiagnostics(uri);
        assertEquals(List.of("unknown-parameter at line 20: Get-EntraUser has no parameter -Bogus"),
                found.stream().map(d -> d.getCode().getLeft() + " at line " + d.getRange().getStart().getLine()
                        + ": " + d.getMessage()).toList());
    }

    /** The first non-empty diagnostics published for {@code uri} (of at most 50 publications). */
    private static List<Diagnostic> nonEmptyDiagnostics(String uri) throws Exception {
        List<Diagnostic> found = null;
        for (int i = 0; i < 50 && (found == null || found.isEmpty()); i++) {
            PublishDiagnosticsParams p = session.server().client.nextDiagnostics();
            if (p != null && p.getUri().equals(uri)) {
                found = p.getDiagnostics();
            }
        }
        assertNotNull(found);
        return found;
    }
}
