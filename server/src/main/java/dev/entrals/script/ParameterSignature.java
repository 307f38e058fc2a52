package dev.entrals.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One parameter of a {@code param()} block as written: its name (without {@code $}), its type constraint as written
 * inside the brackets ({@code ""} when none: an {@code Object}), its attributes in order, its default value's text
 * ({@code ""} when none) and the range of its {@code $name} token.
 */
public record ParameterSignature(String name, String type, List<ScriptAttribute> attributes, String defaultValue,
                                 int start, int end) {

    public ParameterSignature {
        attributes = List.copyOf(attributes);
    }

    /** Whether the type is {@code [switch]} or {@code [System.Management.Automation.SwitchParameter]}. */
    public boolean isSwitch() {
        String t = type.toLowerCase(Locale.ROOT);
        return t.equals("switch") || t.equals("switchparameter") || t.endsWith(".switchparameter");
    }

    /** One binding per {@code [Parameter()]} attribute, in order; one all-sets binding when there is none. */
    public List<SetBinding> bindings() {
        List<SetBinding> out = new ArrayList<>();
        for (ScriptAttribute a : attributes) {
            if (a.is("Parameter")) {
                out.add(SetBinding.of(a));
            }
        }
        return out.isEmpty() ? List.of(SetBinding.implicit()) : out;
    }

    /** Whether any {@code [Parameter()]} attribute declares an explicit position. */
    public boolean hasExplicitPosition() {
        return bindings().stream().anyMatch(b -> b.position() >= 0);
    }

    /** The aliases of every {@code [Alias(...)]} attribute, in order. */
    public List<String> aliases() {
        List<String> out = new ArrayList<>();
        attributes.stream().filter(a -> a.is("Alias")).forEach(a -> out.addAll(a.positional()));
        return out;
    }

    /** The values of {@code [ValidateSet(...)]}, or empty. */
    public List<String> validateSet() {
        return attribute("ValidateSet").map(ScriptAttribute::positional).orElse(List.of());
    }

    /** The first attribute named {@code simpleName} (see {@link ScriptAttribute#is}). */
    public Optional<ScriptAttribute> attribute(String simpleName) {
        return attributes.stream().filter(a -> a.is(simpleName)).findFirst();
    }
}
