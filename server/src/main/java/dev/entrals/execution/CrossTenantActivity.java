package dev.entrals.execution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import dev.entrals.graph.GraphRequest;
import dev.entrals.session.CancellationSignal;

/**
 * {@code Get-EntraBetaCrossTenantAccessActivity}, a report the Beta module computes from sign-in events: its requests
 * come from a function it defines inside itself, called from eight places with filters built in branches on
 * {@code -AccessDirection} and {@code -ExternalTenantId}, and it groups, counts and resolves tenants locally. No reading
 * of the request table follows that, so it is answered here, as the module's code answers it (Reports/
 * Get-EntraBetaCrossTenantAccessActivity.ps1): every page of {@code GET /beta/auditLogs/signIns?$filter=…} per
 * direction, the sign-ins grouped by the external tenant's id ({@code Group-Object}, groups by name as PowerShell 7
 * sorts them), then one object per sign-in, or with {@code -SummaryStats} one per tenant; {@code -ResolveTenantId}
 * asks Graph for each tenant's name and default domain. The departures are in {@link #departures}.
 */
final class CrossTenantActivity {

    /** The cmdlet, as both the help index and the module name it. */
    static final String COMMAND = "Get-EntraBetaCrossTenantAccessActivity";

    private static final String SIGN_INS = "/beta/auditLogs/signIns";

    /** One query of sign-ins: its filter, the property its groups are keyed by, the direction it reads. */
    record Query(String filter, String groupBy, String direction) {

        /** The request: every page of the sign-ins this filter selects. */
        GraphRequest request() {
            return new GraphRequest("GET", SIGN_INS + "?$filter=" + query(filter), Map.of(), null);
        }
    }

    /** One group of sign-ins: the external tenant's id, the direction it was read for, its sign-ins. */
    private record Group(String tenant, String direction, List<JsonNode> signIns) {
    }

    private CrossTenantActivity() {
    }

    static boolean answers(String command) {
        return COMMAND.equalsIgnoreCase(command);
    }

    /**
     * The queries the call sends, in order (outbound before inbound when no direction is given, :131-:154); a
     * {@link LocalAnswers.Failure} when {@code -ExternalTenantId} is the signed-in tenant (:35-:36).
     */
    static List<Query> queries(Map<String, Object> arguments, String currentTenant) {
        String external = text(arguments.get("ExternalTenantId"));
        if (external != null && external.equalsIgnoreCase(currentTenant)) {
            throw new LocalAnswers.Failure("Supplied external tenant ID (" + external
                    + ") cannot match connected tenant ID (" + currentTenant + ")");
        }
        String direction = text(arguments.get("AccessDirection"));
        String base = "CrossTenantAccessType ne 'none' and ";
        Query outbound = new Query(base + "ResourceTenantId " + (external == null ? "ne '" + currentTenant
                : "eq '" + external) + "'", "ResourceTenantId", "Outbound");
        Query inbound = new Query(base + "HomeTenantId " + (external == null ? "ne '" + currentTenant
                : "eq '" + external) + "' and TokenIssuerType eq 'AzureAD'", "HomeTenantId", "Inbound");
        if ("Outbound".equalsIgnoreCase(direction)) {
            return List.of(outbound);
        }
        if ("Inbound".equalsIgnoreCase(direction)) {
            return List.of(inbound);
        }
        return List.of(outbound, inbound);
    }

    /** Whether the call resolves each tenant's name ({@code -ResolveTenantId}). */
    static boolean resolves(Map<String, Object> arguments) {
        return on(arguments, "ResolveTenantId");
    }

    /** What the run says of its departures from the module's code, for this call. */
    static List<String> departures(Map<String, Object> arguments) {
        List<String> notes = new ArrayList<>();
        boolean external = text(arguments.get("ExternalTenantId")) != null;
        String direction = text(arguments.get("AccessDirection"));
        if (external && !"Outbound".equalsIgnoreCase(direction)) {
            notes.add("The module's filter compares the tenant with -ExternalTenantId by 'ne' (:112, :134, :138);"
                    + " the run sends 'eq', the sign-ins of that tenant its help and messages describe.");
        }
        if ("Outbound".equalsIgnoreCase(direction)) {
            notes.add("The module does not group outbound sign-ins by ResourceTenantId (:92, :98) and so outputs no"
                    + " event for them; the run groups them as it does for both directions (:134, :149).");
        }
        if (on(arguments, "ResolveTenantId")) {
            notes.add("A tenant's region scope comes from its OpenID metadata outside Microsoft Graph"
                    + " (Resolve-EntraBetaTenant's Invoke-RestMethod), which the run does not read: NotFound.");
        }
        return notes;
    }

