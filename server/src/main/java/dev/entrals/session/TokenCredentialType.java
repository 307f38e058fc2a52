package dev.entrals.session;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sign-in flow of a session, named as Graph PowerShell names it in a context; it is also the {@code flow} of a
 * {@link ConnectRequest}.
 */
public enum TokenCredentialType {
    InteractiveBrowser(AuthType.Delegated, ContextScope.CurrentUser),
    DeviceCode(AuthType.Delegated, ContextScope.CurrentUser),
    ClientSecret(AuthType.AppOnly, ContextScope.Process),
    ClientCertificate(AuthType.AppOnly, ContextScope.Process),
    ManagedIdentity(AuthType.ManagedIdentity, ContextScope.Process),
    UserProvidedAccessToken(AuthType.UserProvidedAccessToken, ContextScope.Process),
    EnvironmentVariable(AuthType.EnvironmentVariable, ContextScope.Process);

    private static final Map<String, TokenCredentialType> ALIASES = Map.ofEntries(
            Map.entry("interactive", InteractiveBrowser),
            Map.entry("browser", InteractiveBrowser),
            Map.entry("device", DeviceCode),
            Map.entry("secret", ClientSecret),
            Map.entry("certificate", ClientCertificate),
            Map.entry("identity", ManagedIdentity),
            Map.entry("msi", ManagedIdentity),
            Map.entry("accesstoken", UserProvidedAccessToken),
            Map.entry("token", UserProvidedAccessToken),
            Map.entry("environmentvariables", EnvironmentVariable),
            Map.entry("env", EnvironmentVariable));

    private final AuthType authType;
    private final ContextScope defaultScope;

    TokenCredentialType(AuthType authType, ContextScope defaultScope) {
        this.authType = authType;
        this.defaultScope = defaultScope;
    }

    /** The kind of authorisation this flow gives. */
    public AuthType authType() {
        return authType;
    }

    /** The context scope used when a request names none (as Graph PowerShell: delegated flows persist). */
    public ContextScope defaultScope() {
        return defaultScope;
    }

    /** True for the flows a person signs in to (browser, device code). */
    public boolean delegated() {
        return authType == AuthType.Delegated;
    }

    /**
     * Parses a flow name: the names above or short forms such as {@code interactive}, {@code deviceCode},
     * {@code clientSecret}, {@code managedIdentity}, {@code accessToken}; case, '-' and '_' do not matter.
     */
    public static TokenCredentialType parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String key = text.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (TokenCredentialType t : values()) {
            if (t.name().toLowerCase(Locale.ROOT).equals(key)) {
                return t;
            }
        }
        TokenCredentialType alias = ALIASES.get(key);
        if (alias == null) {
            throw new SessionException("Unknown sign-in flow '" + text.strip() + "': use one of "
                    + List.of("interactive", "deviceCode", "clientSecret", "clientCertificate", "managedIdentity",
                    "accessToken", "environmentVariable") + ".");
        }
        return alias;
    }
}
