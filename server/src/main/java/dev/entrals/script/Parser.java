package dev.entrals.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.entrals.script.Frame.FrameKind;
import dev.entrals.script.Frame.State;

/**
 * Walks the script once, driving the {@link Lexer}'s mode (statement, command name, argument, expression) like
 * PowerShell's parser does, and records command invocations and function definitions. Nesting is kept on an explicit
 * stack of {@link Frame}s, so deep brackets cannot overflow the Java stack; a closing bracket that matches no open
 * frame nearby is ignored, and one that matches a frame a few levels down closes the frames above it.
 */
final class Parser {

    private static final int RECOVERY_SEARCH = 16;

    private final String text;
    private final boolean nested;
    private final ParseResults results;
    private final Lexer lexer;
    private final List<Token> tokens = new ArrayList<>();
    private final ArrayList<Frame> stack = new ArrayList<>();
    private Token prev;
    private Token prev2;
    private int lastEnd;
    private boolean done;
    private boolean rewound;
    private long mark;

    Parser(String text, int start, int limit, int depth, ParseResults results, boolean nested) {
        this.text = text;
        this.nested = nested;
        this.results = results;
        this.lexer = new Lexer(text, start, limit, new Strings(text, depth, results));
        stack.add(new Frame(FrameKind.ROOT));
    }

    List<Token> tokens() {
        return tokens;
    }

    /** Where parsing stopped: the end of the text, or after the {@code )} closing a nested subexpression. */
    int end() {
        return lexer.position();
    }

    void run() {
        Token t;
        while (!done && (mark = results.mark()) >= 0 && (t = lexer.next(mode(top().state))) != null) {
            tokens.add(t);
            accept(t);
        }
        while (stack.size() > 1) {
            if (!nested) { // a string's `$(` cut off: the string reports its missing terminator
                unclosed();
            }
            closeTop(lastEnd); // unclosed brackets run to the end
        }
        finishFrame(stack.remove(0), end());
    }

    private static LexMode mode(State s) {
        switch (s) {
            case STMT: case HEADER: case BODY: case FUNC_AFTER_NAME: case PARAM_HEADER:
                return LexMode.STATEMENT;
            case PIPE: case CALL_NAME: case FUNC_NAME:
                return LexMode.COMMAND_NAME;
            case ARGS: case SWITCH_HEADER: case USING:
                return LexMode.ARGUMENT;
            default:
                return LexMode.EXPRESSION;
        }
    }

    private Frame top() {
        return stack.get(stack.size() - 1);
    }

    private void accept(Token t) {
        if (t.isTrivia()) {
            return;
        }
        Frame f = top();
        switch (t.kind()) {
            case NEWLINE: newline(f); break;
            case CLOSE_PAREN: case CLOSE_BRACE: case CLOSE_BRACKET: close(t); break;
            case OPEN_PAREN: case SUBEXPRESSION_OPEN: case ARRAY_OPEN: case OPEN_BRACE: case HASHTABLE_OPEN:
            case OPEN_BRACKET:
                open(f, t);
                break;
            case SEMICOLON:
                f.pipelineEnded(lastEnd);
                endStatement(f);
                break;
            case PIPE: case CHAIN_OPERATOR:
                endCommand(f);
                f.state = State.PIPE;
                break;
            default:
                token(f, t);
        }
        if (rewound) {
            rewound = false;
            return;
        }
        prev2 = prev;
        prev = t;
        if (t.kind() != TokenKind.NEWLINE) {
            lastEnd = t.end();
        }
    }

    private void newline(Frame f) {
        if (f.kind == FrameKind.INDEX && stack.size() > 1) { // `[` left open ends at its line's end
            if (f.afterClose != State.ARGS || f.arrayIndex) { // in arguments ` [` is a bare word to PowerShell
                unclosed();
            }
            closeTop(lastEnd);
            newline(top());
            return;
        }
        switch (f.state) {
            case ARGS:
                if (f.cmd == null || !f.cmd.afterComma()) {
                    f.pipelineEnded(lastEnd);
                    endStatement(f);
                }
                break;
            case EXPR: case USING:
                f.pipelineEnded(lastEnd);
                f.state = f.statementState();
                break;
            default:
                break;
        }
    }

    private void endStatement(Frame f) {
        endCommand(f);
        abandonFunction(f);
        f.state = f.statementState();
    }

