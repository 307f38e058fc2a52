package dev.entrals.graph;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls planned by the bundled request table, as the coverage tests write them: a command and its bound arguments as
 * name/value pairs ({@code planned("Get-EntraUser", "UserId", "u-1")}).
 */
final class PlannedCalls {

    static final BundledRequestPlanner PLANNER = new BundledRequestPlanner();

    private PlannedCalls() {
    }

    /** Name/value pairs as an ordered map: bound arguments, or a hashtable argument. */
    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** The planner's answer for a call in a parameter set (null: the one the table picks). */
    static RequestPlanner.Result plan(String command, String set, Object... pairs) {
        return PLANNER.plan(command, set, map(pairs));
    }

    /** The plan of a call the table must run. */
    static RequestPlan planned(String command, Object... pairs) {
        return plannedIn(command, null, pairs);
    }

    /** The plan of a call in a parameter set the table must run. */
    static RequestPlan plannedIn(String command, String set, Object... pairs) {
        RequestPlanner.Result r = plan(command, set, pairs);
        return assertInstanceOf(RequestPlanner.Planned.class, r, r::toString).plan();
    }

    /** The reason of a call the table must refuse. */
    static String refused(String command, Object... pairs) {
        RequestPlanner.Result r = plan(command, null, pairs);
        return assertInstanceOf(RequestPlanner.Unsupported.class, r, r::toString).reason();
    }

    /** The steps before a plan's request (each its first try) as the confirmation shows them: placeholders for replies. */
    static java.util.List<String> steps(RequestPlan plan) {
        return plan.lookups().stream().map(l -> shown(plan, l.tries().get(0))).toList();
    }

    /** A plan's requests as the confirmation shows them ({@code METHOD url body}, placeholders for replies). */
    static java.util.List<String> requests(RequestPlan plan) {
        return plan.requests().stream().map(r -> shown(plan, r)).toList();
    }

    private static String shown(RequestPlan plan, GraphRequest r) {
        return StepValues.shown(r.method() + " " + r.relativeUrl() + (r.body() == null ? "" : " " + r.body()),
                plan.lookups());
    }

    /** A request as {@code METHOD url body}. */
    static String line(GraphRequest r) {
        return r.method() + " " + r.relativeUrl() + " " + r.body();
    }
}
