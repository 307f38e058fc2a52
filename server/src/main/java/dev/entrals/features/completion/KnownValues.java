package dev.entrals.features.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.entrals.docs.ParameterHelp;

/**
 * The values a parameter takes, for completion: the accepted values its docs list, else the enumerations the
 * server knows ({@code -ContextScope}, and {@code -Environment} with the built-in clouds plus the custom environments
 * the session offers through the hook given at construction).
 */
public final class KnownValues {

    /** The scopes a session can be kept in. */
    public static final List<String> CONTEXT_SCOPES = List.of("Process", "CurrentUser");
    /** The built-in Microsoft Entra cloud environments. */
    public static final List<String> ENVIRONMENTS = List.of("Global", "China", "USGov", "USGovDoD");

    private final Supplier<List<String>> customEnvironments;

    /** Knows the built-in values plus the custom environment names {@code customEnvironments} returns. */
    public KnownValues(Supplier<List<String>> customEnvironments) {
        this.customEnvironments = customEnvironments;
    }

    /** Knows the built-in values only (no session to ask for custom environments). */
    public static KnownValues builtIn() {
        return new KnownValues(List::of);
    }

    /** The values of {@code parameter}, in order; empty when neither the docs nor the server know any. */
    public List<String> of(ParameterHelp parameter) {
        if (!parameter.acceptedValues().isEmpty()) {
            return parameter.acceptedValues();
        }
        if (parameter.name().equalsIgnoreCase("ContextScope")) {
            return CONTEXT_SCOPES;
        }
        if (parameter.name().equalsIgnoreCase("Environment")) {
            List<String> all = new ArrayList<>(ENVIRONMENTS);
            for (String custom : customEnvironments.get()) {
                if (all.stream().noneMatch(custom::equalsIgnoreCase)) {
                    all.add(custom);
                }
            }
            return all;
        }
        return List.of();
    }
}
