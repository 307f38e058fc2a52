package dev.entrals.docs;

import java.util.List;
import java.util.Optional;

/**
 * One parameter of a cmdlet as its PARAMETERS entry documents it. {@code type} is as written ({@code ""} when the
 * entry gives none), {@code pipelineInput} as written (for example {@code True (ByPropertyName, ByValue)}), and
 * {@code sets} holds one membership per parameter set the entry names. {@code checks} are the code's
 * validation attributes as read, in the order it declares them (none for a page's entry).
 */
public record ParameterHelp(String name, String type, List<String> aliases, String description, String defaultValue,
                            String pipelineInput, boolean wildcards, List<String> acceptedValues,
                            List<SetMembership> sets, int line, List<ValueCheck> checks) {

    public ParameterHelp {
        aliases = List.copyOf(aliases);
        acceptedValues = List.copyOf(acceptedValues);
        sets = List.copyOf(sets);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** A parameter without value checks (a page's entry, a common parameter). */
    public ParameterHelp(String name, String type, List<String> aliases, String description, String defaultValue,
                         String pipelineInput, boolean wildcards, List<String> acceptedValues,
                         List<SetMembership> sets, int line) {
        this(name, type, aliases, description, defaultValue, pipelineInput, wildcards, acceptedValues, sets, line,
                List.of());
    }

    /** The membership that applies to the given set (an exact one first, then an {@code (All)} one). */
    public Optional<SetMembership> membership(String setName) {
        return sets.stream().filter(s -> s.setName().equalsIgnoreCase(setName)).findFirst()
                .or(() -> sets.stream().filter(SetMembership::inAllSets).findFirst());
    }

    /** True when the type is a switch ({@code SwitchParameter}, with or without namespace). */
    public boolean isSwitch() {
        return type.endsWith("SwitchParameter");
    }
}
