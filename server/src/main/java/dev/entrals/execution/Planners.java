package dev.entrals.execution;

import java.util.function.Supplier;

import dev.entrals.graph.RequestPlanner;
import dev.entrals.graph.RequestTable;

/**
 * Where production code gets the {@link RequestPlanner}: the generated request table's
 * ({@code dev.entrals.graph.BundledRequestPlanner}). A test may name a planner class of its own with the system
 * property {@value #PROPERTY} (the CLI's process tests do).
 */
public final class Planners {

    /** The system property naming a {@link RequestPlanner} class (with a public no-argument constructor) to use. */
    public static final String PROPERTY = "entrals.requestPlanner";

    private static volatile RequestPlanner override;

    /** The generated request table, read on first use. */
    private static final Supplier<RequestTable> TABLE = new Supplier<>() {
        private volatile RequestTable table;

        @Override
        public RequestTable get() {
            RequestTable t = table;
            if (t == null) {
                synchronized (this) {
                    if (table == null) {
                        table = RequestTable.bundled();
                    }
                    t = table;
                }
            }
            return t;
        }
    };

    /** The generated request table's planner (its table is read on first use). */
    private static final RequestPlanner BUNDLED = new dev.entrals.graph.BundledRequestPlanner(TABLE);

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
        return BUNDLED;
    }

    /**
     * Whether {@code planner} refuses every call of {@code command} whatever its arguments: the bundled table's entry
     * says why the cmdlet cannot run here (a whole-cmdlet reason, or no parameter set with a request). Other planners
     * (tests') refuse nothing as a whole.
     */
    public static boolean refusesEveryCall(RequestPlanner planner, String command) {
        if (planner != BUNDLED || command == null) {
            return false;
        }
        return TABLE.get().entry(command).map(e -> e.reason() != null
                || !e.sets().isEmpty() && e.sets().stream().allMatch(s -> s.method() == null)).orElse(false);
    }

    /** Installs a planner for this process (tests and the CLI's process tests); null restores the bundled one. */
    public static void install(RequestPlanner planner) {
        override = planner;
    }
}
