package dev.entrals.execution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.entrals.graph.GraphRequest;
import dev.entrals.graph.RequestEntry;

/**
 * {@code Grant-}/{@code Revoke-EntraBetaMcpServerPermission} (Microsoft.Entra.Beta, Applications/
 * Grant-EntraBetaMCPServerPermission.ps1 and Revoke-EntraBetaMCPServerPermission.ps1; section {@code mcp}): the table
 * refuses them with {@code via} {@value RequestEntry#DEFINED_FUNCTIONS} (their Graph SDK calls are in functions they
 * define, chosen from the replies) and carries the literals their code writes (the resource's app id, the predefined
 * clients, the {@code $filter} and {@code $select} of each read: {@code RequestEntry.values}); the engine carries out
 * the orchestration those functions write ({@link McpGrantRun}). This class reads the call against those values and
 * writes the requests, with placeholders when they are shown before anything is sent.
 */
final class McpGrants {

    private static final Pattern MARK = Pattern.compile("\\{(\\w+)}");

    /** The name the module gives the resource in its messages (Grant :179, Revoke :124). */
    static final String RESOURCE = "Microsoft MCP Server for Enterprise";
    /** The name the module gives a client given by -ApplicationId (Grant :167, Revoke :112). */
    static final String CUSTOM = "Custom MCP Client";

    /**
     * What a run does, read from the call and the table's values before anything is sent.
     *
     * @param grant       Grant (else Revoke)
     * @param version     {@code /beta} or {@code /v1.0}, as the SDK cmdlets the code calls
     * @param resource    the resource's app id ({@code $resourceAppId})
     * @param client      the client's app id (the predefined client's, or -ApplicationId in lower case)
     * @param name        the client's name until its service principal gives its display name
     * @param scopes      -Scopes as given, or null
     * @param spFilter    the service principal read's {@code $filter}, {@code {appId}} standing for the app id
     * @param spSelect    its {@code $select}, or null
     * @param grantFilter the grant read's {@code $filter} ({@code {ClientSpId}}, {@code {ResourceSpId}})
     * @param grantSelect its {@code $select}, or null
     */
    record Work(boolean grant, String version, String resource, String client, String name, List<String> scopes,
                String spFilter, String spSelect, String grantFilter, String grantSelect) {
    }

    /** A call the module refuses before it sends anything (PowerShell's binding), with its message. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private McpGrants() {
    }

    /** Whether a cmdlet whose entry names {@code via} and carries {@code values} is answered here. */
    static boolean answers(String command, Optional<String> via, Map<String, Object> values) {
        return command != null && command.matches("(?i)(Grant|Revoke)-\\w+") && via.filter(
                RequestEntry.DEFINED_FUNCTIONS::equals).isPresent() && values.get("$resourceAppId") instanceof String
                && values.get("$PredefinedApps") instanceof Map && key(values, "ServicePrincipal -Filter") != null
                && key(values, "Oauth2PermissionGrant -Filter") != null;
    }

