package com.microsoft.aad.msal4j;

import java.util.Map;

/**
 * Gives msal4j's managed-identity code a test environment (IDENTITY_ENDPOINT, IDENTITY_HEADER, ...) through its
 * package-private hook, as msal4j's own tests do, so no test has to change the real process environment.
 */
public final class ManagedIdentityTestEnvironment {

    private ManagedIdentityTestEnvironment() {
    }

    public static void use(Map<String, String> variables) {
        ManagedIdentityApplication.setEnvironmentVariables(variables::get);
    }

    public static void reset() {
        ManagedIdentityApplication.setEnvironmentVariables(null);
    }
}
