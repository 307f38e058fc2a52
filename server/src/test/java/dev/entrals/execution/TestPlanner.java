package dev.entrals.execution;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.entrals.graph.GraphRequest;
import dev.entrals.graph.RequestPlan;
import dev.entrals.graph.RequestPlanner;

/**
 * A test double of the request table for four cmdlets, {@code Find-EntraPermission} refused as the table refuses
 * it, naming its SDK cmdlet (which the engine answers itself), and one cmdlet refused as a whole ({@link #REFUSED}), written by hand from the module's source
 * ({@code ../shared/corpus/entra-module/module/Entra/Microsoft.Entra/...}); the real table is
 * {@code dev.entrals.graph.BundledRequestPlanner}. Only what the engine's tests need: the $select lists are shortened.
 */
public final class TestPlanner implements RequestPlanner {

    private static final Set<String> KNOWN = Set.of("get-entrauser", "get-entragroupmember", "new-entragroup",
            "remove-entragroup", "find-entrapermission", "get-entraauditdirectorylog");

    /**
     * The cmdlet this table refuses as a whole, with a reason naming a source line (the bundled table refuses no
     * cmdlet of either module as a whole since every one runs: this one stands for such an entry).
     */
    static final String REFUSED = "Get-EntraAuditDirectoryLog";
    static final String REFUSED_REASON = "Get-EntraAuditDirectoryLog cannot be run without PowerShell: sends no"
            + " request in any set (a whole-cmdlet reason written for the test) (Entra/Microsoft.Entra/Reports/"
            + "Get-EntraAuditDirectoryLog.ps1:1)";

    @Override
    public boolean refusesEveryCall(String command) {
        return REFUSED.equalsIgnoreCase(command);
    }

    @Override
    public boolean knows(String command) {
        return KNOWN.contains(command.toLowerCase(Locale.ROOT));
    }

    /** Find-EntraPermission.ps1:101 Find-MgGraphPermission @params, as the table's entry names it. */
    @Override
    public java.util.Optional<String> via(String command) {
        return "find-entrapermission".equalsIgnoreCase(command) ? java.util.Optional.of("Find-MgGraphPermission")
                : java.util.Optional.empty();
    }

    @Override
    public Result plan(String command, String parameterSet, Map<String, Object> a) {
        return switch (command.toLowerCase(Locale.ROOT)) {
            case "get-entrauser" -> getUser(a);
            case "get-entragroupmember" -> groupMembers(a);
            case "new-entragroup" -> newGroup(a);
            case "remove-entragroup" -> planned("Remove-EntraGroup", new GraphRequest("DELETE",
                    "/v1.0/groups/" + enc(a.get("GroupId")), Map.of(), null), RequestPlan.Paging.SINGLE);
            case "get-entraauditdirectorylog" -> new Unsupported(REFUSED_REASON);
            default -> new Unsupported("not in the test table");
        };
    }

    /** Users/Get-EntraUser.ps1 lines 74-154: $baseUri, $select, $top capped at 999, $filter; -All pages. */
    private static Result getUser(Map<String, Object> a) {
        String select = "$select=Id,DisplayName,UserPrincipalName,Mail";
        if (a.containsKey("UserId")) {
            return planned("Get-EntraUser", new GraphRequest("GET", "/v1.0/users/" + enc(a.get("UserId")) + "?" + select,
                    Map.of(), null), RequestPlan.Paging.SINGLE);
        }
        StringBuilder url = new StringBuilder("/v1.0/users/?" + select);
        Integer limit = null;
        if (a.get("Top") instanceof Long top) {
            url.append("&$top=").append(Math.min(top, 999));
            limit = top.intValue();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (a.get("Filter") instanceof String f) {
            url.append("&$filter=").append(enc(f));
        }
        if (a.get("SearchString") instanceof String s) {
            url.append("&$search=").append(enc("\"displayName:" + s + "\""));
            headers.put("ConsistencyLevel", "eventual");
        }
        boolean all = Boolean.TRUE.equals(a.get("All"));
        return planned("Get-EntraUser", new GraphRequest("GET", url.toString(), headers, null),
                new RequestPlan.Paging(all || limit != null && limit > 999, all ? null : limit));
    }

    /** Groups/Get-EntraGroupMember.ps1 lines 38-60. */
    private static Result groupMembers(Map<String, Object> a) {
        StringBuilder url = new StringBuilder("/v1.0/groups/" + enc(a.get("GroupId")) + "/members");
        Integer limit = null;
        if (a.get("Top") instanceof Long top) {
            url.append("?$top=").append(Math.min(top, 999));
            limit = top.intValue();
        }
        boolean all = Boolean.TRUE.equals(a.get("All"));
        return planned("Get-EntraGroupMember", new GraphRequest("GET", url.toString(), Map.of(), null),
                new RequestPlan.Paging(all || limit != null && limit > 999, all ? null : limit));
    }

    /** Groups/New-EntraGroup.ps1: POST /v1.0/groups with the bound properties as the body. */
    private static Result newGroup(Map<String, Object> a) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String k : List.of("DisplayName", "MailEnabled", "MailNickname", "SecurityEnabled", "Description",
                "GroupTypes")) {
            if (a.containsKey(k)) {
                body.put(Character.toLowerCase(k.charAt(0)) + k.substring(1), a.get(k));
            }
        }
        try {
            return planned("New-EntraGroup", new GraphRequest("POST", "/v1.0/groups", Map.of(),
                    new ObjectMapper().writeValueAsString(body)), RequestPlan.Paging.SINGLE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Result planned(String command, GraphRequest r, RequestPlan.Paging paging) {
        return new Planned(new RequestPlan(command, null, List.of(r), paging, new ArrayList<>(), List.of()));
    }

    private static String enc(Object v) {
        return URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A planner that knows this one's cmdlets and plans each call as the one plan given (written by hand in a test). */
    static RequestPlanner fixed(java.util.function.Function<String, RequestPlan> plan) {
        return new RequestPlanner() {
            @Override
            public boolean knows(String command) {
                return new TestPlanner().knows(command);
            }

            @Override
            public Result plan(String command, String set, Map<String, Object> args) {
                return new Planned(plan.apply(command));
            }
        };
    }
}
