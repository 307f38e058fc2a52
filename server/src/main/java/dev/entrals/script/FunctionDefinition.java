package dev.entrals.script;

import java.util.List;

/**
 * A {@code function} (or {@code filter}, {@code workflow}, {@code configuration}) definition: its name and name
 * range, its whole range, and the parameters declared in {@code function f($a)} form or its body's {@code param()}.
 */
public record FunctionDefinition(String name, Kind kind, int start, int end, int nameStart, int nameEnd,
                                 List<ParameterDeclaration> parameters) {

    /** The keyword that introduced the definition. */
    public enum Kind {
        /** {@code function}. */
        FUNCTION,
        /** {@code filter}. */
        FILTER,
        /** {@code workflow}. */
        WORKFLOW,
        /** {@code configuration}. */
        CONFIGURATION
    }

    /** A declared parameter: its name without {@code $} and the range of its {@code $name} token. */
    public record ParameterDeclaration(String name, int start, int end) {
    }
}
