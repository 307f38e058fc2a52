package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole runs of the forms read on the branch {@code cba2}: {@code Set-EntraUserCBACertificateUserId -CertPath}, the
 * certificate user ids computed here from a real certificate file before anything is sent and shown in the
 * confirmation, the user looked up by the {@code $filter} the form of {@code -UserId} chooses, after the
 * confirmation, then the PATCH of the ids on the id found.
 */
class BundledCba2RunTest extends BundledRunCase {

    // Set-EntraUserCBACertificateUserId.ps1 61 Get-EntraUserCertificateUserIdsFromCertificate -Path $CertPath;
    // 75-83 the ids of each -CertificateMapping kind in order; 93-100 the GET by id or userPrincipalName;
    // 107 $userId = $userQuery.value[0].id; 111-122 PATCH /v1.0/users/$userId {"authorizationInfo":{…}}
    private static final String USERS = "/v1.0/users";
    private static final String GUID = "1f2e3d4c-5b6a-4789-8abc-def012345678";
    private static final String SUBJECT = "X509:<S>DC=com,DC=contoso,OU=UserAccounts,CN=mfatest";
    private static final String PN = "X509:<PN>bob@contoso.com";

    private static String fixture(String name) throws Exception {
        return Path.of(BundledCba2RunTest.class.getResource("/execution/" + name).toURI()).toString()
                .replace("'", "''");
    }

    private static String call(String user, String file, String kinds) throws Exception {
        return "Set-EntraUserCBACertificateUserId -UserId " + user + " -CertPath '" + fixture(file)
                + "' -CertificateMapping " + kinds;
    }

    private static String body(String... ids) {
        return "{\"authorizationInfo\":{\"certificateUserIds\":[\"" + String.join("\",\"", ids) + "\"]}}";
    }

