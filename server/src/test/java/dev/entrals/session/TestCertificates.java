package dev.entrals.session;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Key pairs and certificates made at test time with the JDK's keytool. */
final class TestCertificates {

    static final String PASSWORD = "test-pass-123";

    private TestCertificates() {
    }

    /** A PKCS#12 file with one RSA key pair and a self-signed certificate (extra keytool arguments appended). */
    static Path keytool(Path dir, String name, String dname, String... extra) {
        Path file = dir.resolve(name + ".p12");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                        .toString(), "-genkeypair", "-alias", name, "-keyalg", "RSA", "-keysize", "2048", "-validity",
                "3", "-dname", dname, "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", PASSWORD,
                "-keypass", PASSWORD));
        cmd.addAll(List.of(extra));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return file;
    }

    static KeyStore load(Path p12) {
        try (InputStream in = Files.newInputStream(p12)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, PASSWORD.toCharArray());
            return ks;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static X509Certificate certificate(Path p12) {
        try {
            KeyStore ks = load(p12);
            return (X509Certificate) ks.getCertificate(ks.aliases().nextElement());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static PrivateKey privateKey(Path p12) {
        try {
            KeyStore ks = load(p12);
            return (PrivateKey) ks.getKey(ks.aliases().nextElement(), PASSWORD.toCharArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An SSL context serving the key pair in {@code p12}. */
    static SSLContext serverContext(Path p12) throws GeneralSecurityException {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(load(p12), PASSWORD.toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }

    /** A trust store holding only {@code cert}, written to {@code file} (PKCS#12, password {@link #PASSWORD}). */
    static KeyStore trustStore(X509Certificate cert, Path file) throws GeneralSecurityException, IOException {
        KeyStore ts = KeyStore.getInstance("PKCS12");
        ts.load(null, null);
        ts.setCertificateEntry("stand-in", cert);
        try (OutputStream out = Files.newOutputStream(file)) {
            ts.store(out, PASSWORD.toCharArray());
        }
        return ts;
    }

    static SSLContext clientContext(KeyStore trust) throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }

    /** Writes the key (PKCS#8) and certificate of {@code p12} as one PEM file. */
    static Path pem(Path p12, Path file) throws IOException, GeneralSecurityException {
        Base64.Encoder b64 = Base64.getMimeEncoder(64, "\n".getBytes());
        String text = "-----BEGIN PRIVATE KEY-----\n" + b64.encodeToString(privateKey(p12).getEncoded())
                + "\n-----END PRIVATE KEY-----\n-----BEGIN CERTIFICATE-----\n"
                + b64.encodeToString(certificate(p12).getEncoded()) + "\n-----END CERTIFICATE-----\n";
        Files.writeString(file, text);
        return file;
    }
}
