package dev.entrals.script;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads advanced functions statically, the way PowerShell would bind them, from a parsed script's tokens: each
 * function's attributes, {@code param()} block (attributes, type, default of each parameter), comment-based help,
 * and the script's {@code Set-Alias}/{@code New-Alias} commands. Nothing is run; malformed code yields what can be
 * read, never an exception.
 */
public final class ParamBlockReader {

    private static final Logger LOG = Logger.getLogger(ParamBlockReader.class.getName());

    /** Attribute names that may be written without parentheses ({@code [ValidateNotNull]}); others are types. */
    private static final Set<String> BARE_ATTRIBUTES = Set.of("parameter", "alias", "cmdletbinding", "validatenotnull",
            "validatenotnullorempty", "validatenotnullorwhitespace", "allownull", "allowemptystring",
            "allowemptycollection", "supportswildcards", "validatetrusteddata", "credential", "outputtype",
            "psdefaultvalue", "obsolete", "experimental");

    private final String text;
    private final List<Token> all;
    private final List<Token> sig = new ArrayList<>();

    private ParamBlockReader(ScriptDocument doc) {
        this.text = doc.text();
        this.all = doc.tokens();
        for (Token t : all) {
            if (!t.isTrivia() && t.kind() != TokenKind.NEWLINE) {
                sig.add(t);
            }
        }
    }

    /** Reads every function and alias definition of {@code doc}. Never throws. */
    public static ScriptSignatures read(ScriptDocument doc) {
        try {
            return new ParamBlockReader(doc).run(doc);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(Level.WARNING, "param-block reader failed; the script's signatures are left out", e);
            return new ScriptSignatures(List.of(), List.of());
        }
    }

    /** Reads without the safety net of {@link #read(ScriptDocument)}, so tests see any defect. */
    static ScriptSignatures readOrThrow(ScriptDocument doc) {
        return new ParamBlockReader(doc).run(doc);
    }

    /** Parses {@code text} and reads it (see {@link #read(ScriptDocument)}). */
    public static ScriptSignatures read(String text) {
        return read(ScriptDocument.parse(text));
    }

    private ScriptSignatures run(ScriptDocument doc) {
        List<FunctionDefinition> defs = doc.functions();
        List<FunctionSignature> functions = new ArrayList<>();
        for (FunctionDefinition fd : defs) {
            if (fd.name() == null || fd.name().isEmpty()) {
                continue;
            }
            boolean top = defs.stream().noneMatch(o -> o != fd && o.start() < fd.start() && o.end() >= fd.end());
            functions.add(function(fd, top));
        }
        List<AliasDefinition> aliases = new ArrayList<>();
        for (CommandInvocation c : doc.commands()) {
            alias(c, defs).ifPresent(aliases::add);
        }
        return new ScriptSignatures(functions, aliases);
    }

    // ---- functions

    private FunctionSignature function(FunctionDefinition fd, boolean top) {
        List<ScriptAttribute> attributes = new ArrayList<>();
        List<ParameterSignature> parameters = new ArrayList<>();
        int i = firstAtOrAfter(fd.nameEnd());
        int bodyOpen = -1;
        if (kind(i) == TokenKind.OPEN_PAREN && sig.get(i).end() <= fd.end()) {
            int close = close(i);
            parameters.addAll(parameterList(i, close));
            i = close + 1;
        }
        if (kind(i) == TokenKind.OPEN_BRACE && sig.get(i).start() < fd.end()) {
            bodyOpen = i;
            i++;
            while (kind(i) == TokenKind.OPEN_BRACKET || kind(i) == TokenKind.TYPE_LITERAL) {
                int close = kind(i) == TokenKind.OPEN_BRACKET ? close(i) : i;
                ScriptAttribute a = attribute(i, close);
                if (a != null) {
                    attributes.add(a);
                }
                i = close + 1;
            }
            // after an attribute on the same line the scanner reads 'param' as a generic token, not a keyword
            if ((kind(i) == TokenKind.KEYWORD || kind(i) == TokenKind.GENERIC)
                    && "param".equalsIgnoreCase(sig.get(i).text(text))
                    && kind(i + 1) == TokenKind.OPEN_PAREN) {
                parameters.addAll(parameterList(i + 1, close(i + 1)));
            }
        }
        return new FunctionSignature(fd.name(), fd.start(), fd.end(), top, attributes, parameters,
                help(fd, bodyOpen));
    }

    /** The parameters between the parenthesis at {@code open} and its match at {@code close}. */
    private List<ParameterSignature> parameterList(int open, int close) {
        List<ParameterSignature> out = new ArrayList<>();
        int from = open + 1;
        int depth = 0;
        for (int i = open + 1; i <= close && i < sig.size(); i++) {
            TokenKind k = kind(i);
            if (i == close || (depth == 0 && k == TokenKind.COMMA)) {
                ParameterSignature p = parameter(from, i);
                if (p != null) {
                    out.add(p);
                }
                from = i + 1;
            } else if (opens(k)) {
                depth++;
            } else if (closes(k)) {
                depth = Math.max(0, depth - 1);
            }
        }
        return out;
    }

