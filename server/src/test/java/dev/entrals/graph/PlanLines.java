package dev.entrals.graph;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled planner's plan for a call, and its requests as the confirmation shows them ({@code METHOD url body},
 * values of earlier replies as placeholders), for the coverage tests.
 */
final class PlanLines {

    private static final BundledRequestPlanner PLANNER = new BundledRequestPlanner();

    private PlanLines() {
    }

    /** The plan of {@code command} with the arguments given as name, value, name, value…; fails when refused. */
    static RequestPlan planned(String command, Object... args) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            map.put((String) args[i], args[i + 1]);
        }
        RequestPlanner.Result r = PLANNER.plan(command, null, map);
        return assertInstanceOf(RequestPlanner.Planned.class, r, () -> r.toString()).plan();
    }

    /** The steps before the request, each its first try. */
    static List<String> steps(RequestPlan plan) {
        return plan.lookups().stream().map(l -> line(plan, l.tries().get(0))).toList();
    }

    /** The requests. */
    static List<String> requests(RequestPlan plan) {
        return plan.requests().stream().map(r -> line(plan, r)).toList();
    }

    private static String line(RequestPlan plan, GraphRequest r) {
        return StepValues.shown(r.method() + " " + r.relativeUrl() + (r.body() == null ? "" : " " + r.body()),
                plan.lookups());
    }
}
