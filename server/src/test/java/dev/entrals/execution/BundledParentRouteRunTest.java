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
 * The request the module evidently meant where it passes a Graph SDK cmdlet an identifier its route lacks, against the
 * Graph stand-in (HTTPS on 127.0.0.1, real msal4j). Governance/Get-EntraBetaPrivilegedRoleAssignmentRequest.ps1:15-16
 * (-ProviderId, mandatory in every set), :82-84 ($params["ProviderId"]), :70-72 (-Id as
 * -PrivilegedRoleAssignmentRequestId), :102 (Get-MgBetaPrivilegedRoleAssignmentRequest @params, which has no
 * -ProviderId: PowerShell refuses every call): sent as the same collection under /privilegedAccess/{ProviderId}.
 */
class BundledParentRouteRunTest extends BundledRunCase {

    private static final String REQUESTS = "/beta/privilegedAccess/azureResources/roleAssignmentRequests";
    private static final String ID = "247438d7-fc8d-4354-a737-4898a4019a95";

    @Test
    void theProvidersRequestsAreListedWithTheFilterAndTop() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", "request-" + i);
            r.put("resourceId", "e5e7d29d-5465-45ac-885f-4716a5ee74b5");
            all.add(r);
        }
        graph.collection(REQUESTS, all);
        RunResult r = run(RunInput.commandLine("Get-EntraBetaPrivilegedRoleAssignmentRequest -ProviderId azureResources"
                + " -Filter \"resourceId eq 'e5e7d29d-5465-45ac-885f-4716a5ee74b5'\" -Top 2"));
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(1, sent().size(), sent().toString());
        assertTrue(sent().get(0).startsWith("GET " + REQUESTS + "?$top=2&$filter=resourceId%20eq%20"), sent().get(0));
        assertEquals(2, r.count(), r.text());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("evidently meant")
                && n.contains("A parameter cannot be found that matches parameter name 'ProviderId'.")), r.notes()::toString);
    }

    @Test
    void anIdAsksForTheOneRequestAndWhatIfSendsNothing() {
        RunResult whatIf = run(RunInput.commandLine("Get-EntraBetaPrivilegedRoleAssignmentRequest -ProviderId aadRoles"
                + " -Id " + ID + " -WhatIf"));
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertTrue(whatIf.request().get(0).endsWith("/beta/privilegedAccess/aadRoles/roleAssignmentRequests/" + ID),
                whatIf.request()::toString);
        assertEquals(List.of(), sent(), "-WhatIf sends nothing");

        graph.object(REQUESTS + "/" + ID, Map.of("id", ID, "status", Map.of("status", "Closed")));
        RunResult one = run(RunInput.commandLine("Get-EntraBetaPrivilegedRoleAssignmentRequest -ProviderId"
                + " azureResources -Id " + ID));
        assertEquals(RunStatus.OK, one.status(), one.text());
        assertEquals(List.of("GET " + REQUESTS + "/" + ID), sent());
        assertTrue(one.single(), "one object");
        assertFalse(one.write(), "a read");
    }
}
