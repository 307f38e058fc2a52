package dev.entrals.script;

/** The shape of a command argument as written. */
public enum ArgumentKind {
    /** A bare word such as {@code contoso.com} or {@code ./file.csv}. */
    BAREWORD,
    /** A single-quoted string or here-string. */
    STRING,
    /** A double-quoted string or here-string. */
    EXPANDABLE_STRING,
    /** A numeric literal. */
    NUMBER,
    /** {@code $true} or {@code $false}. */
    BOOLEAN,
    /** A variable such as {@code $user}. */
    VARIABLE,
    /** A script block {@code { ... }}. */
    SCRIPT_BLOCK,
    /** A hashtable literal {@code @{ ... }}. */
    HASHTABLE,
    /** Elements joined by commas, {@code a, b}. */
    ARRAY,
    /** Anything else: parenthesized pipelines, subexpressions, member access, casts. */
    EXPRESSION
}
