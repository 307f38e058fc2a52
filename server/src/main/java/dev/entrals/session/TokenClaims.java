package dev.entrals.session;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** The claims of a JWT access token, read without checking its signature (the token's audience checks that). */
record TokenClaims(JsonNode payload) {

    /** The claims of the token, or empty claims when it is not a JWT (opaque tokens exist). */
    static TokenClaims of(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length < 2) {
            return new TokenClaims(SessionJson.MAPPER.createObjectNode());
        }
        try {
            byte[] json = Base64.getUrlDecoder().decode(parts[1].replace('+', '-').replace('/', '_')
                    .replace("=", ""));
            JsonNode node = SessionJson.MAPPER.readTree(json);
            return new TokenClaims(node != null && node.isObject() ? node : SessionJson.MAPPER.createObjectNode());
        } catch (IllegalArgumentException | java.io.IOException e) {
            return new TokenClaims(SessionJson.MAPPER.createObjectNode());
        }
    }

    boolean isJwt() {
        return payload.size() > 0;
    }

    /** The first of the named claims that is present, or "". */
    String text(String... names) {
        for (String n : names) {
            JsonNode v = payload.get(n);
            if (v != null && v.isValueNode() && !v.asText().isEmpty()) {
                return v.asText();
            }
        }
        return "";
    }

    /** Scopes from {@code scp} (space-separated) or app roles from {@code roles}. */
    List<String> scopes() {
        List<String> out = new ArrayList<>();
        String scp = text("scp");
        if (!scp.isEmpty()) {
            for (String s : scp.trim().split("\\s+")) {
                out.add(s);
            }
        }
        JsonNode roles = payload.get("roles");
        if (out.isEmpty() && roles != null && roles.isArray()) {
            roles.forEach(r -> out.add(r.asText()));
        }
        return out;
    }

    /** The {@code exp} claim. */
    Optional<Instant> expiry() {
        JsonNode exp = payload.get("exp");
        return exp != null && exp.canConvertToLong() ? Optional.of(Instant.ofEpochSecond(exp.asLong()))
                : Optional.empty();
    }
}
