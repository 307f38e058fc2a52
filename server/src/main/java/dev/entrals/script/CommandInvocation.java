package dev.entrals.script;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * One command invocation: its name (null when computed, e.g. {@code & $cmd}) and name range, the invocation
 * operator, its whole UTF-16 range {@code [start, end)}, its named parameters, positional arguments and splats.
 */
public record CommandInvocation(String name, int nameStart, int nameEnd, InvocationOperator operator, int start, int end,
                                List<CommandParameter> parameters, List<CommandArgument> positional,
                                List<Splat> splats) {

    /** Whether any parameters are passed by splatting. */
    public boolean splatted() {
        return !splats.isEmpty();
    }

    /** The first parameter whose typed name equals {@code name}, ignoring case, or null. */
    public CommandParameter parameter(String name) {
        for (CommandParameter p : parameters) {
            if (p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        return null;
    }

    /**
     * This invocation re-read knowing which parameters are switches: a switch written without {@code :} takes no
     * argument, so its candidate argument becomes positional again (in source order).
     */
    public CommandInvocation withSwitches(Predicate<String> isSwitch) {
        List<CommandParameter> params = new ArrayList<>(parameters.size());
        List<CommandArgument> pos = new ArrayList<>(positional);
        boolean changed = false;
        for (CommandParameter p : parameters) {
            if (p.argument() != null && !p.colonForm() && isSwitch.test(p.name())) {
                pos.add(p.argument());
                params.add(new CommandParameter(p.name(), p.start(), p.end(), false, null));
                changed = true;
            } else {
                params.add(p);
            }
        }
        if (!changed) {
            return this;
        }
        pos.sort(Comparator.comparingInt(CommandArgument::start));
        return new CommandInvocation(name, nameStart, nameEnd, operator, start, end, List.copyOf(params),
                List.copyOf(pos), splats);
    }
}
