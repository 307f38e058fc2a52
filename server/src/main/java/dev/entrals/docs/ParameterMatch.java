package dev.entrals.docs;

import java.util.List;
import java.util.Optional;

/**
 * What a typed parameter name ({@code -Us}) binds to under PowerShell's rules: an exact name, an alias, an
 * unambiguous prefix of names and aliases, an ambiguous prefix (with the candidates), or nothing.
 */
public sealed interface ParameterMatch {

    /** The parameter the typed name binds to (by name, alias or unambiguous prefix); empty when ambiguous or none. */
    default Optional<ParameterHelp> bound() {
        if (this instanceof Exact e) {
            return Optional.of(e.parameter());
        }
        if (this instanceof Alias a) {
            return Optional.of(a.parameter());
        }
        return this instanceof Prefix p ? Optional.of(p.parameter()) : Optional.empty();
    }

    /** The exact name of a parameter (any case). */
    record Exact(ParameterHelp parameter) implements ParameterMatch {
    }

    /** The exact alias {@code alias} of {@code parameter}. */
    record Alias(ParameterHelp parameter, String alias) implements ParameterMatch {
    }

    /** A prefix that binds to one parameter only (after preferring the cmdlet's own parameters over common ones). */
    record Prefix(ParameterHelp parameter) implements ParameterMatch {
    }

    /** A prefix that several parameters share; {@code candidates} are their names, sorted. */
    record Ambiguous(List<String> candidates) implements ParameterMatch {
        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    /** Nothing binds. */
    record None() implements ParameterMatch {
    }
}
