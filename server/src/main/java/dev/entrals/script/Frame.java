package dev.entrals.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One open bracket (or the root) on the {@link Parser}'s stack, and the parser state inside it. */
final class Frame {

    /** Where the parser is within a frame. */
    enum State {
        STMT, PIPE, CALL_NAME, ARGS, EXPR, EXPR_CONT, USING,
        HEADER, BODY, FUNC_NAME, FUNC_AFTER_NAME, PARAM_HEADER, SWITCH_HEADER, DECL_HEADER,
        KEY, HASH_EQ, CLAUSE, MEMBER
    }

    /** What opened a frame. */
    enum FrameKind { ROOT, PAREN, SUBEXPR, ARRAY, SCRIPT_BLOCK, HASHTABLE, INDEX, METHOD_ARGS, PARAMS, SWITCH_BODY, DECL_BODY }

    /** A function whose definition is being read. */
    static final class PendingFunction {
        final FunctionDefinition.Kind kind;
        final int start;
        String name;
        int nameStart;
        int nameEnd;
        final List<FunctionDefinition.ParameterDeclaration> params = new ArrayList<>();

        PendingFunction(FunctionDefinition.Kind kind, int start) {
            this.kind = kind;
            this.start = start;
            this.nameStart = start;
            this.nameEnd = start;
        }
    }

    final FrameKind kind;
    State state;
    State afterClose = State.EXPR;
    State afterHeader = State.BODY;
    boolean foreachNext;
    boolean foreachHeader;
    CommandBuilder cmd;
    PendingFunction pendingFunc;
    PendingFunction func;
    boolean funcBody;
    boolean paramSeen;
    boolean nameOfCall;
    List<String> keys;
    boolean keysComplete = true;
    /** In a hashtable: the last key read, the index of its token, and the parser's state before it. */
    Token key;
    int keyIndex;
    Token keyPrev;
    Token keyPrev2;
    int keyLastEnd;
    /** The opening bracket's range (for syntax errors). */
    int openStart;
    int openEnd;
    /** An index right after a value ({@code $a[}), not an attribute or type ({@code [Parameter(}). */
    boolean arrayIndex;
    /** The keyword whose statement block the frame waits for in {@code BODY} or {@code FUNC_AFTER_NAME}. */
    String bodyKeyword;
    /** The body of a {@code do} loop (its {@code while}/{@code until} takes no block). */
    boolean doBody;
    /** A {@code do} body just closed in this frame. */
    boolean doEnded;
    /** A statement other than {@code using} or {@code param} has started in this frame (so {@code param} may not). */
    boolean statementSeen;
    /** The keyword whose {@code (} header this frame is ({@code if}, {@code while}, …), else null. */
    String headerKeyword;
    /** Where the first pipeline in a parenthesis ended (PowerShell's parenthesis holds one), or -1. */
    int firstPipelineEnd = -1;
    /** The arguments of an attribute ({@code [CmdletBinding(}): PowerShell calls an unclosed one an expression. */
    boolean attributeArgs;
    /** Its unclosed arguments were reported: the attribute's missing {@code ]} is then not reported too. */
    boolean innerReported;
    /** The body of a {@code try} (a {@code catch} or {@code finally} must follow). */
    boolean tryBody;
    /** A {@code try} body just closed in this frame, ending at {@link #tryEnd}. */
    boolean tryEnded;
    int tryEnd;
    /** The last token read in expression mode completed a value ({@code $a}, {@code 1}, {@code (…)}, {@code $a.b}). */
    boolean valueEnded;
    /** An unexpected token was reported in the current statement: PowerShell reports one and skips the rest. */
    boolean unexpectedReported;
    /** A missing block or {@code (} was reported: the statement read on in its place is part of that root cause. */
    boolean skipNextStatement;

    Frame(FrameKind kind) {
        this.kind = kind;
        this.state = statementState();
    }

    /** The state at the start of a statement (or entry, clause, member) in this frame. */
    State statementState() {
        switch (kind) {
            case HASHTABLE: return State.KEY;
            case SWITCH_BODY: return State.CLAUSE;
            case DECL_BODY: return State.MEMBER;
            case INDEX: case METHOD_ARGS: case PARAMS: return State.EXPR;
            default: return State.STMT;
        }
    }

    /** A statement (or, without {@code keywords}, a pipeline element) starts in this frame. */
    void statementStarts(boolean keywords) {
        tryEnded = false;
        valueEnded = false;
        if (keywords) {
            unexpectedReported = skipNextStatement;
            skipNextStatement = false;
        }
    }

