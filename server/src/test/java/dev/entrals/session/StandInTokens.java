package dev.entrals.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Makes the stand-in's tokens (JWT-shaped, unsigned as msal4j does not check them) and checks client assertions. */
final class StandInTokens {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private StandInTokens() {
    }

    static String jwt(Map<String, Object> claims) {
        try {
            String header = URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String payload = URL.encodeToString(JSON.writeValueAsBytes(claims));
            return header + "." + payload + ".c3RhbmQtaW4";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> claims(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        m.putIfAbsent("iat", Instant.now().getEpochSecond());
        m.putIfAbsent("uti", java.util.UUID.randomUUID().toString());
        return m;
    }

    static String clientInfo(String uid, String utid) {
        return URL.encodeToString(("{\"uid\":\"" + uid + "\",\"utid\":\"" + utid + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    static String s256(String verifier) {
        try {
            return URL.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks a client assertion as Entra does: RS256 over header.payload with the registered certificate's key,
     * {@code x5t#S256} naming that certificate (standard base64 of its SHA-256), iss = sub = client id, aud = the
     * token endpoint, not expired. Returns null when valid, else the reason.
     */
    static String checkAssertion(String assertion, X509Certificate cert, String clientId, String tokenEndpoint) {
        try {
            String[] parts = assertion.split("\\.");
            if (parts.length != 3) {
                return "not a signed JWT";
            }
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            JsonNode body = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            if (!"RS256".equals(header.path("alg").asText())) {
                return "alg is not RS256";
            }
            String expectedX5t = Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
            String x5t = header.path("x5t#S256").asText("");
            if (!x5t.replace("=", "").equals(expectedX5t.replace("=", ""))) {
                return "x5t#S256 does not name the registered certificate";
            }
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(cert.getPublicKey());
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return "signature does not verify";
            }
            if (!clientId.equals(body.path("iss").asText()) || !clientId.equals(body.path("sub").asText())) {
                return "iss/sub are not the client id";
            }
            if (!tokenEndpoint.equals(body.path("aud").asText())) {
                return "aud is " + body.path("aud").asText() + ", not " + tokenEndpoint;
            }
            if (body.path("exp").asLong() < Instant.now().getEpochSecond()) {
                return "assertion expired";
            }
            return null;
        } catch (Exception e) {
            return "unreadable assertion: " + e;
        }
    }
}
