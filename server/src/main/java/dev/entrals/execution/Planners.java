package dev.entrals.execution;

import java.util.Map;

import dev.entrals.graph.RequestPlanner;

/**
 * Where production code gets the {@link RequestPlanner}: the one line to wire when the generated request table
 * ({@code dev.entrals.graph.BundledRequestPlanner}) is merged is in {@link #bundled()}. A test may name a planner
 * class of its own with the system property {@value #PROPERTY} (the CLI's process tests do).
 */
public final class Planners {

    /** The system property naming a {@link RequestPlanner} class (with a public no-argument constructor) to use. */
    public static final String PROPERTY = "entrals.requestPlanner";

    private static volatile RequestPlanner override;

    private Planners() {
    }

    /** The planner of the bundled request table. */
    public static RequestPlanner bundled() {
        RequestPlanner p = override;
        if (p != null) {
            return p;
        }
        String named = System.getProperty(PROPERTY);
        if (named != null && !named.isBlank()) {
            try {
                return (RequestPlanner) Class.forName(named).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("The request planner " + named + " cannot be made: " + e, e);
            }
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