    /**
     * {@code child} closed into this frame: a parenthesis, subexpression, hashtable or index completes a value; an
     * attribute ({@code [CmdletBinding()] param(…) begin {}} on one line) leaves the rest of the statement unchecked.
     */
    void childClosed(Frame child) {
        boolean expression = child.afterClose == State.EXPR;
        valueEnded = expression && child.endsValue();
        unexpectedReported |= expression && child.kind == FrameKind.INDEX && !child.arrayIndex;
    }

    /**
     * Reads {@code t} in expression mode: a value right after a complete value on the same line ({@code $a = 1 2},
     * {@code $x "a"}) is PowerShell's unexpected token, reported once per statement. Not where the frame holds a
     * parameter list or an attribute, nor at {@code -1} or {@code +1} after a value (a binary operator to PowerShell),
     * nor at a {@code foreach}'s {@code in}. {@code prev} is the previous token the parser read (a line break too).
     */
    void expressionToken(String text, Token t, Token prev, ParseResults results) {
        boolean value = TokenTexts.isValueStart(t);
        if (value && valueEnded && state == State.EXPR && !unexpectedReported && prev != null
                && prev.kind() != TokenKind.NEWLINE && kind != FrameKind.PARAMS && !attributeArgs
                && (kind != FrameKind.INDEX || arrayIndex) && !TokenTexts.isSigned(text, t) && !TokenTexts.isRedirection(text, t)
                && !(foreachHeader && t.kind() == TokenKind.GENERIC && TokenTexts.isIn(text, t))) {
            results.error(t.start(), t.end(), TokenTexts.unexpected(text, t));
            unexpectedReported = true;
        }
        valueEnded = value;
    }

    /** Whether a frame of this kind, closed in expression mode, completes a value ({@code (1)}, {@code $a[0]}). */
    boolean endsValue() {
        switch (kind) {
            case PAREN: case SUBEXPR: case ARRAY: case HASHTABLE: return true;
            case METHOD_ARGS: return !attributeArgs;
            case INDEX: return arrayIndex;
            default: return false;
        }
    }

    /** Whether {@code opener} is what {@code state} waits for (a header waits for {@code (}, a body for a brace). */
    static boolean opensHere(State state, TokenKind opener) {
        switch (state) {
            case HEADER: return opener == TokenKind.OPEN_PAREN;
            case BODY: return opener == TokenKind.OPEN_BRACE;
            case FUNC_AFTER_NAME: return opener == TokenKind.OPEN_PAREN || opener == TokenKind.OPEN_BRACE;
            default: return true;
        }
    }

    static FrameKind kindOpenedBy(TokenKind k) {
        switch (k) {
            case OPEN_PAREN: return FrameKind.PAREN;
            case SUBEXPRESSION_OPEN: return FrameKind.SUBEXPR;
            case ARRAY_OPEN: return FrameKind.ARRAY;
            case OPEN_BRACE: return FrameKind.SCRIPT_BLOCK;
            case HASHTABLE_OPEN: return FrameKind.HASHTABLE;
            default: return FrameKind.INDEX;
        }
    }

    /** The hashtable's literal keys (none recorded: empty). */
    List<String> keysOrEmpty() {
        return keys == null ? List.of() : keys;
    }

    /**
     * Reports this frame left unclosed where PowerShell points: a block's brace at its opener, a hashtable's right
     * after its {@code @{}, a parenthesis after its first pipeline, other parentheses and brackets after their last
     * token. An attribute whose arguments were reported unclosed is not reported again (PowerShell does the same).
     */
    void reportUnclosed(int lastEnd, ParseResults results) {
        if (innerReported) {
            return;
        }
        boolean brace = kind == FrameKind.SCRIPT_BLOCK || kind == FrameKind.SWITCH_BODY || kind == FrameKind.DECL_BODY;
        int at = kind == FrameKind.HASHTABLE ? openEnd
                : kind == FrameKind.PAREN && firstPipelineEnd >= 0 ? firstPipelineEnd : Math.max(lastEnd, openEnd);
        results.error(brace ? openStart : at, brace ? openEnd : at, missingCloser());
    }

    /**
     * Reports a statement block that never came (the frame still waits for it where it ends, at {@code at}), or the
     * {@code (} of a condition that never came.
     */
    void reportMissingBlock(int at, ParseResults results) {
        if ((state == State.BODY || state == State.FUNC_AFTER_NAME) && bodyKeyword != null) {
            String message = missingBlock(bodyKeyword);
            if (message != null) {
                results.error(at, at, message);
                skipNextStatement = true;
            }
        } else if (state == State.HEADER && bodyKeyword != null) { // `if $a {`: the condition's `(` is missing
            results.error(at, at, bodyKeyword.equals("if") || bodyKeyword.equals("elseif")
                    ? "Missing '(' after '" + bodyKeyword + "' in if statement."
                    : "Missing opening '(' after keyword '" + bodyKeyword + "'.");
            skipNextStatement = true;
        }
        bodyKeyword = null;
    }

