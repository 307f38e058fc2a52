package dev.entrals.execution;

import dev.entrals.graph.RequestPlanner;

/**
 * Where production code gets the {@link RequestPlanner}: the generated request table's
 * ({@code dev.entrals.graph.BundledRequestPlanner}). A test may name a planner class of its own with the system
 * property {@value #PROPERTY} (the CLI's process tests do).
 */
public final class Planners {

    /** The system property naming a {@link RequestPlanner} class (with a public no-argument constructor) to use. */
    public static final String PROPERTY = "entrals.requestPlanner";

    private static volatile RequestPlanner override;

    /** The generated request table's planner (its table is read on first use). */
    private static final RequestPlanner BUNDLED = new dev.entrals.graph.BundledRequestPlanner();

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
                RequestPlanner made = (RequestPlanner) Class.forName(named).getDeclaredConstructor().newInstance();
                override = made; // made once per process, as the bundled one
                return made;
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("The request planner " + named + " cannot be made: " + e, e);
            }
        }
        return BUNDLED;
    }

    /** Installs a planner for this process (tests and the CLI's process tests); null restores the bundled one. */
    public static void install(RequestPlanner planner) {
        override = planner;
    }
}
