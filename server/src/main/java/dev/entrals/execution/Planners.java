package dev.entrals.execution;

import java.util.Map;

import dev.entrals.graph.RequestPlanner;

/**
 * Where production code gets the {@link RequestPlanner}: the one line to wire when the generated request table
 * ({@code dev.entrals.graph.BundledRequestPlanner}) is merged is in {@link #bundled()}.
 */
public final class Planners {

    private static volatile RequestPlanner override;

    private Planners() {
    }

    /** The planner of the bundled request table. */
    public static RequestPlanner bundled() {
        RequestPlanner p = override;
        if (p != null) {
            return p;
        }
        // MERGE SEAM (issue 15): return new dev.entrals.graph.BundledRequestPlanner();
        return NONE;
    }

    /** Installs a planner for this process (tests and the CLI's process tests); null restores the bundled one. */
    public static void install(RequestPlanner planner) {
        override = planner;
    }

    /** A planner that knows no cmdlet, until the request table is wired in. */
    static final RequestPlanner NONE = new RequestPlanner() {
        @Override
        public boolean knows(String command) {
            return false;
        }

        @Override
        public Result plan(String command, String parameterSet, Map<String, Object> arguments) {
            return new Unsupported("The request table for " + command + " is not available in this build.");
        }
    };
}
