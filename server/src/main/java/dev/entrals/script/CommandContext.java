package dev.entrals.script;

/**
 * Where an offset falls in a command invocation: on its {@link Element#NAME}, on a {@link Element#PARAMETER}
 * ({@code parameter}), in an {@link Element#ARGUMENT} (of {@code parameter}, or positional number
 * {@code positionalIndex}), on a {@link Element#SPLAT}, or on {@link Element#BLANK} space where a new parameter
 * could go; for BLANK right after a parameter that has no argument, {@code parameter} is that parameter.
 */
public record CommandContext(CommandInvocation command, Element element, CommandParameter parameter,
                             CommandArgument argument, int positionalIndex, Splat splat) {

    /** The part of an invocation an offset is in. */
    public enum Element {
        /** The command name (or the call operator in front of it). */
        NAME,
        /** A {@code -Name} parameter token. */
        PARAMETER,
        /** An argument, named or positional. */
        ARGUMENT,
        /** A splatted {@code @params} or hashtable literal. */
        SPLAT,
        /** Blank space inside the invocation or right after it on the same line. */
        BLANK
    }
}
