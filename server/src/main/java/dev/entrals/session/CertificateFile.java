package dev.entrals.session;

import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client certificate read from a PKCS#12 file or a PEM file (certificates plus an RSA key as PKCS#8, encrypted
 * PKCS#8 or PKCS#1), with the JDK alone.
 */
record CertificateFile(PrivateKey key, List<X509Certificate> chain) {

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]+?)-----END \\1-----");

    static CertificateFile load(Path path, String password) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new SessionException("The certificate file " + path + " does not exist.");
        } catch (IOException e) {
            throw new SessionException("The certificate file " + path + " cannot be read: " + e.getMessage());
        }
        try {
            String text = new String(bytes, StandardCharsets.US_ASCII);
            return text.contains("-----BEGIN ") ? pem(text, password, path) : pkcs12(bytes, password, path);
        } catch (GeneralSecurityException | IOException e) {
            throw new SessionException("The certificate file " + path + " cannot be used: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\n")[0])
                    + " (wrong password, or not a PKCS#12 or PEM file with an RSA key?)");
        }
    }

    /** The leaf certificate. */
    X509Certificate certificate() {
        return chain.get(0);
    }

    /** The SHA-1 thumbprint in upper-case hex, as Windows and Graph PowerShell print it. */
    String thumbprint() {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(certificate().getEncoded());
            return HexFormat.of().withUpperCase().formatHex(sha1);
        } catch (GeneralSecurityException e) {
            throw new SessionException("Cannot compute the certificate thumbprint: " + e.getMessage());
        }
    }

    /** The subject distinguished name, e.g. {@code CN=contoso-app, O=Contoso}. */
    String subject() {
        return certificate().getSubjectX500Principal().toString();
    }

    private static CertificateFile pkcs12(byte[] bytes, String password, Path path)
            throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        char[] pw = password == null ? new char[0] : password.toCharArray();
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            store.load(in, pw);
        }
        for (String alias : java.util.Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                Key key = store.getKey(alias, pw);
                Certificate[] chain = store.getCertificateChain(alias);
                if (key instanceof PrivateKey pk && chain != null && chain.length > 0) {
                    List<X509Certificate> certs = new ArrayList<>();
                    for (Certificate c : chain) {
                        certs.add((X509Certificate) c);
                    }
                    return new CertificateFile(pk, certs);
                }
            }
        }
        throw new SessionException("The PKCS#12 file " + path + " holds no private key with a certificate.");
    }

    private static CertificateFile pem(String text, String password, Path path)
            throws GeneralSecurityException, IOException {
        List<X509Certificate> certs = new ArrayList<>();
        PrivateKey key = null;
        Matcher m = PEM.matcher(text);
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        while (m.find()) {
            byte[] der = Base64.getMimeDecoder().decode(m.group(2));
            switch (m.group(1)) {
                case "CERTIFICATE" -> certs.add((X509Certificate) factory.generateCertificate(
                        new ByteArrayInputStream(der)));
                case "PRIVATE KEY" -> key = rsa(der);
                case "RSA PRIVATE KEY" -> key = rsa(pkcs1ToPkcs8(der));
                case "ENCRYPTED PRIVATE KEY" -> key = rsa(decrypt(der, password, path));
                default -> { }
            }
        }
        if (key == null || certs.isEmpty()) {
            throw new SessionException("The PEM file " + path + " needs both a CERTIFICATE and a PRIVATE KEY block.");
        }
        return new CertificateFile(key, certs);
    }

    private static PrivateKey rsa(byte[] pkcs8) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    private static byte[] decrypt(byte[] der, String password, Path path) throws GeneralSecurityException,
            IOException {
        if (password == null) {
            throw new SessionException("The private key in " + path + " is encrypted: give its password.");
        }
        EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
        String algorithm = info.getAlgName();
        if (algorithm.equalsIgnoreCase("PBES2") || algorithm.equals("1.2.840.113549.1.5.13")) {
            algorithm = info.getAlgParameters().toString();
        }
        SecretKeyFactory keys = SecretKeyFactory.getInstance(algorithm.toUpperCase(Locale.ROOT));
        Cipher cipher = Cipher.getInstance(algorithm.toUpperCase(Locale.ROOT));
        cipher.init(Cipher.DECRYPT_MODE, keys.generateSecret(new PBEKeySpec(password.toCharArray())),
                info.getAlgParameters());
        return info.getKeySpec(cipher).getEncoded();
    }

    /** Wraps a PKCS#1 RSAPrivateKey in a PKCS#8 PrivateKeyInfo (version 0, rsaEncryption, NULL parameters). */
    private static byte[] pkcs1ToPkcs8(byte[] pkcs1) {
        byte[] algorithm = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01,
                0x01, 0x01, 0x05, 0x00};
        byte[] version = {0x02, 0x01, 0x00};
        byte[] octets = der(0x04, pkcs1);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(version);
        body.writeBytes(algorithm);
        body.writeBytes(octets);
        return der(0x30, body.toByteArray());
    }

    private static byte[] der(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int n = content.length;
        if (n < 0x80) {
            out.write(n);
        } else {
            int bytes = n > 0xffffff ? 4 : n > 0xffff ? 3 : n > 0xff ? 2 : 1;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(n >>> (8 * i));
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }
}
