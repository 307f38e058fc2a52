package dev.entrals.graph;

import java.util.Map;
import java.util.Optional;

/**
 * Turns a cmdlet and its bound literal arguments into the Graph requests the module's code would send.
 *
 * <p>Arguments are keyed by the parameter's canonical name as the module declares it (aliases already resolved by
 * the binder). Values are literals: {@link String}, {@link Long}, {@link Double}, {@link Boolean} (also a present
 * switch: {@code TRUE}), {@link java.util.List} of literals, {@link java.util.Map} of literals (a hashtable, keys
 * in source order). The caller adds the signed-in tenant's id as the argument {@code @TenantId}
 * ({@link BundledRequestPlanner#SESSION_TENANT}) for the cmdlets whose module code uses it
 * ({@code (Get-MgContext).TenantId}); without it they are refused with that reason.
 */
public interface RequestPlanner {
    /** A plan, or the reason there is none. */
    sealed interface Result permits Planned, Unsupported {
    }

    /** The plan. */
    record Planned(RequestPlan plan) implements Result {
    }

    /**
     * Why the call cannot be planned (unknown cmdlet, an argument the table cannot map, …), a sentence for the user;
     * {@code asks}: the parameters without which the module asks for a value at its console or takes one from its
     * session, the only ones missing for a plan (empty: refused whatever is supplied), which a run asks for instead;
     * {@code choices}: groups of alternatives ({@code -P or -Q}) of which the module asks until one has a value, each
     * asked for as one of them (the person's choice which).
     */
    record Unsupported(String reason, java.util.List<String> asks, java.util.List<java.util.List<String>> choices)
            implements Result {
        /** Copies the names. */
        public Unsupported {
            asks = asks == null ? java.util.List.of() : java.util.List.copyOf(asks);
            choices = choices == null ? java.util.List.of() : choices.stream().map(java.util.List::copyOf).toList();
        }

        /** A refusal naming parameters to ask for. */
        public Unsupported(String reason, java.util.List<String> asks) {
            this(reason, asks, java.util.List.of());
        }

        /** A refusal. */
        public Unsupported(String reason) {
            this(reason, java.util.List.of());
        }

        /** This, asking for {@code name} too. */
        public Unsupported asking(String name) {
            java.util.List<String> names = new java.util.ArrayList<>(asks);
            names.add(name);
            return new Unsupported(reason, names, choices);
        }

        /** This, asking for one of {@code alternatives} too. */
        public Unsupported askingOneOf(java.util.List<String> alternatives) {
            java.util.List<java.util.List<String>> all = new java.util.ArrayList<>(choices);
            all.add(alternatives);
            return new Unsupported(reason, asks, all);
        }

        /** Whether a run asks for values (names or alternatives) rather than refusing. */
        public boolean asksForValues() {
            return !asks.isEmpty() || !choices.isEmpty();
        }
    }

    /** True when the table has an entry for this cmdlet (any case). */
    boolean knows(String command);

    /**
     * True when every call of this cmdlet is refused whatever its arguments (the table says why the cmdlet cannot run
     * here, or no parameter set has a request); a "Run" lens is not offered for it. False by default.
     */
    default boolean refusesEveryCall(String command) {
        return false;
    }

    /**
     * A value the module's code takes from a person at its console or from the PowerShell session rather than from
     * a parameter; a run takes it supplied by name ({@code --arg NAME=VALUE}, an editor's input box).
     *
     * @param name     the name to supply it by (the variable the code reads it into)
     * @param fallback the value a run takes when none is supplied (the prompt's Enter answer), or null: the call
     *                 needs it
     * @param sets     the parameter sets whose calls take it, or empty for every set
     * @param why      for a parameter of the cmdlet's the module asks for or takes from its session when it is not
     *                 given ({@code RequestEntry.SetRequest.NEEDED}): what the module does then, in its terms
     *                 ("without -P the module asks for it at a PowerShell console (…)"); null for any other value
     */
    record Answer(String name, String fallback, java.util.List<String> sets, String why) {
        /** Copies the sets. */
        public Answer {
            sets = sets == null ? java.util.List.of() : java.util.List.copyOf(sets);
        }

        /** A value that is not a parameter of the cmdlet's, taken in these sets. */
        public Answer(String name, String fallback, java.util.List<String> sets) {
            this(name, fallback, sets, null);
        }

        /** A value every set's calls take. */
        public Answer(String name, String fallback) {
            this(name, fallback, java.util.List.of());
        }

        /** Whether a call in this set (null: not known) takes it. */
        public boolean takenIn(String set) {
            return sets.isEmpty() || set == null || sets.stream().anyMatch(set::equalsIgnoreCase);
        }
    }

    /**
     * The module session state the cmdlet's code keeps and reads ({@code $script:}/{@code $global:} variables), or
     * null when none (by default).
     */
    default ModuleVariables variables(String command) {
        return null;
    }

    /** The values besides parameters this cmdlet's calls take by name ({@link Answer}); none by default. */
    default java.util.List<Answer> answers(String command) {
        return java.util.List.of();
    }

    /**
     * The command the module's code calls for the cmdlet's request, as the table names it: a Graph SDK cmdlet
     * ({@code Get-MgGroup}) or {@code Invoke-GraphRequest}; also for an entry the table refuses
     * ({@code Find-MgGraphPermission}). Empty when the table has no such entry. Empty by default.
     */
    default Optional<String> via(String command) {
        return Optional.empty();
    }

    /**
     * The literal values the module's code writes for a cmdlet the table refuses with {@code via}
     * {@link RequestEntry#DEFINED_FUNCTIONS} ({@link RequestEntry#values()}); empty for the others and by default.
     */
    default Map<String, Object> values(String command) {
        return Map.of();
    }

    /**
     * Plans one invocation.
     *
     * @param command      the cmdlet name (any case; canonical or an alias the table knows)
     * @param parameterSet the set the binder chose, or null to let the planner pick from the arguments
     * @param arguments    bound literal arguments by canonical parameter name
     */
    Result plan(String command, String parameterSet, Map<String, Object> arguments);
}
