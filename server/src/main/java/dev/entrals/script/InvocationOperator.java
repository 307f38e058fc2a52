package dev.entrals.script;

/** How a command is invoked: by name, with the call operator {@code &}, or dot-sourced with {@code .}. */
public enum InvocationOperator {
    /** Plain invocation by name. */
    NONE,
    /** {@code & name}: runs the command in a child scope. */
    CALL,
    /** {@code . name}: runs the command in the current scope. */
    DOT_SOURCE
}
