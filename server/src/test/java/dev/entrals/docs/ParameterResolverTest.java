package dev.entrals.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterResolverTest {

    @TempDir
    Path dir;

    HelpIndex index;
    CmdletHelp user;

    @BeforeEach
    void load() {
        DocsFolder.write(dir, "Get-ContosoUser.md", DocsFolder.page("Get-ContosoUser", "Contoso",
                "UserId", "String", "ObjectId, UPN", "Top", "Int32", "Limit", "Property", "String[]", "Select",
                "ErrorMessage", "String", ""));
        index = HelpIndex.load(List.of(DocsSource.folder(dir)));
        user = index.find("Get-ContosoUser").orElseThrow();
    }

    private String name(ParameterMatch m) {
        if (m instanceof ParameterMatch.Exact e) {
            return "exact " + e.parameter().name();
        } else if (m instanceof ParameterMatch.Alias a) {
            return "alias " + a.alias() + " of " + a.parameter().name();
        } else if (m instanceof ParameterMatch.Prefix p) {
            return "prefix " + p.parameter().name();
        } else if (m instanceof ParameterMatch.Ambiguous a) {
            return "ambiguous " + a.candidates();
        }
        return "none";
    }

    @Test
    void exactNameMatchesInAnyCase() {
        assertEquals("exact UserId", name(index.resolveParameter(user, "-userid")));
    }

    @Test
    void aliasMatchesExactly() {
        assertEquals("alias UPN of UserId", name(index.resolveParameter(user, "-upn")));
        assertEquals("alias Limit of Top", name(index.resolveParameter(user, "Limit")));
    }

    @Test
    void unambiguousPrefixOfNameOrAliasBinds() {
        assertEquals("prefix UserId", name(index.resolveParameter(user, "-Us")));
        assertEquals("prefix Property", name(index.resolveParameter(user, "-Sel")));
    }

    @Test
    void ambiguousPrefixListsTheCandidates() {
        DocsFolder.write(dir, "Set-ContosoUser.md", DocsFolder.page("Set-ContosoUser", "Contoso",
                "UserId", "String", "", "UsageLocation", "String", ""));
        HelpIndex two = HelpIndex.load(List.of(DocsSource.folder(dir)));
        CmdletHelp set = two.find("Set-ContosoUser").orElseThrow();
        ParameterMatch m = two.resolveParameter(set, "-U");
        assertEquals("ambiguous [UsageLocation, UserId]", name(m));
    }

    @Test
    void cmdletParameterIsPreferredOverCommonParametersSharingThePrefix() {
        // -Err matches ErrorMessage (own), ErrorAction and ErrorVariable (common): the own one wins, as in PowerShell.
        assertEquals("prefix ErrorMessage", name(index.resolveParameter(user, "-Err")));
    }

    @Test
    void commonParametersAndTheirAliasesAreKnownWhenDeclared() {
        assertEquals("exact Verbose", name(index.resolveParameter(user, "-verbose")));
        assertEquals("alias ea of ErrorAction", name(index.resolveParameter(user, "-ea")));
        assertEquals("ambiguous [WarningAction, WarningVariable]", name(index.resolveParameter(user, "-Warn")));
    }

    @Test
    void whatIfIsUnknownUnlessTheDocsListIt() {
        assertEquals("none", name(index.resolveParameter(user, "-WhatIf")));
        CmdletHelp add = HelpIndex.load(List.of(DocsSource.bundledPages())).find("Add-EntraEnvironment").orElseThrow();
        assertInstanceOf(ParameterMatch.Exact.class, index.resolveParameter(add, "-whatif"));
        assertEquals("alias cf of Confirm", name(index.resolveParameter(add, "-cf")));
    }

    @Test
    void unknownNameMatchesNothing() {
        assertEquals("none", name(index.resolveParameter(user, "-Nope")));
    }
}
