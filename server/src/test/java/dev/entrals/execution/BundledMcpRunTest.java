package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code Grant-}/{@code Revoke-EntraBetaMcpServerPermission} through the engine (branch {@code mcp}): the table
 * refuses them in every set (their requests are Graph SDK cmdlets in functions they define, chosen from the
 * replies), so a run, confirmed or with {@code -WhatIf}, sends nothing and says why with the lines that decide.
 */
class BundledMcpRunTest extends BundledRunCase {

    private static final String GRANT = "Grant-EntraBetaMCPServerPermission.ps1:";
    private static final String REVOKE = "Revoke-EntraBetaMCPServerPermission.ps1:";

    private RunResult refused(String line, boolean confirmed, String... expected) {
        RunInput in = RunInput.commandLine(line);
        RunResult r = run(confirmed ? in.confirm() : in);
        assertEquals(RunStatus.UNSUPPORTED, r.status(), r.text());
        assertEquals(2, r.status().exitCode());
        for (String e : expected) {
            assertTrue(r.text().contains(e), r.text());
        }
        assertEquals(List.of(), graph.requests, "nothing is sent");
        return r;
    }

    @Test
    void grantSendsNothingInAnySetAndSaysWhatDecidesItsRequests() {
        // Grant-EntraBetaMCPServerPermission.ps1:59-61 creates the service principal when the lookup finds none;
        // :208-210 throws for a scope not in the resource's publishedPermissionScopes; :225 -Additive $additiveMode
        String[] why = {"Grant-EntraBetaMcpServerPermission cannot be run without PowerShell",
                "New-MgBetaServicePrincipal at EntraBeta/Microsoft.Entra.Beta/Applications/" + GRANT + "61 when -not $sp",
                "stops with \"Invalid scopes (not available on resource): $($invalidScopes -join ', ')\"",
                "whose -Additive is a [switch]"};
        refused("Grant-EntraBetaMcpServerPermission -ApplicationName VisualStudioCode", false, why);
        refused("Grant-EntraBetaMcpServerPermission -ApplicationName Claude -Scopes 'a.Read','b.Write'", true, why);
        refused("Grant-EntraBetaMcpServerPermission -ApplicationId 11111111-2222-3333-4444-555555555555", true, why);
        refused("Grant-EntraBetaMcpServerPermission -ApplicationId 11111111-2222-3333-4444-555555555555"
                + " -Scopes a.Read -WhatIf", true, why);
    }

    @Test
    void revokeSendsNothingInAnySetAndSaysWhereItEndsWithoutAWrite() {
        // Revoke-EntraBetaMCPServerPermission.ps1:72-74 DELETE when no scope is left, :87 PATCH otherwise;
        // :149-151 ends with a warning when no grant is found
        String[] why = {"Revoke-EntraBetaMcpServerPermission cannot be run without PowerShell",
                "Remove-MgBetaOauth2PermissionGrant at EntraBeta/Microsoft.Entra.Beta/Applications/" + REVOKE + "74",
                "ends with the warning \"No existing permission grant found for $($resolvedClient.Name).\" at"};
        refused("Revoke-EntraBetaMcpServerPermission -ApplicationName ChatGPT", true, why);
        refused("Revoke-EntraBetaMcpServerPermission -ApplicationName VisualStudio -Scopes a.Read -WhatIf", true, why);
        refused("Revoke-EntraBetaMcpServerPermission -ApplicationId 11111111-2222-3333-4444-555555555555", false, why);
    }
}