    private void token(Frame f, Token t) {
        switch (f.state) {
            case STMT: statement(f, t, true); break;
            case PIPE: statement(f, t, false); break;
            case CALL_NAME: callName(f, t); break;
            case ARGS: argument(f, t); break;
            case USING: case SWITCH_HEADER: case DECL_HEADER: break;
            case BODY:
                if (t.kind() != TokenKind.TYPE_LITERAL && t.kind() != TokenKind.COMMA) {
                    f.reportMissingBlock(lastEnd, results);
                    f.state = State.STMT;
                    statement(f, t, true);
                }
                break;
            case FUNC_NAME:
                f.pendingFunc.name = t.text(text);
                f.pendingFunc.nameStart = t.start();
                f.pendingFunc.nameEnd = t.end();
                f.state = State.FUNC_AFTER_NAME;
                break;
            case HEADER: case FUNC_AFTER_NAME: case PARAM_HEADER:
                f.reportMissingBlock(lastEnd, results);
                abandonFunction(f);
                f.state = State.STMT;
                statement(f, t, true);
                break;
            case KEY:
                TokenTexts.key(text, f, t);
                f.key = t;
                f.keyIndex = tokens.size() - 1;
                f.keyPrev = prev;
                f.keyPrev2 = prev2;
                f.keyLastEnd = lastEnd;
                f.state = State.HASH_EQ;
                break;
            case HASH_EQ:
                if (t.kind() == TokenKind.OPERATOR && t.end() - t.start() == 1 && text.charAt(t.start()) == '=') {
                    f.state = State.EXPR;
                    expression(f, t);
                } else {
                    missingEquals(f, t);
                }
                break;
            case CLAUSE:
                break;
            case MEMBER:
                if (TokenTexts.isAssignment(text, t)) {
                    f.state = State.EXPR_CONT;
                }
                break;
            default:
                expression(f, t);
        }
    }

    private void statement(Frame f, Token t, boolean keywords) {
        if (t.kind() != TokenKind.KEYWORD) {
            f.doEnded = false;
        }
        if (t.kind() != TokenKind.KEYWORD || !TokenTexts.isCatchOrFinally(text, t)) {
            f.reportMissingCatch(results);
        }
        f.statementStarts(keywords);
        TokenTexts.paramFirst(text, f, t, results);
        switch (t.kind()) {
            case KEYWORD:
                f.keyword(t.text(text).toLowerCase(Locale.ROOT), t.start());
                break;
            case GENERIC:
                if (keywords && text.charAt(t.start()) == ':') {
                    break; // a loop label
                }
                f.cmd = new CommandBuilder(text, InvocationOperator.NONE, t.start());
                f.cmd.name(t, TokenTexts.literalName(text, t));
                f.state = State.ARGS;
                break;
            case CALL_OPERATOR:
                f.cmd = new CommandBuilder(text, text.charAt(t.start()) == '&' ? InvocationOperator.CALL
                        : InvocationOperator.DOT_SOURCE, t.start());
                f.cmd.end = t.end();
                f.state = State.CALL_NAME;
                break;
            default:
                f.state = State.EXPR;
                expression(f, t);
        }
    }

    private void callName(Frame f, Token t) {
        f.cmd.name(t, TokenTexts.literalName(text, t));
        f.state = State.ARGS;
    }

    private void argument(Frame f, Token t) {
        CommandBuilder cmd = f.cmd;
        switch (t.kind()) {
            case PARAMETER: cmd.parameter(t); break;
            case REDIRECTION: cmd.redirection(t); break;
            case COMMA: cmd.comma(t); break;
            case OPERATOR:
                if (t.end() - t.start() == 1 && text.charAt(t.start()) == '&') {
                    endStatement(f); // background job
                } else {
                    cmd.element(t);
                }
                break;
            default:
                cmd.element(t);
        }
    }

    private void expression(Frame f, Token t) {
        TokenKind k = t.kind();
        f.expressionToken(text, t, prev, results);
        if (f.kind == FrameKind.PARAMS && f.func != null) {
            if (k == TokenKind.VARIABLE && !f.paramSeen && f.state != State.EXPR_CONT) {
                String name = t.text(text).substring(1);
                if (name.startsWith("{") && name.endsWith("}")) {
                    name = name.substring(1, name.length() - 1);
                }
                f.func.params.add(new FunctionDefinition.ParameterDeclaration(name, t.start(), t.end()));
                f.paramSeen = true;
            } else if (k == TokenKind.COMMA) {
                f.paramSeen = false;
            }
        }
        if (k == TokenKind.OPERATOR) {
            if (TokenTexts.isAssignment(text, t)) {
                f.state = f.kind == FrameKind.PARAMS || f.kind == FrameKind.INDEX || f.kind == FrameKind.METHOD_ARGS
                        ? State.EXPR_CONT : State.STMT;
            } else if (t.end() - t.start() == 1 && text.charAt(t.start()) == '&') {
                endStatement(f);
            } else {
                f.state = State.EXPR_CONT;
            }
        } else if (k == TokenKind.COMMA) {
            f.state = f.kind == FrameKind.PARAMS ? State.EXPR : State.EXPR_CONT;
        } else if (k == TokenKind.GENERIC && f.foreachHeader && t.end() - t.start() == 2
                && text.regionMatches(true, t.start(), "in", 0, 2)) {
            f.state = State.STMT;
        } else {
            f.state = State.EXPR;
        }
    }

