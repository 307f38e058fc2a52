package dev.entrals.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.entrals.graph.GraphRequest;

/**
 * The requests of {@link AppRoleUsers}' orchestration, as the module's code writes them (file
 * Set-EntraBetaAppRoleToApplicationUser.ps1), with real values when sent and with placeholders ({@code <id of the
 * application>}) when shown before anything is sent; and the whole plan as the confirmation and {@code -WhatIf}
 * show it.
 */
final class AppRoleRequests {

    /** The user's {@code $select} (:85, its space before UserPrincipalName kept). */
    static final String USER_SELECT = "Id,CreationType,DisplayName,GivenName,Mail,MailNickName,MobilePhone,OtherMails,"
            + " UserPrincipalName,EmployeeId,JobTitle";
    static final String APP = "<id of the application>";
    static final String SP = "<id of the service principal>";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AppRoleRequests() {
    }

    /** :150-155 the application by its name. */
    static GraphRequest findApplication(String name) {
        return get("/beta/applications?$filter=" + filter("displayName", name));
    }

    /** :158-169 a new application. */
    static GraphRequest newApplication(String name, String audience) {
        ObjectNode b = JSON.objectNode().put("displayName", name).put("signInAudience", audience);
        b.putObject("web").putArray("RedirectUris").add("https://localhost");
        return write("POST", "/beta/applications", b);
    }

    /** :176-181, :211-216 a service principal for the application {@code appId}. */
    static GraphRequest newServicePrincipal(String appId, String name) {
        return write("POST", "/beta/servicePrincipals", JSON.objectNode().put("appId", appId).put("displayName", name));
    }

    /** :198-203 the application's service principal. */
    static GraphRequest findServicePrincipal(String appId) {
        return get("/beta/servicePrincipals?$filter=" + filter("appId", appId));
    }

    /** :322-325 the application, for its appRoles. */
    static GraphRequest application(String id) {
        return get("/beta/applications/" + segment(id));
    }

    /** :373-380 its appRoles with the new ones appended, and the module's tag. */
    static GraphRequest addRoles(String id, JsonNode existing, List<ObjectNode> added) {
        ObjectNode b = JSON.objectNode();
        ArrayNode roles = b.putArray("appRoles");
        if (existing != null && existing.isArray()) {
            existing.forEach(roles::add);
        } else if (existing != null) {
            roles.add(existing); // shown: the placeholder of its roles
        }
        added.forEach(roles::add);
        b.putArray("tags").add("WindowsAzureActiveDirectoryIntegratedApp");
        return write("PATCH", "/beta/applications/" + segment(id), b);
    }

    /** :82-87 the user by its user principal name. */
    static GraphRequest findUser(String upn) {
        return get("/beta/users?$filter=" + filter("userPrincipalName", upn) + "&$select="
                + GraphRequest.queryValue(USER_SELECT));
    }

    /** :90-108 a new user, disabled, asked to change its password at the next sign-in. */
    static GraphRequest newUser(AppRoleUsers.User u, String password) {
        ObjectNode b = JSON.objectNode().put("displayName", u.displayName());
        b.putObject("passwordProfile").put("ForceChangePasswordNextSignIn", true).put("Password", password);
        b.put("userPrincipalName", u.upn()).put("accountEnabled", false).put("mailNickName", u.mailNickname())
                .put("mail", u.upn());
        return write("POST", "/beta/users?$select=*", b);
    }

    /** :254-257 the service principal, for the role's id. */
    static GraphRequest servicePrincipal(String sp) {
        return get("/beta/servicePrincipals/" + segment(sp));
    }

    /** :260-263 the service principal's assignments. */
    static GraphRequest assignedTo(String sp) {
        return get("/beta/servicePrincipals/" + segment(sp) + "/appRoleAssignedTo");
    }

    /** :282-289 the assignment of the role to the user. */
    static GraphRequest assign(String sp, String appRoleId, String userId) {
        ObjectNode b = JSON.objectNode().put("appRoleId", appRoleId).put("principalId", userId).put("resourceId", sp);
        return write("POST", "/beta/servicePrincipals/" + segment(sp) + "/appRoleAssignments", b);
    }

    /** Every request the run may send, in order, each with when it is sent, as the confirmation shows them. */
    static List<String> shown(AppRoleUsers.Work w, String endpoint) {
        List<String> out = new ArrayList<>();
        String appId = "<appId of the application found>";
        show(out, endpoint, findApplication(w.application()), "");
        show(out, endpoint, newApplication(w.application(), w.audience()), "only if that GET returned none");
        show(out, endpoint, newServicePrincipal("<appId from POST /beta/applications>", w.application()),
                "only after that POST");
        show(out, endpoint, findServicePrincipal(appId), "only if the application was found");
        show(out, endpoint, newServicePrincipal(appId, w.application()), "only if that GET returned none");
        if (!w.roles().isEmpty()) { // :452
            show(out, endpoint, application(APP), "");
            List<ObjectNode> added = new ArrayList<>();
            w.roles().forEach((role, type) -> added.add(AppRoleUsers.role(role, type, "<a new GUID>")));
            show(out, endpoint, addRoles(APP, JSON.textNode("<its appRoles>"), added), "only with the roles its"
                    + " appRoles lack, if any: " + String.join(", ", w.roles().keySet()));
        }
        for (AppRoleUsers.User u : w.users()) {
            String user = "<id of the user " + u.upn() + ">";
            out.add("# line " + u.line() + " of " + w.file().getFileName() + ": " + u.upn() + ", role " + u.role());
            show(out, endpoint, findUser(u.upn()), "");
            show(out, endpoint, newUser(u, "<a new random password>"), "only if that GET returned none");
            show(out, endpoint, servicePrincipal(SP), "");
            show(out, endpoint, assignedTo(SP), "");
            show(out, endpoint, assign(SP, "<id of the appRole '" + u.role() + "' of the service principal>", user),
                    "unless the user has that role");
        }
        if (w.export() != null) {
            out.add("(the results are written to the file " + w.export() + " once done)");
        }
        return out;
    }

    private static void show(List<String> out, String endpoint, GraphRequest r, String when) {
        out.add(r.method() + " " + endpoint + r.relativeUrl() + (when.isEmpty() ? "" : "   (" + when + ")"));
        if (r.body() != null) {
            out.add(ShownBody.of(r.body()));
        }
    }

    /** {@code prop eq 'value'} escaped for a query, a placeholder kept as it is. */
    private static String filter(String prop, String value) {
        return GraphRequest.queryValue(prop + " eq ") + (placeholder(value) ? "'" + value + "'"
                : GraphRequest.queryValue(AppRoleUsers.quoted(value)));
    }

    private static String segment(String value) {
        return placeholder(value) ? value : GraphRequest.segment(value);
    }

    private static boolean placeholder(String value) {
        return value.startsWith("<") && value.endsWith(">");
    }

    private static GraphRequest get(String url) {
        return new GraphRequest("GET", url, Map.of(), null);
    }

    private static GraphRequest write(String method, String url, JsonNode body) {
        return new GraphRequest(method, url, Map.of(), body.toString());
    }
}
