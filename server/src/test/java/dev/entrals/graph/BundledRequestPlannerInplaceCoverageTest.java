package dev.entrals.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the form read on the branch {@code inplace}: a write whose body property is the tenant's
 * current list changed with the argument ({@link ListEdits}). Each expectation is written by hand from the module's
 * code (file and line named; microsoftgraph/entra-powershell at a36be76); the planned body is filled here with a
 * reply as the runner fills it.
 */
class BundledRequestPlannerInplaceCoverageTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static RequestPlan planned(String command, Object... args) {
        Object[] pairs = new Object[args.length + 2];
        pairs[0] = BundledRequestPlanner.SESSION_TENANT;
        pairs[1] = "t1";
        System.arraycopy(args, 0, pairs, 2, args.length);
        return PlannedCalls.planned(command, pairs);
    }

    private static Map<String, Object> ca(String issuer, String ski) {
        Map<String, Object> ca = new LinkedHashMap<>();
        ca.put("AuthorityType", "IntermediateAuthority");
        ca.put("TrustedCertificate", List.of(1L, 2L, 3L));
        ca.put("TrustedIssuer", issuer);
        ca.put("TrustedIssuerSki", ski);
        return ca;
    }

    /** The reply of GET …/certificateBasedAuthConfiguration: one configuration, one root authority. */
    private static JsonNode reply() throws Exception {
        return JSON.readTree("{\"value\":[{\"id\":\"c\",\"certificateAuthorities\":[{\"isRootAuthority\":true,"
                + "\"certificate\":\"BAUG\",\"issuer\":\"CN=Root\",\"issuerSki\":\"01\","
                + "\"deltaCertificateRevocationListUrl\":\"http://d\"}]}]}");
    }

    private static String filled(RequestPlan plan) throws Exception {
        JsonNode reply = reply();
        return StepValues.fillBody(plan.requests().get(0).body(), (n, path) -> {
            assertEquals(1, n);
            assertEquals(ListEdits.LIST + "value.certificateAuthorities", path);
            return StepValues.at(reply, path.substring(1)).get(0); // one configuration's list
        });
    }

    private static final String ROOT = "{\"isRootAuthority\":true,\"certificateRevocationListUrl\":null,"
            + "\"deltaCertificateRevocationListUrl\":\"http://d\",\"certificate\":\"BAUG\"}";
    private static final String ADDED = "{\"isRootAuthority\":false,\"certificateRevocationListUrl\":null,"
            + "\"deltaCertificateRevocationListUrl\":null,\"certificate\":\"AQID\"}";

    @Test
    void newReadsTheListAndPostsItWithTheArgumentAppended() throws Exception {
        // New-EntraTrustedCertificateAuthority.ps1 24-26 POST /v1.0/organization/$tenantId/certificateBasedAuthConfiguration;
        // 29 Get-EntraTrustedCertificateAuthority (Get-EntraTrustedCertificateAuthority.ps1:279,327
        // Get-MgOrganizationCertificateBasedAuthConfiguration -OrganizationId (Get-MgContext).TenantId); 35 $previousCerts
        // += $newCert; 44-49 isRootAuthority = "RootAuthority" -eq AuthorityType, certificate = tobase64string(...)
        RequestPlan plan = planned("New-EntraTrustedCertificateAuthority", "CertificateAuthorityInformation",
                ca("CN=Mid", "02"));
        assertEquals(1, plan.lookups().size());
        assertEquals("GET /v1.0/organization/t1/certificateBasedAuthConfiguration",
                plan.lookups().get(0).tries().get(0).method() + " " + plan.lookups().get(0).tries().get(0).relativeUrl());
        GraphRequest r = plan.requests().get(0);
        assertEquals("POST /v1.0/organization/t1/certificateBasedAuthConfiguration", r.method() + " " + r.relativeUrl());
        assertEquals("{\"certificateAuthorities\":\"<certificateAuthorities of GET"
                + " /v1.0/organization/t1/certificateBasedAuthConfiguration with the new item appended>\"}",
                StepValues.shown(r.body(), plan.lookups()));
        // Get-EntraTrustedCertificateAuthority.ps1:336-347 the old item mapped, then written back (issuer not sent)
        assertEquals("{\"certificateAuthorities\":[" + ROOT + "," + ADDED + "]}", filled(plan));
    }

    @Test
    void newStopsWhenTheIssuerAndSkiAreThereInAnyCase() {
        // New-EntraTrustedCertificateAuthority.ps1 31-32 (-eq compares strings in any case)
        RequestPlan plan = planned("New-EntraBetaTrustedCertificateAuthority", "CertificateAuthorityInformation",
                ca("cn=root", "01"));
        assertEquals("/beta/organization/t1/certificateBasedAuthConfiguration", plan.requests().get(0).relativeUrl());
        ListEdits.Stopped s = assertThrows(ListEdits.Stopped.class, () -> filled(plan));
        assertEquals("A certificate already exists on the server with associated trustedIssuer and trustedIssuerSki"
                + " fields.", s.getMessage());
    }

    @Test
    void setReplacesTheMatchAndRemoveDropsIt() throws Exception {
        // Set-EntraTrustedCertificateAuthority.ps1 113-117 the match replaced by $modifiedCert
        assertEquals("{\"certificateAuthorities\":[" + ADDED + "]}", filled(planned(
                "Set-EntraTrustedCertificateAuthority", "CertificateAuthorityInformation", ca("CN=Root", "01"))));
        // Remove-EntraTrustedCertificateAuthority.ps1 203-209 the match left out: an empty list is sent
        RequestPlan remove = planned("Remove-EntraBetaTrustedCertificateAuthority", "CertificateAuthorityInformation",
                ca("CN=Root", "01"));
        assertTrue(StepValues.shown(remove.requests().get(0).body(), remove.lookups()).contains(
                "without the item whose TrustedIssuer and TrustedIssuerSki match>"));
        assertEquals("{\"certificateAuthorities\":[]}", filled(remove));
    }

    @Test
    void setAndRemoveStopWhenNothingMatches() {
        // Set-EntraTrustedCertificateAuthority.ps1 122-123, Remove-EntraBetaTrustedCertificateAuthority.ps1 (same Throw)
        for (String c : List.of("Set-EntraTrustedCertificateAuthority", "Remove-EntraBetaTrustedCertificateAuthority")) {
            RequestPlan plan = planned(c, "CertificateAuthorityInformation", ca("CN=Root", "99"));
            ListEdits.Stopped s = assertThrows(ListEdits.Stopped.class, () -> filled(plan));
            assertTrue(s.getMessage().startsWith("Provided certificate authority not found on the server."), c);
        }
    }
}
