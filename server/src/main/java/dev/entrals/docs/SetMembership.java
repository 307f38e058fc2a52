package dev.entrals.docs;

/**
 * A parameter's place in one parameter set as its PARAMETERS entry states it: the set name ({@link ParameterSet#ALL}
 * for every set), whether the parameter is required there, and its position as written ({@code "Named"} or a number).
 */
public record SetMembership(String setName, boolean required, String position) {

    /** True when this membership applies to every parameter set of the cmdlet. */
    public boolean inAllSets() {
        return ParameterSet.ALL.equals(setName);
    }

    /** True when this membership applies to the named set (directly or through {@link ParameterSet#ALL}). */
    public boolean appliesTo(String set) {
        return inAllSets() || setName.equalsIgnoreCase(set);
    }

    /** The position as a number, or -1 when the parameter is named-only in this set. */
    public int positionIndex() {
        return positionIndex(position);
    }

    /** {@code position} as a number ("0", "1", ...), or -1 for "Named", null or anything else. */
    public static int positionIndex(String position) {
        try {
            return position == null ? -1 : Integer.parseInt(position.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
