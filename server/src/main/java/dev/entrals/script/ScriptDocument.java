package dev.entrals.script;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A parsed PowerShell script: its lossless token stream, its command invocations and function definitions, and
 * lookups by UTF-16 offset. Parsing never throws and is immutable afterwards, so a document can be shared freely.
 */
public final class ScriptDocument {

    private static final Logger LOG = Logger.getLogger(ScriptDocument.class.getName());

    private final String text;
    private final List<Token> tokens;
    private final List<CommandInvocation> commands;
    private final List<FunctionDefinition> functions;
    private volatile ScriptSignatures signatures;
    private final List<SyntaxError> errors;

    private ScriptDocument(String text, List<Token> tokens, List<CommandInvocation> commands,
                           List<FunctionDefinition> functions, List<SyntaxError> errors) {
        this.text = text;
        this.errors = errors;
        this.tokens = tokens;
        this.commands = commands;
        this.functions = functions;
    }

    /** Parses {@code text} (null is read as empty). Never throws. */
    public static ScriptDocument parse(String text) {
        String source = text == null ? "" : text;
        try {
            return parseOrThrow(source);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.WARNING, "script parser failed; the document is kept as one unknown token", e);
            List<Token> one = source.isEmpty() ? List.of() : List.of(new Token(TokenKind.UNKNOWN, 0, source.length()));
            return new ScriptDocument(source, one, List.of(), List.of(), List.of());
        }
    }

    /** Parses without the safety net of {@link #parse}, so tests see any defect. */
    static ScriptDocument parseOrThrow(String source) {
        ParseResults results = new ParseResults(source.length());
        Parser parser = new Parser(source, 0, source.length(), 0, results, false);
        parser.run();
        List<CommandInvocation> cmds = new ArrayList<>(results.commands);
        cmds.sort(Comparator.comparingInt(CommandInvocation::start));
        List<FunctionDefinition> fns = new ArrayList<>(results.functions);
        fns.sort(Comparator.comparingInt(FunctionDefinition::start));
        // read-only views, not copies: the parser and these lists go out of scope here (a copy of 50,000 tokens
        // costs about a millisecond per edit of a 4,000-line script)
        return new ScriptDocument(source, Collections.unmodifiableList(parser.tokens()),
                Collections.unmodifiableList(cmds), Collections.unmodifiableList(fns), syntaxErrors(results.errors));
    }

    private static List<SyntaxError> syntaxErrors(List<SyntaxError> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<SyntaxError> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(SyntaxError::start).thenComparingInt(SyntaxError::end));
        List<SyntaxError> out = new ArrayList<>();
        for (SyntaxError e : sorted) { // a rescanned string may report an error twice
            if (out.isEmpty() || !out.get(out.size() - 1).equals(e)) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    /** The syntax errors found, by position, at most one per root cause (see {@code script-model.md}). */
    public List<SyntaxError> syntaxErrors() {
        return errors;
    }

    /** The script's text. */
    public String text() {
        return text;
    }

    /** All top-level tokens in order; they cover the text without gaps or overlaps. */
    public List<Token> tokens() {
        return tokens;
    }

    /** The top-level token holding {@code offset} ({@code start <= offset < end}); the last token at the end. */
    public Optional<Token> tokenAt(int offset) {
        if (tokens.isEmpty() || offset < 0 || offset > text.length()) {
            return Optional.empty();
        }
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (tokens.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return Optional.of(tokens.get(lo));
    }

    /** Like {@link #tokenAt}, but descends into the nested tokens of expandable strings. */
    public Optional<Token> innermostTokenAt(int offset) {
        Optional<Token> found = tokenAt(offset);
        Token t = found.orElse(null);
        while (t != null && !t.nested().isEmpty()) {
            Token inner = null;
            for (Token n : t.nested()) {
                if (n.contains(offset)) {
                    inner = n;
                    break;
                }
            }
            if (inner == null) {
                break;
            }
            t = inner;
        }
        return Optional.ofNullable(t);
    }

    /** Every command invocation, nested ones included (script blocks, subexpressions, strings), by start offset. */
    public List<CommandInvocation> commands() {
        return commands;
    }

    /** Every function, filter, workflow and configuration definition, by start offset. */
    public List<FunctionDefinition> functions() {
        return functions;
    }

    /**
     * The signatures of the functions this script defines, read by {@link ParamBlockReader} once per document (a
     * document is one version of a text) on first use.
     */
    public ScriptSignatures signatures() {
        ScriptSignatures s = signatures;
        if (s == null) {
            s = functions.isEmpty() ? new ScriptSignatures(List.of(), List.of()) : ParamBlockReader.read(this);
            signatures = s;
        }
        return s;
    }

    /**
     * The innermost invocation whose range holds {@code offset} (ends included), or that ends before it on the same
     * line with only blanks between, and which element of it the offset is in.
     */
    public Optional<CommandContext> commandAt(int offset) {
        CommandInvocation best = null;
        for (CommandInvocation c : commands) {
            if (c.start() > offset) {
                break;
            }
            if ((offset <= c.end() || blankUntil(c.end(), offset)) && (best == null || c.start() >= best.start())) {
                best = c;
            }
        }
        return best == null ? Optional.empty() : Optional.of(CommandContexts.locate(best, offset));
    }

    private boolean blankUntil(int from, int to) {
        if (to > text.length()) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
