package dev.entrals.docs;

import java.util.List;

/**
 * One parameter set of a cmdlet as its SYNTAX section shows it: name, default flag, its members in the order
 * written (each with whether it is required and its position there), the syntax text and its 1-based line.
 */
public record ParameterSet(String name, boolean isDefault, List<Member> members, String syntax, int line) {

    /** The platyPS name for "every parameter set"; {@code __AllParameterSets} is read as this too. */
    public static final String ALL = "(All)";

    public ParameterSet {
        members = List.copyOf(members);
    }

    /** A parameter as a member of this set; {@code position} is {@code "Named"} or a number as written. */
    public record Member(String parameter, boolean required, String position, String type) {

        /** The position as a number, or -1 when the parameter is named-only in this set. */
        public int positionIndex() {
            return SetMembership.positionIndex(position);
        }
    }

    /** The member for the given parameter name (case-insensitive), if the set has it. */
    public java.util.Optional<Member> member(String parameter) {
        return members.stream().filter(m -> m.parameter().equalsIgnoreCase(parameter)).findFirst();
    }
}
