package dev.entrals.features.helptext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The hover's permissions line, from the bundled facts. */
class ScopeTextTest {

    @Test
    void namesTheNarrowestPermissionsOfEachKind() {
        assertEquals(Optional.of("Needs one of: `GroupMember.Read.All`, `Group.Read.All`, `GroupMember.ReadWrite.All`, "
                + "`Group.ReadWrite.All`, `Directory.Read.All` (delegated) / `GroupMember.Read.All`, `Group.Read.All`, "
                + "`GroupMember.ReadWrite.All`, `Group.ReadWrite.All`, `Directory.Read.All` (application)"),
                ScopeText.of("get-entragroupmember", true));
        assertEquals(Optional.of("Needs one of: AuditLog.Read.All + Directory.Read.All (delegated) / none known "
                + "(application)"), ScopeText.of("Get-EntraAuditSignInLog", false));
    }

    @Test
    void saysWhenNoPermissionIsKnownAndNothingForLocalOrForeignCommands() {
        assertEquals(Optional.of("Needs a Graph permission that the docs do not name (no known permission)."),
                ScopeText.of("Get-EntraBetaPrivilegedRole", true));
        assertEquals(Optional.empty(), ScopeText.of("Connect-Entra", true));
        assertEquals(Optional.empty(), ScopeText.of("Get-ChildItem", true));
    }

    @Test
    void theLookupIgnoresCaseAndAModuleQualifier() {
        var facts = dev.entrals.analysis.ScopeFacts.bundled();
        assertEquals(facts.forCommand("Get-EntraGroupMember"),
                facts.forCommand("Microsoft.Entra.Groups\\get-entragroupmember"));
        assertEquals("GroupMember.Read.All", facts.forCommand("Get-EntraGroupMember").orElseThrow()
                .delegatedScopes().get(0));
        assertEquals(Optional.empty(), facts.forCommand("Get-AzureADUser"));
    }
}
