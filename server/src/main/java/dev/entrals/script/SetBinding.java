package dev.entrals.script;

/**
 * One {@code [Parameter(...)]} attribute of a parameter: the set it applies to ({@link #ALL_SETS} when it names
 * none), whether the parameter is mandatory there, its explicit {@code Position} (-1 when not given), and how it
 * takes pipeline input. A parameter without a {@code [Parameter()]} attribute has one such binding in every set.
 */
public record SetBinding(String setName, boolean mandatory, int position, boolean valueFromPipeline,
                         boolean valueFromPipelineByPropertyName, boolean valueFromRemainingArguments,
                         String helpMessage) {

    /** PowerShell's name for "every parameter set". */
    public static final String ALL_SETS = "__AllParameterSets";

    /** Whether this binding applies to every set of the function. */
    public boolean inAllSets() {
        return ALL_SETS.equalsIgnoreCase(setName);
    }

    /** The binding of a parameter that has no {@code [Parameter()]} attribute. */
    static SetBinding implicit() {
        return new SetBinding(ALL_SETS, false, -1, false, false, false, "");
    }

    /** The binding an attribute declares. */
    static SetBinding of(ScriptAttribute parameter) {
        String set = parameter.argument("ParameterSetName").map(String::trim).filter(s -> !s.isEmpty())
                .orElse(ALL_SETS);
        int position = parameter.argument("Position").map(SetBinding::number).orElse(-1);
        return new SetBinding(set, parameter.flag("Mandatory"), position, parameter.flag("ValueFromPipeline"),
                parameter.flag("ValueFromPipelineByPropertyName"), parameter.flag("ValueFromRemainingArguments"),
                parameter.argument("HelpMessage").orElse(""));
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