    /** One parameter from tokens {@code [from, to)}: attributes and types, {@code $name}, {@code = default}. */
    private ParameterSignature parameter(int from, int to) {
        List<ScriptAttribute> attributes = new ArrayList<>();
        String type = "";
        int i = from;
        while (i < to && (kind(i) == TokenKind.OPEN_BRACKET || kind(i) == TokenKind.TYPE_LITERAL)) {
            int close = kind(i) == TokenKind.OPEN_BRACKET ? Math.min(close(i), to - 1) : i;
            ScriptAttribute a = attribute(i, close);
            if (a != null) {
                attributes.add(a);
            } else if (kind(i) == TokenKind.TYPE_LITERAL) {
                type = inner(sig.get(i).text(text));
            }
            i = close + 1;
        }
        if (i >= to || kind(i) != TokenKind.VARIABLE) {
            return null;
        }
        Token var = sig.get(i);
        String name = variableName(var.text(text));
        String defaultValue = "";
        if (i + 1 < to && kind(i + 1) == TokenKind.OPERATOR && "=".equals(sig.get(i + 1).text(text)) && i + 2 < to) {
            defaultValue = text.substring(sig.get(i + 2).start(), sig.get(to - 1).end()).strip();
        }
        return name.isEmpty() ? null : new ParameterSignature(name, type, attributes, defaultValue, var.start(),
                var.end());
    }

    /**
     * The attribute spanning tokens {@code [open, close]} ({@code [Name(args)]}, or a type literal naming a known
     * attribute such as {@code [ValidateNotNull]}); null for a type constraint.
     */
    private ScriptAttribute attribute(int open, int close) {
        Token first = sig.get(open);
        if (first.kind() == TokenKind.TYPE_LITERAL) {
            String name = inner(first.text(text));
            String simple = name.toLowerCase(Locale.ROOT).replaceFirst("attribute$", "");
            simple = simple.substring(simple.lastIndexOf('.') + 1);
            return BARE_ATTRIBUTES.contains(simple) || simple.startsWith("validate")
                    ? new ScriptAttribute(name, List.of(), Map.of(), first.start(), first.end()) : null;
        }
        int end = close < sig.size() ? sig.get(close).end() : text.length();
        if (open + 1 >= close) {
            return null;
        }
        int paren = open + 1;
        while (paren < close && kind(paren) != TokenKind.OPEN_PAREN) {
            paren++;
        }
        String name = text.substring(sig.get(open + 1).start(), sig.get(paren - 1).end()).strip();
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        if (kind(paren) == TokenKind.OPEN_PAREN && paren < close) {
            int argsClose = Math.min(close(paren), close);
            int from = paren + 1;
            int depth = 0;
            for (int i = paren + 1; i <= argsClose; i++) {
                TokenKind k = kind(i);
                if (i == argsClose || (depth == 0 && k == TokenKind.COMMA)) {
                    argument(from, i, positional, named);
                    from = i + 1;
                } else if (opens(k)) {
                    depth++;
                } else if (closes(k)) {
                    depth = Math.max(0, depth - 1);
                }
            }
        }
        return new ScriptAttribute(name, positional, named, first.start(), end);
    }

    private void argument(int from, int to, List<String> positional, Map<String, String> named) {
        if (from >= to) {
            return;
        }
        if (kind(from) == TokenKind.GENERIC && (to == from + 1 || (kind(from + 1) == TokenKind.OPERATOR
                && "=".equals(sig.get(from + 1).text(text))))) {
            String key = sig.get(from).text(text);
            named.put(key, to == from + 1 ? "$true" : value(from + 2, to));
        } else {
            positional.add(value(from, to));
        }
    }

    /** A literal's value (a string without quotes), or the text of tokens {@code [from, to)} as written. */
    private String value(int from, int to) {
        if (from >= to) {
            return "";
        }
        Token t = sig.get(from);
        if (to == from + 1) {
            String raw = t.text(text);
            switch (t.kind()) {
                case STRING: return Literals.singleQuoted(raw);
                case EXPANDABLE_STRING: return Literals.doubleQuoted(raw);
                default: return raw;
            }
        }
        return text.substring(t.start(), sig.get(to - 1).end()).strip();
    }

    // ---- comment-based help

