package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code Grant-}/{@code Revoke-EntraBetaMcpServerPermission} through the engine against the Graph stand-in (branch
 * {@code mcp}): the table refuses them with {@code via} {@code function} and the literals of their code, and the engine
 * carries out the functions they define ({@link McpGrants}, {@link McpGrantRun}): the service principals' reads (and
 * Grant's POST when there is none), the grant's read, then a POST, a PATCH, a DELETE or nothing; one confirmation;
 * {@code -WhatIf} sends nothing. Lines named are of Grant-/Revoke-EntraBetaMCPServerPermission.ps1.
 */
class BundledMcpRunTest extends BundledRunCase {

    private static final String SPS = "/beta/servicePrincipals";
    private static final String GRANTS = "/beta/oauth2PermissionGrants";
    // Grant :40 $resourceAppId; :42 VisualStudioCode's AppId
    private static final String RESOURCE = "e8c77dc2-69b3-43f4-bc51-3213c9d915b4";
    private static final String VSCODE = "aebc6443-996d-45c2-90f0-388ff96faa56";
    // Grant :56 and :74 the -Property lists; Revoke :45 reads the service principals without one
    private static final String SP_SELECT = "&$select=id,appId,displayName,publishedPermissionScopes";
    private static final String GRANT_SELECT = "&$select=id,scope,clientId,resourceId,consentType";
    private static final String GRANT_FILTER = "clientId eq 'sp-vsc' and resourceId eq 'sp-res' and consentType eq"
            + " 'AllPrincipals'";
    private static final String GRANT_GET = "GET " + GRANTS + "?$filter=" + GRANT_FILTER.replace(" ", "%20")
            + GRANT_SELECT;

    /** The resource with three enabled scopes and a disabled one, VS Code's service principal, and {@code grants}. */
    private void tenant(List<Map<String, Object>> grants) {
        graph.filtered(SPS, "appId eq '" + RESOURCE + "'", List.of(Map.of("id", "sp-res", "appId", RESOURCE,
                        "displayName", "Microsoft MCP Server for Enterprise", "publishedPermissionScopes", List.of(
                                Map.of("value", "Mail.Read", "isEnabled", true),
                                Map.of("value", "Old.Scope", "isEnabled", false),
                                Map.of("value", "Files.Read", "isEnabled", true),
                                Map.of("value", "Calendars.Read", "isEnabled", true)))))
                .filtered(SPS, "appId eq '" + VSCODE + "'", List.of(Map.of("id", "sp-vsc", "appId", VSCODE,
                        "displayName", "VS Code (tenant)")))
                .filtered(GRANTS, GRANT_FILTER, grants)
                .object(GRANTS, Map.of("id", "g-new", "scope", "created"))
                .object(GRANTS + "/g-1", Map.of("id", "g-1"));
    }

    private static Map<String, Object> grant(String scope) {
        return Map.of("id", "g-1", "clientId", "sp-vsc", "resourceId", "sp-res", "consentType", "AllPrincipals",
                "scope", scope);
    }

    private static String spGet(String appId, boolean select) {
        return "GET " + SPS + "?$filter=appId%20eq%20'" + appId + "'" + (select ? SP_SELECT : "");
    }

    private RunResult confirmed(String line) {
        return run(RunInput.commandLine(line).confirm());
    }

    @Test
    void grantWithoutAGrantPostsTheResourcesEnabledScopesSortedForAYear() {
        tenant(List.of());
        RunResult r = confirmed("Grant-EntraBetaMcpServerPermission -ApplicationName VisualStudioCode");
        assertEquals(RunStatus.OK, r.status(), r.text());
        List<String> sent = sent();
        assertEquals(List.of(spGet(RESOURCE, true), spGet(VSCODE, true), GRANT_GET), sent.subList(0, 3));
        assertEquals(4, sent.size(), sent.toString());
        // :104-111 the body; :182-186 only the enabled scopes, Sort-Object -Unique, joined by a space
        String prefix = "POST " + GRANTS + " {\"clientId\":\"sp-vsc\",\"resourceId\":\"sp-res\",\"consentType\":"
                + "\"AllPrincipals\",\"scope\":\"Calendars.Read Files.Read Mail.Read\",\"expiryTime\":\"";
        assertTrue(sent.get(3).startsWith(prefix), sent.get(3));
        // :109 (Get-Date).AddYears(1)
        OffsetDateTime expiry = OffsetDateTime.parse(sent.get(3).substring(prefix.length(), sent.get(3).length() - 2));
        assertTrue(expiry.isAfter(OffsetDateTime.now().plusDays(364)) && expiry.isBefore(OffsetDateTime.now()
                .plusDays(367)), expiry.toString());
        assertEquals("g-new", r.objects().get(0).get("id"), "the POST's reply is the result (:111)");
    }

