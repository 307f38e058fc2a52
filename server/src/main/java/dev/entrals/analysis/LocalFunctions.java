package dev.entrals.analysis;

import dev.entrals.docs.CmdletHelp;
import dev.entrals.docs.signatures.FunctionHelp;
import dev.entrals.script.FunctionSignature;
import dev.entrals.script.ScriptDocument;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The help model of the functions a script defines, read with the param-block reader and converted as the bundled
 * signature index is ({@link FunctionHelp}); built once per document version (a {@link ScriptDocument}) and name.
 */
public final class LocalFunctions {

    /** The origin label of help read from the user's own script. */
    public static final String ORIGIN = "this script";

    private static final Map<ScriptDocument, Map<String, Optional<CmdletHelp>>> CACHE =
            Collections.synchronizedMap(new WeakHashMap<>());

    private LocalFunctions() {
    }

    /** The help of the function {@code name} that {@code script} defines, or empty when it defines none. */
    public static Optional<CmdletHelp> help(ScriptDocument script, String name) {
        if (name == null || script.functions().isEmpty()) {
            return Optional.empty();
        }
        Map<String, Optional<CmdletHelp>> byName = CACHE.computeIfAbsent(script, d -> new ConcurrentHashMap<>());
        return byName.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> {
            Optional<FunctionSignature> f = script.signatures().function(name);
            return f.map(s -> FunctionHelp.of(s, "", ORIGIN));
        });
    }

    /** Whether calls of {@code help} go through the parameter rules (advanced functions; not simple ones). */
    public static boolean checked(CmdletHelp help) {
        return help.hasHelp() && !FunctionHelp.isSimpleFunction(help);
    }
}