    // ---- brackets -----------------------------------------------------------------------------------------

    private void open(Frame f, Token t) {
        TokenKind k = t.kind();
        f.statementSeen |= f.state == State.STMT && text.charAt(t.start()) != '['; // `[…]` may be param's attribute
        if (f.state == State.HASH_EQ) {
            missingEquals(f, t);
            if (rewound) {
                return;
            }
        }
        if (f.headerKeyword != null && f.state == State.EXPR && k == TokenKind.OPEN_BRACE && prev != null
                && prev.end() != t.start() && stack.size() > 1) { // `if ($a -eq 1 {`: the `)` is missing
            unclosed(); // PowerShell ends the condition here, and the block is read as the statement's body
            closeTop(lastEnd);
            open(top(), t);
            return;
        }
        f.reportMissingCatch(results);
        if (!Frame.opensHere(f.state, k)) { // e.g. `if` without `(`: read on as a statement
            f.reportMissingBlock(lastEnd, results);
            abandonFunction(f);
            f.state = State.STMT;
        }
        FrameKind kind = Frame.kindOpenedBy(k);
        State after = State.EXPR;
        Frame child;
        switch (f.state) {
            case ARGS:
                if (TokenTexts.isMethodCall(f.kind, t, prev, prev2)) {
                    kind = FrameKind.METHOD_ARGS;
                }
                f.cmd.element(t, Frame.argumentKindOpenedBy(k));
                after = State.ARGS;
                break;
            case CALL_NAME:
                f.cmd.nameStart = t.start();
                after = State.ARGS;
                break;
            case HEADER:
                after = f.afterHeader;
                break;
            case BODY:
                after = State.STMT;
                break;
            case FUNC_AFTER_NAME:
                if (k == TokenKind.OPEN_PAREN) {
                    kind = FrameKind.PARAMS;
                    after = State.FUNC_AFTER_NAME;
                } else {
                    after = State.STMT;
                }
                break;
            case PARAM_HEADER:
                if (k == TokenKind.OPEN_PAREN) {
                    kind = FrameKind.PARAMS;
                }
                after = State.STMT;
                break;
            case SWITCH_HEADER:
                kind = k == TokenKind.OPEN_BRACE ? FrameKind.SWITCH_BODY : kind;
                after = k == TokenKind.OPEN_BRACE ? State.STMT : State.SWITCH_HEADER;
                break;
            case DECL_HEADER:
                kind = k == TokenKind.OPEN_BRACE ? FrameKind.DECL_BODY : kind;
                after = k == TokenKind.OPEN_BRACE ? State.STMT : State.DECL_HEADER;
                break;
            case CLAUSE:
                after = State.CLAUSE;
                break;
            case MEMBER:
                kind = k == TokenKind.OPEN_PAREN ? FrameKind.METHOD_ARGS : kind;
                after = State.MEMBER;
                break;
            case KEY:
                f.keysComplete = false;
                break;
            default:
                if (TokenTexts.isMethodCall(f.kind, t, prev, prev2)) {
                    kind = FrameKind.METHOD_ARGS;
                }
        }
        child = new Frame(kind);
        child.openStart = t.start();
        child.openEnd = t.end();
        child.arrayIndex = kind == FrameKind.INDEX && prev != null && prev.end() == t.start() && TokenTexts.isValue(prev);
        child.doBody = f.state == State.BODY && "do".equals(f.bodyKeyword);
        child.tryBody = f.state == State.BODY && "try".equals(f.bodyKeyword) && k == TokenKind.OPEN_BRACE;
        child.headerKeyword = f.state == State.HEADER && kind == FrameKind.PAREN ? f.bodyKeyword : null;
        child.attributeArgs = kind == FrameKind.METHOD_ARGS && f.kind == FrameKind.INDEX && !f.arrayIndex;
        if (k == TokenKind.OPEN_BRACE) {
            f.bodyKeyword = null;
        }
        child.afterClose = after;
        child.nameOfCall = f.state == State.CALL_NAME;
        if (f.state == State.HEADER) {
            child.foreachHeader = f.foreachNext;
            child.state = f.foreachNext ? State.EXPR : State.STMT;
        } else if (f.state == State.FUNC_AFTER_NAME) {
            child.func = f.pendingFunc;
            if (kind == FrameKind.SCRIPT_BLOCK) {
                child.funcBody = true;
                f.pendingFunc = null;
            }
        } else if (f.state == State.PARAM_HEADER && f.funcBody) {
            child.func = f.func;
        }
        stack.add(child);
    }

