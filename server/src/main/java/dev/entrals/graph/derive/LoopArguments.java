package dev.entrals.graph.derive;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loop over an argument's values ({@link InvokeDerivation}): {@code foreach ($item in $TenantId)}, or over a local
 * that holds one of two arguments, whichever is given ({@code $itemsToProcess = if ($TenantId) { $TenantId } else
 * { $DomainName }}). The request is sent once per value of the argument the set binds; the table writes that as
 * {@code each} = {@code ["{TenantId}"]}.
 */
final class LoopArguments {

    private LoopArguments() {
    }

    /** The arguments the loop may run over, in the code's order of preference; empty when it is not read. */
    static List<String> read(String process, String list, FunctionCode fn) {
        if (fn.parameter(list).isPresent()) {
            return List.of(fn.canonical(list));
        }
        Matcher choice = Pattern.compile("(?im)^\\s*\\$" + Pattern.quote(list) + "\\s*=\\s*if\\s*\\(\\s*\\$(\\w+)\\s*\\)"
                + "\\s*\\{\\s*\\$(\\w+)\\s*}\\s*else\\s*\\{\\s*\\$(\\w+)\\s*}\\s*$").matcher(process);
        if (choice.find() && choice.group(1).equalsIgnoreCase(choice.group(2)) && fn.parameter(choice.group(1))
                .isPresent() && fn.parameter(choice.group(3)).isPresent()) {
            return List.of(fn.canonical(choice.group(1)), fn.canonical(choice.group(3)));
        }
        return List.of();
    }

    /**
     * The argument a set's loop runs over: the first one mandatory in the set, else the first the set can bind (the
     * plan then needs it), or null.
     */
    static String inSet(List<String> candidates, String set, FunctionCode fn) {
        return candidates.stream().filter(c -> fn.mandatoryIn(c, set)).findFirst()
                .orElse(candidates.stream().filter(c -> fn.inSet(c, set)).findFirst().orElse(null));
    }

    /** The table's {@code each} for a loop over an argument. */
    static List<String> each(String param) {
        return List.of("{" + param + "}");
    }
}
