package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.planned;
import static dev.entrals.graph.PlannedCalls.requests;
import static dev.entrals.graph.PlannedCalls.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the forms read on the branch {@code cba}: a lookup written in two statements and two lookups
 * of one local in the branches of an {@code if} on an argument (each sent under its own condition, the write taking
 * the id of the one sent), a local built in the {@code begin} block. Each expectation is written by hand from the
 * module's code (file and line named; microsoftgraph/entra-powershell as in the corpus).
 */
class BundledRequestPlannerCbaCoverageTest {

    private static final String SYNC = "/beta/directory/onPremisesSynchronization";
    private static final String TENANT = "0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f";

    @Test
    void betaDirSyncFeaturesWithoutTenantIdPatchTheFirstSynchronizationObject() {
        // Set-EntraBetaDirSyncFeature.ps1 52 $featuresCollection = @{} and 60-67 one key per feature, "Enabled" added
        // where missing (begin block); 105-106 if ([string]::IsNullOrWhiteSpace($TenantId)) { $id =
        // (Get-MgBetaDirectoryOnPremiseSynchronization).Id }; 119-122 $body = @{ features = $featuresCollection } |
        // ConvertTo-Json; 137 Update-MgBetaDirectoryOnPremiseSynchronization -OnPremisesDirectorySynchronizationId $id
        // -BodyParameter $body
        RequestPlan plan = planned("Set-EntraBetaDirSyncFeature", "Features", List.of("PasswordSync",
                "BlockSoftMatchEnabled"), "Enabled", true);
        assertEquals(List.of("GET " + SYNC), steps(plan));
        assertEquals(List.of("PATCH " + SYNC + "/<value[0].id from GET " + SYNC + "> {\"features\":"
                + "{\"PasswordSyncEnabled\":true,\"BlockSoftMatchEnabled\":true}}"), requests(plan));
        assertTrue(plan.requests().get(0).write());
        // the note of the lookup this call takes, not of the one -TenantId would take
        assertEquals(List.of(true, false), List.of(
                plan.notes().stream().anyMatch(n -> n.endsWith("unless -TenantId is given")),
                plan.notes().stream().anyMatch(n -> n.endsWith("when -TenantId is given"))), plan.notes()::toString);
    }

    @Test
    void betaDirSyncFeaturesWithTenantIdLookTheTenantsObjectUpAndPatchItsId() {
        // Set-EntraBetaDirSyncFeature.ps1 108-116 else { $id = Get-MgBetaDirectoryOnPremiseSynchronization
        // -OnPremisesDirectorySynchronizationId $TenantId -ErrorAction SilentlyContinue -ErrorVariable er; if no
        // error { $id = $id.Id } else { throw } }; 137 the PATCH on that id
        RequestPlan plan = planned("Set-EntraBetaDirSyncFeature", "Features", List.of("PasswordSync"), "Enabled",
                false, "TenantId", TENANT);
        assertEquals(List.of("GET " + SYNC + "/" + TENANT), steps(plan));
        assertEquals(List.of("PATCH " + SYNC + "/<id from GET " + SYNC + "/" + TENANT + "> {\"features\":"
                + "{\"PasswordSyncEnabled\":false}}"), requests(plan));
        assertTrue(plan.notes().stream().noneMatch(n -> n.startsWith("-TenantId is not part of the request")),
                plan.notes()::toString);
        assertEquals(List.of(false, true), List.of(
                plan.notes().stream().anyMatch(n -> n.endsWith("unless -TenantId is given")),
                plan.notes().stream().anyMatch(n -> n.endsWith("when -TenantId is given"))), plan.notes()::toString);
    }

    @Test
    void theV1DirSyncFeatureStillSendsTheTenantIdItself() {
        // Set-EntraDirSyncFeature.ps1 102-107: $id = (Get-MgDirectoryOnPremiseSynchronization).Id, else $TenantId
        // itself (no lookup); 126 the PATCH
        RequestPlan plan = planned("Set-EntraDirSyncFeature", "Features", List.of("PasswordSync"), "Enabled", true,
                "TenantId", TENANT);
        assertEquals(List.of(), steps(plan));
        assertEquals(List.of("PATCH /v1.0/directory/onPremisesSynchronization/" + TENANT
                + " {\"features\":{\"PasswordSyncEnabled\":true}}"), requests(plan));
    }
}