    @Test
    void aUpnIsLookedUpByUserPrincipalNameAfterTheConfirmationAndItsIdPatchedWithTheComputedIds() throws Exception {
        graph.filtered(USERS, "userPrincipalName eq 'bob@contoso.com'", List.of(Map.of("id", "u-1")))
                .object(USERS + "/u-1", Map.of());
        String c = call("bob@contoso.com", "user-cert.cer", "Subject,PrincipalName");
        RunResult asked = run(RunInput.commandLine(c));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        String base = graph.baseUrl();
        String get = "GET " + base + USERS + "?$filter=userPrincipalName%20eq%20'bob@contoso.com'&$select=id";
        assertEquals(List.of(get, "PATCH " + base + USERS + "/<value[0].id from " + get.replace(base, "") + ">",
                body(SUBJECT, PN)), asked.request(), "the ids computed from the file, in -CertificateMapping's order");
        assertEquals(List.of(), graph.requests, "the lookup waits for the confirmation");

        RunResult whatIf = run(RunInput.commandLine(c + " -WhatIf").confirm());
        assertEquals(RunStatus.WHAT_IF, whatIf.status(), whatIf.text());
        assertTrue(whatIf.text().contains(body(SUBJECT, PN)), whatIf.text());
        assertEquals(List.of(), graph.requests, "-WhatIf sends nothing");

        RunResult done = run(RunInput.commandLine(c).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + USERS + "?$filter=userPrincipalName%20eq%20'bob@contoso.com'&$select=id",
                "PATCH " + USERS + "/u-1 " + body(SUBJECT, PN)), sent());
    }

    @Test
    void aGuidIsLookedUpById() throws Exception {
        graph.filtered(USERS, "id eq '" + GUID + "'", List.of(Map.of("id", GUID))).object(USERS + "/" + GUID, Map.of());
        RunResult done = run(RunInput.commandLine(call(GUID, "user-cert.pem", "PrincipalName")).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + USERS + "?$filter=id%20eq%20'" + GUID + "'&$select=id",
                "PATCH " + USERS + "/" + GUID + " " + body(PN)), sent());
    }

    @Test
    void aUserNotFoundStopsTheRunBeforeThePatch() throws Exception {
        // 103-105 no user: throw "User '$UserId' not found in Entra ID", no PATCH
        graph.filtered(USERS, "userPrincipalName eq 'nobody@contoso.com'", List.of());
        RunResult r = run(RunInput.commandLine(call("nobody@contoso.com", "user-cert.cer", "Subject")).confirm());
        assertEquals(List.of("GET " + USERS + "?$filter=userPrincipalName%20eq%20'nobody@contoso.com'&$select=id"), sent(),
                "nothing after the lookup that found no user");
        assertTrue(r.text().contains("User 'nobody@contoso.com' not found in Entra ID"), r.text());
        assertTrue(r.text().contains("nothing was changed"), r.text());
    }

    @Test
    void aKindTheCertificateLacksIsAWarningAndNoneAtAllSendsNothing() throws Exception {
        // 80-82 Write-Warning for a kind the certificate lacks; 85-87 none: throw, nothing sent
        graph.filtered(USERS, "userPrincipalName eq 'bob@contoso.com'", List.of(Map.of("id", "u-1")))
                .object(USERS + "/u-1", Map.of());
        RunResult some = run(RunInput.commandLine(call("bob@contoso.com", "plain-cert.pem", "PrincipalName,Subject")));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, some.status(), some.text());
        assertTrue(some.notes().contains("WARNING: Mapping type 'PrincipalName' not found in the certificate"),
                some.notes()::toString);
        assertTrue(some.request().get(some.request().size() - 1).equals(body("X509:<S>O=Contoso,CN=plain-cert")),
                some.request()::toString);

        RunResult none = run(RunInput.commandLine(call("bob@contoso.com", "plain-cert.pem", "PrincipalName,RFC822Name"))
                .confirm());
        assertEquals(RunStatus.FAULT, none.status(), none.text());
        assertTrue(none.text().contains("No valid certificate mappings found for the specified mapping types"),
                none.text());
        assertEquals(List.of(), graph.requests, "nothing is sent");
    }

    @Test
    void aFileThatIsNotACertificateIsAnErrorBeforeAnythingIsSent(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n");
        RunResult r = run(RunInput.commandLine("Set-EntraUserCBACertificateUserId -UserId bob@contoso.com -CertPath '"
                + junk + "' -CertificateMapping Subject").confirm());
        assertEquals(RunStatus.FAULT, r.status(), r.text());
        assertTrue(r.text().contains("is not an X.509 certificate") && r.text().contains("Nothing was sent."),
                r.text());
        assertEquals(List.of(), graph.requests);
    }

    @Test
    void theCertObjectSetReadsTheFileItsStringArgumentNamesWhateverItsNameEndsWith(@TempDir Path dir) throws Exception {
        // 29-34 -Cert [X509Certificate2]; 65 Get-EntraUserCertificateUserIdsFromCertificate -Certificate $Cert: the
        // string converted with X509Certificate2(string fileName) reads the file, DER or PEM whatever its name; -Path's
        // own check (.cer or .pem, Get-EntraUserCertificateUserIdsFromCertificate.ps1:28-43) does not apply
        Path crt = Files.copy(Path.of(fixture("user-cert.cer")), dir.resolve("user.crt"));
        graph.filtered(USERS, "userPrincipalName eq 'bob@contoso.com'", List.of(Map.of("id", "u-1")))
                .object(USERS + "/u-1", Map.of());
        String c = "Set-EntraUserCBACertificateUserId -UserId bob@contoso.com -Certificate '" + crt
                + "' -CertificateMapping Subject,PrincipalName";
        RunResult asked = run(RunInput.commandLine(c));
        assertEquals(RunStatus.CONFIRMATION_REQUIRED, asked.status(), asked.text());
        assertEquals(body(SUBJECT, PN), asked.request().get(asked.request().size() - 1));
        assertEquals(List.of(), graph.requests, "nothing before the confirmation");

        RunResult done = run(RunInput.commandLine(c).confirm());
        assertEquals(RunStatus.OK, done.status(), done.text());
        assertEquals(List.of("GET " + USERS + "?$filter=userPrincipalName%20eq%20'bob@contoso.com'&$select=id",
                "PATCH " + USERS + "/u-1 " + body(SUBJECT, PN)), sent());

        RunResult byPath = run(RunInput.commandLine(c.replaceFirst("-Certificate ", "-CertPath ")).confirm());
        assertEquals(RunStatus.FAULT, byPath.status(), byPath.text());
        assertTrue(byPath.text().contains("Unsupported certificate format. Please provide a .cer or .pem file."),
                byPath.text());
    }
}
