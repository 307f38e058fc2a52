package dev.entrals.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to sign in with: the argument of {@code entra.connect}, of {@code entra-ls connect}, or the literal parameters
 * of a {@code Connect-Entra} line. Null fields take their defaults; {@link #toString()} hides the secrets.
 */
public record ConnectRequest(
        TokenCredentialType flow,
        String tenantId,
        String clientId,
        List<String> scopes,
        String environment,
        ContextScope contextScope,
        String certificatePath,
        String certificatePassword,
        String clientSecret,
        String managedIdentityClientId,
        String accessToken,
        String redirectUri) {

    /** The JSON field names {@link #fromMap} accepts. */
    public static final List<String> FIELDS = List.of("flow", "tenantId", "clientId", "scopes", "environment",
            "contextScope", "certificatePath", "certificatePassword", "clientSecret", "managedIdentityClientId",
            "accessToken", "redirectUri");

    /**
     * Why {@code Connect-Entra -AccessToken} is not run from a script line (the editor's lens and Run, the CLI's
     * {@code run}): a secret written in a script or a command line stays in the file or the shell history.
     */
    public static final String SECRET_NOT_READ = "A secret written in the script or on the command line is never used"
            + " (it would stay in the file or the shell history). Sign in with the connect command, or `entra-ls"
            + " connect --access-token-env VARIABLE`.";

    public ConnectRequest {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        tenantId = blankToNull(tenantId);
        clientId = blankToNull(clientId);
        environment = blankToNull(environment);
        certificatePath = blankToNull(certificatePath);
        managedIdentityClientId = blankToNull(managedIdentityClientId);
        redirectUri = LoopbackRedirect.check(redirectUri);
    }

    /** A request with the default loopback redirect URI ({@code http://127.0.0.1}). */
    public ConnectRequest(TokenCredentialType flow, String tenantId, String clientId, List<String> scopes,
                          String environment, ContextScope contextScope, String certificatePath,
                          String certificatePassword, String clientSecret, String managedIdentityClientId,
                          String accessToken) {
        this(flow, tenantId, clientId, scopes, environment, contextScope, certificatePath, certificatePassword,
                clientSecret, managedIdentityClientId, accessToken, null);
    }

    /** A request with only a flow set. */
    public static ConnectRequest of(TokenCredentialType flow) {
        return new ConnectRequest(flow, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * Reads the one JSON object argument of {@code entra.connect} (as a map: strings, a list or comma-separated
     * string for scopes). Field names ignore case; an unknown field is an error so a typo is not silently dropped.
     */
    public static ConnectRequest fromMap(Map<String, ?> json) {
        Map<String, Object> f = new LinkedHashMap<>();
        if (json != null) {
            json.forEach((key, value) -> f.put(canonicalField(key), value));
        }
        return new ConnectRequest(
                TokenCredentialType.parse(string(f.get("flow"))),
                string(f.get("tenantId")),
                string(f.get("clientId")),
                scopeList(f.get("scopes")),
                string(f.get("environment")),
                ContextScope.parse(string(f.get("contextScope"))),
                string(f.get("certificatePath")),
                string(f.get("certificatePassword")),
                string(f.get("clientSecret")),
                string(f.get("managedIdentityClientId")),
                string(f.get("accessToken")),
                string(f.get("redirectUri")));
    }

    /** Reads {@link #fromMap} from JSON text (an lsp4j handler may pass {@code jsonObject.toString()}). */
    public static ConnectRequest fromJson(String jsonObjectText) {
        try {
            Map<String, Object> map = SessionJson.MAPPER.readValue(jsonObjectText, new TypeReference<>() { });
            return fromMap(map);
        } catch (JsonProcessingException e) {
            throw new SessionException("The connect argument is not a JSON object: "
                    + e.getOriginalMessage().split("\n")[0]);
        }
    }

    /**
     * Builds a request from a {@code Connect-Entra} invocation's literal parameters: names with or without the dash
     * and in any case, aliases included ({@code -AppId}, {@code -Tenant}, {@code -DeviceCode}, {@code -MSI}, ...);
     * a switch's value is empty, {@code $true} or {@code $false}. Parameters that need an object or the Windows
     * certificate store give an error that says what to use instead.
     */
    public static ConnectRequest fromConnectEntraParameters(Map<String, String> parameters) {
        return ConnectEntraParameters.toRequest(parameters);
    }

    /** The flow to run: the one named, else the one the given secrets imply, else the interactive browser. */
    public TokenCredentialType resolvedFlow() {
        if (flow != null) {
            return flow;
        }
        if (accessToken != null && !accessToken.isEmpty()) {
            return TokenCredentialType.UserProvidedAccessToken;
        }
        if (clientSecret != null && !clientSecret.isEmpty()) {
            return TokenCredentialType.ClientSecret;
        }
        if (certificatePath != null) {
            return TokenCredentialType.ClientCertificate;
        }
        return TokenCredentialType.InteractiveBrowser;
    }

    @Override
    public String toString() {
        return "ConnectRequest[flow=" + flow + ", tenantId=" + tenantId + ", clientId=" + clientId + ", scopes="
                + scopes + ", environment=" + environment + ", contextScope=" + contextScope + ", certificatePath="
                + certificatePath + ", certificatePassword=" + hidden(certificatePassword) + ", clientSecret="
                + hidden(clientSecret) + ", managedIdentityClientId=" + managedIdentityClientId + ", accessToken="
                + hidden(accessToken) + ", redirectUri=" + redirectUri + "]";
    }

    /** Splits a scope list given as one string: commas and/or spaces, quotes and {@code @( )} removed. */
    static List<String> splitScopes(String text) {
        List<String> out = new ArrayList<>();
        String t = text.strip();
        if (t.startsWith("@(") && t.endsWith(")")) {
            t = t.substring(2, t.length() - 1);
        }
        for (String part : t.split("[,\\s]+")) {
            String s = part.strip().replaceAll("^['\"]+|['\"]+$", "");
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static String canonicalField(String key) {
        for (String name : FIELDS) {
            if (name.equalsIgnoreCase(key)) {
                return name;
            }
        }
        throw new SessionException("Unknown connect field '" + key + "': the fields are " + FIELDS + ".");
    }

    private static List<String> scopeList(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            List<String> out = new ArrayList<>();
            list.forEach(v -> out.addAll(splitScopes(String.valueOf(v))));
            return out;
        }
        return splitScopes(String.valueOf(value));
    }

    private static String string(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new SessionException("A connect field holds " + (value instanceof Map ? "an object" : "a list")
                    + " where text was expected.");
        }
        return String.valueOf(value);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String hidden(String secret) {
        return secret == null ? "null" : "<hidden>";
    }
}
