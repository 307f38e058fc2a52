package dev.entrals.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.entrals.analysis.ParameterBinder;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.modules.StandardSources;
import dev.entrals.session.CancellationSignal;

/**
 * {@code Get-EntraUserCertificateUserIdsFromCertificate} computed locally, against the values openssl reads from
 * the fixture certificate (see {@code execution/README.md}), in the forms the module's code writes them.
 */
class CertificateUserIdsTest {

    private static final String ISSUER = "DC=com,DC=contoso,CN=CONTOSO-DC-CA";
    private static final String SUBJECT = "DC=com,DC=contoso,OU=UserAccounts,CN=mfatest";

    private static Path fixture(String name) throws Exception {
        return Path.of(CertificateUserIdsTest.class.getResource("/execution/" + name).toURI());
    }

    @Test
    void theSevenIdsOfADerAndAPemFile() throws Exception {
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("PrincipalName", "X509:<PN>bob@contoso.com");
        expected.put("RFC822Name", "X509:<RFC822>user@contoso.com");
        expected.put("IssuerAndSubject", "X509:<I>" + ISSUER + "<S>" + SUBJECT);
        expected.put("Subject", "X509:<S>" + SUBJECT);
        expected.put("SKI", "X509:<SKI>6BA5000DA1286B9CF3C509677A2A0E6B5E0CF026");
        expected.put("SHA1PublicKey", "X509:<SHA1-PUKEY>3212F0D91C055F55049491E639B9BA21AA3A5574");
        // the serial's DER bytes (a leading 00: its high bit is set), in order, lower-case
        expected.put("IssuerAndSerialNumber", "X509:<I>" + ISSUER + "<SR>008a1b2c3d4e5f60718293");
        assertEquals(expected, CertificateUserIds.of(fixture("user-cert.cer")));
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(CertificateUserIds.of(fixture("user-cert.pem"))
                .keySet()));
        assertEquals(expected, CertificateUserIds.of(fixture("user-cert.pem")));
    }

    @Test
    void theCmdletRunsWithoutASessionAndOneMappingIsItsValue(@TempDir Path dir) throws Exception {
        RunEngine engine = new RunEngine(new ParameterBinder(HelpIndex.load(StandardSources.of(List.of(), true,
                false))), Planners.bundled(), GraphClient.standard(new TokenSource() {
                    @Override
                    public String graphEndpoint() {
                        throw TokenSource.notConnected();
                    }

                    @Override
                    public String token(boolean afterRejection, CancellationSignal cancel) {
                        throw TokenSource.notConnected();
                    }
                }), null);
        String path = fixture("user-cert.cer").toString().replace("'", "''");
        RunResult all = engine.run(RunInput.commandLine("Get-EntraUserCertificateUserIdsFromCertificate -Path '"
                + path + "'"), PageListener.NONE, CancellationSignal.NONE);
        assertEquals(RunStatus.OK, all.status(), all.text());
        assertEquals(7, all.count());
        assertTrue(all.text().startsWith("Name                  Value\n"), all.text());
        assertTrue(all.text().contains("\nPrincipalName         X509:<PN>bob@contoso.com\n"), all.text());
        RunResult one = engine.run(RunInput.commandLine("Get-EntraUserCertificateUserIdsFromCertificate -Path '"
                + path + "' -CertificateMapping Subject"), PageListener.NONE, CancellationSignal.NONE);
        assertEquals("X509:<S>" + SUBJECT + "\n", one.text());
        Path txt = Files.writeString(dir.resolve("cert.txt"), "not a certificate");
        RunResult wrongKind = engine.run(RunInput.commandLine("Get-EntraUserCertificateUserIdsFromCertificate -Path '"
                + txt + "'"), PageListener.NONE, CancellationSignal.NONE);
        assertEquals(RunStatus.FAULT, wrongKind.status());
        assertTrue(wrongKind.text().contains("Unsupported certificate format. Please provide a .cer or .pem file."),
                wrongKind.text());
        Path junk = Files.writeString(dir.resolve("junk.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n");
        RunResult broken = engine.run(RunInput.commandLine("Get-EntraUserCertificateUserIdsFromCertificate -Path '"
                + junk + "'"), PageListener.NONE, CancellationSignal.NONE);
        assertEquals(RunStatus.FAULT, broken.status());
        assertTrue(broken.text().contains("is not an X.509 certificate"), broken.text());
        RunResult missing = engine.run(RunInput.commandLine("Get-EntraUserCertificateUserIdsFromCertificate -Path '"
                + dir.resolve("none.cer") + "'"), PageListener.NONE, CancellationSignal.NONE);
        assertEquals(RunStatus.FAULT, missing.status());
        assertTrue(missing.text().contains("cannot be read"), missing.text());
    }

    @Test
    void malformedDerReadsAsNothingNeverThrows() {
        byte[] san = java.util.HexFormat.of().parseHex(
                "3021060a2b060104018237140203a013a0110c0f626f6240636f6e746f736f2e636f6d");
        assertEquals(new Der.OtherName("1.3.6.1.4.1.311.20.2.3", "bob@contoso.com"), Der.otherName(san));
        for (int n = 0; n < san.length; n++) {
            assertEquals(null, Der.otherName(java.util.Arrays.copyOf(san, n)), "truncated to " + n);
        }
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 2000; i++) {
            byte[] b = new byte[random.nextInt(40)];
            random.nextBytes(b);
            Der.otherName(b);
            Der.content(b, 0x04);
        }
    }
}
