package dev.entrals.script;

/**
 * A parameter as written in an invocation: its name without the dash (as typed, possibly abbreviated), the range
 * of its {@code -Name} token, whether it was written {@code -Name:value}, and its candidate argument (null if none).
 * Without {@code :}, the argument is only the element that follows; a binder that knows the parameter is a switch
 * treats it as positional instead (see {@link CommandInvocation#withSwitches}).
 */
public record CommandParameter(String name, int start, int end, boolean colonForm, CommandArgument argument) {

    /** Whether {@code offset} lies in the {@code -Name} token, both ends included. */
    public boolean touches(int offset) {
        return offset >= start && offset <= end;
    }
}
