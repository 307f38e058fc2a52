package dev.entrals.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.entrals.graph.GraphRequest;
import dev.entrals.session.CancellationSignal;

/**
 * Sends {@link AppRoleUsers}' orchestration once confirmed, as the module's StartOrchestration (:406-556) does, and
 * gives one object per row assigned (the module's 15 properties, :520-536). A fault stops the run: what was sent and
 * done before it (changed) and the rows not reached are its hint.
 */
final class AppRoleRun {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final GraphClient client;
    private final CancellationSignal cancel;
    /** The writes sent and done, as {@code METHOD URL}. */
    private final List<String> done = new ArrayList<>();
    /** What is not sent when the run stops now. */
    private final List<String> left = new ArrayList<>();

    AppRoleRun(GraphClient client, CancellationSignal cancel) {
        this.client = client;
        this.cancel = cancel;
    }

    /** The objects of the rows assigned; {@code notes} hears of the rows skipped and of the export. */
    List<Map<String, Object>> run(AppRoleUsers.Work w, List<String> notes) {
        w.users().forEach(u -> left.add("the requests of line " + u.line() + " (" + u.upn() + ")"));
        JsonNode found = AppRoleUsers.first(send(AppRoleRequests.findApplication(w.application())));
        String status;
        String appObject;
        String appId;
        JsonNode sp;
        if (found == null) { // :157-195
            JsonNode app = send(AppRoleRequests.newApplication(w.application(), w.audience()));
            appObject = AppRoleUsers.field(app, "id");
            appId = AppRoleUsers.field(app, "appId");
            sp = send(AppRoleRequests.newServicePrincipal(appId, w.application()));
            status = "Created";
        } else { // :196-233
            appObject = AppRoleUsers.field(found, "id");
            appId = AppRoleUsers.field(found, "appId");
            sp = AppRoleUsers.first(send(AppRoleRequests.findServicePrincipal(appId)));
            if (sp == null) {
                sp = send(AppRoleRequests.newServicePrincipal(appId, w.application()));
            }
            status = "Exists";
        }
        String spId = AppRoleUsers.field(sp, "id");
        if (!w.roles().isEmpty()) {
            addRoles(w, appObject, notes);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (AppRoleUsers.User u : w.users()) {
            JsonNode user = AppRoleUsers.first(send(AppRoleRequests.findUser(u.upn())));
            left.set(0, "the rest of the requests of line " + u.line() + " (" + u.upn() + ")");
            String userStatus = "Exists";
            if (user == null) { // :90-121
                user = send(AppRoleRequests.newUser(u, password()));
                userStatus = "Created";
            }
            String userId = AppRoleUsers.field(user, "id");
            JsonNode roles = send(AppRoleRequests.servicePrincipal(spId)).get("appRoles");
            String roleId = null;
            for (JsonNode r : roles == null ? List.<JsonNode>of() : roles) {
                if (u.role().equalsIgnoreCase(AppRoleUsers.field(r, "displayName"))) {
                    roleId = AppRoleUsers.field(r, "id");
                    break;
                }
            }
            JsonNode assigned = null;
            JsonNode all = send(AppRoleRequests.assignedTo(spId)).get("value");
            for (JsonNode a : all == null ? List.<JsonNode>of() : all) {
                if (String.valueOf(roleId).equalsIgnoreCase(String.valueOf(AppRoleUsers.field(a, "appRoleId")))
                        && String.valueOf(userId).equalsIgnoreCase(AppRoleUsers.field(a, "principalId"))) {
                    assigned = a;
                    break;
                }
            }
            String assignment = "Exists";
            if (assigned == null) { // :282-289
                assigned = send(AppRoleRequests.assign(spId, roleId, userId));
                assignment = "Created";
            }
            left.remove(0);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("UserPrincipalName", u.upn());
            o.put("DisplayName", u.displayName());
            o.put("UserId", userId);
            o.put("Role", u.role());
            o.put("ApplicationName", w.application());
            o.put("ApplicationStatus", status);
            o.put("ServicePrincipalId", spId);
            o.put("UserCreationStatus", userStatus);
            o.put("RoleAssignmentStatus", assignment);
            o.put("AssignmentId", AppRoleUsers.field(assigned, "id"));
            o.put("AppRoleId", roleId);
            o.put("PrincipalType", u.memberType());
            o.put("RoleAssignmentCreatedDateTime", Instant.now().toString());
            o.put("ResourceId", spId);
            o.put("ProcessedTimestamp", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
            out.add(o);
        }
        if (w.export() != null && !out.isEmpty()) { // :541-551
            try {
                Files.writeString(w.export(), ResultFormatter.csv(out), StandardCharsets.UTF_8);
                notes.add("The results were written to " + w.export() + ".");
            } catch (IOException e) {
                notes.add("Failed to export results: " + e.getMessage()); // :548, the module's error
            }
        }
        return out;
    }

    /** :310-404 the roles the application lacks appended to its appRoles (compared by name, any case). */
    private void addRoles(AppRoleUsers.Work w, String appObject, List<String> notes) {
        JsonNode existing = send(AppRoleRequests.application(appObject)).get("appRoles");
        List<ObjectNode> added = new ArrayList<>();
        w.roles().forEach((role, type) -> {
            boolean there = false;
            for (JsonNode r : existing == null ? List.<JsonNode>of() : existing) {
                there |= role.equalsIgnoreCase(AppRoleUsers.field(r, "displayName"));
            }
            if (!there) {
                added.add(AppRoleUsers.role(role, type, UUID.randomUUID().toString()));
            }
        });
        if (added.isEmpty()) {
            notes.add("No new roles needed to be created."); // :397
            return;
        }
        send(AppRoleRequests.addRoles(appObject, existing, added));
    }

    /** Sends one request; a write done is remembered, a fault says what was changed and what was not sent. */
    private JsonNode send(GraphRequest r) {
        JsonNode body;
        try {
            body = client.send(r, cancel).body();
        } catch (GraphFault f) {
            List<String> rest = new ArrayList<>(left);
            throw done.isEmpty() ? f.withHint("Nothing was changed. Not sent: " + (rest.isEmpty() ? "none"
                    : String.join(", ", rest)) + ".") : PlanRunner.partly(f, done, rest);
        }
        if (r.write()) {
            done.add(client.line(r));
        }
        return body == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : body;
    }

    /** :93 sixteen characters of {@code (48..90) + (96..122)}, as the module's random password. */
    private static String password() {
        StringBuilder b = new StringBuilder();
        while (b.length() < 16) {
            int c = 48 + RANDOM.nextInt(75);
            if (c <= 90 || c >= 96) {
                b.append((char) c);
            }
        }
        return b.toString();
    }
}
