package dev.entrals.graph.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request a function evidently meant where it passes a Graph SDK GET cmdlet a mandatory identifier that no path
 * of the cmdlet's route takes, so that PowerShell refuses every call ("A parameter cannot be found that matches
 * parameter name 'X'."): the same collection under one parent item. It is the one route the catalog knows, of the same
 * verb and Graph version, whose collection is {@code /parent/{parent-id}/tail}, where the called route's collection
 * has no identifier and its SDK noun is the tail's with a leading part of the parent's words before it (the called
 * {@code PrivilegedRoleAssignmentRequest}, {@code /privilegedRoleAssignmentRequests}; meant
 * {@code PrivilegedAccessRoleAssignmentRequest}, {@code /privilegedAccess/{privilegedAccess-id}/roleAssignmentRequests});
 * the identifier passed is that parent's. None when no route or several fit, or the set passes no such identifier or
 * several.
 */
final class ParentRoutes {

    private static final Pattern UNDER_PARENT = Pattern.compile("/([^/{}]+)/\\{([^}]+)}(/[^{}]+)");

    /** The route meant, the assignments with the identifier passed as its parent's, and the note saying so. */
    record Meant(MgCatalog.MgRoute route, List<Assignments.Assigned> assigned, String note) {
    }

    private ParentRoutes() {
    }

    /** What set {@code set} of {@code fn} evidently meant to send, or null (the route as called). */
    static Meant meant(FunctionCode fn, String set, String via, MgCatalog.MgRoute route,
            List<Assignments.Assigned> assigned, MgCatalog catalog) {
        if (!route.method().equals("GET") || route.collection() == null || route.collection().contains("{")) {
            return null;
        }
        List<Assignments.Assigned> lacking = assigned.stream().filter(a -> a.param() != null && a.readable()
                && a.template() == null && fn.mandatoryIn(a.param(), set)
                && a.target().toLowerCase(Locale.ROOT).endsWith("id")
                && !(route.item() != null && route.item().toLowerCase(Locale.ROOT).contains("{" + idPlaceholder(
                        a.target()) + "}"))).toList();
        if (lacking.size() != 1) {
            return null;
        }
        String prefix = via.substring(0, via.indexOf("-Mg") + 3) + (route.version().equals("beta") ? "Beta" : "");
        String called = SdkNaming.noun(route.collection());
        List<String> found = new ArrayList<>();
        MgCatalog.MgRoute meant = null;
        String parentId = null;
        for (String noun : catalog.nouns()) {
            MgCatalog.MgRoute r = catalog.route(prefix + noun);
            Matcher m = r == null || r.collection() == null ? null : UNDER_PARENT.matcher(r.collection());
            if (m == null || !m.matches() || !r.method().equals(route.method()) || !r.version().equals(route.version())) {
                continue;
            }
            String parent = SdkNaming.noun("/" + m.group(1));
            String tail = SdkNaming.noun(m.group(3));
            String before = called.endsWith(tail) ? called.substring(0, called.length() - tail.length()) : "";
            if (!before.isEmpty() && parent.startsWith(before) && parent.length() > before.length()
                    && Character.isUpperCase(parent.charAt(before.length()))) {
                found.add(prefix + noun);
                meant = r;
                parentId = MgPaths.sdkName(m.group(2));
            }
        }
        if (found.size() != 1) {
            return null;
        }
        Assignments.Assigned a = lacking.get(0);
        // the called item's identifier is the meant item's (-Id: PrivilegedRoleAssignmentRequestId, now
        // GovernanceRoleAssignmentRequestId)
        String item = route.item() == null ? null : lastId(route.item());
        String meantItem = meant.item() == null ? null : lastId(meant.item());
        List<Assignments.Assigned> retargeted = new ArrayList<>();
        for (Assignments.Assigned x : assigned) {
            String target = x == a ? parentId : item != null && meantItem != null && x.target().equalsIgnoreCase(item)
                    ? meantItem : x.target();
            retargeted.add(new Assignments.Assigned(target, x.param(), x.template(), x.readable(), x.hashtable(),
                    x.offset()));
        }
        String note = "the module passes -" + a.target() + " to " + via + ", whose request (" + route.collection()
                + ") takes none (PowerShell refuses every call: \"A parameter cannot be found that matches parameter"
                + " name '" + a.target() + "'.\"); sent as the request it evidently meant, " + found.get(0)
                + "'s: the same collection under the parent -" + a.param() + " names (" + meant.collection() + ")";
        return new Meant(meant, retargeted, note);
    }

    /** The SDK parameter of a path's last identifier ({@code …/{governanceRoleAssignmentRequest-id}}). */
    private static String lastId(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.startsWith("{") && last.endsWith("}") ? MgPaths.sdkName(last.substring(1, last.length() - 1))
                : null;
    }

    /** The route placeholder an SDK identifier parameter names ({@code PrivilegedAccessId} → {@code privilegedaccess-id}). */
    private static String idPlaceholder(String target) {
        String t = target.toLowerCase(Locale.ROOT);
        return t.substring(0, t.length() - 2) + "-id";
    }
}
