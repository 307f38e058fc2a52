package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A request in two forms by an argument's value, against the Graph stand-in (HTTPS on 127.0.0.1, real msal4j).
 * Get-EntraUser.ps1:114-123 (and Get-EntraBetaUser.ps1:114-123): a -UserId that matches
 * {@code ^[#a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$} is sent as {@code $filter=UserPrincipalName eq '…'} on the
 * collection, and an empty reply is the module's error (:162-:166); any other value is the object's path.
 */
class BundledMatchBranchRunTest extends BundledRunCase {

    private static final String SELECT_START = "$select=Id,AccountEnabled,AgeGroup,";

    @Test
    void aUserPrincipalNameIsSentAsTheModulesFilterAndItsUserShownAsOneObject() {
        graph.filtered("/v1.0/users", "UserPrincipalName eq 'sawyer@contoso.com'",
                List.of(Map.of("id", "u-7", "displayName", "Sawyer Miller", "userPrincipalName", "sawyer@contoso.com")));
        RunResult r = run(RunInput.commandLine("Get-EntraUser -UserId 'sawyer@contoso.com'"));
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(1, sent().size(), sent().toString());
        String line = sent().get(0);
        assertTrue(line.startsWith("GET /v1.0/users/?" + SELECT_START), line);
        assertTrue(line.endsWith(",licenseAssignmentStates&$filter=UserPrincipalName%20eq%20'sawyer@contoso.com'"),
                line);
        assertTrue(r.single(), "one user, shown as the object by its id is");
        assertEquals("Sawyer Miller", r.objects().get(0).get("displayName"));
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("in one of two forms, by whether -UserId matches")
                && n.contains("Get-EntraUser.ps1:114")), r.notes().toString());
    }

    @Test
    void aUserPrincipalNameNobodyHasIsTheModulesNotFoundError() {
        graph.filtered("/v1.0/users", "UserPrincipalName eq 'nobody@contoso.com'", List.of());
        RunResult r = run(RunInput.commandLine("Get-EntraUser -UserId nobody@contoso.com -Property DisplayName"));
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(List.of("GET /v1.0/users/?$select=DisplayName&$filter=UserPrincipalName%20eq%20"
                + "'nobody@contoso.com'"), sent());
        assertTrue(r.text().contains("Resource 'nobody@contoso.com' does not exist or one of its queried"
                + " reference-property objects are not present."), r.text());
        assertTrue(r.text().contains("Request_ResourceNotFound"), r.text());
        assertEquals(0, r.count());
    }

    @Test
    void anIdIsTheObjectsPath() {
        graph.users(2);
        RunResult r = run(RunInput.commandLine("Get-EntraUser -UserId 00000000-0000-0000-0000-000000000002"));
        assertEquals(RunStatus.OK, r.status(), r.text());
        String line = sent().get(0);
        assertTrue(line.startsWith("GET /v1.0/users/00000000-0000-0000-0000-000000000002?" + SELECT_START), line);
        assertFalse(line.contains("$filter"), line);
        assertTrue(r.single());
        assertEquals("User 2", r.objects().get(0).get("displayName"));
    }

    @Test
    void theBetaModuleAndTheAliasChooseAlikeUnderWhatIf() {
        RunResult beta = run(RunInput.commandLine("Get-EntraBetaUser -ObjectId a.b+c@contoso.com -WhatIf"));
        assertEquals(RunStatus.WHAT_IF, beta.status(), beta.text());
        assertTrue(beta.request().get(0).contains("/beta/users?" + SELECT_START), beta.request().toString());
        assertTrue(beta.request().get(0).endsWith("&$filter=UserPrincipalName%20eq%20'a.b%2Bc@contoso.com'"),
                beta.request().toString());
        RunResult notAName = run(RunInput.commandLine("Get-EntraBetaUser -UserId 'no-domain@local' -WhatIf"));
        assertTrue(notAName.request().get(0).contains("/beta/users/no-domain%40local?"), notAName.request().toString());
        assertEquals(List.of(), sent());
    }
}
