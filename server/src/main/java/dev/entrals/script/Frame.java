package dev.entrals.script;

import java.util.ArrayList;
import java.util.List;

/** One open bracket (or the root) on the {@link Parser}'s stack, and the parser state inside it. */
final class Frame {

    /** Where the parser is within a frame. */
    enum State {
        STMT, PIPE, CALL_NAME, ARGS, EXPR, EXPR_CONT, USING,
        HEADER, BODY, FUNC_NAME, FUNC_AFTER_NAME, PARAM_HEADER, SWITCH_HEADER, DECL_HEADER,
        KEY, CLAUSE, MEMBER
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
