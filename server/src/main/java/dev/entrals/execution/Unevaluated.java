package dev.entrals.execution;

import java.util.List;

/**
 * Why a run asks for a value ({@link RunStatus#NOT_EVALUATED}), one per name it asks for, so that a caller tells the
 * cases apart without reading the text.
 *
 * @param name         the name to supply the value by ({@code --arg NAME=VALUE}, the LSP {@code arguments})
 * @param kind         {@link #NON_LITERAL}, {@link #CONSOLE_PROMPT}, {@link #SESSION_STATE} or {@link #ALTERNATIVES}
 * @param prompt       what to tell the person: the argument as written, or what the module does without the value
 * @param alternatives for {@link #ALTERNATIVES}, the names of which one is to be supplied ({@code name} the first);
 *                     else empty
 */
public record Unevaluated(String name, String kind, String prompt, List<String> alternatives) {
    /** An argument written on the line that is not a literal ({@code prompt}: {@code -Name <text>}). */
    public static final String NON_LITERAL = "nonLiteral";
    /** A value the module (or PowerShell) asks a person for at its console when it is not given. */
    public static final String CONSOLE_PROMPT = "consolePrompt";
    /** A value the module takes from its session state (an earlier command's), else asks for, when not given. */
    public static final String SESSION_STATE = "sessionState";
    /** One of several parameters the module asks for until one has a value. */
    public static final String ALTERNATIVES = "alternatives";

    /** Copies the alternatives. */
    public Unevaluated {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    /** A value of one name. */
    public Unevaluated(String name, String kind, String prompt) {
        this(name, kind, prompt, List.of());
    }
}
