package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The module's filter shortcuts run against the Graph stand-in (HTTPS on 127.0.0.1, real msal4j): the request the
 * module's code sends (Get-EntraDevice.ps1:156-177, Get-EntraServicePrincipal.ps1:117-139).
 */
class BundledShortcutsRunTest extends BundledRunCase {

    @Test
    void deviceShortcutsAreTheFilterSent() {
        graph.filtered("/v1.0/devices", "isManaged eq False and trustType eq 'AzureAd'",
                List.of(Map.of("id", "d-1", "displayName", "Laptop")));
        RunResult r = run(RunInput.commandLine("Get-EntraDevice -IsManaged $false -JoinType MicrosoftEntraJoined"));
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(List.of("GET /v1.0/devices?$filter=isManaged%20eq%20False%20and%20trustType%20eq%20'AzureAd'"),
                sent());
        assertEquals(1, r.count());
        assertEquals("Laptop", r.objects().get(0).get("displayName"));
    }

    @Test
    void aServicePrincipalShortcutIsShownUnderWhatIfAndNothingIsSent() {
        RunResult r = run(RunInput.commandLine("Get-EntraServicePrincipal -ApplicationType ManagedIdentity -WhatIf"));
        assertEquals(RunStatus.WHAT_IF, r.status(), r.text());
        assertTrue(r.request().get(0).endsWith("/v1.0/servicePrincipals?$filter=servicePrincipalType%20eq%20"
                + "'ManagedIdentity'"), r.request().toString());
        assertEquals(List.of(), sent());
    }

    @Test
    void aLogonTimeThatIsNotADateIsRefusedAndNothingIsSent() {
        RunResult r = run(RunInput.commandLine("Get-EntraDevice -LogonTimeBefore 'not a date'"));
        assertEquals(RunStatus.NOT_EVALUATED, r.status(), r.text());
        assertTrue(r.text().contains("Cannot convert value \"not a date\" to type \"System.DateTime\"."), r.text());
        assertEquals(List.of(), sent());
    }

    @Test
    void enabledFilterIsSentAsTheModuleSendsIt() {
        RunResult r = run(RunInput.commandLine("Get-EntraUser -EnabledFilter DisabledOnly -WhatIf"));
        assertEquals(RunStatus.WHAT_IF, r.status(), r.text());
        assertTrue(r.request().get(0).endsWith("&$filter=accountEnabled%20eq%20false"), r.request().toString());
        assertEquals(List.of(), sent());
    }

    @Test
    void hasErrorsOnlyShowsOnlyTheObjectsTheModuleKeeps() {
        graph.collection("/beta/groups", List.of(
                Map.of("id", "g-1", "displayName", "Clean", "serviceProvisioningErrors", List.of()),
                Map.of("id", "g-2", "displayName", "Broken", "serviceProvisioningErrors",
                        List.of(Map.of("errorDetail", "conflict"))),
                Map.of("id", "g-3", "displayName", "Unknown")));
        RunResult r = run(RunInput.commandLine("Get-EntraBetaGroup -HasErrorsOnly"));
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(1, sent().size());
        assertEquals(List.of("g-2"), r.objects().stream().map(o -> o.get("id")).toList()); // Get-EntraBetaGroup.ps1:161
        assertEquals(1, r.count());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("-HasErrorsOnly keeps only the objects whose")),
                r.notes().toString());
        RunResult all = run(RunInput.commandLine("Get-EntraBetaGroup"));
        assertEquals(3, all.count(), all.text());
    }

    @Test
    void licenseReconciliationShowsOnlyUsersWithALicenseStateInError() {
        graph.collection("/v1.0/users", List.of(
                Map.of("id", "u-1", "licenseAssignmentStates", List.of(Map.of("error", "None"))),
                Map.of("id", "u-2", "licenseAssignmentStates", List.of(Map.of("error", "None"),
                        Map.of("error", "MutuallyExclusiveViolation"))),
                Map.of("id", "u-3")));
        RunResult r = run(RunInput.commandLine("Get-EntraUser -LicenseReconciliationNeededOnly"));
        assertEquals(RunStatus.OK, r.status(), r.text());
        assertEquals(List.of("u-2"), r.objects().stream().map(o -> o.get("id")).toList()); // Get-EntraUser.ps1:214-231
        assertEquals(1, sent().size());
    }
}
