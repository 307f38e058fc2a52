package dev.entrals.session;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectRequestTest {

    @Test
    void fromMapReadsEveryFieldOfEntraConnect() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("flow", "deviceCode");
        json.put("tenantId", "contoso.onmicrosoft.com");
        json.put("clientId", "app");
        json.put("scopes", List.of("User.Read", "Group.Read.All"));
        json.put("environment", "USGov");
        json.put("contextScope", "process");
        ConnectRequest r = ConnectRequest.fromMap(json);
        assertEquals(TokenCredentialType.DeviceCode, r.flow());
        assertEquals("contoso.onmicrosoft.com", r.tenantId());
        assertEquals(List.of("User.Read", "Group.Read.All"), r.scopes());
        assertEquals("USGov", r.environment());
        assertEquals(ContextScope.Process, r.contextScope());
    }

    @Test
    void fromJsonTextAcceptsCommaSeparatedScopes() {
        ConnectRequest r = ConnectRequest.fromJson("{\"scopes\":\"User.Read, Mail.Read\",\"clientSecret\":\"x1y2\"}");
        assertEquals(List.of("User.Read", "Mail.Read"), r.scopes());
        assertEquals(TokenCredentialType.ClientSecret, r.resolvedFlow());
    }

    @Test
    void unknownFieldIsAnErrorNamingIt() {
        SessionException e = assertThrows(SessionException.class,
                () -> ConnectRequest.fromMap(Map.of("tenant", "x")));
        assertTrue(e.getMessage().startsWith("Unknown connect field 'tenant'"), e.getMessage());
    }

    @Test
    void unknownFlowIsAnErrorListingTheFlows() {
        SessionException e = assertThrows(SessionException.class,
                () -> ConnectRequest.fromMap(Map.of("flow", "kerberos")));
        assertTrue(e.getMessage().contains("deviceCode"), e.getMessage());
    }

    @Test
    void redirectUriDefaultsToNoneAndIsReadFromEntraConnect() {
        assertNull(ConnectRequest.fromMap(Map.of()).redirectUri());
        assertEquals("http://localhost", ConnectRequest.fromMap(Map.of("redirectUri", "http://LOCALHOST/"))
                .redirectUri());
        assertEquals("http://127.0.0.1:8400/auth", ConnectRequest.fromMap(Map.of("redirectUri",
                " http://127.0.0.1:8400/auth ")).redirectUri());
    }

    @Test
    void redirectUriThatIsNotHttpLoopbackIsRefusedClearly() {
        for (String bad : List.of("https://localhost", "http://example.com", "http://[::1]", "localhost:8400",
                "http://127.0.0.1/?x=1", "http://user@localhost", "ms-appx-web://x")) {
            SessionException e = assertThrows(SessionException.class,
                    () -> ConnectRequest.fromMap(Map.of("redirectUri", bad)), bad);
            assertEquals("The redirect URI '" + bad + "' is not an http loopback address: use http://127.0.0.1 or "
                    + "http://localhost (a port and a path are allowed), as registered for the app.", e.getMessage());
        }
    }

    @Test
    void signInRedirectGetsAFreePortAndKeepsHostAndPath() {
        java.net.URI byDefault = LoopbackRedirect.forSignIn(null);
        assertEquals("127.0.0.1", byDefault.getHost());
        assertTrue(byDefault.getPort() > 0, byDefault.toString());
        java.net.URI withPath = LoopbackRedirect.forSignIn("http://localhost/auth");
        assertEquals("localhost", withPath.getHost());
        assertEquals("/auth", withPath.getPath());
        assertTrue(withPath.getPort() > 0, withPath.toString());
        assertEquals("http://localhost:8400", LoopbackRedirect.forSignIn("http://localhost:8400").toString());
    }

    @Test
    void toStringHidesSecrets() {
        ConnectRequest r = ConnectRequest.fromMap(Map.of("clientSecret", "very-secret", "accessToken", "eyJtoken",
                "certificatePassword", "pw-123"));
        String s = r.toString();
        assertFalse(s.contains("very-secret") || s.contains("eyJtoken") || s.contains("pw-123"), s);
    }

    @Test
    void connectEntraDeviceCodeLineGivesDeviceCodeRequest() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("-ea", "Stop"); // common parameters and their aliases are accepted and ignored
        p.put("-Verbose", "");
        p.put("-TenantId", "contoso.onmicrosoft.com");
        p.put("-UseDeviceCode", "");
        p.put("-Scopes", "'User.Read.All', 'Group.ReadWrite.All'");
        ConnectRequest r = ConnectRequest.fromConnectEntraParameters(p);
        assertEquals(TokenCredentialType.DeviceCode, r.flow());
        assertEquals("contoso.onmicrosoft.com", r.tenantId());
        assertEquals(List.of("User.Read.All", "Group.ReadWrite.All"), r.scopes());
    }

    @Test
    void connectEntraAliasesAndPrefixesResolve() {
        ConnectRequest r = ConnectRequest.fromConnectEntraParameters(Map.of("-ApplicationId", "'app-1'",
                "-Tenant", "t1", "-NationalCloud", "China", "-ContextScope", "Process", "-NoWelcome", "",
                "-ClientTimeout", "60"));
        assertEquals("app-1", r.clientId());
        assertEquals("t1", r.tenantId());
        assertEquals("China", r.environment());
        assertEquals(TokenCredentialType.InteractiveBrowser, r.flow());
        assertEquals(ContextScope.Process, r.contextScope());
    }

    @Test
    void connectEntraIdentityWithClientIdIsUserAssignedManagedIdentity() {
        ConnectRequest r = ConnectRequest.fromConnectEntraParameters(Map.of("-Identity", "", "-ClientId", "mi-1"));
        assertEquals(TokenCredentialType.ManagedIdentity, r.flow());
        assertEquals("mi-1", r.managedIdentityClientId());
        assertNull(r.clientId());
    }

    @Test
    void connectEntraThumbprintSaysTheStoreIsWindowsOnly() {
        SessionException e = assertThrows(SessionException.class, () -> ConnectRequest.fromConnectEntraParameters(
                Map.of("-ClientId", "a", "-TenantId", "t", "-CertificateThumbprint", "AA11")));
        assertTrue(e.getMessage().contains("Windows certificate store"), e.getMessage());
    }

    @Test
    void connectEntraCredentialObjectCannotBeRunFromTheScript() {
        SessionException e = assertThrows(SessionException.class, () -> ConnectRequest.fromConnectEntraParameters(
                Map.of("-ClientSecretCredential", "$cred")));
        assertTrue(e.getMessage().contains("PSCredential"), e.getMessage());
    }

    @Test
    void connectEntraUnknownParameterIsNamed() {
        SessionException e = assertThrows(SessionException.class,
                () -> ConnectRequest.fromConnectEntraParameters(Map.of("-Foo", "1")));
        assertEquals("Connect-Entra has no parameter -Foo.", e.getMessage());
    }

    @Test
    void connectEntraSwitchesFromDifferentSetsConflict() {
        assertThrows(SessionException.class, () -> ConnectRequest.fromConnectEntraParameters(
                Map.of("-Identity", "", "-UseDeviceCode", "")));
    }

    @Test
    void connectEntraAmbiguousPrefixNamesTheCandidates() {
        SessionException e = assertThrows(SessionException.class,
                () -> ConnectRequest.fromConnectEntraParameters(Map.of("-Environ", "China")));
        assertEquals("Connect-Entra parameter -Environ is ambiguous: it may be [-EnvironmentVariable, -Environment].",
                e.getMessage());
    }

    @Test
    void connectEntraFalseSwitchIsOff() {
        ConnectRequest r = ConnectRequest.fromConnectEntraParameters(Map.of("-UseDeviceCode", "$false"));
        assertEquals(TokenCredentialType.InteractiveBrowser, r.flow());
    }
}
