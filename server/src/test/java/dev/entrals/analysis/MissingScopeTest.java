package dev.entrals.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.entrals.script.ScriptDocument;
import dev.entrals.testing.Fixture;

/** The {@code missing-scope} rule over the bundled permission facts, and its quick fix and fix-all. */
class MissingScopeTest {

    private static final ScriptAnalyzer ANALYZER = new ScriptAnalyzer(TestDocs.index(), MigrationTable.bundled());

    /** The missing-scope findings as "name: message". */
    private static List<String> findings(String text) {
        ScriptDocument script = ScriptDocument.parse(text);
        return ANALYZER.analyze(script).stream().filter(d -> d.rule() == Rule.MISSING_SCOPE)
                .map(d -> text.substring(d.start(), d.end()) + ": " + d.message()).toList();
    }

    /** "title => fixed text" for each fix of the one missing-scope finding at the fixture's range. */
    private static List<String> fixes(String marked) {
        Fixture f = Fixture.of(marked);
        ScriptDocument script = ScriptDocument.parse(f.text());
        List<ScriptDiagnostic> found = ANALYZER.analyze(script).stream()
                .filter(d -> d.rule() == Rule.MISSING_SCOPE && d.start() == f.ranges().get(0).start()).toList();
        assertEquals(1, found.size(), "one finding at the range: " + found);
        assertEquals(f.ranges().get(0).end(), found.get(0).end());
        return FindingFixes.of(script, found.get(0), ANALYZER).stream()
                .map(x -> x.title() + " => " + MigrationFix.apply(f.text(), x.edits())).toList();
    }

    @Test
    void aCallThatTheLiteralScopesDoNotCoverIsFlaggedWithItsNarrowestPermissions() {
        assertEquals(List.of("Get-EntraGroupMember: Get-EntraGroupMember needs one of GroupMember.Read.All, "
                + "Group.Read.All, GroupMember.ReadWrite.All, Group.ReadWrite.All, … (delegated), and no earlier "
                + "Connect-Entra -Scopes grants any of them"), findings("""
                Connect-Entra -Scopes 'User.Read.All'
                Get-EntraUser -UserId $u
                Get-EntraGroupMember -GroupId $g
                """));
        assertEquals(List.of(), findings("""
                Connect-Entra -Scopes 'User.Read.All', 'Directory.Read.All'
                Get-EntraGroupMember -GroupId $g
                """), "a broader permission covers it");
        assertEquals(List.of(), findings("""
                Connect-Entra -Scopes 'GroupMember.ReadWrite.All'
                Get-EntraUserSponsor -UserId $u
                Get-EntraGroupMember -GroupId $g
                """).stream().filter(f -> f.startsWith("Get-EntraGroupMember")).toList(),
                "a ReadWrite permission includes its Read");
        assertEquals(1, findings("""
                Connect-Entra -Scopes 'User.ReadBasic.All'
                Get-EntraUserSponsor -UserId $u
                """).size(), "a ReadBasic permission does not include Read");
        assertEquals(List.of(), findings("""
                Connect-Entra -Scopes 'User.ReadWrite.All'
                Get-EntraUserSponsor -UserId $u
                """), "User.ReadWrite.All includes User.Read.All");
        assertEquals(List.of(), findings("""
                Connect-Entra -Scopes User.Read.All, GroupMember.Read.All
                Get-EntraGroupMember -GroupId $g
                """), "barewords are literal values too");
    }

    @Test
    void theQuickFixAddsTheNarrowestPermissionToTheNearestEarlierConnect() {
        assertEquals(List.of("Add 'GroupMember.Read.All' to Connect-Entra -Scopes => "
                + "Connect-Entra -Scopes 'User.Read.All', 'GroupMember.Read.All'\nGet-EntraGroupMember -GroupId $g\n"),
                fixes("""
                Connect-Entra -Scopes 'User.Read.All'
                <[Get-EntraGroupMember]> -GroupId $g
                """));
    }

