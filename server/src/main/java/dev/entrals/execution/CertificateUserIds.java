package dev.entrals.execution;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/**
 * {@code Get-EntraUserCertificateUserIdsFromCertificate -Path FILE [-CertificateMapping KIND]}, computed as the
 * module's code computes it, locally (no Graph request): the seven certificate user ids of a {@code .cer} or
 * {@code .pem} file ({@code X509:<PN>…}, {@code X509:<RFC822>…}, {@code X509:<I>…<S>…}, {@code X509:<S>…},
 * {@code X509:<SKI>…}, {@code X509:<SHA1-PUKEY>…}, {@code X509:<I>…<SR>…}), empty where the certificate has no
 * such field. Names are written in their encoded order, RDNs joined by commas, with .NET's attribute names.
 */
final class CertificateUserIds {

    /** The mapping kinds in the order the module's code lists them. */
    static final List<String> KINDS = List.of("PrincipalName", "RFC822Name", "IssuerAndSubject", "Subject", "SKI",
            "SHA1PublicKey", "IssuerAndSerialNumber");

    private static final String UPN_OID = "1.3.6.1.4.1.311.20.2.3";
    private static final Map<String, String> NAMES = Map.of("2.5.4.8", "S", "1.2.840.113549.1.9.1", "E",
            "2.5.4.5", "SERIALNUMBER", "2.5.4.42", "G", "2.5.4.4", "SN", "2.5.4.12", "T", "2.5.4.9", "STREET",
            "2.5.4.17", "PostalCode", "0.9.2342.19200300.100.1.1", "UID");

    private CertificateUserIds() {
    }

    /** The ids of the certificate at {@code path}, by kind, in {@link #KINDS} order. */
    static Map<String, String> of(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".cer") && !name.endsWith(".pem")) {
            throw fault("Unsupported certificate format. Please provide a .cer or .pem file.");
        }
        return ofCertificate(path);
    }

    /**
     * The ids of the certificate at {@code path}, whatever its name ends with: a file name PowerShell converts to an
     * X509Certificate2 ({@code X509Certificate2(string fileName)} reads DER or PEM; a PKCS#12 file is not read here).
     */
    static Map<String, String> ofCertificate(Path path) {
        X509Certificate cert;
        try (InputStream in = Files.newInputStream(path)) {
            cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException e) {
            throw fault("The certificate file " + path + " cannot be read: " + e.getMessage());
        } catch (CertificateException | ClassCastException e) {
            throw fault("The file " + path + " is not an X.509 certificate (DER or PEM).");
        }
        return of(cert);
    }

    /** The ids of {@code cert}, by kind, in {@link #KINDS} order. */
    static Map<String, String> of(X509Certificate cert) {
        String subject = name(cert.getSubjectX500Principal());
        String issuer = name(cert.getIssuerX500Principal());
        String serial = HexFormat.of().formatHex(cert.getSerialNumber().toByteArray());
        String upn = otherName(cert, UPN_OID);
        String email = email(cert);
        String ski = subjectKeyIdentifier(cert);
        String sha1 = sha1(cert);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("PrincipalName", upn.isBlank() ? "" : "X509:<PN>" + upn);
        ids.put("RFC822Name", email.isBlank() ? "" : "X509:<RFC822>" + email);
        ids.put("IssuerAndSubject", issuer.isBlank() || subject.isBlank() ? "" : "X509:<I>" + issuer + "<S>" + subject);
        ids.put("Subject", subject.isBlank() ? "" : "X509:<S>" + subject);
        ids.put("SKI", ski.isBlank() ? "" : "X509:<SKI>" + ski);
        ids.put("SHA1PublicKey", "X509:<SHA1-PUKEY>" + sha1);
        ids.put("IssuerAndSerialNumber", issuer.isBlank() || serial.isBlank() ? ""
                : "X509:<I>" + issuer + "<SR>" + serial);
        return ids;
    }

    /** A distinguished name in its encoded order (the first RDN first), {@code TYPE=value} joined by commas. */
    static String name(X500Principal principal) {
        try {
            List<Rdn> rdns = new LdapName(principal.getName(X500Principal.RFC2253, NAMES)).getRdns();
            List<String> parts = new ArrayList<>();
            for (Rdn rdn : rdns) { // LdapName lists the rightmost (first encoded) RDN first
                parts.add(rdn.getType() + "=" + rdn.getValue());
            }
            return String.join(",", parts);
        } catch (InvalidNameException e) {
            return principal.getName();
        }
    }

    private static String email(X509Certificate cert) {
        try {
            for (Rdn rdn : new LdapName(cert.getSubjectX500Principal().getName(X500Principal.RFC2253, NAMES))
                    .getRdns()) {
                if (rdn.getType().equals("E")) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (InvalidNameException e) {
            // fall through to the alternative names
        }
        for (List<?> san : alternativeNames(cert)) {
            if (Integer.valueOf(1).equals(san.get(0))) {
                return String.valueOf(san.get(1));
            }
        }
        return "";
    }

    /** The UTF8String of an otherName alternative name with {@code oid} ({@code SEQUENCE {OID, [0] {UTF8String}}}). */
    private static String otherName(X509Certificate cert, String oid) {
        for (List<?> san : alternativeNames(cert)) {
            if (Integer.valueOf(0).equals(san.get(0)) && san.get(1) instanceof byte[] der) {
                Der.OtherName other = Der.otherName(der);
                if (other != null && other.oid().equals(oid)) {
                    return other.value();
                }
            }
        }
        return "";
    }

    private static Collection<List<?>> alternativeNames(X509Certificate cert) {
        try {
            Collection<List<?>> names = cert.getSubjectAlternativeNames();
            return names == null ? List.of() : names;
        } catch (CertificateParsingException e) {
            return List.of();
        }
    }

    private static String subjectKeyIdentifier(X509Certificate cert) {
        byte[] ext = cert.getExtensionValue("2.5.29.14"); // OCTET STRING { OCTET STRING keyIdentifier }
        if (ext == null) {
            return "";
        }
        byte[] inner = Der.content(ext, 0x04);
        byte[] id = inner == null ? null : Der.content(inner, 0x04);
        return id == null ? "" : HexFormat.of().withUpperCase().formatHex(id);
    }

    private static String sha1(X509Certificate cert) {
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(cert.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateException e) {
            return "";
        }
    }

    private static LocalAnswers.Failure fault(String message) {
        return new LocalAnswers.Failure(message);
    }
}