    private void close(Token t) {
        int n = stack.size();
        for (int i = n - 1; i >= Math.max(0, n - RECOVERY_SEARCH); i--) {
            FrameKind kind = stack.get(i).kind;
            boolean rootEnd = kind == FrameKind.ROOT && nested && t.kind() == TokenKind.CLOSE_PAREN;
            if (Frame.closes(kind, t.kind()) || rootEnd) {
                while (stack.size() - 1 > i) {
                    unclosed();
                    closeTop(lastEnd);
                }
                if (rootEnd) {
                    done = true;
                } else {
                    closeTop(t.end());
                }
                return;
            }
        }
        // a stray closer: nothing open nearby matches it, so it changes nothing
        results.error(t.start(), t.end(), TokenTexts.unexpected(text, t));
    }

    /** A key without {@code =}: the hashtable ends before it, rescanned once as a statement (script-model.md). */
    private void missingEquals(Frame f, Token t) {
        results.error(f.key.end(), f.key.end(), "Missing '=' operator after key in hash literal.");
        if (!f.key.nested().isEmpty() || stack.size() < 2) {
            f.state = State.EXPR;
            expression(f, t);
            return;
        }
        results.reset(mark); // what the current token's strings registered is registered again when rescanned
        tokens.subList(f.keyIndex, tokens.size()).clear();
        prev = f.keyPrev;
        prev2 = f.keyPrev2;
        lastEnd = f.keyLastEnd;
        lexer.rewind(f.key.start(), tokens.isEmpty() ? null : tokens.get(tokens.size() - 1));
        closeTop(lastEnd);
        endStatement(top());
        rewound = true;
    }

    /** Reports the top frame left unclosed (see {@link Frame#reportUnclosed}); one report per root cause. */
    private void unclosed() {
        Frame f = top();
        f.reportUnclosed(lastEnd, results);
        Frame parent = stack.size() > 1 ? stack.get(stack.size() - 2) : null;
        if (parent != null && f.attributeArgs) {
            parent.innerReported = true; // PowerShell: no missing `]` after a missing `)`
        }
        if (parent != null && f.headerKeyword != null) {
            parent.bodyKeyword = null; // PowerShell ends the statement there: no missing block either
        }
    }

    private void closeTop(int closeEnd) {
        Frame child = stack.remove(stack.size() - 1);
        finishFrame(child, closeEnd);
        Frame parent = top();
        parent.state = child.afterClose;
        parent.doEnded = child.doBody;
        parent.tryEnded = child.tryBody;
        parent.tryEnd = closeEnd;
        parent.childClosed(child);
        if (parent.state == State.ARGS && parent.cmd != null) {
            if (child.nameOfCall) {
                parent.cmd.nameEnd = closeEnd;
                parent.cmd.end = closeEnd;
            } else {
                parent.cmd.closed(closeEnd, child.kind == FrameKind.HASHTABLE ? child.keysOrEmpty() : null, child.keysComplete);
            }
        }
    }

    private void finishFrame(Frame f, int end) {
        f.reportMissingBlock(lastEnd, results);
        f.reportMissingCatch(results);
        endCommand(f);
        abandonFunction(f);
        if (f.funcBody && f.func != null) {
            results.emit(f.func, end);
        }
    }

    private void endCommand(Frame f) {
        if (f.cmd != null) {
            results.commands.add(f.cmd.build());
            f.cmd = null;
        }
    }

    /** Records a definition that never got its body (e.g. {@code function f} at the end of the text). */
    private void abandonFunction(Frame f) {
        if (f.pendingFunc != null) {
            if (f.pendingFunc.name != null) {
                results.emit(f.pendingFunc, f.pendingFunc.nameEnd);
            }
            f.pendingFunc = null;
        }
    }
}
