package dev.entrals.script;

/** What a {@link Token} is; every character of a script belongs to exactly one token of one of these kinds. */
public enum TokenKind {
    /** {@code # ...} to the end of the line (also {@code #requires}) or {@code <# ... #>}. */
    COMMENT,
    /** A single-quoted (verbatim) string, {@code ''} escaping a quote. */
    STRING,
    /** A double-quoted (expandable) string; its {@code $var} and {@code $( )} parts are the token's nested tokens. */
    EXPANDABLE_STRING,
    /** A single-quoted here-string {@code @' ... '@}. */
    HERE_STRING,
    /** A double-quoted here-string {@code @" ... "@}, with nested tokens like {@link #EXPANDABLE_STRING}. */
    EXPANDABLE_HERE_STRING,
    /** {@code $name}, {@code ${any name}}, {@code $scope:name}, {@code $_}, {@code $$}, {@code $?}, {@code $^}. */
    VARIABLE,
    /** {@code @name}: a variable splatted into a command's parameters. */
    SPLAT_VARIABLE,
    /** A numeric literal: decimal, hex, binary, exponent, type suffix and {@code kb}...{@code pb} multiplier. */
    NUMBER,
    /** A type literal such as {@code [string[]]} or {@code [System.Collections.Generic.List[string]]}. */
    TYPE_LITERAL,
    /** A command parameter {@code -Name}, including a trailing colon when written {@code -Name:value}. */
    PARAMETER,
    /** An expression operator: {@code -eq}, {@code -and}, {@code +}, {@code =}, {@code ..}, {@code !}, background {@code &}. */
    OPERATOR,
    /** A redirection: {@code >}, {@code >>}, {@code 2>&1}, {@code *>}, {@code <}. */
    REDIRECTION,
    /** The pipe {@code |}. */
    PIPE,
    /** The pipeline chain operators {@code &&} and {@code ||}. */
    CHAIN_OPERATOR,
    /** The invocation operators {@code &} (call) and {@code .} (dot-source) in front of a command. */
    CALL_OPERATOR,
    /** Member access {@code .} or static member access {@code ::} after a value. */
    MEMBER_ACCESS,
    /** {@code (}. */
    OPEN_PAREN,
    /** {@code )}. */
    CLOSE_PAREN,
    /** {@code {}, opening a script block (or a statement body). */
    OPEN_BRACE,
    /** {@code }}. */
    CLOSE_BRACE,
    /** {@code [} of an index or an attribute. */
    OPEN_BRACKET,
    /** {@code ]}. */
    CLOSE_BRACKET,
    /** {@code $(}, opening a subexpression. */
    SUBEXPRESSION_OPEN,
    /** {@code @(}, opening an array subexpression. */
    ARRAY_OPEN,
    /** {@code @{}, opening a hashtable literal. */
    HASHTABLE_OPEN,
    /** {@code ;}. */
    SEMICOLON,
    /** {@code ,}, the array operator. */
    COMMA,
    /** A reserved word at the start of a statement: {@code if}, {@code function}, {@code param}, ... */
    KEYWORD,
    /** A bare word: a command name, a command argument such as {@code ./script.ps1}, a member name or key. */
    GENERIC,
    /** A backtick directly followed by a line break. */
    LINE_CONTINUATION,
    /** A line break: LF, CRLF or CR. */
    NEWLINE,
    /** Spaces, tabs and other blanks. */
    WHITESPACE,
    /** A character that starts no valid token (kept so that the tokens still cover the text). */
    UNKNOWN
}
