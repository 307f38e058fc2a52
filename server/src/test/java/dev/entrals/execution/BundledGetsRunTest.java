package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole runs, as {@link BundledSteps2RunTest}, of the forms read on the branch {@code gets}: the module's evident
 * meaning where its SDK call cannot bind (an identifier under its alias's name, an action's request object as the
 * body) and an SDK cmdlet named in capitals, each confirmed first and sent as the module meant it.
 */
class BundledGetsRunTest extends BundledRunCase {

    // Set-EntraApplicationVerifiedPublisher.ps1:10,14,78: -AppObjectId (alias ApplicationId) and the request object
    private static final String PUBLISHER = "Set-EntraApplicationVerifiedPublisher -AppObjectId app-1"
            + " -SetVerifiedPublisherRequest @{verifiedPublisherId = '1234567'}";

    @Test
    void theVerifiedPublisherIsSetAsTheModuleMeantAfterTheConfirmation() {
        graph.object("/v1.0/applications/app-1/setVerifiedPublisher", Map.of());
        RunResult asked = run(RunInput.commandLine(PUBLISHER));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of("POST " + graph.baseUrl() + "/v1.0/applications/app-1/setVerifiedPublisher",
                "{\"verifiedPublisherId\":\"1234567\"}"), asked.request());
        assertTrue(asked.notes().stream().anyMatch(n -> n.contains("as evidently meant")), asked.notes()::toString);
        assertEquals(List.of(), graph.requests, "nothing is sent before the confirmation");

        assertEquals(RunStatus.WHAT_IF, run(RunInput.commandLine(PUBLISHER + " -WhatIf").confirm()).status());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");

        RunResult done = run(RunInput.commandLine(PUBLISHER).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("POST /v1.0/applications/app-1/setVerifiedPublisher {\"verifiedPublisherId\":\"1234567\"}"),
                sent());
    }

    @Test
    void anAdministrativeUnitMemberGroupIsCreatedThroughTheSdkCmdletNamedInCapitals() {
        // New-EntraBetaAdministrativeUnitMember.ps1:148 New-MGBetaAdministrativeUnitMember -BodyParameter $params
        graph.object("/beta/administrativeUnits/au-1/members", Map.of("id", "g-1", "displayName", "Sales"));
        RunResult done = run(RunInput.commandLine("New-EntraBetaAdministrativeUnitMember -AdministrativeUnitId au-1"
                + " -OdataType '#microsoft.graph.group' -DisplayName Sales -MailNickname sales -MailEnabled $false"
                + " -SecurityEnabled $true -GroupTypes @()").confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(1, graph.requests.size(), sent()::toString);
        String line = sent().get(0);
        assertTrue(line.startsWith("POST /beta/administrativeUnits/au-1/members {"), line);
        assertTrue(line.contains("\"displayName\":\"Sales\"") && line.contains("\"mailEnabled\":false")
                && line.contains("\"securityEnabled\":true"), line);
        assertTrue(!line.contains("bodyParameter"), "the $params hashtable is the body itself: " + line);
        assertTrue(done.text().contains("g-1"), done.text());
    }

    @Test
    void dirSyncFeaturesAreSetOnTheLookedUpObjectAfterTheConfirmation() {
        // Set-EntraDirSyncFeature.ps1:103 (Get-MgDirectoryOnPremiseSynchronization).Id, :60-64 one key per feature,
        // :126 PATCH with -BodyParameter @{ features = … }
        graph.collection("/v1.0/directory/onPremisesSynchronization", List.of(Map.of("id", "sync-1")))
                .object("/v1.0/directory/onPremisesSynchronization/sync-1", Map.of());
        String line = "Set-EntraDirSyncFeature -Features PasswordSync,BlockSoftMatchEnabled -Enabled $true";
        RunResult asked = run(RunInput.commandLine(line));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of(), graph.requests, "the lookup waits for the confirmation");
        RunResult done = run(RunInput.commandLine(line).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET /v1.0/directory/onPremisesSynchronization",
                "PATCH /v1.0/directory/onPremisesSynchronization/sync-1"
                        + " {\"features\":{\"PasswordSyncEnabled\":true,\"BlockSoftMatchEnabled\":true}}"), sent());
    }
}
