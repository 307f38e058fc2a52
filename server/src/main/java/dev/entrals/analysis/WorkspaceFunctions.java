package dev.entrals.analysis;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.HelpIndex;
import dev.entrals.docs.signatures.FunctionHelp;
import dev.entrals.script.FunctionSignature;
import dev.entrals.script.ScriptDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The functions the workspace's other open scripts define at their top level, as the current script sees them:
 * known commands with their help read from their code and comment-based help ({@link FunctionHelp}), for names
 * that neither the script's own functions, the docs nor the retired-cmdlet table know (a function of another file
 * exists only where that file is dot-sourced, so it hides a cmdlet only for a script that may bring it in: the
 * analyzer is then silent on the name). Built per request from the already parsed documents;
 * each script's models are made once per document version. Also the answer to "is this command defined here"
 * ({@link #defines(String, ScriptDocument, HelpIndex, WorkspaceFunctions)}) for rules that need it.
 */
public final class WorkspaceFunctions {

    /** The origin label of help read from another open script of the workspace. */
    public static final String ORIGIN = "workspace script";

    /** No other open script. */
    public static final WorkspaceFunctions NONE = new WorkspaceFunctions(List.of(), List.of());

    /** One other open script: its URI and its parse. */
    public record Script(String uri, ScriptDocument script) {
    }

    /**
     * The models of the top-level functions one other file defines ({@link #definedBy}), by lower-case name, read
     * once and kept without the file's parse: the other files of one {@code entra-ls check} run, which bind as the
     * editor's other open scripts do.
     */
    public record Defined(String uri, Map<String, CmdletHelp> functions) {

        public Defined {
            functions = Map.copyOf(functions);
        }

        /** The models of the top-level functions {@code script} (at {@code uri}) defines; the last definition wins. */
        public static Defined of(String uri, ScriptDocument script) {
            Map<String, CmdletHelp> out = new java.util.HashMap<>();
            for (FunctionSignature f : script.signatures().functions()) {
                if (f.topLevel() && f.name() != null && !f.name().isBlank()) {
                    out.put(f.name().toLowerCase(Locale.ROOT), FunctionHelp.of(f, "", ORIGIN, f.aliases(), uri,
                            lineOf(script.text(), f.start())));
                }
            }
            return new Defined(uri, out);
        }
    }

    private static final Map<ScriptDocument, Map<String, Optional<CmdletHelp>>> CACHE =
            Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * The last model of each script's function, so that a new version of the script whose function is unchanged
     * gives the same instance (the binder caches set models per instance; edits elsewhere in the script then add
     * nothing to it). Bounded by the functions of the scripts ever open.
     */
    private static final Map<String, CmdletHelp> LAST = new ConcurrentHashMap<>();
    private static final int MAX_LAST = 10_000;

    private final List<Script> scripts;
    private final List<Defined> defined;

    private WorkspaceFunctions(List<Script> scripts, List<Defined> defined) {
        this.scripts = scripts;
        this.defined = defined;
    }

    /** The functions of {@code others} (the current script left out), searched in the order given. */
    public static WorkspaceFunctions of(List<Script> others) {
        List<Script> withFunctions = others.stream().filter(s -> !s.script().functions().isEmpty()).toList();
        return withFunctions.isEmpty() ? NONE : new WorkspaceFunctions(withFunctions, List.of());
    }

    /** The functions read from {@code others} (the current file left out), searched in the order given. */
    public static WorkspaceFunctions ofDefined(List<Defined> others) {
        List<Defined> withFunctions = others.stream().filter(d -> !d.functions().isEmpty()).toList();
        return withFunctions.isEmpty() ? NONE : new WorkspaceFunctions(List.of(), withFunctions);
    }

    /** The help of the function {@code name} an other open script defines at its top level (the first one found). */
    public Optional<CmdletHelp> help(String name) {
        if (name == null || scripts.isEmpty() && defined.isEmpty()) {
            return Optional.empty();
        }
        String key = unqualified(name).toLowerCase(Locale.ROOT);
        for (Script s : scripts) {
            Optional<CmdletHelp> h = CACHE.computeIfAbsent(s.script(), d -> new ConcurrentHashMap<>())
                    .computeIfAbsent(key, k -> s.script().signatures().functions().stream()
                            .filter(f -> f.topLevel() && f.name() != null && f.name().equalsIgnoreCase(k))
                            .reduce((first, later) -> later) // the last definition is the one that runs
                            .map(f -> interned(s.uri(), FunctionHelp.of(f, "", ORIGIN, f.aliases(), s.uri()))));
            if (h.isPresent()) {
                return h;
            }
        }
        for (Defined d : defined) {
            CmdletHelp h = d.functions().get(key);
            if (h != null) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /** Where a function of another open script is defined: the script's URI and the 0-based line of its name. */
    public record Definition(String uri, int line) {
    }

    /**
     * Where the function {@code name} that {@link #help} answers for is defined (kept out of the model, so that an
     * edit above the function does not make its model new).
     */
    public Optional<Definition> definition(String name) {
        if (help(name).isEmpty()) {
            return Optional.empty();
        }
        for (Script s : scripts) {
            Optional<FunctionSignature> f = s.script().signatures().functions().stream()
                    .filter(x -> x.topLevel() && x.name() != null && x.name().equalsIgnoreCase(unqualified(name)))
                    .reduce((first, later) -> later);
            if (f.isPresent()) {
                return Optional.of(new Definition(s.uri(), lineOf(s.script().text(), f.get().start()) - 1));
            }
        }
        String key = unqualified(name).toLowerCase(Locale.ROOT);
        for (Defined d : defined) {
            CmdletHelp h = d.functions().get(key);
            if (h != null) {
                return Optional.of(new Definition(d.uri(), Math.max(0, h.source().line("name") - 1)));
            }
        }
        return Optional.empty();
    }

    /** The 1-based line of {@code offset} in {@code text}. */
    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0, end = Math.min(offset, text.length()); i < end; i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }

    private static CmdletHelp interned(String uri, CmdletHelp help) {
        String key = uri + '\n' + help.name().toLowerCase(Locale.ROOT);
        CmdletHelp last = LAST.get(key);
        if (help.equals(last)) {
            return last;
        }
        if (LAST.size() >= MAX_LAST) {
            LAST.clear();
        }
        LAST.put(key, help);
        return help;
    }

    /** Whether an other open script defines {@code name} at its top level. */
    public boolean defines(String name) {
        return help(name).isPresent();
    }

    /** The names of the top-level functions of the other open scripts, sorted, each with the URI defining it. */
    public Map<String, String> names() {
        Map<String, String> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Script s : scripts) {
            for (FunctionSignature f : s.script().signatures().functions()) {
                if (f.topLevel() && f.name() != null && !f.name().isBlank()) {
                    out.putIfAbsent(f.name(), s.uri());
                }
            }
        }
        for (Defined d : defined) {
            d.functions().values().forEach(h -> out.putIfAbsent(h.name(), d.uri()));
        }
        return out;
    }

    /**
     * What the answers depend on, for caches: the parses of the other scripts that define functions (a new
     * version of any of them is a new key).
     */
    public List<Object> key() {
        List<Object> out = new ArrayList<>(scripts.size() + defined.size());
        scripts.forEach(s -> out.add(s.script()));
        out.addAll(defined);
        return out;
    }

    /**
     * The models of the top-level functions {@code script} (at {@code uri}) defines for the other scripts, in order:
     * equal lists mean the other scripts bind their calls the same way.
     */
    public static List<CmdletHelp> definedBy(String uri, ScriptDocument script) {
        if (script.functions().isEmpty()) {
            return List.of();
        }
        WorkspaceFunctions one = new WorkspaceFunctions(List.of(new Script(uri, script)), List.of());
        List<CmdletHelp> out = new ArrayList<>();
        one.names().keySet().forEach(n -> one.help(n).ifPresent(out::add));
        return out;
    }

    /** Whether {@code help} was read from another open script of the workspace. */
    public static boolean isWorkspaceHelp(CmdletHelp help) {
        return help != null && ORIGIN.equals(help.source().origin());
    }

    /** Whether {@code help} was read from a script (this one or another open one): it changes with each edit. */
    public static boolean isScriptHelp(CmdletHelp help) {
        return help != null && (isWorkspaceHelp(help) || LocalFunctions.ORIGIN.equals(help.source().origin()));
    }

    /**
     * Whether the command {@code name} is defined for {@code script}: a function of the script itself, a function of
     * another open script of the workspace, or a command the index knows (the bundled signature index, installed
     * modules' code, MAML and manifests, downloaded docs, folders), by name, alias or module-qualified name.
     */
    public static boolean defines(String name, ScriptDocument script, HelpIndex index, WorkspaceFunctions workspace) {
        if (name == null || name.isBlank()) {
            return false;
        }
        return CommandTarget.localFunction(unqualified(name), script).isPresent()
                || (workspace != null && workspace.defines(name)) || index.find(name).isPresent();
    }

    private static String unqualified(String name) {
        int slash = name.lastIndexOf('\\');
        return (slash >= 0 ? name.substring(slash + 1) : name).trim();
    }
}
