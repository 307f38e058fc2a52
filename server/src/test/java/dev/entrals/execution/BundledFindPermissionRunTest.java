package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole runs of {@code Find-EntraPermission}, which passes its arguments to the Graph SDK's
 * {@code Find-MgGraphPermission} (Find-EntraPermission.ps1:24-55 the parameters by their names, :101 the call): one
 * GET of Microsoft Graph's service principal (the SDK's Permissions.ps1 request), its scopes and roles searched here
 * as the SDK searches them; a read, sent without a confirmation.
 */
class BundledFindPermissionRunTest extends BundledRunCase {

    private static final String SPS = "/v1.0/servicePrincipals";
    private static final String GRAPH_APP = "00000003-0000-0000-c000-000000000000";
    private static final String GET = "GET " + SPS + "?$filter=appId%20eq%20'" + GRAPH_APP + "'";

    /** Serves Microsoft Graph's service principal, its permissions out of order (the SDK sorts them by name). */
    private void principal() {
        graph.filtered(SPS, "appId eq '" + GRAPH_APP + "'", List.of(Map.of("id", "sp-graph", "appId", GRAPH_APP,
                "oauth2PermissionScopes", List.of(
                        scope("s-3", "User.ReadWrite.All", "Admin", "Admin: write all users", "User: write all"),
                        scope("s-1", "User.Read", "User", "Admin: sign in and read profile", "User: read your profile"),
                        scope("s-2", "Mail.Read", "User", "Admin: read mail", "User: read your mail")),
                "appRoles", List.of(
                        role("r-2", "User.Read.All", "Application", "Read all users' full profiles"),
                        role("r-1", "Mail.Read", "Application", "Read mail in all mailboxes"),
                        role("r-3", "Directory.Read.All", "Delegated", "Read directory data")))));
    }

    private static Map<String, Object> scope(String id, String value, String type, String admin, String user) {
        return Map.of("id", id, "value", value, "type", type, "adminConsentDescription", admin,
                "userConsentDescription", user, "isEnabled", true);
    }

    private static Map<String, Object> role(String id, String value, String origin, String description) {
        return Map.of("id", id, "value", value, "origin", origin, "description", description, "isEnabled", true);
    }

    private static List<String> names(RunResult r) {
        return r.objects().stream().map(o -> o.get("PermissionType") + " " + o.get("Name")).toList();
    }

    @Test
    void aSearchReadsGraphsServicePrincipalOnceWithoutConfirmationAndMatchesNamesContainingIt() {
        principal();
        RunResult r = run(RunInput.commandLine("Find-EntraPermission user.read"));
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertFalse(r.write());
        assertEquals(List.of(GET), sent());
        assertEquals(List.of("GET " + graph.baseUrl() + SPS + "?$filter=appId%20eq%20'" + GRAPH_APP + "'"),
                r.request());
        // Find-MgGraphPermission.ps1: -like "*$SearchString*" on the name, delegated then application, by name
        assertEquals(List.of("Delegated User.Read", "Delegated User.ReadWrite.All", "Application User.Read.All"),
                names(r));
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("Id", "s-1");
        first.put("PermissionType", "Delegated");
        first.put("Consent", "User");
        first.put("Name", "User.Read");
        first.put("Description", "User: read your profile"); // Permissions.ps1: a User scope's user description
        assertEquals(first, r.objects().get(0));
        assertEquals(List.of("Id", "PermissionType", "Consent", "Name", "Description"),
                List.copyOf(r.objects().get(0).keySet()));
        assertEquals("Admin: write all users", r.objects().get(1).get("Description"));
        assertEquals("Admin", r.objects().get(2).get("Consent")); // an Application-origin role: admin consent
        assertTrue(r.text().startsWith("   PermissionType: Delegated\n\nId  Consent Name"), r.text());
        assertTrue(r.text().contains("\n   PermissionType: Application\n\n"), r.text());
        assertFalse(r.text().contains("sp-graph"), r.text());
        assertTrue(r.notes().contains(PermissionSearch.NOT_OFFLINE), r.notes()::toString);
        assertTrue(r.notes().contains(PermissionSearch.ANSWERED), r.notes()::toString);
    }

    @Test
    void exactMatchComparesTheWholeNameInAnyCaseAndSaysWhenNothingMatched() {
        principal();
        RunResult r = run(RunInput.commandLine("Find-EntraPermission MAIL.READ -ExactMatch"));
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(List.of("Delegated Mail.Read", "Application Mail.Read"), names(r));

        RunResult none = run(RunInput.commandLine("Find-EntraPermission Mail -ExactMatch"));
        assertEquals(RunStatus.OK, none.status(), none.text());
        assertEquals(List.of(), none.objects());
        assertTrue(none.notes().contains("No results were found that exactly matched the specified permission"
                + " 'Mail'"), none.notes()::toString);
        assertEquals(List.of(GET, GET), sent());
    }

