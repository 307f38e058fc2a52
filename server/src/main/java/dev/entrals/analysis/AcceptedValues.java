package dev.entrals.analysis;

import java.util.ArrayList;
import java.util.List;

import dev.entrals.docs.ParameterHelp;
import dev.entrals.script.CommandArgument;

/**
 * Checks literal arguments against a parameter's accepted values the way {@code ValidateSet} and enum conversion
 * do: case-insensitively, each element of an array on its own, and a comma-separated flags string part by part.
 * Numbers are left alone (an enum also takes its numeric value), as is anything that is not a literal.
 */
final class AcceptedValues {

    private AcceptedValues() {
    }

    static List<Binding.InvalidValue> check(List<Binding.Named> named, List<Binding.Positional> positional) {
        List<Binding.InvalidValue> out = new ArrayList<>();
        ValueChecks.eachArgument(named, positional, (p, arg) -> check(p, arg, out));
        return out;
    }

    private static void check(ParameterHelp p, CommandArgument arg, List<Binding.InvalidValue> out) {
        if (p.acceptedValues().isEmpty() || p.isSwitch()) {
            return;
        }
        if (arg.isArray()) {
            arg.elements().forEach(e -> check(p, e, out));
            return;
        }
        if (!arg.isLiteral() || arg.kind() == dev.entrals.script.ArgumentKind.NUMBER) {
            return;
        }
        for (String part : arg.value().split(",", -1)) {
            String v = part.trim();
            if (!accepted(p, v)) {
                out.add(new Binding.InvalidValue(arg, p, arg.value()));
                return;
            }
        }
    }

    private static boolean accepted(ParameterHelp p, String value) {
        return p.acceptedValues().stream().anyMatch(a -> a.trim().equalsIgnoreCase(value));
    }
}
