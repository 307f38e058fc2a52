package dev.entrals.execution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import dev.entrals.graph.GraphRequest;
import dev.entrals.graph.RequestPlan;
import dev.entrals.graph.RequestPlanner;
import dev.entrals.script.Wildcards;

/**
 * The Graph SDK's {@code Find-MgGraphPermission}, answered here for a cmdlet whose request the table names it as
 * ({@link RequestPlanner#via}) and refuses (the SDK cmdlet sends no request of a documented path: it reads
 * Microsoft Graph's own service principal). As the SDK's {@code Permissions.ps1}: one GET of the service principal
 * whose appId is Microsoft Graph's, then, locally, its {@code oauth2PermissionScopes} as delegated permissions and
 * its {@code appRoles} as application permissions, each {Id, PermissionType, Consent, Name, Description}; kept when
 * {@code -All}, when the name equals {@code -SearchString} ({@code -ExactMatch}, any case), else when the name is
 * {@code -like "*SearchString*"}; {@code -PermissionType} Any, Delegated or Application; delegated first, then
 * application, each sorted by name; a table of Id, Consent, Name, Description grouped by PermissionType. The SDK
 * reads the arguments by the names the Entra module passes them under ({@code $params["SearchString"]}, …).
 */
final class PermissionSearch {

    /** The SDK cmdlet answered here. */
    static final String SDK_CMDLET = "Find-MgGraphPermission";

    /** Permissions.ps1 {@code $Permissions_msGraphApplicationId}: Microsoft Graph's application id. */
    private static final String GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";

    /** Permissions.ps1's request (the session's endpoint here; the SDK names the Global one). */
    static final String REQUEST = "/v1.0/servicePrincipals?$filter=appId%20eq%20'" + GRAPH_APP_ID + "'";

    /** The SDK's table view of {@code Microsoft.Graph.Custom.Permission}, grouped by {@link #TYPE}. */
    private static final List<String> COLUMNS = List.of("Id", "Consent", "Name", "Description");
    private static final String TYPE = "PermissionType";
    private static final List<String> TYPES = List.of("Any", "Delegated", "Application");

    /** Said in every run: the permissions are found here, from the one reply. */
    static final String ANSWERED = SDK_CMDLET + ", which the module calls, is answered here as the SDK answers it:"
            + " Microsoft Graph's service principal is read with one GET, its permissions are searched here.";

    /** Said without -Online (the SDK falls back to a copy it ships when it cannot reach Graph; not here). */
    static final String NOT_OFFLINE = "Without -Online the SDK also reads them from Graph first; it falls back to a"
            + " copy of the permissions it ships when it cannot reach Graph, which is not available here: a failure"
            + " is shown as the run's error.";

    private PermissionSearch() {
    }

    /** Whether {@code via}, the command a module's code calls for its request, is the SDK cmdlet answered here. */
    static boolean answers(String via) {
        return SDK_CMDLET.equalsIgnoreCase(via);
    }

    /** The one GET as a read plan, or why the arguments cannot be sent (as PowerShell's binding refuses them). */
    static RequestPlanner.Result plan(String command, String parameterSet, Map<String, Object> arguments) {
        Object type = arguments.get(TYPE);
        if (type != null && TYPES.stream().noneMatch(t -> t.equalsIgnoreCase(String.valueOf(type)))) {
            return new RequestPlanner.Unsupported("Cannot validate argument on parameter '" + TYPE + "'. The argument"
                    + " \"" + type + "\" does not belong to the set \"" + String.join(",", TYPES) + "\" specified by"
                    + " the ValidateSet attribute.");
        }
        if (!on(arguments, "All") && arguments.get("SearchString") == null) {
            return new RequestPlanner.Unsupported(command + " needs -SearchString (or -All).");
        }
        List<String> notes = new ArrayList<>(List.of(ANSWERED));
        if (!on(arguments, "Online")) {
            notes.add(NOT_OFFLINE);
        }
        return new RequestPlanner.Planned(new RequestPlan(command, parameterSet,
                List.of(new GraphRequest("GET", REQUEST, Map.of(), null)), RequestPlan.Paging.SINGLE, COLUMNS, notes));
    }

