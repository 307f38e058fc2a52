package dev.entrals.execution;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.entrals.graph.GraphRequest;
import dev.entrals.session.CancellationSignal;

/**
 * Sends {@link McpGrants}' orchestration once confirmed, as the functions the module's code defines do it: the
 * resource's and the client's service principals (Grant creates one when the read finds none), the client's grant on
 * the resource, then a POST, a PATCH, a DELETE or nothing, chosen by the scope words. The module's throws stop the run
 * as a fault that says what was changed; its warnings are the run's notes. The result is the grant the module returns.
 */
final class McpGrantRun {

    private static final String GRANT = "Grant-EntraBetaMCPServerPermission.ps1";
    private static final String REVOKE = "Revoke-EntraBetaMCPServerPermission.ps1";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static final List<String> REST = List.of("the rest of the run");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'");

    private final GraphClient client;
    private final CancellationSignal cancel;
    /** The writes sent and done, as {@code METHOD URL}. */
    private final List<String> done = new ArrayList<>();

    McpGrantRun(GraphClient client, CancellationSignal cancel) {
        this.client = client;
        this.cancel = cancel;
    }

    /** The grant the module returns (none: empty); {@code notes} hears of its warnings. */
    List<Map<String, Object>> run(McpGrants.Work w, List<String> notes) {
        JsonNode resource = servicePrincipal(w, w.resource(), McpGrants.RESOURCE, null); // Grant :179, Revoke :124
        List<String> available = w.grant() ? available(resource) : List.of();           // Grant :182-186
        JsonNode clientSp = servicePrincipal(w, w.client(), w.name(), resource);        // Grant :194, Revoke :137
        String name = AppRoleUsers.field(clientSp, "displayName");                       // Grant :195, Revoke :138
        JsonNode grant = w.grant() ? grant(w, resource, clientSp, available)
                : revoke(w, AppRoleUsers.field(resource, "id"), AppRoleUsers.field(clientSp, "id"), name, notes);
        return grant == null ? List.of() : List.of(GraphClient.Json.MAPPER.convertValue(grant, MAP));
    }

    /**
     * {@code Get-ServicePrincipal}: the first object of the read; Grant creates one when there is none (:59-61), Revoke
     * stops (:46-47, the client's wrapped at :141-142). {@code resource} is null for the resource's own.
     */
    private JsonNode servicePrincipal(McpGrants.Work w, String appId, String name, JsonNode resource) {
        JsonNode sp;
        try {
            sp = AppRoleUsers.first(send(McpGrants.findServicePrincipal(w, appId)));
            if (sp == null && w.grant()) {
                sp = send(McpGrants.newServicePrincipal(w, appId));
            }
        } catch (GraphFault f) { // Grant :198-199 wraps a failure of the client's in its own message
            throw resource == null || !w.grant() ? f : f.withHint("The module stops with \"Could not get service"
                    + " principal for " + name + " (App ID: " + appId + "): …\" (" + GRANT + ":199).");
        }
        if (sp == null) {
            String why = "Service principal for " + name + " not found. App ID: " + appId;
            throw stop(resource == null ? why : "Could not get service principal for " + name + " (App ID: " + appId
                    + "): " + why, REVOKE + (resource == null ? ":47" : ":142"));
        }
        return sp;
    }

    /** Grant :182-186: the resource's enabled scopes, sorted, each once; the module stops when there is none. */
    private List<String> available(JsonNode resource) {
        List<String> enabled = new ArrayList<>();
        JsonNode published = resource.get("publishedPermissionScopes");
        for (JsonNode s : published == null ? List.<JsonNode>of() : published) {
            if (s.path("isEnabled").asBoolean(false) && AppRoleUsers.field(s, "value") != null) {
                enabled.add(AppRoleUsers.field(s, "value"));
            }
        }
        if (enabled.isEmpty()) {
            throw stop("Resource app exposes no enabled delegated (user) scopes.", GRANT + ":184");
        }
        return McpGrants.sorted(enabled);
    }

