package dev.entrals.docs;

import java.util.List;
import java.util.Optional;

/**
 * One parameter of a cmdlet as its PARAMETERS entry documents it. {@code type} is as written ({@code ""} when the
 * entry gives none), {@code pipelineInput} as written (for example {@code True (ByPropertyName, ByValue)}), and
 * {@code sets} holds one membership per parameter set the entry names. {@code check} is the code's
 * {@code [ValidateScript()]} where it is read ({@link ValueCheck#NONE} otherwise, and for a page's entry).
 */
public record ParameterHelp(String name, String type, List<String> aliases, String description, String defaultValue,
                            String pipelineInput, boolean wildcards, List<String> acceptedValues,
                            List<SetMembership> sets, int line, ValueCheck check) {

    public ParameterHelp {
        aliases = List.copyOf(aliases);
        acceptedValues = List.copyOf(acceptedValues);
        sets = List.copyOf(sets);
        check = check == null ? ValueCheck.NONE : check;
    }

    /** A parameter without a value check (a page's entry, a common parameter). */
    public ParameterHelp(String name, String type, List<String> aliases, String description, String defaultValue,
                         String pipelineInput, boolean wildcards, List<String> acceptedValues,
                         List<SetMembership> sets, int line) {
        this(name, type, aliases, description, defaultValue, pipelineInput, wildcards, acceptedValues, sets, line,
                ValueCheck.NONE);
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