    /**
     * The function's comment-based help: the comments right before {@code function}, else those at the start of
     * its body, else those at its end (PowerShell's three places), the first that holds help keywords.
     */
    private CommentHelp help(FunctionDefinition fd, int bodyOpen) {
        int at = allIndexAt(fd.start());
        List<String> before = new ArrayList<>();
        for (int i = at - 1; i >= 0; i--) {
            Token t = all.get(i);
            if (t.kind() == TokenKind.COMMENT) {
                before.add(0, t.text(text));
            } else if (t.kind() != TokenKind.WHITESPACE && t.kind() != TokenKind.NEWLINE) {
                break;
            }
        }
        CommentHelp h = CommentHelp.parse(before);
        if (!h.isEmpty() || bodyOpen < 0) {
            return h;
        }
        List<String> start = new ArrayList<>();
        for (int i = allIndexAt(sig.get(bodyOpen).end()); i < all.size(); i++) {
            Token t = all.get(i);
            if (t.kind() == TokenKind.COMMENT) {
                start.add(t.text(text));
            } else if (t.kind() != TokenKind.WHITESPACE && t.kind() != TokenKind.NEWLINE) {
                break;
            }
        }
        h = CommentHelp.parse(start);
        if (!h.isEmpty()) {
            return h;
        }
        List<String> end = new ArrayList<>();
        for (int i = allIndexAt(fd.end()) - 2; i >= 0 && all.get(i).start() > sig.get(bodyOpen).start(); i--) {
            Token t = all.get(i);
            if (t.kind() == TokenKind.COMMENT) {
                end.add(0, t.text(text));
            } else if (t.kind() != TokenKind.WHITESPACE && t.kind() != TokenKind.NEWLINE) {
                break;
            }
        }
        return CommentHelp.parse(end);
    }

    // ---- aliases

    private java.util.Optional<AliasDefinition> alias(CommandInvocation c, List<FunctionDefinition> defs) {
        String n = c.name() == null ? "" : c.name().toLowerCase(Locale.ROOT);
        if (!(n.equals("set-alias") || n.equals("new-alias") || n.equals("sal") || n.equals("nal"))) {
            return java.util.Optional.empty();
        }
        String name = null;
        String value = null;
        for (CommandParameter p : c.parameters()) {
            String typed = p.name().toLowerCase(Locale.ROOT).replace(":", "");
            String v = p.argument() == null ? null : p.argument().value();
            if (!typed.isEmpty() && "name".startsWith(typed)) {
                name = v;
            } else if (!typed.isEmpty() && "value".startsWith(typed)) {
                value = v;
            }
        }
        List<CommandArgument> pos = c.positional();
        int k = 0;
        if (name == null && c.parameter("Name") == null && k < pos.size()) {
            name = pos.get(k++).value();
        }
        if (value == null && k < pos.size()) {
            value = pos.get(k).value();
        }
        if (name == null || value == null || name.isBlank() || value.isBlank()) {
            return java.util.Optional.empty();
        }
        String in = defs.stream().filter(d -> d.start() < c.start() && d.end() >= c.end() && d.name() != null)
                .reduce((a, b) -> b.start() > a.start() ? b : a).map(FunctionDefinition::name).orElse("");
        return java.util.Optional.of(new AliasDefinition(name, value, c.start(), c.end(), in));
    }

    // ---- tokens

    private TokenKind kind(int i) {
        return i >= 0 && i < sig.size() ? sig.get(i).kind() : null;
    }

    /** The index of the bracket, parenthesis or brace matching the one at {@code open}; the last index if none. */
    private int close(int open) {
        int depth = 0;
        for (int i = open; i < sig.size(); i++) {
            TokenKind k = kind(i);
            if (opens(k)) {
                depth++;
            } else if (closes(k) && --depth == 0) {
                return i;
            }
        }
        return sig.size() - 1;
    }

    private static boolean opens(TokenKind k) {
        return k == TokenKind.OPEN_PAREN || k == TokenKind.OPEN_BRACE || k == TokenKind.OPEN_BRACKET
                || k == TokenKind.SUBEXPRESSION_OPEN || k == TokenKind.ARRAY_OPEN || k == TokenKind.HASHTABLE_OPEN;
    }

    private static boolean closes(TokenKind k) {
        return k == TokenKind.CLOSE_PAREN || k == TokenKind.CLOSE_BRACE || k == TokenKind.CLOSE_BRACKET;
    }

    private int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = sig.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sig.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index in all tokens of the first token starting at or after {@code offset}. */
    private int allIndexAt(int offset) {
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String inner(String bracketed) {
        String s = bracketed.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.strip();
    }

    private static String variableName(String raw) {
        String s = raw.startsWith("$") ? raw.substring(1) : raw;
        if (s.startsWith("{") && s.endsWith("}")) {
            s = s.substring(1, s.length() - 1);
        }
        int colon = s.indexOf(':');
        return colon >= 0 ? s.substring(colon + 1) : s;
    }
}
