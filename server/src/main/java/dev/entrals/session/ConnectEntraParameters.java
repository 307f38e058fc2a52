package dev.entrals.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns the literal parameters of a {@code Connect-Entra} invocation into a {@link ConnectRequest}. */
final class ConnectEntraParameters {

    /** Parameter name -> its aliases, as Connect-Entra declares them. */
    private static final Map<String, List<String>> PARAMETERS = new LinkedHashMap<>();

    static {
        PARAMETERS.put("TenantId", List.of("Tenant", "Audience"));
        PARAMETERS.put("ClientId", List.of("AppId", "ApplicationId"));
        PARAMETERS.put("Scopes", List.of());
        PARAMETERS.put("UseDeviceCode", List.of("UseDeviceAuthentication", "DeviceCode", "DeviceAuth", "Device"));
        PARAMETERS.put("Identity", List.of("ManagedIdentity", "ManagedServiceIdentity", "MSI"));
        PARAMETERS.put("EnvironmentVariable", List.of());
        PARAMETERS.put("AccessToken", List.of());
        PARAMETERS.put("Environment", List.of("EnvironmentName", "NationalCloud"));
        PARAMETERS.put("ContextScope", List.of());
        PARAMETERS.put("NoWelcome", List.of());
        PARAMETERS.put("ClientTimeout", List.of());
        PARAMETERS.put("SendCertificateChain", List.of());
        PARAMETERS.put("CertificateThumbprint", List.of());
        PARAMETERS.put("CertificateSubjectName", List.of("CertificateSubject", "CertificateName"));
        PARAMETERS.put("Certificate", List.of());
        PARAMETERS.put("ClientSecretCredential", List.of("SecretCredential", "Credential"));
    }

    /** PowerShell's common parameters and their aliases: accepted and ignored. */
    private static final Set<String> COMMON = Set.of("verbose", "debug", "erroraction", "warningaction",
            "informationaction", "errorvariable", "warningvariable", "informationvariable", "outvariable",
            "outbuffer", "pipelinevariable", "progressaction",
            "vb", "db", "ea", "wa", "infa", "ev", "wv", "iv", "ov", "ob", "pv", "proga");

    private ConnectEntraParameters() {
    }

    static ConnectRequest toRequest(Map<String, String> parameters) {
        Map<String, String> p = new LinkedHashMap<>();
        if (parameters != null) {
            parameters.forEach((name, value) -> {
                String canonical = canonical(name);
                if (canonical != null) {
                    p.put(canonical, literal(value));
                }
            });
        }
        refuseObjectParameters(p);
        TokenCredentialType flow = flow(p);
        String clientId = p.get("ClientId");
        boolean identity = flow == TokenCredentialType.ManagedIdentity;
        List<String> scopes = p.containsKey("Scopes") ? ConnectRequest.splitScopes(p.get("Scopes")) : List.of();
        return new ConnectRequest(flow, p.get("TenantId"), identity ? null : clientId, scopes, p.get("Environment"),
                ContextScope.parse(p.get("ContextScope")), null, null, null, identity ? clientId : null,
                p.get("AccessToken"));
    }

    private static TokenCredentialType flow(Map<String, String> p) {
        List<TokenCredentialType> chosen = new ArrayList<>();
        if (isOn(p, "UseDeviceCode")) {
            chosen.add(TokenCredentialType.DeviceCode);
        }
        if (isOn(p, "Identity")) {
            chosen.add(TokenCredentialType.ManagedIdentity);
        }
        if (isOn(p, "EnvironmentVariable")) {
            chosen.add(TokenCredentialType.EnvironmentVariable);
        }
        if (p.get("AccessToken") != null) {
            chosen.add(TokenCredentialType.UserProvidedAccessToken);
        }
        if (chosen.size() > 1) {
            throw new SessionException("Connect-Entra cannot combine " + chosen.stream()
                    .map(ConnectEntraParameters::parameterOf).toList() + ": they belong to different parameter sets.");
        }
        return chosen.isEmpty() ? TokenCredentialType.InteractiveBrowser : chosen.get(0);
    }

    private static String parameterOf(TokenCredentialType t) {
        return switch (t) {
            case DeviceCode -> "-UseDeviceCode";
            case ManagedIdentity -> "-Identity";
            case EnvironmentVariable -> "-EnvironmentVariable";
            default -> "-AccessToken";
        };
    }

    private static void refuseObjectParameters(Map<String, String> p) {
        if (p.containsKey("CertificateThumbprint") || p.containsKey("CertificateSubjectName")) {
            throw new SessionException("Connect-Entra -CertificateThumbprint and -CertificateSubjectName look the "
                    + "certificate up in the Windows certificate store, which this tool does not read; connect with "
                    + "the client certificate flow and a certificate file (PKCS#12 or PEM) instead.");
        }
        if (p.containsKey("Certificate")) {
            throw new SessionException("Connect-Entra -Certificate needs an X509Certificate2 object, which cannot "
                    + "be run from the script; connect with the client certificate flow and a certificate file.");
        }
        if (p.containsKey("ClientSecretCredential")) {
            throw new SessionException("Connect-Entra -ClientSecretCredential needs a PSCredential object, which "
                    + "cannot be run from the script; connect with the client secret flow instead.");
        }
        String timeout = p.get("ClientTimeout");
        if (timeout != null) {
            try {
                Double.parseDouble(timeout);
            } catch (NumberFormatException e) {
                throw new SessionException("Connect-Entra -ClientTimeout takes a number of seconds, not '"
                        + timeout + "'.");
            }
        }
    }

    private static boolean isOn(Map<String, String> p, String name) {
        if (!p.containsKey(name)) {
            return false;
        }
        String v = p.get(name);
        if (v == null || v.isEmpty()) {
            return true;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "$true", "true", "1" -> true;
            case "$false", "false", "0" -> false;
            default -> throw new SessionException("Connect-Entra -" + name + " is a switch; '" + v
                    + "' is not $true or $false.");
        };
    }

    /** The declared name for a given name, alias or unambiguous prefix; null for a common parameter. */
    private static String canonical(String given) {
        String name = given.strip();
        if (name.startsWith("-")) {
            name = name.substring(1);
        }
        if (name.endsWith(":")) {
            name = name.substring(0, name.length() - 1);
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (COMMON.contains(key)) {
            return null;
        }
        List<String> prefixed = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : PARAMETERS.entrySet()) {
            List<String> names = new ArrayList<>(e.getValue());
            names.add(0, e.getKey());
            for (String n : names) {
                String lower = n.toLowerCase(Locale.ROOT);
                if (lower.equals(key)) {
                    return e.getKey();
                }
                if (lower.startsWith(key) && !prefixed.contains(e.getKey())) {
                    prefixed.add(e.getKey());
                }
            }
        }
        if (prefixed.size() == 1) {
            return prefixed.get(0);
        }
        if (prefixed.isEmpty()) {
            throw new SessionException("Connect-Entra has no parameter -" + name + ".");
        }
        throw new SessionException("Connect-Entra parameter -" + name + " is ambiguous: it may be "
                + prefixed.stream().map(n -> "-" + n).toList() + ".");
    }

    private static String literal(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("'") && v.endsWith("'") || v.startsWith("\"") && v.endsWith("\""))) {
            v = v.substring(1, v.length() - 1);
        }
        return v;
    }
}
