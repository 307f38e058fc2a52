package dev.entrals.script;

import java.util.ArrayList;
import java.util.List;

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

    /** Reports this frame left unclosed: a brace at its opener, a parenthesis or bracket after its last token. */
    void reportUnclosed(int lastEnd, ParseResults results) {
        boolean brace = kind == FrameKind.SCRIPT_BLOCK || kind == FrameKind.HASHTABLE || kind == FrameKind.SWITCH_BODY
                || kind == FrameKind.DECL_BODY;
        int at = Math.max(lastEnd, openEnd);
        results.error(brace ? openStart : at, brace ? openEnd : at, missingCloser());
    }

    /** Reports a statement block that never came (the frame still waits for it where it ends, at {@code at}). */
    void reportMissingBlock(int at, ParseResults results) {
        if ((state == State.BODY || state == State.FUNC_AFTER_NAME) && bodyKeyword != null) {
            String message = missingBlock(bodyKeyword);
            if (message != null) {
                results.error(at, at, message);
            }
        }
        bodyKeyword = null;
    }

    /** PowerShell's message for this frame left unclosed. */
    String missingCloser() {
        switch (kind) {
            case PAREN: return "Missing closing ')' in expression.";
            case SUBEXPR: case ARRAY: return "Missing closing ')' in subexpression.";
            case METHOD_ARGS: return "Missing ')' in method call.";
            case PARAMS: return "Missing ')' in function parameter list.";
            case HASHTABLE: return "Missing closing '}' in hash literal.";
            case INDEX: return arrayIndex ? "Missing ']' after array index expression."
                    : "Missing ']' at end of attribute or type literal.";
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
            case "finally": return "The Finally statement is missing its statement block.";
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
