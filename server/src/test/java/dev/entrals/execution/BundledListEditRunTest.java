package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.entrals.session.SessionTestKit;

/**
 * Whole runs of the writes that send the tenant's current list changed with the argument (branch {@code inplace}):
 * New-/Set-/Remove-EntraTrustedCertificateAuthority read the list (Get-EntraTrustedCertificateAuthority.ps1:327
 * Get-MgOrganizationCertificateBasedAuthConfiguration) only after the confirmation, append/replace/remove the
 * argument, and POST the whole list (New-EntraTrustedCertificateAuthority.ps1:25-56); a key that is there (New) or
 * not there (Set, Remove) stops before any write with the module's message.
 */
class BundledListEditRunTest extends BundledRunCase {

    private static final String PATH = "/v1.0/organization/" + SessionTestKit.TENANT_ID
            + "/certificateBasedAuthConfiguration";
    /** The argument: bytes 1,2,3 are "AQID" in base64. */
    private static final String CA = " -CertificateAuthorityInformation @{AuthorityType = 'RootAuthority';"
            + " TrustedCertificate = @(1, 2, 3); TrustedIssuer = 'CN=New'; TrustedIssuerSki = 'AB';"
            + " CrlDistributionPoint = 'http://crl/new'}";

    /** The tenant's list: one configuration holding two authorities (Graph's Edm.Binary as base64 text). */
    private void tenant() {
        graph.collection(PATH, List.of(Map.of("id", "c-1", "certificateAuthorities", List.of(
                Map.of("isRootAuthority", true, "certificate", "BAUG", "issuer", "CN=Old", "issuerSki", "01",
                        "certificateRevocationListUrl", "http://crl/old"),
                Map.of("isRootAuthority", false, "certificate", "BwgJ", "issuer", "CN=New", "issuerSki", "ab")))));
    }

    // the old items as written back: New-EntraTrustedCertificateAuthority.ps1:39-51 through
    // Get-EntraTrustedCertificateAuthority.ps1:336-347 (issuer and issuerSki are not written; a null URL stays null)
    private static final String OLD = "{\"isRootAuthority\":true,\"certificateRevocationListUrl\":\"http://crl/old\","
            + "\"deltaCertificateRevocationListUrl\":null,\"certificate\":\"BAUG\"}";
    private static final String SECOND = "{\"isRootAuthority\":false,\"certificateRevocationListUrl\":null,"
            + "\"deltaCertificateRevocationListUrl\":null,\"certificate\":\"BwgJ\"}";
    private static final String NEW = "{\"isRootAuthority\":true,\"certificateRevocationListUrl\":\"http://crl/new\","
            + "\"deltaCertificateRevocationListUrl\":null,\"certificate\":\"AQID\"}";

    @Test
    void setReplacesTheMatchingItemAfterTheConfirmationOnly() {
        tenant();
        graph.object(PATH, Map.of("id", "c-1"));
        String line = "Set-EntraTrustedCertificateAuthority" + CA;
        RunResult asked = run(RunInput.commandLine(line));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(List.of(), graph.requests, "nothing, not even the GET, is sent before the confirmation");
        // the confirmation shows the lookup, then the write with a placeholder for the list
        assertEquals(List.of("GET " + graph.baseUrl() + PATH, "POST " + graph.baseUrl() + PATH,
                "{\"certificateAuthorities\":\"<certificateAuthorities of GET " + PATH + " with the item whose"
                + " TrustedIssuer and TrustedIssuerSki match replaced by the new one>\"}"), asked.request());

        RunResult whatIf = run(RunInput.commandLine(line + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");

        RunResult done = run(RunInput.commandLine(line).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        // Set-EntraTrustedCertificateAuthority.ps1:113-121 the match (CN=New / ab -eq AB) replaced in its place
        assertEquals(List.of("GET " + PATH, "POST " + PATH + " {\"certificateAuthorities\":[" + OLD + "," + NEW
                + "]}"), sent());
    }

    @Test
    void newAppendsAndStopsWhenTheKeyIsAlreadyThere() {
        graph.collection(PATH, List.of());
        graph.object(PATH, Map.of("id", "c-1"));
        RunResult done = run(RunInput.commandLine("New-EntraTrustedCertificateAuthority" + CA).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        // an empty tenant: the list is the new item alone (New-EntraTrustedCertificateAuthority.ps1:28-35)
        assertEquals(List.of("GET " + PATH, "POST " + PATH + " {\"certificateAuthorities\":[" + NEW + "]}"), sent());
    }

    @Test
    void newStopsBeforeAnyWriteWhenTheKeyIsThere() {
        tenant();
        RunResult r = run(RunInput.commandLine("New-EntraTrustedCertificateAuthority" + CA).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(List.of("GET " + PATH), sent(), "no write");
        // New-EntraTrustedCertificateAuthority.ps1:31-32
        assertTrue(r.text().contains("A certificate already exists on the server with associated trustedIssuer and"
                + " trustedIssuerSki fields."), r.text());
        assertTrue(r.text().contains("nothing was changed"), r.text());
    }

    @Test
    void removeDropsTheMatchAndStopsWhenThereIsNone() {
        tenant();
        graph.object(PATH, Map.of("id", "c-1"));
        RunResult done = run(RunInput.commandLine("Remove-EntraTrustedCertificateAuthority" + CA).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + PATH, "POST " + PATH + " {\"certificateAuthorities\":[" + OLD + "]}"), sent());

        graph.requests.clear();
        RunResult none = run(RunInput.commandLine("Remove-EntraTrustedCertificateAuthority"
                + " -CertificateAuthorityInformation @{TrustedIssuer = 'CN=Other'; TrustedIssuerSki = '01';"
                + " TrustedCertificate = @(1)}").confirm());
        assertEquals(RunStatus.GRAPH_ERROR, none.status(), none.text());
        assertEquals(List.of("GET " + PATH), sent(), "no write");
        // Remove-EntraTrustedCertificateAuthority.ps1:211-212
        assertTrue(none.text().contains("Provided certificate authority not found on the server."), none.text());
    }

    @Test
    void aFailedReadOfTheListStopsBeforeTheWrite() {
        // the tenant's list is not served: the GET answers 404 and nothing is written
        RunResult r = run(RunInput.commandLine("Set-EntraBetaTrustedCertificateAuthority" + CA).confirm());
        assertEquals(RunStatus.GRAPH_ERROR, r.status(), r.text());
        assertEquals(List.of("GET " + PATH.replace("/v1.0/", "/beta/")), sent(), "no write");
        assertTrue(r.text().contains("Status: 404"), r.text());
        assertTrue(r.text().contains("nothing was changed"), r.text());
    }
}
