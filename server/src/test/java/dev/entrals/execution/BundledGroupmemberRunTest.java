package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole runs, as {@link BundledOwnerspRunTest}, of the form read on the branch {@code groupmember}:
 * Get-EntraGroupMember's GET of the service principal members after every page of its first GET
 * (Get-EntraGroupMember.ps1:98-128), with -Top asking for {@code $top} = -Top minus the objects read (at most 999),
 * only when that is above 0; without -Top, without {@code $top}. Its objects are appended with '@odata.type'
 * '#microsoft.graph.servicePrincipal' (:122).
 */
class BundledGroupmemberRunTest extends BundledRunCase {

    private static final String GROUP = "00000000-0000-0000-0000-0000000000a1";
    private static final String MEMBERS = "/v1.0/groups/" + GROUP + "/members";
    private static final String PRINCIPALS = MEMBERS + "/microsoft.graph.servicePrincipal";
    private static final String CALL = "Get-EntraGroupMember -GroupId " + GROUP;

    /** {@code n} users as Graph lists them, typed with Graph's '#'. */
    private static List<Map<String, Object>> users(int n) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(Map.of("@odata.type", "#microsoft.graph.user", "id", String.format(
                    "00000000-0000-0000-0000-0000000001%02d", i), "userPrincipalName", "user" + i + "@contoso.com"));
        }
        return out;
    }

    /** {@code n} service principals as the cast segment lists them. */
    private static List<Map<String, Object>> principals(int n) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(Map.of("id", String.format("00000000-0000-0000-0000-0000000002%02d", i), "displayName",
                    "App " + i));
        }
        return out;
    }

    @Test
    void topFiveWithThreeMembersAsksForTheTwoLeft() {
        // :61 $top=5; :100 $topCount = 5 - 3; :107-109 [Math]::Min(2, 999), the GET with $top=2 first in its query
        graph.collection(MEMBERS, users(3)).collection(PRINCIPALS, principals(4));
        RunResult done = run(RunInput.commandLine(CALL + " -Top 5"));
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + MEMBERS + "?$top=5&$select=*", "GET " + PRINCIPALS + "?$top=2&$select=*"),
                sent());
        assertEquals(5, done.objects().size(), done.objects()::toString);
        assertEquals("#microsoft.graph.user", done.objects().get(2).get("@odata.type"));
        assertEquals("App 1", done.objects().get(3).get("displayName"));
        assertEquals("#microsoft.graph.servicePrincipal", done.objects().get(3).get("@odata.type"), ":122 stamped");
        assertEquals("#microsoft.graph.servicePrincipal", done.objects().get(4).get("@odata.type"));
    }

    @Test
    void topThreeWithThreeMembersSendsNoSecondRequest() {
        // :101 $topCount -gt 0 is false (3 - 3), and :115 the elseif needs -Top unbound: nothing more is sent
        graph.collection(MEMBERS, users(3)).collection(PRINCIPALS, principals(2));
        RunResult done = run(RunInput.commandLine(CALL + " -Top 3"));
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + MEMBERS + "?$top=3&$select=*"), sent());
        assertEquals(3, done.objects().size());
    }

    @Test
    void withoutTopTheServicePrincipalsAreAskedForWithoutTopAndOnePageIsAppended() {
        // :49 the first URL; :115-117 the GET of :99's URL, its .value only (no nextLink followed)
        graph.pageSize = 2;
        graph.collection(MEMBERS, users(1)).collection(PRINCIPALS, principals(3));
        RunResult done = run(RunInput.commandLine(CALL));
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + MEMBERS + "?$select=*", "GET " + PRINCIPALS + "?$select=*"), sent());
        assertEquals(List.of("user1@contoso.com", "App 1", "App 2"), done.objects().stream().map(o -> o.get(
                o.containsKey("displayName") ? "displayName" : "userPrincipalName")).toList());
    }

    @Test
    void allReadsEveryPageBeforeTheSecondRequest() {
        // :73-89 -All follows each @odata.nextLink; then :98 on every object read, :115-117 without $top
        List<String> sent = sentOverPages(3, " -All", 5); // 3 members, the first page (2) of the principals
        assertEquals("GET " + MEMBERS + "?$select=*", sent.get(0));
        assertTrue(sent.get(1).startsWith("GET " + MEMBERS + "?") && sent.get(1).contains("$skiptoken=2"), sent::toString);
        assertEquals("GET " + PRINCIPALS + "?$select=*", sent.get(2), "after the last page");
    }

    @Test
    void topCountsTheObjectsOfEveryPageRead() {
        // :75-89 with -Top 5 the module pages while fewer than 5 were read; 4 read over two pages: :100 5 - 4 = 1
        List<String> sent = sentOverPages(4, " -Top 5", 5);
        assertEquals("GET " + MEMBERS + "?$top=5&$select=*", sent.get(0));
        assertEquals("GET " + PRINCIPALS + "?$top=1&$select=*", sent.get(2));
    }

    /**
     * A run with {@code members} users served two a page and three service principals: three requests (two pages,
     * then the follow-up) and {@code objects} objects; the requests as sent.
     */
    private List<String> sentOverPages(int members, String arguments, int objects) {
        graph.pageSize = 2;
        graph.collection(MEMBERS, users(members)).collection(PRINCIPALS, principals(3));
        RunResult done = run(RunInput.commandLine(CALL + arguments));
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(objects, done.objects().size(), done.objects()::toString);
        List<String> sent = sent();
        assertEquals(3, sent.size(), sent::toString);
        return sent;
    }

    @Test
    void aMemberTypedAsTheModuleComparesSendsNoSecondRequest() {
        // :98 -notcontains 'microsoft.graph.servicePrincipal': an object with that whole value (any case) makes it false
        graph.collection(MEMBERS, List.of(Map.of("@odata.type", "Microsoft.Graph.ServicePrincipal", "id", GROUP)))
                .collection(PRINCIPALS, principals(1));
        RunResult done = run(RunInput.commandLine(CALL));
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + MEMBERS + "?$select=*"), sent());
    }

    @Test
    void whatIfShowsTheSecondRequestWithWhatTopLeavesAndSendsNothing() {
        RunResult what = run(RunInput.commandLine(CALL + " -Top 5 -WhatIf"));
        assertEquals(RunStatus.WHAT_IF, what.status(), what.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");
        assertEquals("GET " + graph.baseUrl() + MEMBERS + "?$top=5&$select=*", what.request().get(0));
        assertEquals("GET " + graph.baseUrl() + PRINCIPALS + "?$top={5 minus the objects read, at most 999}&$select=*"
                + "   (sent only if the reply of GET " + MEMBERS + "?$top=5&$select=* (every page it reads) has no"
                + " object in value whose @odata.type is microsoft.graph.servicePrincipal, and 5 minus the objects read"
                + " is above 0); its objects are appended, each with @odata.type '#microsoft.graph.servicePrincipal'",
                what.request().get(1));
        assertFalse(what.write(), "reads need no confirmation");
        RunResult plain = run(RunInput.commandLine(CALL + " -WhatIf"));
        assertEquals("GET " + graph.baseUrl() + PRINCIPALS + "?$select=*   (sent only if the reply of GET " + MEMBERS
                + "?$select=* has no object in value whose @odata.type is microsoft.graph.servicePrincipal); its"
                + " objects are appended, each with @odata.type '#microsoft.graph.servicePrincipal'",
                plain.request().get(1));
        assertEquals(List.of(), graph.requests);
    }

    @Test
    void aFailingSecondRequestStopsTheRunAndSaysWhatWasSentBeforeIt() {
        graph.collection(MEMBERS, users(3)).collection(PRINCIPALS, principals(1));
        graph.onRequest = r -> {
            if (r.url().contains("microsoft.graph.servicePrincipal")) {
                graph.failNext(GraphStandIn.Fault.FORBIDDEN);
            }
        };
        RunResult failed = run(RunInput.commandLine(CALL + " -Top 5"));
        assertEquals(RunStatus.GRAPH_ERROR, failed.status(), failed.text());
        assertEquals(List.of("GET " + MEMBERS + "?$top=5&$select=*", "GET " + PRINCIPALS + "?$top=2&$select=*"),
                sent());
        assertEquals(List.of(), failed.objects());
        assertTrue(failed.text().contains("Insufficient privileges"), failed.text());
        assertTrue(failed.text().contains("Sent before it: GET " + graph.baseUrl() + MEMBERS + "?$top=5&$select=*"
                + " (answered with 3 objects, not shown). GET " + graph.baseUrl() + PRINCIPALS + "?$top=2&$select=*"
                + " was sent because"), failed.text());
    }
}