    /**
     * The permissions found in {@code reply} (the service principal collection), as the run's result: every one
     * handed to {@code each} (null: none), at most {@code keep} kept; the table grouped by type for the default and
     * table views. The SDK's error when {@code -ExactMatch} finds none goes to {@code notes}, as it writes it and
     * ends (a non-terminating error).
     */
    static PlanRunner.Collected answer(PlanRunner.Collected reply, Map<String, Object> arguments, RunInput in,
                                       Consumer<Map<String, Object>> each, List<String> notes) {
        List<Map<String, Object>> found = found(reply.objects(), arguments);
        if (found.isEmpty() && on(arguments, "ExactMatch")) {
            notes.add("No results were found that exactly matched the specified permission '"
                    + arguments.get("SearchString") + "'");
        }
        if (each != null) {
            found.forEach(each);
        }
        String text = in.format() == ResultFormat.AUTO || in.format() == ResultFormat.TABLE ? grouped(found) : null;
        return new PlanRunner.Collected(found.subList(0, Math.min(found.size(), in.keep())), found.size(), false,
                List.of(), text, List.of());
    }

    /** The permissions of the service principals, filtered, in the SDK's order. */
    static List<Map<String, Object>> found(List<Map<String, Object>> principals, Map<String, Object> arguments) {
        String type = arguments.get(TYPE) == null ? "Any" : String.valueOf(arguments.get(TYPE));
        List<Map<String, Object>> out = new ArrayList<>();
        for (String kind : List.of("Delegated", "Application")) {
            if (!type.equalsIgnoreCase("Any") && !type.equalsIgnoreCase(kind)) {
                continue;
            }
            List<Map<String, Object>> group = new ArrayList<>();
            for (Map<String, Object> p : principals) {
                for (Object item : list(p.get(kind.equals("Delegated") ? "oauth2PermissionScopes" : "appRoles"))) {
                    if (item instanceof Map<?, ?> m) {
                        Map<String, Object> permission = kind.equals("Delegated") ? delegated(m) : application(m);
                        if (kept(permission, arguments)) {
                            group.add(permission);
                        }
                    }
                }
            }
            // Sort-Object Name: PowerShell compares strings ignoring case
            group.sort(Comparator.comparing(o -> String.valueOf(o.get("Name")), String.CASE_INSENSITIVE_ORDER));
            out.addAll(group);
        }
        return out;
    }

    /** Permissions.ps1 Permissions_GetOauthData: the description the consent type shows. */
    private static Map<String, Object> delegated(Map<?, ?> scope) {
        Object consent = scope.get("type");
        Object description = "Admin".equals(consent) ? scope.get("adminConsentDescription")
                : "User".equals(consent) ? scope.get("userConsentDescription") : null;
        return permission(scope.get("id"), "Delegated", consent, scope.get("value"), description);
    }

    /** Permissions.ps1 Permissions_GetAppRolesData: an application role's origin gives its consent. */
    private static Map<String, Object> application(Map<?, ?> role) {
        Object origin = role.get("origin");
        Object consent = "Application".equals(origin) ? "Admin" : "Delegated".equals(origin) ? "User" : null;
        return permission(role.get("id"), "Application", consent, role.get("value"), role.get("description"));
    }

    private static Map<String, Object> permission(Object id, String type, Object consent, Object name,
                                                  Object description) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("Id", id);
        p.put(TYPE, type);
        p.put("Consent", consent);
        p.put("Name", name);
        p.put("Description", description);
        return p;
    }

    /** Find-MgGraphPermission's filter: -All every one; -ExactMatch {@code -eq}; else {@code -like "*S*"}. */
    private static boolean kept(Map<String, Object> permission, Map<String, Object> arguments) {
        if (on(arguments, "All")) {
            return true;
        }
        String name = permission.get("Name") == null ? "" : String.valueOf(permission.get("Name"));
        String search = String.valueOf(arguments.get("SearchString"));
        return on(arguments, "ExactMatch") ? name.toLowerCase(Locale.ROOT).equals(search.toLowerCase(Locale.ROOT))
                : Wildcards.matches("*" + search + "*", name);
    }

    /** The table per PermissionType, each under its group's heading, as PowerShell shows a view grouped by it. */
    private static String grouped(List<Map<String, Object>> found) {
        StringBuilder b = new StringBuilder();
        for (String kind : List.of("Delegated", "Application")) {
            List<Map<String, Object>> group = found.stream().filter(p -> kind.equals(p.get(TYPE))).toList();
            if (!group.isEmpty()) {
                b.append(b.length() == 0 ? "" : "\n").append("   ").append(TYPE).append(": ").append(kind)
                        .append("\n\n").append(ResultFormatter.table(group, COLUMNS));
            }
        }
        return b.toString();
    }

    private static List<?> list(Object v) {
        return v instanceof List<?> l ? l : List.of();
    }

    private static boolean on(Map<String, Object> arguments, String name) {
        Object v = arguments.get(name);
        return v != null && !Boolean.FALSE.equals(v);
    }
}
