package dev.entrals.session;

import com.microsoft.aad.msal4j.AbstractClientApplicationBase;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The authority URL of a sign-in and how msal4j must treat its host: instance discovery only for Microsoft's own
 * login hosts; for a host with a port, a discovery answer whose {@code preferred_cache} keeps the port (msal4j
 * issue #529: otherwise cached tokens are never found and refreshes go to port 443).
 */
record EntraAuthority(String url, String host, boolean instanceDiscovery, String discoveryResponse) {

    private static final Set<String> MICROSOFT_HOSTS = Set.of("login.microsoftonline.com", "login.microsoft.com",
            "login.windows.net", "sts.windows.net", "login.chinacloudapi.cn", "login.microsoftonline.us",
            "login-us.microsoftonline.com", "login.microsoftonline.de");

    static EntraAuthority of(EntraEnvironment environment, String tenant) {
        if (tenant != null && !tenant.isBlank() && !tenant.strip().matches("[A-Za-z0-9][A-Za-z0-9.-]*")) {
            throw new SessionException("'" + tenant.strip() + "' is not a tenant id or domain name.");
        }
        String url = environment.authority(tenant);
        URI u = URI.create(url);
        String host = u.getHost().toLowerCase(Locale.ROOT);
        if (MICROSOFT_HOSTS.contains(host) && u.getPort() == -1) {
            return new EntraAuthority(url, host, true, null);
        }
        if (u.getPort() == -1) {
            return new EntraAuthority(url, host, false, null);
        }
        String hostPort = host + ":" + u.getPort();
        String tenantSegment = u.getPath().replaceAll("^/+|/+$", "");
        String discovery = "{\"tenant_discovery_endpoint\":\"https://" + hostPort + "/" + tenantSegment
                + "/v2.0/.well-known/openid-configuration\",\"api-version\":\"1.1\",\"metadata\":[{"
                + "\"preferred_network\":\"" + host + "\",\"preferred_cache\":\"" + hostPort + "\","
                + "\"aliases\":[\"" + hostPort + "\",\"" + host + "\"]}]}";
        return new EntraAuthority(url, hostPort, false, discovery);
    }

    /** Sets the authority and its discovery rules on an msal4j application builder. */
    <B extends AbstractClientApplicationBase.Builder<B>> B applyTo(B builder) {
        try {
            builder.authority(url).instanceDiscovery(instanceDiscovery);
        } catch (MalformedURLException e) {
            throw new SessionException("The authority " + url + " is not a valid URL.");
        }
        if (discoveryResponse != null) {
            builder.aadInstanceDiscoveryResponse(discoveryResponse);
        }
        return builder;
    }
}