    /** The tenant lookup {@code -ResolveTenantId} sends per group (Resolve-EntraBetaTenant's request). */
    static GraphRequest resolve(String tenant) {
        return new GraphRequest("GET", RESOLVE.replace("<tenant>", query(tenant)), Map.of(), null);
    }

    /** Resolve-EntraBetaTenant's request (:102 of its file), {@code <tenant>} standing for each tenant's id. */
    static final String RESOLVE = "/beta/tenantRelationships/findTenantInformationByTenantId(tenantId='<tenant>')";

    /**
     * The report: every page of each query's sign-ins, grouped and shaped as the module's code shapes them. A Graph
     * fault is thrown as it is (the module swallows it and warns that nothing was found, :80-:81).
     */
    static LocalAnswers.Answer answer(Map<String, Object> arguments, String currentTenant, GraphClient client,
                                      PageListener pages, CancellationSignal cancel) {
        List<Group> groups = new ArrayList<>();
        long[] seen = {0};
        int[] page = {0};
        for (Query q : queries(arguments, currentTenant)) {
            GraphRequest r = q.request();
            JsonNode body = client.send(r, cancel).body();
            List<JsonNode> signIns = new ArrayList<>();
            while (true) {
                if (body == null || !(body.get("value") instanceof com.fasterxml.jackson.databind.node.ArrayNode v)) {
                    throw GraphFault.of(GraphFault.Kind.MALFORMED, "The sign-ins reply has no 'value' array.",
                            client.line(r));
                }
                v.forEach(signIns::add);
                seen[0] += v.size();
                pages.page(++page[0], seen[0], null);
                JsonNode next = body.get("@odata.nextLink");
                if (next == null || !next.isTextual()) {
                    break;
                }
                body = AllPages.next(client, next.asText(), r, cancel);
            }
            groups.addAll(grouped(signIns, q));
        }
        List<String> notes = new ArrayList<>(departures(arguments));
        if (groups.isEmpty()) {
            notes.add("No sign-ins matching the selected criteria found."); // the module's warning, :313
            return new LocalAnswers.Answer(List.of(), false, null, notes);
        }
        boolean resolve = on(arguments, "ResolveTenantId");
        boolean summary = on(arguments, "SummaryStats");
        List<Map<String, Object>> out = new ArrayList<>();
        for (Group g : groups) {
            Map<String, Object> tenant = new LinkedHashMap<>();
            tenant.put("ExternalTenantId", g.tenant());
            if (resolve) {
                tenant.putAll(resolved(g.tenant(), client, cancel, summary));
            }
            String direction = text(arguments.get("AccessDirection")) != null ? g.direction() : direction(g);
            tenant.put("AccessDirection", direction);
            if (summary) {
                out.add(summary(tenant, g));
            } else {
                g.signIns().forEach(s -> out.add(event(tenant, s)));
            }
        }
        if (summary) {
            // :319-:325: by tenant id without a direction, else by the count of sign-ins, most first
            out.sort(text(arguments.get("AccessDirection")) == null
                    ? Comparator.comparing(o -> String.valueOf(o.get("ExternalTenantId")), String.CASE_INSENSITIVE_ORDER)
                    : Comparator.comparing(o -> -((Number) o.get("SignIns")).longValue()));
        }
        // the events as the module's help shows them (a list: 15 or 18 properties); the summary as a table of them all
        return new LocalAnswers.Answer(out, false, summary ? null : ResultFormatter.list(out), notes);
    }

    /** The columns of the report's table: every property of a summary (its help's example shows them so). */
    static List<String> columns(List<Map<String, Object>> objects) {
        return objects.isEmpty() ? List.of() : List.copyOf(objects.get(0).keySet());
    }

