package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Graph SDK cmdlet's identifier passed only when given, against the Graph stand-in (HTTPS on 127.0.0.1, real
 * msal4j). Get-EntraGroup.ps1:26 (-GroupId optional in set Append), :116-118 ($params["GroupId"] only when given),
 * :128-130 (-AppendSelected: the default properties :64 and -Property), :158 (Get-MgGroup @params): with -GroupId the
 * SDK cmdlet asks for one object, without it for the list.
 */
class BundledAppendidRunTest extends BundledRunCase {

    private static final String GROUP = "00000000-0000-0000-0000-000000000001";
    private static final String SELECT = "$select=id,displayName,createdDateTime,deletedDateTime,groupTypes,"
            + "mailEnabled,mailNickname,securityEnabled,visibility,description,mail";

    @Test
    void aGroupIdAsksForTheOneGroup() {
        graph.object("/v1.0/groups/" + GROUP, Map.of("id", GROUP, "displayName", "Sales", "mail", "sales@contoso.com"));
        RunResult r = run(RunInput.commandLine("Get-EntraGroup -GroupId " + GROUP + " -Property mail -AppendSelected"));
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(List.of("GET /v1.0/groups/" + GROUP + "?" + SELECT), sent());
        assertTrue(r.single(), "one object");
        assertEquals("sales@contoso.com", r.objects().get(0).get("mail"));
    }

    @Test
    void withoutTheGroupIdTheListIsPaged() {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("id", String.format("00000000-0000-0000-0000-%012d", i));
            g.put("displayName", "Group " + i);
            groups.add(g);
        }
        graph.collection("/v1.0/groups", groups);
        graph.pageSize = 2;
        RunResult r = run(RunInput.commandLine("Get-EntraGroup -Property mail -AppendSelected -All"));
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(2, sent().size(), sent().toString());
        assertEquals("GET /v1.0/groups?" + SELECT, sent().get(0));
        assertTrue(sent().get(1).startsWith("GET /v1.0/groups?$top=2&$skiptoken=2"), sent().toString());
        assertFalse(r.single());
        assertEquals(3, r.count(), r.text());
    }

    @Test
    void underWhatIfNothingIsSentAndAnOptionTheOneObjectFormLacksIsRefused() {
        RunResult whatIf = run(RunInput.commandLine("Get-EntraBetaGroup -GroupId " + GROUP
                + " -Property mail -AppendSelected -WhatIf"));
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertTrue(whatIf.request().get(0).endsWith("/beta/groups/" + GROUP + "?" + SELECT), whatIf.request()::toString);
        RunResult top = run(RunInput.commandLine("Get-EntraGroup -GroupId " + GROUP
                + " -Property mail -AppendSelected -Top 5"));
        assertFalse(top.status() == RunStatus.OK, top.text());
        assertTrue(top.text().contains("-Top"), top.text());
        assertEquals(List.of(), sent(), "nothing is sent");
    }

    @Test
    void anUnknownGroupIsGraphsError() {
        RunResult r = run(RunInput.commandLine("Get-EntraGroup -GroupId 00000000-0000-0000-0000-000000000009"
                + " -Property mail -AppendSelected"));
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(1, sent().size(), sent().toString());
    }
}