    @Test
    void permissionTypeKeepsOneKindAndTheSearchStringIsAWildcardPattern() {
        principal();
        RunResult app = run(RunInput.commandLine("Find-EntraPermission read -PermissionType Application"));
        assertEquals(List.of("Application Directory.Read.All", "Application Mail.Read", "Application User.Read.All"),
                names(app));
        assertEquals("User", app.objects().get(0).get("Consent")); // a Delegated-origin role: user consent
        assertFalse(app.text().contains("PermissionType: Delegated"), app.text());

        RunResult delegated = run(RunInput.commandLine(
                "Find-EntraPermission 'user.read?all' -PermissionType delegated"));
        assertEquals(List.of(), delegated.objects(), "? is one character: User.ReadWrite.All has more");
        RunResult pattern = run(RunInput.commandLine("Find-EntraPermission 'user.read?all'"));
        assertEquals(List.of("Application User.Read.All"), names(pattern));

        RunResult invalid = run(RunInput.commandLine("Find-EntraPermission user -PermissionType AppOnly"));
        assertEquals(RunStatus.UNSUPPORTED, invalid.status(), invalid.text());
        assertTrue(invalid.text().contains("does not belong to the set \"Any,Delegated,Application\""),
                invalid.text());
        RunResult nothing = run(RunInput.commandLine("Find-EntraPermission -PermissionType Delegated"));
        assertTrue(nothing.status() != RunStatus.OK, nothing.text()); // -SearchString is mandatory in set Search
        assertTrue(nothing.text().contains("SearchString"), nothing.text());
        assertEquals(List.of(GET, GET, GET), sent(), "an argument PowerShell refuses sends nothing");
    }

    @Test
    void allListsEveryPermissionAndOnlineReadsTheSameWithoutTheNote() {
        principal();
        RunResult all = run(RunInput.commandLine("Find-EntraPermission -All -Online"));
        assertEquals(RunStatus.OK, all.status(), all.text());
        assertEquals(List.of("Delegated Mail.Read", "Delegated User.Read", "Delegated User.ReadWrite.All",
                "Application Directory.Read.All", "Application Mail.Read", "Application User.Read.All"), names(all));
        assertEquals(6, all.count());
        assertFalse(all.notes().contains(PermissionSearch.NOT_OFFLINE), all.notes()::toString);
        RunResult delegated = run(RunInput.commandLine("Find-EntraPermission -All -PermissionType Delegated"));
        assertEquals(3, delegated.objects().size());
        assertEquals(List.of(GET, GET), sent());
    }

    @Test
    void jsonAndCsvHaveTheSdksProperties() {
        principal();
        String line = "Find-EntraPermission mail.read -ExactMatch -PermissionType Application";
        RunResult json = run(new RunInput(line, 0, line.length(), Map.of(), false, false, ResultFormat.JSON, 0));
        assertEquals("[ {\n  \"Id\" : \"r-1\",\n  \"PermissionType\" : \"Application\",\n  \"Consent\" : \"Admin\",\n"
                + "  \"Name\" : \"Mail.Read\",\n  \"Description\" : \"Read mail in all mailboxes\"\n} ]",
                json.text().strip());
        RunResult csv = run(new RunInput(line, 0, line.length(), Map.of(), false, false, ResultFormat.CSV, 0));
        assertTrue(csv.text().startsWith("\"Id\",\"PermissionType\",\"Consent\",\"Name\",\"Description\"\n"
                + "\"r-1\",\"Application\",\"Admin\",\"Mail.Read\",\"Read mail in all mailboxes\""), csv.text());
    }

    @Test
    void whatIfShowsTheReadAndSendsNothing() {
        principal();
        RunResult r = run(RunInput.commandLine("Find-EntraPermission user -WhatIf"));
        assertEquals(RunStatus.WHAT_IF, r.status(), r.text());
        assertTrue(r.text().startsWith("What if: Performing the operation \"GET\" on target \"" + graph.baseUrl()
                + SPS + "?$filter=appId%20eq%20'" + GRAPH_APP + "'\"."), r.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");
    }

    @Test
    void aGraphErrorIsShownAsAnyRunsAndNothingIsSearched() {
        principal();
        graph.failNext(GraphStandIn.Fault.FORBIDDEN);
        RunResult r = run(RunInput.commandLine("Find-EntraPermission user -Online"));
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertTrue(r.text().contains("Status: 403"), r.text());
        assertTrue(r.text().contains("Authorization_RequestDenied"), r.text());
        assertEquals(List.of(GET), sent());
        assertEquals(List.of(), r.objects());
    }

    @Test
    void aMissingServicePrincipalCollectionIsA404ShownAsAnyRuns() {
        RunResult r = run(RunInput.commandLine("Find-EntraPermission user"));
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertTrue(r.text().contains("Status: 404"), r.text());
        assertEquals(List.of(GET), sent());
    }

    @Test
    void theRunLensIsOfferedThoughTheTableRefusesTheEntry() {
        assertTrue(RunnableCommands.runsSomeCall(Planners.bundled()).test("Find-EntraPermission"));
        assertTrue(Planners.bundled().refusesEveryCall("Find-EntraPermission"), "the table itself still refuses it");
        // Find-EntraPermission.ps1:101 Find-MgGraphPermission @params: the table's via picks the answer
        assertEquals(java.util.Optional.of("Find-MgGraphPermission"), Planners.bundled().via("Find-EntraPermission"));
        assertEquals(java.util.Optional.empty(), Planners.bundled().via("Find-EntraNothing"));
    }
}
