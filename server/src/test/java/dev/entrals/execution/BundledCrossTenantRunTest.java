package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.entrals.session.SessionTestKit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code Get-EntraBetaCrossTenantAccessActivity} run against the Graph stand-in (HTTPS on 127.0.0.1, real msal4j):
 * the sign-in queries the module's code sends (Reports/Get-EntraBetaCrossTenantAccessActivity.ps1, line numbers in
 * each test), grouped and shaped as it shapes them ({@link CrossTenantActivity}).
 */
class BundledCrossTenantRunTest extends BundledRunCase {

    private static final String ME = SessionTestKit.TENANT_ID;
    private static final String FABRIKAM = "11111111-2222-3333-4444-555555555555";
    private static final String CONTOSO = "99999999-8888-7777-6666-555555555555";
    private static final String SIGN_INS = "/beta/auditLogs/signIns";
    /** :149 */
    private static final String OUT = "CrossTenantAccessType ne 'none' and ResourceTenantId ne '" + ME + "'";
    /** :153 */
    private static final String IN = "CrossTenantAccessType ne 'none' and HomeTenantId ne '" + ME
            + "' and TokenIssuerType eq 'AzureAD'";

    private static Map<String, Object> signIn(String id, String home, String resource, String user, int error) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("createdDateTime", "2025-02-12T08:58:45Z");
        s.put("userDisplayName", "User " + user);
        s.put("userPrincipalName", user + "@example.com");
        s.put("userId", "user-" + user);
        s.put("userType", "member");
        s.put("crossTenantAccessType", "b2bCollaboration");
        s.put("appDisplayName", "App");
        s.put("appId", "app-1");
        s.put("resourceDisplayName", "Microsoft Graph");
        s.put("resourceId", "res-" + id.charAt(0));
        s.put("homeTenantId", home);
        s.put("resourceTenantId", resource);
        s.put("status", Map.of("errorCode", error, "failureReason", error == 0 ? "Other." : "Denied."));
        return s;
    }

    private static String url(String filter) {
        return "GET " + SIGN_INS + "?$filter=" + filter.replace(" ", "%20");
    }

    @Test
    void withoutADirectionBothQueriesAreSentAndEachSignInIsShapedWithItsTenantAndDirection() {
        graph.filtered(SIGN_INS, OUT, List.of(signIn("o1", ME, CONTOSO, "a", 0), signIn("o2", ME, FABRIKAM, "b", 0)));
        graph.filtered(SIGN_INS, IN, List.of(signIn("i1", FABRIKAM, ME, "c", 50126)));
        RunResult r = run(RunInput.commandLine("Get-EntraBetaCrossTenantAccessActivity"));
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(List.of(url(OUT), url(IN)), sent()); // outbound first (:149), then inbound (:153)
        assertEquals(3, r.count());
        // the outbound groups by ResourceTenantId in the order of their names, then the inbound one by HomeTenantId
        assertEquals(List.of(FABRIKAM, CONTOSO, FABRIKAM), r.objects().stream().map(o -> o.get("ExternalTenantId"))
                .toList());
        assertEquals(List.of("Outbound", "Outbound", "Inbound"), r.objects().stream()
                .map(o -> o.get("AccessDirection")).toList()); // :167-:174
        Map<String, Object> in = r.objects().get(2);
        assertEquals("c@example.com", in.get("UserPrincipalName"));
        assertEquals("i1", in.get("SignInId"));
        assertEquals(50126, in.get("StatusCode"));
        assertEquals("Denied.", in.get("StatusReason"));
        assertEquals(List.of("ExternalTenantId", "AccessDirection", "UserDisplayName", "UserPrincipalName", "UserId",
                "UserType", "CrossTenantAccessType", "AppDisplayName", "AppId", "ResourceDisplayName", "ResourceId",
                "SignInId", "CreatedDateTime", "StatusCode", "StatusReason"), new ArrayList<>(in.keySet())); // :283-:305
        assertTrue(r.text().contains("\nStatusReason          : Denied.\n"), r.text()); // a list, as its help shows
        assertEquals(2, r.request().size());
        assertTrue(r.request().get(0).endsWith("(every page, following @odata.nextLink)"), r.request().toString());
    }

    @Test
    void summaryStatsCountsPerTenantSortedByTheCountOfSignInsWhenADirectionIsGiven() {
        graph.filtered(SIGN_INS, IN, List.of(signIn("a1", CONTOSO, ME, "a", 0), signIn("a2", FABRIKAM, ME, "b", 0),
                signIn("a3", FABRIKAM, ME, "b", 1), signIn("b4", FABRIKAM, ME, "c", 0)));
        RunResult r = run(RunInput.commandLine(
                "Get-EntraBetaCrossTenantAccessActivity -AccessDirection Inbound -SummaryStats"));
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(List.of(url(IN)), sent()); // :118
        assertEquals(2, r.count());
        Map<String, Object> first = r.objects().get(0); // :324, most sign-ins first
        assertEquals(FABRIKAM, first.get("ExternalTenantId"));
        assertEquals("Inbound", first.get("AccessDirection"));
        assertEquals(3L, first.get("SignIns"));
        assertEquals(2L, first.get("SuccessSignIns"));
        assertEquals(1L, first.get("FailedSignIns"));
        assertEquals(2L, first.get("UniqueUsers"));
        assertEquals(2L, first.get("UniqueResources"));
        assertEquals(1L, r.objects().get(1).get("SignIns"));
        // a table of every property of the summary, as its help's example shows it
        assertTrue(r.text().startsWith("ExternalTenantId                     AccessDirection SignIns SuccessSignIns"
                + " FailedSignIns UniqueUsers UniqueResources\n"), r.text());
    }

    @Test
    void anExternalTenantIsCompared_ByEqAndTheDepartureIsNoted() {
        String filter = "CrossTenantAccessType ne 'none' and HomeTenantId eq '" + FABRIKAM
                + "' and TokenIssuerType eq 'AzureAD'";
        graph.filtered(SIGN_INS, filter, List.of(signIn("a1", FABRIKAM, ME, "a", 0)));
        RunResult r = run(RunInput.commandLine("Get-EntraBetaCrossTenantAccessActivity -AccessDirection Inbound"
                + " -ExternalTenantId " + FABRIKAM));
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(List.of(url(filter)), sent());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("'eq'")), r.notes().toString());
    }

    @Test
    void theSignedInTenantAsExternalTenantIsRefusedBeforeAnythingIsSent() {
        RunResult r = run(RunInput.commandLine("Get-EntraBetaCrossTenantAccessActivity -ExternalTenantId " + ME));
        assertEquals(RunStatus.FAULT, r.status());
        assertTrue(r.text().contains("cannot match connected tenant ID (" + ME + ")"), r.text()); // :36
        assertEquals(List.of(), sent());
    }

    @Test
    void whatIfShowsTheQueriesAndSendsNothing() {
        RunResult r = run(RunInput.commandLine("Get-EntraBetaCrossTenantAccessActivity -ResolveTenantId -WhatIf"));
        assertEquals(RunStatus.WHAT_IF, r.status());
        assertEquals(List.of(), sent());
        assertEquals(3, r.request().size(), r.request().toString());
        assertTrue(r.text().contains("What if: Performing the operation \"GET\" on target \""), r.text());
        assertTrue(r.request().get(2).contains("findTenantInformationByTenantId(tenantId='<tenant>')"),
                r.request().toString());
    }

    @Test
    void everyPageIsReadAndResolveTenantIdNamesEachTenantOrSaysError() {
        graph.pageSize = 2;
        List<Map<String, Object>> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(signIn("s" + i, ME, i < 3 ? CONTOSO : FABRIKAM, "u" + i, 0));
        }
        graph.collection(SIGN_INS, all); // every filter (and each next page) gets this list
        graph.object("/beta/tenantRelationships/findTenantInformationByTenantId(tenantId='" + CONTOSO + "')",
                Map.of("tenantId", CONTOSO, "displayName", "Contoso", "defaultDomainName", "contoso.com"));
        RunResult r = run(RunInput.commandLine(
                "Get-EntraBetaCrossTenantAccessActivity -AccessDirection Outbound -ResolveTenantId"));
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(5, r.count());
        assertEquals(3, sent().stream().filter(s -> s.contains("auditLogs/signIns")).count()); // pages of 2, 2, 1
        Map<String, Object> contoso = r.objects().stream().filter(o -> CONTOSO.equals(o.get("ExternalTenantId")))
                .findFirst().orElseThrow();
        assertEquals("Contoso", contoso.get("ExternalTenantName"));
        assertEquals("contoso.com", contoso.get("ExternalDefaultDomain"));
        Map<String, Object> fabrikam = r.objects().stream().filter(o -> FABRIKAM.equals(o.get("ExternalTenantId")))
                .findFirst().orElseThrow();
        assertEquals("Error", fabrikam.get("ExternalTenantName")); // the stand-in has no such tenant: 404 (:163)
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("does not group outbound")), r.notes().toString());
    }

    @Test
    void aForbiddenReplyIsTheRunsErrorNotAnEmptyReport() {
        graph.failNext(GraphStandIn.Fault.FORBIDDEN);
        RunResult r = run(RunInput.commandLine("Get-EntraBetaCrossTenantAccessActivity -AccessDirection Outbound"));
        assertEquals(RunStatus.GRAPH_ERROR, r.status());
        assertTrue(r.text().contains("Authorization_RequestDenied"), r.text());
    }

    @Test
    void noSignInsIsTheModulesWarning() {
        graph.collection(SIGN_INS, List.of());
        RunResult r = run(RunInput.commandLine("Get-EntraBetaCrossTenantAccessActivity -AccessDirection Outbound"));
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(0, r.count());
        assertTrue(r.notes().contains("No sign-ins matching the selected criteria found."), r.notes().toString());
    }

    @Test
    void withoutASessionWhatIfShowsTheQueriesWithThePlaceholderAndARunSaysToConnect() {
        RunEngine alone = new RunEngine(new dev.entrals.analysis.ParameterBinder(dev.entrals.docs.HelpIndex.load(
                dev.entrals.docs.modules.StandardSources.of(List.of(), true, false))), Planners.bundled(),
                GraphClient.standard(new TokenSource() {
                    @Override
                    public String graphEndpoint() {
                        throw TokenSource.notConnected();
                    }

                    @Override
                    public String token(boolean afterRejection, dev.entrals.session.CancellationSignal cancel) {
                        throw TokenSource.notConnected();
                    }
                }), (command, request) -> List.of()); // no session: no context, no tenant
        RunResult shown = alone.run(RunInput.commandLine("Get-EntraBetaCrossTenantAccessActivity -WhatIf"),
                PageListener.NONE, dev.entrals.session.CancellationSignal.NONE);
        assertEquals(RunStatus.WHAT_IF, shown.status(), shown.text());
        assertTrue(shown.request().get(0).contains("ResourceTenantId%20ne%20'%3Csigned-in%20tenant%3E'"),
                shown.request().toString());
        RunResult run = alone.run(RunInput.commandLine("Get-EntraBetaCrossTenantAccessActivity"), PageListener.NONE,
                dev.entrals.session.CancellationSignal.NONE);
        assertEquals(RunStatus.NOT_CONNECTED, run.status(), run.text());
        assertEquals(List.of(), sent());
    }
}