    @Test
    void theFixAllAddsTheLeastSetCoveringTheWholeScript() {
        String script = """
                Connect-Entra -Scopes 'User.Read.All'
                <[Get-EntraGroup]> -GroupId $g
                Get-EntraGroupMember -GroupId $g
                Get-EntraApplication -ApplicationId $a
                """;
        List<String> fixes = fixes(script);
        assertEquals(2, fixes.size(), fixes.toString());
        assertEquals("Add 'Group.Read.All' to Connect-Entra -Scopes => Connect-Entra -Scopes 'User.Read.All', "
                + "'Group.Read.All'\nGet-EntraGroup -GroupId $g\nGet-EntraGroupMember -GroupId $g\n"
                + "Get-EntraApplication -ApplicationId $a\n", fixes.get(0));
        // GroupMember.Read.All would cover Get-EntraGroupMember, but Group.Read.All, needed anyway, covers it too
        assertEquals("Add the scopes this script needs to Connect-Entra -Scopes: 'Group.Read.All', "
                + "'Application.Read.All' => Connect-Entra -Scopes 'User.Read.All', 'Group.Read.All', "
                + "'Application.Read.All'\nGet-EntraGroup -GroupId $g\nGet-EntraGroupMember -GroupId $g\n"
                + "Get-EntraApplication -ApplicationId $a\n", fixes.get(1));
        String fixed = fixes.get(1).substring(fixes.get(1).indexOf("=> ") + 3);
        assertEquals(List.of(), findings(fixed), "nothing is missing after the fix-all");
    }

    @Test
    void twoConnectsEachCoverTheCallsAfterThem() {
        String text = """
                Connect-Entra -Scopes 'User.Read.All'
                Get-EntraGroupMember -GroupId $g
                Connect-Entra -Scopes 'GroupMember.Read.All'
                Get-EntraGroupMember -GroupId $g
                Get-EntraApplication -ApplicationId $a
                """;
        List<String> found = findings(text);
        assertEquals(2, found.size(), found.toString());
        assertEquals(List.of("Get-EntraGroupMember", "Get-EntraApplication"),
                found.stream().map(s -> s.substring(0, s.indexOf(':'))).toList());
        // the fix-all adds to each Connect-Entra what the calls after it (and before the next) miss
        List<MigrationFix.Edit> all = ScopeFindings.fixAll(ScriptDocument.parse(text), ANALYZER.scopes());
        assertEquals("""
                Connect-Entra -Scopes 'User.Read.All', 'GroupMember.Read.All'
                Get-EntraGroupMember -GroupId $g
                Connect-Entra -Scopes 'GroupMember.Read.All', 'Application.Read.All'
                Get-EntraGroupMember -GroupId $g
                Get-EntraApplication -ApplicationId $a
                """, MigrationFix.apply(text, all));
    }

    @Test
    void silentWithoutLiteralScopes() {
        assertEquals(List.of(), findings("""
                Get-EntraGroupMember -GroupId $g
                """), "no Connect-Entra at all");
        assertEquals(List.of(), findings("""
                $params = @{ Scopes = 'User.Read.All' }
                Connect-Entra @params
                Get-EntraGroupMember -GroupId $g
                """), "splatted scopes");
        assertEquals(List.of(), findings("""
                Connect-Entra -Scopes $scopes
                Get-EntraGroupMember -GroupId $g
                """), "computed scopes");
        assertEquals(List.of(), findings("""
                Connect-Entra -TenantId $tenant -ClientId $app -CertificateThumbprint $thumb
                Get-EntraGroupMember -GroupId $g
                """), "app-only: the app's configured permissions apply");
        assertEquals(List.of(), findings("""
                Connect-Entra -Scopes 'User.Read.All'
                Connect-Entra -TenantId $tenant -ClientId $app -CertificateThumbprint $thumb
                Get-EntraGroupMember -GroupId $g
                """), "a later app-only connection makes the scopes unknown");
        assertEquals(List.of(), findings("""
                Get-EntraGroupMember -GroupId $g
                Connect-Entra -Scopes 'User.Read.All'
                """), "a call before any Connect-Entra");
        assertEquals(List.of(), findings("""
                function Get-EntraGroupMember { 'mine' }
                Connect-Entra -Scopes 'User.Read.All'
                Get-EntraGroupMember -GroupId $g
                """), "the script's own function");
    }
}
