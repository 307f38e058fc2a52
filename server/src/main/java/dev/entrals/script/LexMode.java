package dev.entrals.script;

/** How the parser asks the lexer to read the next token (PowerShell's tokenizer is driven by the parser). */
enum LexMode {
    /** At the start of a statement: keywords, command names, expressions. */
    STATEMENT,
    /** At a command name that may not be a keyword: after {@code |}, {@code &}, {@code .}, {@code function}. */
    COMMAND_NAME,
    /** Among a command's arguments: {@code -Name} is a parameter, bare words are generic arguments. */
    ARGUMENT,
    /** Inside an expression: {@code -eq} is an operator, {@code 3kb} a number. */
    EXPRESSION
}
