package dev.entrals.graph;

import java.util.List;
import java.util.Locale;

/**
 * The module session state a cmdlet's code keeps and reads: the {@code $script:} variables of its sub-module (the
 * folder of its file, one PowerShell module) and the {@code $global:} ones, read from the code by
 * {@code derive.ModuleVariablesReading}. A run remembers what the cmdlet keeps for the rest of the server's session
 * and takes it where a later cmdlet's code reads it when the parameter is not given.
 *
 * @param scope the sub-module whose {@code $script:} variables these are ({@code Entra/Microsoft.Entra/Applications})
 * @param keeps what the code assigns after its request, from the request's reply or from an argument
 * @param reads the variables the code reads when a parameter (or a value asked by name) is not given
 */
public record ModuleVariables(String scope, List<Kept> keeps, List<Read> reads) {

    private static final java.util.regex.Pattern SECRET =
            java.util.regex.Pattern.compile("(?i)secret|password|credential|token");

    /**
     * Whether a variable, property or parameter name names a secret, which is never kept (the table does not list it
     * as kept, and a run does not remember it).
     */
    public static boolean secret(String name) {
        return name != null && SECRET.matcher(name).find();
    }

    /** Copies the lists. */
    public ModuleVariables {
        keeps = keeps == null ? List.of() : List.copyOf(keeps);
        reads = reads == null ? List.of() : List.copyOf(reads);
    }

    /**
     * {@code $script:X = $reply.property} (the set's request's reply, directly or through a local) or {@code = $Param}.
     *
     * @param variable {@code script:X} or {@code global:X}
     * @param property the reply's property (exactly one of this and {@code param})
     * @param param    the argument's parameter
     * @param source   {@code file:line} of the assignment
     */
    public record Kept(String variable, String property, String param, String source) {
    }

    /**
     * The code reads {@code variable} for {@code name} when it is not given.
     *
     * @param name     the parameter (or the name a value besides parameters is asked by)
     * @param variable {@code script:X} or {@code global:X}
     * @param sets     the parameter sets in which it does (empty: all)
     * @param source   {@code file:line} of the read
     */
    public record Read(String name, String variable, List<String> sets, String source) {
        /** Copies the sets. */
        public Read {
            sets = sets == null ? List.of() : List.copyOf(sets);
        }

        /** Whether a call in this set (null: not known) reads it. */
        public boolean readIn(String set) {
            return sets.isEmpty() || set == null || sets.stream().anyMatch(set::equalsIgnoreCase);
        }
    }

    /**
     * The key the value of {@code variable} is kept under in a session: a {@code $global:} variable's name alone,
     * a {@code $script:} variable's with its sub-module (another sub-module's variable of the same name is another).
     */
    public String key(String variable) {
        String v = variable.toLowerCase(Locale.ROOT);
        return v.startsWith("global:") ? v : scope.toLowerCase(Locale.ROOT) + "|" + v;
    }
}