    @Test
    void grantWithScopesMergesThemIntoTheGrantWithAPatchAndReadsItAgain() {
        tenant(List.of(grant("Mail.Read User.Read")));
        RunResult r = confirmed("Grant-EntraBetaMcpServerPermission -ApplicationName VisualStudioCode -Scopes"
                + " 'Files.Read','files.read'");
        assertEquals(RunStatus.OK, r.status(), r.text());
        // :116-120 existing + incoming, each once, sorted; :138 the PATCH; :139 the grant read again is the result
        assertEquals(List.of(spGet(RESOURCE, true), spGet(VSCODE, true), GRANT_GET,
                "PATCH " + GRANTS + "/g-1 {\"scope\":\"Files.Read Mail.Read User.Read\"}", GRANT_GET), sent());
        assertEquals("g-1", r.objects().get(0).get("id"));
    }

    @Test
    void grantWithoutScopesKeepsTheGrantsOtherScopesAsTheSwitchGivenAValueMakesItAdditive() {
        // :225 -Additive $additiveMode sets the [switch] (:84) whatever the value: the merge, not :127-136's replacement
        tenant(List.of(grant("Other.Scope Mail.Read")));
        RunResult r = confirmed("Grant-EntraBetaMcpServerPermission -ApplicationName VisualStudioCode");
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals("PATCH " + GRANTS + "/g-1 {\"scope\":\"Calendars.Read Files.Read Mail.Read Other.Scope\"}",
                sent().get(3));
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("Every grant is added to")), r.notes().toString());
    }

    @Test
    void grantOfScopesTheGrantHasWritesNothingAndReturnsTheGrant() {
        tenant(List.of(grant("Files.Read  Mail.Read")));
        RunResult r = confirmed("Grant-EntraBetaMcpServerPermission -ApplicationName VisualStudioCode -Scopes"
                + " mail.read");
        assertEquals(RunStatus.OK, r.status(), r.text());
        // :121-124 the merged words equal the grant's (case-sensitive -ceq; mail.read kept as the grant spells it)
        assertEquals(List.of(spGet(RESOURCE, true), spGet(VSCODE, true), GRANT_GET), sent());
        assertEquals("Files.Read  Mail.Read", r.objects().get(0).get("scope"));
    }

    @Test
    void anUnknownScopeStopsWithTheModulesErrorAfterTheClientsServicePrincipalWasCreated() {
        tenant(List.of());
        graph.filtered(SPS, "appId eq '" + VSCODE + "'", List.of()).object(SPS, Map.of("id", "sp-vsc",
                "displayName", "Visual Studio Code"));
        RunResult r = confirmed("Grant-EntraBetaMcpServerPermission -ApplicationName VisualStudioCode -Scopes"
                + " Mail.Read,Nope.Write");
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(1, r.status().exitCode());
        // :194 → :59-61 the client's service principal created, then :207-210 the throw
        assertEquals(List.of(spGet(RESOURCE, true), spGet(VSCODE, true), "POST " + SPS + " {\"appId\":\"" + VSCODE
                + "\"}"), sent());
        assertTrue(r.text().contains("Invalid scopes (not available on resource): Nope.Write"), r.text());
        assertTrue(r.text().contains("Sent and done before it (changed): POST " + graph.baseUrl() + SPS), r.text());
    }

    @Test
    void theRunIsShownAndConfirmedOnceAndWhatIfSendsNothing() {
        tenant(List.of());
        String line = "Grant-EntraBetaMcpServerPermission -ApplicationId AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE";
        RunResult asked = run(RunInput.commandLine(line));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(2, asked.status().exitCode());
        String base = graph.baseUrl();
        // :19 a [guid], written lower-case into the $filter
        assertEquals(List.of(spGet(RESOURCE, true).replace("GET ", "GET " + base),
                "POST " + base + SPS + "   (only if that GET returned none)",
                "{\"appId\":\"" + RESOURCE + "\"}",
                spGet("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", true).replace("GET ", "GET " + base)),
                asked.request().subList(0, 4));
        assertTrue(asked.request().contains("PATCH " + base + GRANTS + "/<id of the grant>   (only if the grant lacks"
                + " some of them)"), asked.request().toString());
        RunResult whatIf = run(RunInput.commandLine(line + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertTrue(whatIf.text().contains("What if: Performing the operation \"POST\" on target \"" + base + GRANTS
                + "\"."), whatIf.text());
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation, nor with -WhatIf");
    }

    @Test
    void revokeOfSomeScopesPatchesTheRestAndReturnsTheGrant() {
        tenant(List.of(grant("User.Read Mail.Read Files.Read")));
        RunResult r = confirmed("Revoke-EntraBetaMcpServerPermission -ApplicationName VisualStudioCode -Scopes"
                + " mail.read,Not.Granted");
        assertEquals(RunStatus.OK, r.status(), r.text());
        // :124, :137 no $select; :147 the grant, :65 again, :87 PATCH the rest, :88 read again
        assertEquals(List.of(spGet(RESOURCE, false), spGet(VSCODE, false), GRANT_GET, GRANT_GET,
                "PATCH " + GRANTS + "/g-1 {\"scope\":\"Files.Read User.Read\"}", GRANT_GET), sent());
        assertTrue(r.notes().contains("Warning: The following scopes are not currently granted: Not.Granted"),
                r.notes().toString()); // :173
        assertEquals(1, r.count());
    }

    @Test
    void revokeOfEveryScopeDeletesTheGrant() {
        tenant(List.of(grant("Mail.Read")));
        RunResult r = confirmed("Revoke-EntraBetaMcpServerPermission -ApplicationName VisualStudioCode");
        assertEquals(RunStatus.OK, r.status(), r.text());
        // :184-186 without -Scopes none remains; :72-75 DELETE; :193-195 nothing returned
        assertEquals(List.of(spGet(RESOURCE, false), spGet(VSCODE, false), GRANT_GET, GRANT_GET,
                "DELETE " + GRANTS + "/g-1"), sent());
        assertEquals(0, r.count());
        assertEquals("Done: DELETE " + graph.baseUrl() + GRANTS + "/g-1\n", r.text());
    }

    @Test
    void revokeWithoutAGrantWarnsAndWritesNothing() {
        tenant(List.of());
        RunResult r = confirmed("Revoke-EntraBetaMcpServerPermission -ApplicationName VisualStudioCode -Scopes"
                + " Mail.Read");
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(List.of(spGet(RESOURCE, false), spGet(VSCODE, false), GRANT_GET), sent());
        // :150 with the name the client's service principal gives (:138)
        assertTrue(r.notes().contains("Warning: No existing permission grant found for VS Code (tenant)."),
                r.notes().toString());
        assertEquals("Nothing was changed.\n", r.text());
    }

    @Test
    void revokeForAClientWithoutAServicePrincipalStopsWithTheModulesError() {
        tenant(List.of());
        graph.filtered(SPS, "appId eq '11111111-2222-3333-4444-555555555555'", List.of());
        RunResult r = confirmed("Revoke-EntraBetaMcpServerPermission -ApplicationId"
                + " 11111111-2222-3333-4444-555555555555");
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        // :46-47 wrapped at :141-142
        assertTrue(r.text().contains("Could not get service principal for Custom MCP Client (App ID:"
                + " 11111111-2222-3333-4444-555555555555): Service principal for Custom MCP Client not found. App ID:"
                + " 11111111-2222-3333-4444-555555555555"), r.text());
        assertTrue(r.text().contains("Nothing was changed."), r.text());
        assertEquals(2, graph.requests.size());
    }

    @Test
    void argumentsPowerShellWouldNotBindSendNothing() {
        tenant(List.of());
        RunResult name = confirmed("Revoke-EntraBetaMcpServerPermission -ApplicationName Copilot");
        assertTrue(name.text().contains("Copilot") && name.text().contains("ValidateSet"), name.text());
        RunResult id = confirmed("Grant-EntraBetaMcpServerPermission -ApplicationId not-a-guid");
        assertTrue(id.text().contains("System.Guid"), id.text());
        assertEquals(List.of(), graph.requests);
    }

    @Test
    void theyGetARunLensThoughThePlannerRefusesThem() {
        for (String c : List.of("Grant-EntraBetaMcpServerPermission", "Revoke-EntraBetaMcpServerPermission")) {
            assertTrue(Planners.bundled().refusesEveryCall(c));
            assertTrue(RunnableCommands.runsSomeCall(Planners.bundled()).test(c));
        }
    }
}
