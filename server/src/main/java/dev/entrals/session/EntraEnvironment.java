package dev.entrals.session;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cloud to sign in to: its login (Azure AD) endpoint and Microsoft Graph endpoint, built in or added by the user
 * with {@code Add-EntraEnvironment}.
 */
public record EntraEnvironment(String name, String azureADEndpoint, String graphEndpoint, boolean builtIn) {

    /** The clouds Microsoft Graph PowerShell defines, with its endpoints. */
    public static final List<EntraEnvironment> BUILT_IN = List.of(
            new EntraEnvironment("Global", "https://login.microsoftonline.com", "https://graph.microsoft.com", true),
            new EntraEnvironment("China", "https://login.chinacloudapi.cn", "https://microsoftgraph.chinacloudapi.cn",
                    true),
            new EntraEnvironment("USGov", "https://login.microsoftonline.us", "https://graph.microsoft.us", true),
            new EntraEnvironment("USGovDoD", "https://login.microsoftonline.us", "https://dod-graph.microsoft.us",
                    true));

    /** The environment used when a request names none. */
    public static final String DEFAULT_NAME = "Global";

    public EntraEnvironment {
        azureADEndpoint = trimSlash(azureADEndpoint);
        graphEndpoint = trimSlash(graphEndpoint);
    }

    /** {@code Built-in} or {@code User-defined}, as {@code Get-EntraEnvironment} prints it. */
    public String type() {
        return builtIn ? "Built-in" : "User-defined";
    }

    /** The authority for a tenant: {@code {AzureADEndpoint}/{tenant or "common"}/}. */
    public String authority(String tenant) {
        return azureADEndpoint + "/" + (tenant == null || tenant.isBlank() ? "common" : tenant.strip()) + "/";
    }

    /** The app-only scope of Microsoft Graph in this cloud: {@code {GraphEndpoint}/.default}. */
    public String graphDefaultScope() {
        return graphEndpoint + "/.default";
    }

    /** The login host with its port when one is given ({@code host} or {@code host:port}). */
    public String loginAuthorityHost() {
        URI u = URI.create(azureADEndpoint);
        return u.getPort() == -1 ? u.getHost() : u.getHost() + ":" + u.getPort();
    }

    /** The environment as a JSON-ready map: Name, AzureADEndpoint, GraphEndpoint, Type. */
    public Map<String, Object> toOrderedMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Name", name);
        m.put("AzureADEndpoint", azureADEndpoint);
        m.put("GraphEndpoint", graphEndpoint);
        m.put("Type", type());
        return m;
    }

    /** The table {@code Get-EntraEnvironment} prints: a header, a dashed rule, one row per environment. */
    public static String formatTable(List<EntraEnvironment> environments) {
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(new String[] {"Name", "AzureADEndpoint", "GraphEndpoint", "Type"});
        rows.add(new String[] {"----", "---------------", "-------------", "----"});
        environments.forEach(e -> rows.add(new String[] {e.name(), e.azureADEndpoint(), e.graphEndpoint(), e.type()}));
        int[] width = new int[4];
        rows.forEach(r -> {
            for (int i = 0; i < 4; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                line.append(r[i]);
                if (i < 3) {
                    line.append(" ".repeat(width[i] - r[i].length() + 1));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String trimSlash(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        while (t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }
}