    /** {@code Group-Object} on the query's property: groups in the order of their names (PowerShell 7), any case. */
    private static List<Group> grouped(List<JsonNode> signIns, Query q) {
        Map<String, List<JsonNode>> by = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (JsonNode s : signIns) {
            String key = field(s, q.groupBy()).asText("");
            by.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        List<Group> out = new ArrayList<>();
        by.forEach((k, v) -> out.add(new Group(k, q.direction(), v)));
        return out;
    }

    /** Without {@code -AccessDirection}: Inbound when the group is keyed by the home tenant, else Outbound (:167-:174). */
    private static String direction(Group g) {
        JsonNode first = g.signIns().get(0);
        if (g.tenant().equalsIgnoreCase(field(first, "HomeTenantId").asText(""))) {
            return "Inbound";
        }
        return g.tenant().equalsIgnoreCase(field(first, "ResourceTenantId").asText("")) ? "Outbound" : null;
    }

    /** The tenant's name and default domain from Graph, as Resolve-EntraBetaTenant gives them (:156-:178). */
    private static Map<String, Object> resolved(String tenant, GraphClient client, CancellationSignal cancel,
                                                boolean summary) {
        String name;
        String domain;
        try {
            JsonNode t = client.send(resolve(tenant), cancel).body();
            name = t == null ? null : field(t, "displayName").asText(null);
            domain = t == null ? null : field(t, "defaultDomainName").asText(null);
        } catch (GraphFault f) {
            if (f.kind() == GraphFault.Kind.CANCELLED || f.kind() == GraphFault.Kind.NOT_CONNECTED) {
                throw f;
            }
            name = "Error"; // the module's Result when the lookup fails, shown in place of both (:163-:164)
            domain = "Error";
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ExternalTenantName", name);
        if (!summary) {
            m.put("ExternalDefaultDomain", domain);
        }
        m.put("ExternalTenantRegionScope", "NotFound");
        return m;
    }

    private static Map<String, Object> summary(Map<String, Object> tenant, Group g) {
        Map<String, Object> o = new LinkedHashMap<>(tenant);
        long success = 0;
        long failed = 0;
        for (JsonNode s : g.signIns()) {
            JsonNode status = field(s, "Status");
            if (status.isObject()) { // member enumeration skips a missing status (:206-:207)
                if (field(status, "ErrorCode").isNumber() && field(status, "ErrorCode").asLong() == 0) {
                    success++;
                } else {
                    failed++;
                }
            }
        }
        o.put("SignIns", (long) g.signIns().size());
        o.put("SuccessSignIns", success);
        o.put("FailedSignIns", failed);
        o.put("UniqueUsers", distinct(g, "UserId"));
        o.put("UniqueResources", distinct(g, "ResourceId"));
        return o;
    }

    private static long distinct(Group g, String property) {
        LinkedHashSet<String> values = new LinkedHashSet<>();
        g.signIns().forEach(s -> values.add(field(s, property).asText("")));
        return values.size();
    }

    private static final List<String> EVENT = List.of("UserDisplayName", "UserPrincipalName", "UserId", "UserType",
            "CrossTenantAccessType", "AppDisplayName", "AppId", "ResourceDisplayName", "ResourceId");

    /** One sign-in as the module shapes it (:237-:305). */
    private static Map<String, Object> event(Map<String, Object> tenant, JsonNode s) {
        Map<String, Object> o = new LinkedHashMap<>(tenant);
        for (String p : EVENT) {
            o.put(p, value(field(s, p)));
        }
        o.put("SignInId", value(field(s, "Id")));
        o.put("CreatedDateTime", value(field(s, "CreatedDateTime")));
        o.put("StatusCode", value(field(field(s, "Status"), "ErrorCode")));
        o.put("StatusReason", value(field(field(s, "Status"), "FailureReason")));
        return o;
    }

    private static Object value(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : GraphClient.Json.MAPPER.convertValue(n, Object.class);
    }

    /** A property of a reply's object in any case, as PowerShell reads one; missing when there is none. */
    private static JsonNode field(JsonNode o, String name) {
        if (o == null || !o.isObject()) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        for (var it = o.fields(); it.hasNext(); ) {
            var e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** A query value as Invoke-GraphRequest sends it: spaces and other breaking characters escaped, quotes kept. */
    private static String query(String s) {
        return GraphRequest.queryValue(s); // as the planner escapes a query value
    }

    /** An argument's text; null when not given or blank. */
    private static String text(Object v) {
        return v == null || String.valueOf(v).isBlank() ? null : String.valueOf(v);
    }

    /** A switch given and not {@code :$false}. */
    private static boolean on(Map<String, Object> arguments, String name) {
        Object v = arguments.get(name);
        return v != null && !Boolean.FALSE.equals(v);
    }
}
