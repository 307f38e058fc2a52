package dev.entrals.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The context of a signed-in session, field for field as {@code Get-EntraContext}/{@code Disconnect-Entra} print it.
 * {@code certificate} and {@code clientSecret} exist for fidelity and are always empty: secrets never leave the
 * session.
 */
public record EntraContext(
        String clientId,
        String tenantId,
        List<String> scopes,
        AuthType authType,
        TokenCredentialType tokenCredentialType,
        String certificateThumbprint,
        String certificateSubjectName,
        String account,
        String appName,
        ContextScope contextScope,
        String certificate,
        String psHostVersion,
        String managedIdentityId,
        String clientSecret,
        String environment) {

    /** The field names in print order, as PowerShell spells them. */
    public static final List<String> FIELD_NAMES = List.of("ClientId", "TenantId", "Scopes", "AuthType",
            "TokenCredentialType", "CertificateThumbprint", "CertificateSubjectName", "Account", "AppName",
            "ContextScope", "Certificate", "PSHostVersion", "ManagedIdentityId", "ClientSecret", "Environment");

    /** PowerShell's {@code $FormatEnumerationLimit}: a list shows this many items, then "...". */
    private static final int ENUMERATION_LIMIT = 4;

    public EntraContext {
        clientId = text(clientId);
        tenantId = text(tenantId);
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        certificateThumbprint = text(certificateThumbprint);
        certificateSubjectName = text(certificateSubjectName);
        account = text(account);
        appName = text(appName);
        certificate = "";
        psHostVersion = text(psHostVersion);
        managedIdentityId = text(managedIdentityId);
        clientSecret = "";
        environment = text(environment);
    }

    /**
     * Who is signed in, as every message and the editor's status bar name it: the account, else the application's
     * name, else its client id (the cases are pinned in {@code session/principal-cases.json}, which the VS Code
     * client's test reads too).
     */
    public String who() {
        for (String s : new String[] {account(), appName(), clientId()}) {
            if (s != null && !s.isBlank()) {
                return s;
            }
        }
        return "unknown";
    }

    /** The context as a JSON-ready map: the 15 names in order, strings (empty when unset) and Scopes as a list. */
    public Map<String, Object> toOrderedMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ClientId", clientId);
        m.put("TenantId", tenantId);
        m.put("Scopes", new ArrayList<>(scopes));
        m.put("AuthType", authType == null ? "" : authType.name());
        m.put("TokenCredentialType", tokenCredentialType == null ? "" : tokenCredentialType.name());
        m.put("CertificateThumbprint", certificateThumbprint);
        m.put("CertificateSubjectName", certificateSubjectName);
        m.put("Account", account);
        m.put("AppName", appName);
        m.put("ContextScope", contextScope == null ? "" : contextScope.name());
        m.put("Certificate", certificate);
        m.put("PSHostVersion", psHostVersion);
        m.put("ManagedIdentityId", managedIdentityId);
        m.put("ClientSecret", clientSecret);
        m.put("Environment", environment);
        return m;
    }

    /** Reads a map written by {@link #toOrderedMap()}; unknown enum values become null. */
    public static EntraContext fromMap(Map<String, ?> m) {
        Object rawScopes = m.get("Scopes");
        List<String> scopes = new ArrayList<>();
        if (rawScopes instanceof List<?> list) {
            list.forEach(s -> scopes.add(String.valueOf(s)));
        }
        return new EntraContext(str(m, "ClientId"), str(m, "TenantId"), scopes,
                enumValue(AuthType.class, str(m, "AuthType")),
                enumValue(TokenCredentialType.class, str(m, "TokenCredentialType")),
                str(m, "CertificateThumbprint"), str(m, "CertificateSubjectName"), str(m, "Account"),
                str(m, "AppName"), enumValue(ContextScope.class, str(m, "ContextScope")), "",
                str(m, "PSHostVersion"), str(m, "ManagedIdentityId"), "", str(m, "Environment"));
    }

    /**
     * The aligned {@code Name : Value} list PowerShell's Format-List prints, one line per field, lines ending in
     * {@code \n}; a list shows at most four items in braces, then "...".
     */
    public String formatList() {
        int width = FIELD_NAMES.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder out = new StringBuilder();
        toOrderedMap().forEach((name, value) -> {
            String shown = value instanceof List<?> list ? enumeration(list) : String.valueOf(value);
            out.append(name).append(" ".repeat(width - name.length())).append(" :");
            if (!shown.isEmpty()) {
                out.append(' ').append(shown);
            }
            out.append('\n');
        });
        return out.toString();
    }

    private static String enumeration(List<?> items) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < items.size() && i < ENUMERATION_LIMIT; i++) {
            b.append(i == 0 ? "" : ", ").append(items.get(i));
        }
        if (items.size() > ENUMERATION_LIMIT) {
            b.append("...");
        }
        return b.append('}').toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String str(Map<String, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? "" : String.valueOf(v);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The {@code entra.connect} argument that signs in again as this context did (flow, tenant, app, cloud, context
     * scope), asking for {@code scopes}.
     */
    public Map<String, Object> reconnectArguments(List<String> scopes) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        if (tokenCredentialType() != null) {
            m.put("flow", tokenCredentialType().name());
        }
        putIf(m, "tenantId", tenantId());
        putIf(m, "clientId", clientId());
        m.put("scopes", List.copyOf(scopes));
        putIf(m, "environment", environment());
        if (contextScope() != null) {
            m.put("contextScope", contextScope().name());
        }
        return m;
    }

    private static void putIf(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isEmpty()) {
            m.put(key, value);
        }
    }
}
