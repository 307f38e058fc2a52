package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole runs of the forms read on the branch {@code cba}: two lookups of one local in the branches of an {@code if}
 * on an argument, the one sent chosen by the argument, after the confirmation, the write taking its reply's id.
 */
class BundledCbaRunTest extends BundledRunCase {

    // Set-EntraBetaDirSyncFeature.ps1 52/60-67 one key per feature; 105-117 the lookup chosen by -TenantId;
    // 119-122 $body = @{ features = … }; 137 Update-MgBetaDirectoryOnPremiseSynchronization (PATCH)
    private static final String SYNC = "/beta/directory/onPremisesSynchronization";
    private static final String TENANT = "0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f";
    private static final String FEATURES = "Set-EntraBetaDirSyncFeature -Features PasswordSync,BlockSoftMatchEnabled"
            + " -Enabled $true";
    private static final String BODY = "{\"features\":{\"PasswordSyncEnabled\":true,\"BlockSoftMatchEnabled\":true}}";

    @Test
    void betaDirSyncFeaturesAreSetOnTheFirstSynchronizationObjectAfterTheConfirmation() {
        graph.collection(SYNC, List.of(Map.of("id", "sync-1"))).object(SYNC + "/sync-1", Map.of());
        RunResult asked = run(RunInput.commandLine(FEATURES));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        String base = graph.baseUrl();
        assertEquals(List.of("GET " + base + SYNC, "PATCH " + base + SYNC + "/<value[0].id from GET " + SYNC + ">", BODY),
                asked.request());
        assertEquals(List.of(), graph.requests, "the lookup waits for the confirmation");

        RunResult whatIf = run(RunInput.commandLine(FEATURES + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");

        RunResult done = run(RunInput.commandLine(FEATURES).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + SYNC, "PATCH " + SYNC + "/sync-1 " + BODY), sent());
    }

    @Test
    void withTenantIdTheTenantsObjectIsLookedUpAndItsReplysIdPatched() {
        graph.object(SYNC + "/" + TENANT, Map.of("id", TENANT));
        RunResult done = run(RunInput.commandLine(FEATURES + " -TenantId " + TENANT).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + SYNC + "/" + TENANT, "PATCH " + SYNC + "/" + TENANT + " " + BODY), sent());
    }

    @Test
    void aTenantIdThatIsNotFoundStopsTheRunBeforeThePatch() {
        // :109-115 the lookup's error is thrown: no PATCH
        RunResult r = run(RunInput.commandLine(FEATURES + " -TenantId " + TENANT).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(List.of("GET " + SYNC + "/" + TENANT), sent(), "nothing after the failed lookup");
        assertTrue(r.text().contains("Status: 404"), r.text());
    }
}