    /** Sets the state {@code kw} (a keyword starting a statement here, lower case, at {@code start}) leads to. */
    void keyword(String kw, int start) {
        boolean loopTail = doEnded && (kw.equals("while") || kw.equals("until"));
        doEnded = false;
        bodyKeyword = kw;
        switch (kw) {
            case "if": case "elseif": case "while": case "until": case "for": case "foreach":
                state = State.HEADER;
                afterHeader = loopTail ? State.STMT : State.BODY;
                foreachNext = kw.equals("foreach");
                break;
            case "switch": state = State.SWITCH_HEADER; break;
            case "else": case "try": case "finally": case "do": case "begin": case "process": case "end":
            case "dynamicparam": case "clean": case "catch": case "trap": case "data":
                state = State.BODY;
                break;
            case "function": case "filter": case "workflow": case "configuration":
                pendingFunc = new PendingFunction(FunctionDefinition.Kind.valueOf(kw.toUpperCase(Locale.ROOT)), start);
                state = State.FUNC_NAME;
                break;
            case "param": state = State.PARAM_HEADER; break;
            case "class": case "enum": state = State.DECL_HEADER; break;
            case "return": case "throw": case "exit": state = State.STMT; break;
            case "using": state = State.USING; break;
            default: state = State.EXPR;
        }
    }

    /** A statement ended here: a parenthesis holds one pipeline, and where it ends PowerShell misses the {@code )}. */
    void pipelineEnded(int lastEnd) {
        if (kind == FrameKind.PAREN && firstPipelineEnd < 0 && !"for".equals(headerKeyword) && state != State.STMT) {
            firstPipelineEnd = lastEnd;
        }
    }

    /** Reports a {@code try} block closed in this frame that no {@code catch} or {@code finally} followed. */
    void reportMissingCatch(ParseResults results) {
        if (tryEnded) {
            tryEnded = false;
            results.error(tryEnd, tryEnd, "The Try statement is missing its Catch or Finally block.");
        }
    }

    /** PowerShell's message for this frame left unclosed. */
    String missingCloser() {
        switch (kind) {
            case PAREN: return headerKeyword == null ? "Missing closing ')' in expression."
                    : headerKeyword.equals("foreach") ? "Missing closing ')' after expression part of foreach loop."
                    : "Missing closing ')' after expression in '" + headerKeyword + "' statement.";
            case SUBEXPR: case ARRAY: return "Missing closing ')' in subexpression.";
            case METHOD_ARGS: return attributeArgs ? "Missing closing ')' in expression." : "Missing ')' in method call.";
            case PARAMS: return "Missing ')' in function parameter list.";
            case INDEX: return arrayIndex ? "Missing ']' after array index expression."
                    : "Missing ] at end of attribute or type literal.";
            default: return "Missing closing '}' in statement block or type definition.";
        }
    }

    /** PowerShell's message for {@code keyword} without its statement block, or null when not reported. */
    static String missingBlock(String keyword) {
        switch (keyword) {
            case "if": return "Missing statement block after if ( condition ).";
            case "elseif": return "Missing statement block after elseif ( condition ).";
            case "else": return "Missing statement block after 'else' keyword.";
            case "while": return "Missing statement body in while loop.";
            case "for": return "Missing statement body in for loop.";
            case "foreach": return "Missing statement body in foreach loop.";
            case "do": return "Missing statement body in do loop.";
            case "try": return "The Try statement is missing its statement block.";
            case "catch": return "The Catch block is missing its statement block.";
            case "finally": return "The Finally block is missing its statement block.";
            case "function": case "filter": case "workflow": return "Missing function body in function declaration.";
            default: return null;
        }
    }

    static ArgumentKind argumentKindOpenedBy(TokenKind k) {
        switch (k) {
            case OPEN_BRACE: return ArgumentKind.SCRIPT_BLOCK;
            case HASHTABLE_OPEN: return ArgumentKind.HASHTABLE;
            default: return ArgumentKind.EXPRESSION;
        }
    }

    static boolean closes(FrameKind kind, TokenKind closer) {
        switch (kind) {
            case PAREN: case SUBEXPR: case ARRAY: case METHOD_ARGS: case PARAMS:
                return closer == TokenKind.CLOSE_PAREN;
            case SCRIPT_BLOCK: case HASHTABLE: case SWITCH_BODY: case DECL_BODY:
                return closer == TokenKind.CLOSE_BRACE;
            case INDEX:
                return closer == TokenKind.CLOSE_BRACKET;
            default:
                return false;
        }
    }
}