    /** Reads the call; {@link Refused} when PowerShell would not bind its arguments. */
    static Work work(String command, Map<String, Object> arguments, Map<String, Object> values) {
        boolean grant = command.regionMatches(true, 0, "Grant-", 0, 6);
        String sp = key(values, "ServicePrincipal -Filter");
        String version = sp.contains("-MgBeta") ? "/beta" : "/v1.0";
        String client;
        String name;
        Object app = arguments.get("ApplicationName");
        if (app != null) { // :150-157 $PredefinedApps[$PredefinedAppName]; [ValidateSet] refuses other names first
            Map<?, ?> apps = (Map<?, ?>) values.get("$PredefinedApps");
            Map<?, ?> found = apps.entrySet().stream().filter(e -> String.valueOf(e.getKey()).equalsIgnoreCase(
                    String.valueOf(app))).map(e -> (Map<?, ?>) e.getValue()).findFirst().orElseThrow(() -> new Refused(
                    "Cannot validate argument on parameter 'ApplicationName'. The argument \"" + app + "\" does not"
                    + " belong to the set \"" + String.join(",", apps.keySet().stream().map(String::valueOf).toList())
                    + "\" specified by the ValidateSet attribute. Supply an argument that is in the set and then try"
                    + " the command again."));
            client = String.valueOf(found.get("AppId"));
            name = String.valueOf(found.get("Name"));
        } else { // :165-170 the [guid] -ApplicationId, written as PowerShell writes a Guid
            client = guid(String.valueOf(arguments.get("ApplicationId")));
            name = CUSTOM;
        }
        Object s = arguments.get("Scopes");
        List<String> scopes = s == null ? null : s instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(s));
        return new Work(grant, version, (String) values.get("$resourceAppId"), client, name, scopes, values.get(sp)
                .toString(), text(values, key(values, "ServicePrincipal -Property")), text(values, key(values,
                "Oauth2PermissionGrant -Filter")), text(values, key(values, "Oauth2PermissionGrant -Property")));
    }

    /** The service principal of {@code appId} ({@code Get-MgBetaServicePrincipal -Filter … [-Property …]}). */
    static GraphRequest findServicePrincipal(Work w, String appId) {
        return get(w.version() + "/servicePrincipals?$filter=" + filled(w.spFilter(), Map.of("appId", appId))
                + (w.spSelect() == null ? "" : "&$select=" + GraphRequest.queryValue(w.spSelect())));
    }

    /** A service principal for {@code appId} ({@code New-MgBetaServicePrincipal -AppId}, Grant :61). */
    static GraphRequest newServicePrincipal(Work w, String appId) {
        return write("POST", w.version() + "/servicePrincipals", "{\"appId\":" + json(appId) + "}");
    }

    /** The client's grant on the resource for all principals ({@code Get-Grant}: Grant :72-76, Revoke :57-61). */
    static GraphRequest findGrant(Work w, String clientSp, String resourceSp) {
        String filter = filled(w.grantFilter(), Map.of("ClientSpId", clientSp, "ResourceSpId", resourceSp));
        return get(w.version() + "/oauth2PermissionGrants?$filter=" + filter
                + (w.grantSelect() == null ? "" : "&$select=" + GraphRequest.queryValue(w.grantSelect())));
    }

    /** A new grant (Grant :104-111): the scopes joined by a space, expiring a year from now. */
    static GraphRequest newGrant(Work w, String clientSp, String resourceSp, String scope, String expiry) {
        return write("POST", w.version() + "/oauth2PermissionGrants", "{\"clientId\":" + json(clientSp)
                + ",\"resourceId\":" + json(resourceSp) + ",\"consentType\":\"AllPrincipals\",\"scope\":" + json(scope)
                + ",\"expiryTime\":" + json(expiry) + "}");
    }

    /** The grant's scopes replaced (Grant :138, Revoke :87). */
    static GraphRequest patchGrant(Work w, String id, String scope) {
        return write("PATCH", w.version() + "/oauth2PermissionGrants/" + segment(id), "{\"scope\":" + json(scope) + "}");
    }

    /** The grant removed (Revoke :74). */
    static GraphRequest deleteGrant(Work w, String id) {
        return new GraphRequest("DELETE", w.version() + "/oauth2PermissionGrants/" + segment(id), Map.of(), null);
    }

    /** Where a run departs from the module's code, or reproduces a departure of its own; notes of every run. */
    static List<String> departures(Work w) {
        List<String> out = new ArrayList<>();
        if (w.grant()) {
            out.add("Every grant is added to: the module passes -Additive $additiveMode to its Set-ExactScopes, whose"
                    + " -Additive is a [switch] (Grant-EntraBetaMCPServerPermission.ps1:225, :84), so it is set whatever"
                    + " $additiveMode holds; the scopes a grant has are kept, as the module keeps them.");
            if (w.scopes() != null) {
                out.add("-Scopes is checked against the resource's scopes after the client's service principal is"
                        + " read, and created when there is none (:194, :207-210), as in the module: a scope refused"
                        + " there can leave that service principal created.");
            }
        }
        out.add("A read's Graph error stops the run (the module's reads pass -ErrorAction SilentlyContinue: a failing"
                + " read counts as none found" + (w.grant() ? ", and it goes on to create" : "") + ").");
        out.add("Scopes are sorted ignoring case in ordinal order (the module's Sort-Object -Unique compares by the"
                + " culture's rules); its Write-Host and Write-Verbose lines are not shown.");
        return out;
    }

    /** Every request the run may send, in order, each with when it is sent, as the confirmation shows them. */
    static List<String> shown(Work w, String endpoint) {
        List<String> out = new ArrayList<>();
        String resourceSp = "<id of the resource's service principal>";
        String clientSp = "<id of the client's service principal>";
        String grant = "<id of the grant>";
        show(out, endpoint, findServicePrincipal(w, w.resource()), w.grant() ? "" : "stops unless it returns one");
        if (w.grant()) {
            show(out, endpoint, newServicePrincipal(w, w.resource()), "only if that GET returned none");
        }
        show(out, endpoint, findServicePrincipal(w, w.client()), w.grant() ? "" : "stops unless it returns one");
        if (w.grant()) {
            show(out, endpoint, newServicePrincipal(w, w.client()), "only if that GET returned none");
        }
        show(out, endpoint, findGrant(w, clientSp, resourceSp), w.grant() ? "" : "ends with a warning unless it"
                + " returns a grant holding " + (w.scopes() == null ? "scopes" : "some of -Scopes"));
        if (w.grant()) {
            String scopes = w.scopes() == null ? "<the resource's enabled scopes>" : String.join(" ", sorted(w.scopes()));
            show(out, endpoint, newGrant(w, clientSp, resourceSp, scopes, "<now + 1 year>"), "only if that GET returned"
                    + " none");
            show(out, endpoint, patchGrant(w, grant, "<its scopes and " + (w.scopes() == null ? "the resource's"
                    + " enabled scopes" : "-Scopes") + ", sorted>"), "only if the grant lacks some of them");
        } else {
            show(out, endpoint, findGrant(w, clientSp, resourceSp), "again, before the write");
            if (w.scopes() != null) {
                show(out, endpoint, patchGrant(w, grant, "<its scopes less -Scopes, sorted>"), "only if some remain");
            }
            show(out, endpoint, deleteGrant(w, grant), w.scopes() == null ? "" : "only if none remain");
        }
        show(out, endpoint, findGrant(w, clientSp, resourceSp), "again, only after a PATCH, for the result");
        return out;
    }

    /** {@code Sort-Object -Unique} on words: in order ignoring case, each word once (the first of its spellings). */
    static List<String> sorted(List<String> words) {
        List<String> out = new ArrayList<>();
        words.stream().filter(x -> x != null && !x.isEmpty()).sorted(String.CASE_INSENSITIVE_ORDER)
                .forEach(x -> {
                    if (out.stream().noneMatch(x::equalsIgnoreCase)) {
                        out.add(x);
                    }
                });
        return out;
    }

    /** {@code -in}: the word among {@code list}, ignoring case. */
    static boolean in(String word, List<String> list) {
        return list.stream().anyMatch(word::equalsIgnoreCase);
    }

    /** {@code $grant.Scope -split '\s+' | Where-Object { $_ }}. */
    static List<String> words(String scope) {
        return scope == null ? List.of() : List.of(scope.strip().isEmpty() ? new String[0]
                : scope.strip().split("\\s+"));
    }

    /** {@code [guid]}: the forms .NET parses (32 digits, with hyphens, in braces or parentheses), written lower-case. */
    private static String guid(String value) {
        String v = value.strip();
        boolean wrapped = v.length() > 2 && (v.startsWith("{") && v.endsWith("}")
                || v.startsWith("(") && v.endsWith(")"));
        String inner = wrapped ? v.substring(1, v.length() - 1) : v;
        boolean hyphens = inner.matches("(?i)[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
        if (!hyphens && (wrapped || !v.matches("(?i)[0-9a-f]{32}"))) {
            throw new Refused("Cannot process argument transformation on parameter 'ApplicationId'. Cannot convert"
                    + " value \"" + value + "\" to type \"System.Guid\". Error: \"Unrecognized Guid format.\"");
        }
        String h = inner.replace("-", "").toLowerCase(Locale.ROOT);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20)
                + "-" + h.substring(20);
    }

    /** The key ending in {@code suffix} (the SDK cmdlet's noun and parameter), or null. */
    private static String key(Map<String, Object> values, String suffix) {
        return values.keySet().stream().filter(k -> k.matches("(?i)Get-Mg(Beta)?" + Pattern.quote(suffix)))
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private static String text(Map<String, Object> values, String key) {
        return key == null || !(values.get(key) instanceof String s) ? null : s;
    }

    /**
     * The template with each {@code {name}} replaced by its value, escaped for a query; a placeholder ({@code <…>})
     * kept readable.
     */
    private static String filled(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        Matcher m = MARK.matcher(template);
        int from = 0;
        while (m.find()) {
            String v = values.getOrDefault(m.group(1), m.group());
            out.append(GraphRequest.queryValue(template.substring(from, m.start())))
                    .append(v.startsWith("<") ? v : GraphRequest.queryValue(v));
            from = m.end();
        }
        return out.append(GraphRequest.queryValue(template.substring(from))).toString();
    }

    private static String segment(String value) {
        return value.startsWith("<") ? value : GraphRequest.segment(value);
    }

    private static String json(String value) {
        return GraphClient.Json.MAPPER.getNodeFactory().textNode(value).toString();
    }

    private static void show(List<String> out, String endpoint, GraphRequest r, String when) {
        out.add(r.method() + " " + endpoint + r.relativeUrl() + (when.isEmpty() ? "" : "   (" + when + ")"));
        if (r.body() != null) {
            out.add(ShownBody.of(r.body()));
        }
    }

    private static GraphRequest get(String url) {
        return new GraphRequest("GET", url, Map.of(), null);
    }

    private static GraphRequest write(String method, String url, String body) {
        return new GraphRequest(method, url, Map.of(), body);
    }
}
