package dev.entrals.graph;

import static dev.entrals.graph.PlannedCalls.plannedIn;
import static dev.entrals.graph.PlannedCalls.requests;
import static dev.entrals.graph.PlannedCalls.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled table for the forms read on the branch {@code cba2}: {@code Set-EntraUserCBACertificateUserId} in its
 * {@code CertPath} set (a lookup whose {@code $filter} the form of {@code -UserId} chooses, the id of its reply
 * patched, the body's ids computed from the certificate file), and in its {@code CertObject} set
 * (the same ids from the file a string argument names, which PowerShell converts to the certificate). Each expectation
 * is written by hand from the module's code (file and line named; microsoftgraph/entra-powershell as in the corpus,
 * module/Entra/Microsoft.Entra/CertificateBasedAuthentication/Set-EntraUserCBACertificateUserId.ps1).
 */
class BundledRequestPlannerCba2CoverageTest {

    private static final String CMD = "Set-EntraUserCBACertificateUserId";
    private static final String GUID = "1f2e3d4c-5b6a-4789-8abc-def012345678";

    /** The values the plan's body asks the engine to compute ({@link LocalValues}), in order. */
    private static List<LocalValues.CertificateIds> computed(String body) {
        List<LocalValues.CertificateIds> out = new ArrayList<>();
        String filled = LocalValues.fill(body, c -> {
            out.add(c);
            return TextNode.valueOf("ids");
        });
        assertEquals("{\"authorizationInfo\":{\"certificateUserIds\":\"ids\"}}", filled);
        return out;
    }

    @Test
    void aUpnIsLookedUpByUserPrincipalNameThenItsIdPatched() {
        // :93-98 $UserId not a GUID: $userFilter = "userPrincipalName eq '$UserId'"; :100 GET
        // "/v1.0/users?`$filter=$userFilter&`$select=id"; :107 $userId = $userQuery.value[0].id (overwrites -UserId);
        // :111-122 PATCH "/v1.0/users/$userId" with @{ authorizationInfo = @{ certificateUserIds = $certUserIdObj } }
        RequestPlan plan = plannedIn(CMD, "CertPath", "UserId", "bob@contoso.com", "CertPath", "user.cer",
                "CertificateMapping", List.of("Subject", "PrincipalName"));
        String get = "GET /v1.0/users?$filter=userPrincipalName%20eq%20'bob@contoso.com'&$select=id";
        assertEquals(List.of(get), steps(plan));
        assertEquals(1, plan.requests().size());
        assertTrue(requests(plan).get(0).startsWith("PATCH /v1.0/users/<value[0].id from " + get + "> "),
                requests(plan)::toString);
        assertTrue(plan.requests().get(0).write());
        // :61 Get-EntraUserCertificateUserIdsFromCertificate -Path $CertPath; :75-83 the ids of each kind in order,
        // a warning for a kind not in the certificate; :85-87 none: throw
        assertEquals(List.of(new LocalValues.CertificateIds("user.cer", List.of("Subject", "PrincipalName"),
                "Mapping type '{0}' not found in the certificate",
                "No valid certificate mappings found for the specified mapping types")),
                computed(plan.requests().get(0).body()));
        // :103-105 no user: throw "User '$UserId' not found in Entra ID" (the argument, before :107 overwrites it)
        assertEquals("User 'bob@contoso.com' not found in Entra ID", plan.lookups().get(0).none());
    }

    @Test
    void aGuidIsLookedUpById() {
        // :93-95 $UserId -match '^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$': "id eq '$UserId'"
        RequestPlan plan = plannedIn(CMD, "CertPath", "UserId", GUID.toUpperCase(java.util.Locale.ROOT), "CertPath",
                "user.pem", "CertificateMapping", List.of("SKI"));
        String get = "GET /v1.0/users?$filter=id%20eq%20'" + GUID.toUpperCase(java.util.Locale.ROOT) + "'&$select=id";
        assertEquals(List.of(get), steps(plan));
        assertTrue(requests(plan).get(0).startsWith("PATCH /v1.0/users/<value[0].id from " + get + "> "),
                requests(plan)::toString);
        assertEquals(List.of("SKI"), computed(plan.requests().get(0).body()).get(0).kinds());
    }

    @Test
    void anArgumentHoldingTheComputedValuesMarkIsRefused() {
        // the mark U+E002 stands for a value computed from a local file: an argument holding it is not sent as one
        String reason = PlannedCalls.refused(CMD, "UserId", "bob@contoso.com", "CertPath", "\uE002{}\uE002.cer",
                "CertificateMapping", List.of("Subject"));
        assertTrue(reason.contains("-CertPath holds a private-use character (U+E002)"), reason);
    }

    @Test
    void theCertObjectSetComputesTheIdsFromTheFileNameTheCertificateIsConvertedFrom() {
        // :29-34 -Cert is an X509Certificate2 (aliases Certificate, CertificateObject); :65
        // Get-EntraUserCertificateUserIdsFromCertificate -Certificate $Cert: PowerShell converts a string argument with
        // X509Certificate2(string fileName), so the argument is a file, which need not end with .cer or .pem
        RequestPlan plan = plannedIn(CMD, "CertObject", "UserId", "bob@contoso.com", "Cert", "user.crt",
                "CertificateMapping", List.of("SKI"));
        String get = "GET /v1.0/users?$filter=userPrincipalName%20eq%20'bob@contoso.com'&$select=id";
        assertEquals(List.of(get), steps(plan));
        assertTrue(requests(plan).get(0).startsWith("PATCH /v1.0/users/<value[0].id from " + get + "> "),
                requests(plan)::toString);
        assertEquals(List.of(new LocalValues.CertificateIds("user.crt", List.of("SKI"),
                "Mapping type '{0}' not found in the certificate",
                "No valid certificate mappings found for the specified mapping types", true)),
                computed(plan.requests().get(0).body()));
        assertTrue(String.join("\n", plan.notes()).contains("-Certificate $Cert (Entra/Microsoft.Entra/"
                + "CertificateBasedAuthentication/Set-EntraUserCBACertificateUserId.ps1:65)"), plan.notes()::toString);
    }
}