    /** Grant :204-225 and Set-ExactScopes (:87-139), its -Additive set whatever the code passes (:225, :84). */
    private JsonNode grant(McpGrants.Work w, JsonNode resource, JsonNode clientSp, List<String> available) {
        List<String> target = available;
        if (w.scopes() != null) { // :205-212
            List<String> invalid = w.scopes().stream().filter(s -> !McpGrants.in(s, available)).toList();
            if (!invalid.isEmpty()) {
                throw stop("Invalid scopes (not available on resource): " + String.join(", ", invalid), GRANT + ":210");
            }
            target = McpGrants.sorted(w.scopes());
        }
        String clientId = AppRoleUsers.field(clientSp, "id");
        String resourceId = AppRoleUsers.field(resource, "id");
        JsonNode grant = AppRoleUsers.first(send(McpGrants.findGrant(w, clientId, resourceId)));
        if (grant == null) { // :100-111
            String expiry = OffsetDateTime.now(ZoneOffset.UTC).plusYears(1).format(ISO);
            return send(McpGrants.newGrant(w, clientId, resourceId, String.join(" ", target), expiry));
        }
        List<String> current = McpGrants.words(AppRoleUsers.field(grant, "scope"));
        List<String> merged = McpGrants.sorted(Stream.concat(current.stream(), target.stream()).toList());
        if (String.join(" ", McpGrants.sorted(current)).equals(String.join(" ", merged))) { // :121 -ceq
            return grant;
        }
        send(McpGrants.patchGrant(w, AppRoleUsers.field(grant, "id"), String.join(" ", merged)));
        return AppRoleUsers.first(send(McpGrants.findGrant(w, clientId, resourceId))); // :139
    }

    /** Revoke :146-209 and Update-GrantScopes (:65-88). */
    private JsonNode revoke(McpGrants.Work w, String resourceId, String clientId, String name, List<String> notes) {
        JsonNode grant = AppRoleUsers.first(send(McpGrants.findGrant(w, clientId, resourceId)));
        if (grant == null) {
            notes.add("Warning: No existing permission grant found for " + name + "."); // :150
            return null;
        }
        List<String> current = McpGrants.sorted(McpGrants.words(AppRoleUsers.field(grant, "scope")));
        if (current.isEmpty()) {
            notes.add("Warning: No scopes currently granted to " + name + "."); // :162
            return grant;
        }
        List<String> remaining = List.of();
        if (w.scopes() != null) { // :167-182
            List<String> revoked = McpGrants.sorted(w.scopes());
            List<String> invalid = revoked.stream().filter(s -> !McpGrants.in(s, current)).toList();
            if (!invalid.isEmpty()) {
                notes.add("Warning: The following scopes are not currently granted: " + String.join(", ", invalid));
            }
            List<String> valid = revoked.stream().filter(s -> McpGrants.in(s, current)).toList();
            if (valid.isEmpty()) {
                notes.add("Warning: No valid scopes to revoke."); // :178
                return grant;
            }
            remaining = current.stream().filter(s -> !McpGrants.in(s, valid)).toList();
        }
        JsonNode again = AppRoleUsers.first(send(McpGrants.findGrant(w, clientId, resourceId))); // :65
        if (again == null) {
            return null; // :67-70
        }
        String id = AppRoleUsers.field(again, "id");
        if (remaining.isEmpty()) { // :72-75, then :193-195 returns nothing
            send(McpGrants.deleteGrant(w, id));
            return null;
        }
        String target = String.join(" ", McpGrants.sorted(remaining));
        String scope = AppRoleUsers.field(again, "scope");
        if ((scope == null ? "" : scope).equals(target)) { // :80-84 -ceq
            return again;
        }
        send(McpGrants.patchGrant(w, id, target));
        return AppRoleUsers.first(send(McpGrants.findGrant(w, clientId, resourceId))); // :88
    }

    /** A stop of the module's code ({@code throw}, {@code Write-Error -ErrorAction Stop}) as the run's fault. */
    private GraphFault stop(String message, String where) {
        GraphFault f = GraphFault.of(GraphFault.Kind.NOT_FOUND, message, null)
                .withHint("The module stops here (" + where + ").");
        return done.isEmpty() ? f.withHint("Nothing was changed.") : PlanRunner.partly(f, done, REST);
    }

    /** Sends one request; a write done is remembered, a fault after one says what was changed. */
    private JsonNode send(GraphRequest r) {
        JsonNode body;
        try {
            body = client.send(r, cancel).body();
        } catch (GraphFault f) {
            throw done.isEmpty() ? f.withHint("Nothing was changed.") : PlanRunner.partly(f, done, REST);
        }
        if (r.write()) {
            done.add(client.line(r));
        }
        return body == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : body;
    }

    /** The writes sent and done, as {@code METHOD URL}. */
    List<String> done() {
        return List.copyOf(done);
    }
}
